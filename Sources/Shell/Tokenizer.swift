import Foundation

/// Splits an input line into commands and words, as a shell user expects.
///
/// - One command per line; `;` separates commands on a line.
/// - `#` at the start of a word begins a comment that runs to the end of the line.
/// - Double quotes group words (`"a b"`, with `\"` and `\\` inside); single quotes
///   group words literally.
/// - A trailing `\` continues the line on the next; so does an unclosed quote.
struct Tokenizer {
  /// One word: its text with quotes removed, and where it sits in the line.
  struct Word: Equatable {
    var text: String
    var range: Range<String.Index>
    /// Whether any part of it was quoted (a quoted `#` or `;` is plain text).
    var isQuoted: Bool
  }

  /// One command: its words and the raw text it was written with.
  struct Segment: Equatable {
    var words: [Word]
    var raw: Substring
  }

  enum Result: Equatable {
    case segments([Segment])
    /// The line continues: a trailing backslash or an unclosed quote.
    case incomplete
  }

  /// Tokenizes a full (joined) input.
  static func tokenize(_ line: String) -> Result {
    var segments: [Segment] = []
    var words: [Word] = []
    var segmentStart = line.startIndex
    var current = ""
    var wordStart: String.Index?
    var isQuoted = false
    var quote: Character?
    var i = line.startIndex

    func endWord(at end: String.Index) {
      if let start = wordStart {
        words.append(Word(text: current, range: start..<end, isQuoted: isQuoted))
      }
      current = ""
      wordStart = nil
      isQuoted = false
    }

    while i < line.endIndex {
      let c = line[i]
      let next = line.index(after: i)
      if let q = quote {
        if c == q {
          quote = nil
        } else if q == "\"" && c == "\\" && next < line.endIndex && "\"\\".contains(line[next]) {
          current.append(line[next])
          i = line.index(after: next)
          continue
        } else {
          current.append(c)
        }
        i = next
        continue
      }
      switch c {
      case "\"", "'":
        if wordStart == nil { wordStart = i }
        quote = c
        isQuoted = true
      case "\\" where next == line.endIndex:
        return .incomplete
      case "\\" where line[next].isNewline:
        // A continuation joined into the line: the backslash and newline vanish.
        endWord(at: i)
        i = line.index(after: next)
        continue
      case ";":
        endWord(at: i)
        segments.append(Segment(words: words, raw: line[segmentStart..<i]))
        words = []
        segmentStart = next
      case "#" where wordStart == nil:
        endWord(at: i)
        segments.append(Segment(words: words, raw: line[segmentStart..<i]))
        return .segments(segments.filter { !$0.words.isEmpty })
      default:
        if c.isWhitespace {
          endWord(at: i)
        } else {
          if wordStart == nil { wordStart = i }
          current.append(c)
        }
      }
      i = next
    }
    if quote != nil { return .incomplete }
    endWord(at: line.endIndex)
    segments.append(Segment(words: words, raw: line[segmentStart...]))
    return .segments(segments.filter { !$0.words.isEmpty })
  }

  /// `word` as one word of a command line: as it is when nothing in it needs quoting, else
  /// in single quotes, or in double quotes with `\"` and `\\` when it holds a single quote.
  static func quotedIfNeeded(_ word: String) -> String {
    let needsQuotes =
      word.isEmpty || word.contains { $0.isWhitespace || "\"'#;\\".contains($0) }
    guard needsQuotes else { return word }
    if !word.contains("'") { return "'\(word)'" }
    let escaped = word.replacingOccurrences(of: "\\", with: "\\\\")
      .replacingOccurrences(of: "\"", with: "\\\"")
    return "\"\(escaped)\""
  }

  /// The words of the last command of a partial line, and the word being typed
  /// (empty when the line ends in a space), for completion.
  static func partial(_ line: String) -> (words: [String], current: String) {
    // Close an open quote so the partial word still tokenizes.
    var text = line
    var quote: Character?
    for c in line {
      if let q = quote { if c == q { quote = nil } } else if c == "\"" || c == "'" { quote = c }
    }
    if let quote { text.append(quote) }
    let endsInSpace = quote == nil && (line.last?.isWhitespace ?? true)
    guard case .segments(let segments) = tokenize(text), var last = segments.last?.words.map(\.text)
    else { return ([], "") }
    if let semicolon = line.lastIndex(of: ";"), quote == nil,
      line[semicolon...].allSatisfy({ $0 == ";" || $0.isWhitespace })
    {
      last = []
    }
    if endsInSpace { return (last, "") }
    let current = last.popLast() ?? ""
    return (last, current)
  }
}
