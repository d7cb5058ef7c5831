/// Finds where each key of a TOML document is written.
///
/// toml++ (through `CTOML`) parses and validates TOML, but its tables forget the
/// order keys were written in. This scanner runs over text toml++ has already
/// accepted and records, for every key path, the line and column of its key and the
/// order of first appearance. It only reads positions; values still come from
/// toml++, so the two never disagree about what the document means.
///
/// Paths are key components; array elements are written `[0]`, `[1]`, …
///
/// The scanner reads Unicode scalars (code points), as toml++ does, so columns count code
/// points and the two agree on where every line and comment is; reading grapheme clusters
/// instead took a fifth of the time to the first prompt (docs/performance.md).
struct KeyLocator {
  struct Position: Equatable {
    var line: Int
    var column: Int
    /// The order in which the path was first seen.
    var rank: Int
  }

  private(set) var positions: [[String]: Position] = [:]
  /// Where each value is written, in Unicode scalars from the start (for editing in place).
  private(set) var valueSpans: [[String]: Range<Int>] = [:]
  /// The tables opened by a `[header]` (not `[[array]]` elements).
  private(set) var headers: Set<[String]> = []
  /// For the root table (`[]`) and each `[header]`: where its last line (the header's or a
  /// key's) ends, in Unicode scalars; a key added to the table goes after it.
  private(set) var sectionEnds: [[String]: Int] = [:]
  /// Where the first `[header]` line starts, if any.
  private(set) var firstHeader: Int?

  init(_ text: String) {
    var scanner = Scanner(Array(text.unicodeScalars))
    scanner.scanDocument()
    positions = scanner.positions
    valueSpans = scanner.valueSpans
    headers = scanner.headers
    sectionEnds = scanner.sectionEnds
    firstHeader = scanner.firstHeader
  }

  /// The position of `path`, or of its nearest ancestor that has one.
  func position(of path: [String]) -> Position? {
    var path = path
    while !path.isEmpty {
      if let position = positions[path] { return position }
      path.removeLast()
    }
    return nil
  }

  private struct Scanner {
    let chars: [Unicode.Scalar]
    var index = 0
    var line = 1
    var column = 1
    var positions: [[String]: Position] = [:]
    var valueSpans: [[String]: Range<Int>] = [:]
    var headers: Set<[String]> = []
    var sectionEnds: [[String]: Int] = [:]
    var firstHeader: Int?
    var currentTable: [String] = []
    /// For each array of tables, the index of its latest element.
    var arrayTables: [[String]: Int] = [:]

    init(_ chars: [Unicode.Scalar]) { self.chars = chars }

    var current: Unicode.Scalar? { index < chars.count ? chars[index] : nil }

    func peek(_ offset: Int) -> Unicode.Scalar? {
      index + offset < chars.count ? chars[index + offset] : nil
    }

    mutating func advance() {
      guard let c = current else { return }
      index += 1
      if c == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }

    mutating func record(_ path: [String], line: Int, column: Int) {
      // A path is recorded with all its prefixes, so the first prefix already recorded,
      // from the longest, ends the work: most keys then cost one look-up.
      var end = path.count
      while end > 0, positions[Array(path[..<end])] == nil { end -= 1 }
      guard end < path.count else { return }
      for length in (end + 1)...path.count {
        positions[Array(path[..<length])] = Position(
          line: line, column: column, rank: positions.count)
      }
    }

    /// Moves on one scalar when a step of a loop read nothing from `start`, so that every
    /// loop ends on text toml++ accepted but this scanner does not follow (an earlier
    /// scanner that read grapheme clusters stood still for ever on a combining mark right
    /// after `#`, found by fuzzing). Positions on such a line may then be missed; the
    /// decoder falls back to the enclosing table's.
    mutating func skipIfStuck(at start: Int) {
      if index == start { advance() }
    }

    mutating func skipSpaces() {
      while let c = current, c == " " || c == "\t" { advance() }
    }

    mutating func skipComment() {
      guard current == "#" else { return }
      while let c = current, !c.isLineBreak { advance() }
    }

    /// Skips spaces, newlines and comments.
    mutating func skipBlank() {
      while let c = current {
        if c == " " || c == "\t" || c.isLineBreak {
          advance()
        } else if c == "#" {
          skipComment()
        } else {
          return
        }
      }
    }

    mutating func scanDocument() {
      while true {
        skipBlank()
        guard let c = current else { return }
        let start = index
        if c == "[" {
          scanHeader()
        } else {
          scanKeyValue(in: currentTable)
        }
        skipSpaces()
        skipComment()
        sectionEnds[currentTable] = index
        skipIfStuck(at: start)
      }
    }

    mutating func scanHeader() {
      let (headerLine, headerColumn) = (line, column)
      if firstHeader == nil { firstHeader = index }
      advance()
      let isArray = current == "["
      if isArray { advance() }
      skipSpaces()
      let keys = scanKey()
      skipSpaces()
      advance()
      if isArray { advance() }
      var path: [String] = []
      for key in keys {
        path.append(key)
        if path != keys, let i = arrayTables[path] { path.append("[\(i)]") }
      }
      if isArray {
        let i = (arrayTables[path] ?? -1) + 1
        arrayTables[path] = i
        path.append("[\(i)]")
      }
      record(path, line: headerLine, column: headerColumn)
      if !isArray { headers.insert(path) }
      currentTable = path
    }

    mutating func scanKeyValue(in table: [String]) {
      let (keyLine, keyColumn) = (line, column)
      let path = table + scanKey()
      record(path, line: keyLine, column: keyColumn)
      skipSpaces()
      if current == "=" { advance() }
      skipSpaces()
      let start = index
      scanValue(path)
      var end = index
      while end > start, chars[end - 1] == " " || chars[end - 1] == "\t" { end -= 1 }
      valueSpans[path] = start..<end
    }

    /// A dotted key: bare, "basic" or 'literal' parts separated by dots.
    mutating func scanKey() -> [String] {
      var parts: [String] = []
      while let c = current {
        switch c {
        case "\"": parts.append(scanBasicString())
        case "'": parts.append(scanLiteralString())
        default:
          var bare = ""
          while let c = current, c.isBareKeyCharacter {
            bare.unicodeScalars.append(c)
            advance()
          }
          parts.append(bare)
        }
        skipSpaces()
        guard current == "." else { break }
        advance()
        skipSpaces()
      }
      return parts
    }

    mutating func scanValue(_ path: [String]) {
      switch current {
      case "\"":
        if peek(1) == "\"" && peek(2) == "\"" { scanMultiline("\"") } else { _ = scanBasicString() }
      case "'":
        if peek(1) == "'" && peek(2) == "'" { scanMultiline("'") } else { _ = scanLiteralString() }
      case "[":
        advance()
        var element = 0
        while true {
          skipBlank()
          guard let c = current, c != "]" else { break }
          if c == "," {
            advance()
            continue
          }
          let elementPath = path + ["[\(element)]"]
          record(elementPath, line: line, column: column)
          let start = index
          scanValue(elementPath)
          skipIfStuck(at: start)
          element += 1
        }
        advance()
      case "{":
        advance()
        while true {
          skipBlank()
          guard let c = current, c != "}" else { break }
          if c == "," {
            advance()
            continue
          }
          let start = index
          scanKeyValue(in: path)
          skipIfStuck(at: start)
        }
        advance()
      default:
        while let c = current, c != ",", c != "]", c != "}", c != "#", !c.isLineBreak {
          advance()
        }
      }
    }

    mutating func scanBasicString() -> String {
      advance()
      var text = ""
      while let c = current, c != "\"", !c.isLineBreak {
        if c == "\\" {
          advance()
          text.append(scanEscape())
        } else {
          text.unicodeScalars.append(c)
          advance()
        }
      }
      advance()
      return text
    }

    mutating func scanEscape() -> String {
      guard let c = current else { return "" }
      advance()
      switch c {
      case "n": return "\n"
      case "t": return "\t"
      case "r": return "\r"
      case "b": return "\u{8}"
      case "f": return "\u{C}"
      case "u", "U":
        var hex = ""
        for _ in 0..<(c == "u" ? 4 : 8) {
          if let h = current { hex.unicodeScalars.append(h) }
          advance()
        }
        return UInt32(hex, radix: 16).flatMap(Unicode.Scalar.init).map { String($0) } ?? ""
      default: return String(c)
      }
    }

    mutating func scanLiteralString() -> String {
      advance()
      var text = ""
      while let c = current, c != "'", !c.isLineBreak {
        text.unicodeScalars.append(c)
        advance()
      }
      advance()
      return text
    }

    mutating func scanMultiline(_ quote: Unicode.Scalar) {
      for _ in 0..<3 { advance() }
      while let c = current {
        if c == "\\" && quote == "\"" {
          advance()
          advance()
        } else if c == quote && peek(1) == quote && peek(2) == quote {
          // Up to two quotes may end the content right before the closing three.
          while current == quote && peek(3) == quote { advance() }
          for _ in 0..<3 { advance() }
          return
        } else {
          advance()
        }
      }
    }
  }
}

extension Unicode.Scalar {
  /// Whether TOML allows the scalar in a bare (unquoted) key: A–Z, a–z, 0–9, `_` and `-`.
  var isBareKeyCharacter: Bool {
    switch self {
    case "A"..."Z", "a"..."z", "0"..."9", "_", "-": true
    default: false
    }
  }

  /// Whether the scalar ends a line in TOML: a line feed, or the carriage return of CRLF.
  var isLineBreak: Bool { self == "\n" || self == "\r" }
}
