/// One line that the shell wrote, and the stream it wrote it to.
///
/// The shell's replies to a command form an ordered sequence of lines, so a line on stderr
/// between two lines on stdout is told apart from one after them.
public struct OutputLine: Sendable, Hashable {
  /// The stream a line went to.
  public enum Stream: Sendable, Hashable {
    /// Standard output, written `  text` in a transcript.
    case stdout
    /// Standard error, written `! text` in a transcript.
    case stderr
  }

  /// The stream the line went to.
  public var stream: Stream
  /// The text of the line, without a line terminator.
  public var text: String

  /// A line of `text` written to `stream`.
  public init(_ stream: Stream, _ text: String) {
    self.stream = stream
    self.text = text
  }

  /// The lines of a reply written to one stream, split the way transcripts split them.
  ///
  /// Lines end at a line feed (a carriage return before it is dropped); a final line feed ends
  /// the last line rather than starting an empty one.
  ///
  ///     OutputLine.lines(of: "a\n\nb\n", on: .stdout)
  ///     // [OutputLine(.stdout, "a"), OutputLine(.stdout, ""), OutputLine(.stdout, "b")]
  public static func lines(of text: String, on stream: Stream) -> [OutputLine] {
    splitIntoLines(text).map { OutputLine(stream, $0) }
  }

  /// The lines as a comparison sees them.
  ///
  /// A text that still holds line feeds is split at them, trailing blanks are dropped from
  /// every line, and empty lines at the end are dropped (docs/transcripts.md, "Comparison").
  static func normalized(_ lines: [OutputLine]) -> [OutputLine] {
    var result: [OutputLine] = []
    for line in lines {
      let texts = line.text.utf8.contains(lineFeed) ? splitIntoLines(line.text) : [line.text]
      for text in texts {
        result.append(OutputLine(line.stream, String(droppingTrailingBlanks(text))))
      }
    }
    while result.last?.text.isEmpty == true {
      result.removeLast()
    }
    return result
  }

  /// The line in transcript notation: `  text` for stdout, `! text` for stderr.
  ///
  /// A literal `{{` is escaped so that the line reads back as this text. An empty stdout
  /// line is an empty line and an empty stderr line is a lone `!`, so that no line ends in
  /// a blank that an editor would strip.
  var notation: String {
    let escaped = Pattern.escaped(text)
    switch stream {
    case .stdout: return escaped.isEmpty ? "" : "  " + escaped
    case .stderr: return escaped.isEmpty ? "!" : "! " + escaped
    }
  }
}
