/// A golden transcript of an `aizusim` session: the commands as typed at the prompt and,
/// after each, the exact output expected on stdout and stderr.
///
/// A transcript keeps a scenario script giving the same answers: any change in any answer
/// shows up as a diff in CI. The format is specified in docs/transcripts.md:
///
///     # 昭和村 in 2040, as CSV
///     % args --lang ja --format csv
///     > project 2040 昭和村
///       市町村,name,year,population
///       昭和村,Showa,2040,900
///     > projct 2040 昭和村
///     ! unknown command 'projct' (did you mean 'project'?)
///
/// Parse the text, run its commands in a fresh session, then compare or rewrite:
///
///     let file = try TranscriptFile.parse(text, name: "showa.transcript").get()
///     let run = TranscriptRun(outputs: replies, exitStatus: status)  // see TranscriptRun
///     let comparison = file.compared(with: run)
///     if !comparison.isPassing {
///       print(comparison.unifiedDiff, terminator: "")
///     }
///     let rewritten = file.updated(with: run)  // for --update
///
/// Parsing never stops at the first problem: a file that does not parse yields every
/// `TranscriptError.Diagnostic`, each at its `file:line:column`.
public struct TranscriptFile: Sendable, Equatable {
  /// A command as typed at the prompt and the output expected in reply.
  public struct Block: Sendable, Equatable {
    /// The command line exactly as typed, without the `> ` that introduces it.
    public let command: String
    /// The 1-based line of the command in the file.
    public let line: Int
    /// The expected lines, in order, without the empty lines at the end that do not count.
    public let expected: [ExpectedLine]
    /// The line that output written into the file takes when the block has none yet.
    let insertionLine: Int
  }

  /// A line of expected output, as written after its `  ` or `! ` prefix.
  public struct ExpectedLine: Sendable, Equatable {
    /// The stream the line is expected on.
    public let stream: OutputLine.Stream
    /// The expected text in pattern notation, without trailing blanks: it may hold
    /// `{{name}}` placeholders, and `{{...}}` alone stands for any number of lines.
    public let text: String
    /// The 1-based line in the file.
    public let line: Int
    /// The text as a pattern to match actual lines against.
    let pattern: Pattern

    /// Whether the line matches zero or more whole lines rather than exactly one.
    var matchesAnyLines: Bool { text == Pattern.anyLines }
  }

  /// The name the file is reported under, such as its path.
  public let name: String
  /// The command-line arguments of the session, from every `% args` in order.
  public let arguments: [String]
  /// The environment variables to set for the session, from `% env`.
  public let environment: [String: String]
  /// The exit status the whole run must end with, from `% exit` (0 when absent).
  public let expectedExitStatus: Int32
  /// How far numbers in the output may be from the expected ones, from `% tolerance`
  /// (exact when absent).
  public let tolerance: Tolerance
  /// The commands, in order, each with its expected output.
  public let blocks: [Block]

  /// The output expected before the first command: what the session writes on start.
  public var startupOutput: [ExpectedLine] { startup.expected }

  /// The startup output as a block without a command, at line 0.
  let startup: Block
  /// The line of `% exit`, if the file has one.
  let exitLine: Int?
  /// Where a `% exit` line goes when the file has none: after the last directive, or else
  /// after the comments that open the file.
  let headerEndLine: Int
  /// The text the file was parsed from.
  let source: SourceText
}

extension TranscriptFile.Block {
  /// The first line of the block, shown as context in a diff.
  var firstLine: Int { Swift.max(line, 1) }

  /// The lines that hold the expected output: an empty range at `insertionLine` when there
  /// is none.
  var region: Range<Int> {
    guard let first = expected.first, let last = expected.last else {
      return insertionLine..<insertionLine
    }
    return first.line..<(last.line + 1)
  }
}

/// The text of a transcript file, split into lines, with what it takes to write it back
/// the way it was written.
struct SourceText: Sendable, Equatable {
  /// The text as given.
  let text: String
  /// The lines, without terminators and without a byte order mark.
  let lines: [String]
  /// The line terminator the file uses: CRLF when its first line ends in one.
  private let lineBreak: String
  /// Whether the last line ends with a terminator.
  private let endsWithLineBreak: Bool
  /// Whether the text opens with a byte order mark.
  private let hasByteOrderMark: Bool

  init(_ text: String) {
    self.text = text
    let byteOrderMark: Unicode.Scalar = "\u{FEFF}"
    hasByteOrderMark = text.unicodeScalars.first == byteOrderMark
    let body = hasByteOrderMark ? String(text.unicodeScalars.dropFirst()) : text
    lines = splitIntoLines(body)
    let bytes = Array(body.utf8)
    let firstBreak = bytes.firstIndex(of: lineFeed)
    let isCRLF = firstBreak.map { $0 > 0 && bytes[$0 - 1] == UInt8(ascii: "\r") } ?? false
    lineBreak = isCRLF ? "\r\n" : "\n"
    endsWithLineBreak = body.isEmpty || bytes.last == lineFeed
  }

  /// `lines` written back with this file's terminator, final line break and byte order mark.
  func joined(_ lines: [String]) -> String {
    var text = hasByteOrderMark ? "\u{FEFF}" : ""
    text += lines.joined(separator: lineBreak)
    if endsWithLineBreak && !lines.isEmpty {
      text += lineBreak
    }
    return text
  }
}
