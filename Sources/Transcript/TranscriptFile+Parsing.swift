import Bilingual
import Words

extension TranscriptFile {
  /// Parses the text of a transcript file.
  ///
  /// - Parameters:
  ///   - text: The whole file. LF and CRLF line ends are both read.
  ///   - name: The name to report the file under, such as its path.
  /// - Returns: The transcript, or every problem found, each at its `name:line:column`.
  public static func parse(_ text: String, name: String) -> Result<TranscriptFile, TranscriptError>
  {
    var parser = Parser(name: name, source: SourceText(text))
    return parser.parsed()
  }
}

/// Reads a transcript line by line; the first character of a line says what it is
/// (docs/transcripts.md, "Lines").
private struct Parser {
  /// A block whose lines are still being read.
  struct OpenBlock {
    /// The line of its command; `nil` for the startup output before the first command.
    var commandLine: Int?
    var command: String
    var expected: [TranscriptFile.ExpectedLine] = []
    /// Empty lines after the last expected line: empty stdout lines if more output follows.
    var pendingEmptyLines: [Int] = []
    /// The comment or directive that ended the block's output, if one did.
    var ending: (line: Int, kind: LocalizedText)?
  }

  let name: String
  let source: SourceText
  var diagnostics: [TranscriptError.Diagnostic] = []
  var arguments: [String] = []
  var environment: [String: String] = [:]
  var environmentLines: [String: Int] = [:]
  var exitStatus: Int32 = 0
  var exitLine: Int?
  var tolerance = Tolerance.exact
  /// The lines of `% tolerance` and `% tolerance abs`, to report one given twice.
  var toleranceLines: [Tolerance.Kind: Int] = [:]
  var lastDirectiveLine: Int?
  /// The last of the comment lines that open the file (0 when it opens with something else).
  var openingCommentsEnd = 0
  var startup: TranscriptFile.Block?
  var blocks: [TranscriptFile.Block] = []
  var open = OpenBlock(commandLine: nil, command: "")

  init(name: String, source: SourceText) {
    self.name = name
    self.source = source
  }

  mutating func parsed() -> Result<TranscriptFile, TranscriptError> {
    for (index, line) in source.lines.enumerated() {
      read(line, at: index + 1)
    }
    closeOpenBlock()
    guard diagnostics.isEmpty, let startup else {
      return .failure(TranscriptError(diagnostics: diagnostics))
    }
    return .success(
      TranscriptFile(
        name: name, arguments: arguments, environment: environment,
        expectedExitStatus: exitStatus, tolerance: tolerance, blocks: blocks, startup: startup,
        exitLine: exitLine,
        headerEndLine: headerEndLine, source: source))
  }

  /// Where header lines go that the file does not have yet: after the last directive, or
  /// else after the comments that open the file.
  var headerEndLine: Int {
    (lastDirectiveLine ?? openingCommentsEnd) + 1
  }

  mutating func read(_ line: String, at number: Int) {
    guard let first = line.first, !line.allSatisfy(isBlank) else {
      // Empty, or blanks that an editor would strip: an empty stdout line if more output
      // follows in the same block, layout otherwise.
      if open.ending == nil {
        open.pendingEmptyLines.append(number)
      }
      return
    }
    switch first {
    case "#":
      if number == openingCommentsEnd + 1 {
        openingCommentsEnd = number
      }
      endOutput(at: number, by: Words.Transcripts.comment)
    case "%":
      readDirective(line, at: number)
      endOutput(at: number, by: Words.Transcripts.directive)
    case ">":
      readCommand(line, at: number)
    case " " where line.hasPrefix("  "):
      readOutput(.stdout, line, at: number)
    case "!" where line == "!" || line.hasPrefix("! "):
      readOutput(.stderr, line, at: number)
    case " ":
      report(Words.Transcripts.stdoutOneSpace, at: number)
    case "\t":
      report(Words.Transcripts.stdoutTab, at: number)
    case "!":
      report(Words.Transcripts.stderrPrefix, at: number)
    default:
      let preview = line.count > 20 ? line.prefix(20) + "…" : Substring(line)
      report(Words.Transcripts.unrecognisedLine(String(preview)), at: number)
    }
  }

  /// A comment or directive ends the output of the block it stands in, once there is some;
  /// before any output it only sets the lines before it apart as layout.
  mutating func endOutput(at number: Int, by kind: LocalizedText) {
    if !open.expected.isEmpty && open.ending == nil {
      open.ending = (number, kind)
    }
    open.pendingEmptyLines = []
  }

  mutating func readCommand(_ line: String, at number: Int) {
    guard line == ">" || line.hasPrefix("> ") else {
      report(Words.Transcripts.commandPrefix, at: number)
      return
    }
    closeOpenBlock()
    open = OpenBlock(commandLine: number, command: String(line.dropFirst(2)))
  }

  mutating func readOutput(_ stream: OutputLine.Stream, _ line: String, at number: Int) {
    if let ending = open.ending {
      report(
        Words.Transcripts.outputAfter(
          ending.kind, line: ending.line,
          ended: Words.Transcripts.output(ofLine: open.commandLine)),
        at: number)
      return
    }
    for empty in open.pendingEmptyLines {
      open.expected.append(
        .init(stream: .stdout, text: "", line: empty, pattern: Pattern(literal: "")))
    }
    open.pendingEmptyLines = []
    let text = droppingTrailingBlanks(line.dropFirst(2))
    do {
      let pattern = try Pattern(text)
      open.expected.append(
        .init(stream: stream, text: String(text), line: number, pattern: pattern))
    } catch {
      report(Words.Transcripts.unclosedPlaceholder, at: number, column: 3 + error.offset)
    }
  }

  mutating func closeOpenBlock() {
    var expected = open.expected
    while expected.last?.text.isEmpty == true {
      expected.removeLast()
    }
    if let commandLine = open.commandLine {
      blocks.append(
        .init(
          command: open.command, line: commandLine, expected: expected,
          insertionLine: commandLine + 1))
    } else {
      startup = .init(command: "", line: 0, expected: expected, insertionLine: headerEndLine)
    }
  }

  mutating func report(_ message: LocalizedText, at line: Int, column: Int = 1) {
    diagnostics.append(.init(file: name, line: line, column: column, message: message))
  }
}

// MARK: - Directives

extension Parser {
  /// The directives a transcript knows.
  static let directiveNames = ["args", "env", "exit", "tolerance"]

  mutating func readDirective(_ line: String, at number: Int) {
    let body = line.dropFirst().drop(while: isBlank)
    let name = body.prefix { !isBlank($0) }
    let argument = body.dropFirst(name.count).drop(while: isBlank)
    if let firstCommand = blocks.first?.line ?? open.commandLine {
      report(
        Words.Transcripts.directiveAfterCommand(String(name), firstCommand: firstCommand),
        at: number)
      return
    }
    lastDirectiveLine = number
    switch name {
    case "args":
      readArguments(argument, at: number, column: line.distance(to: argument) + 1)
    case "env":
      readEnvironment(argument, at: number)
    case "exit":
      readExitStatus(argument, at: number, column: line.distance(to: argument) + 1)
    case "tolerance":
      readTolerance(argument, at: number, column: line.distance(to: argument) + 1)
    case "":
      report(Words.Transcripts.needsDirective, at: number)
    default:
      let guess = Self.directiveNames.min {
        editDistance($0, name) < editDistance($1, name)
      }
      report(
        Words.Transcripts.unknownDirective(
          String(name), guess: guess.flatMap { editDistance($0, name) <= 2 ? $0 : nil }),
        at: number)
    }
  }

  mutating func readArguments(_ text: Substring, at number: Int, column: Int) {
    do {
      let words = try shellWords(text)
      guard !words.isEmpty else {
        report(Words.Transcripts.argsNeedsArgument, at: number)
        return
      }
      arguments += words
    } catch {
      report(error.message, at: number, column: column + error.offset)
    }
  }

  mutating func readEnvironment(_ text: Substring, at number: Int) {
    guard let equals = text.firstIndex(of: "=") else {
      report(Words.Transcripts.envNeedsNameValue, at: number)
      return
    }
    let variable = String(text[..<equals])
    guard let first = variable.unicodeScalars.first, isNameStart(first),
      variable.unicodeScalars.allSatisfy({ isNameStart($0) || ("0"..."9").contains($0) })
    else {
      report(Words.Transcripts.envBadName(variable), at: number)
      return
    }
    if let previous = environmentLines[variable] {
      report(Words.Transcripts.givenTwice("% env \(variable)", firstAt: previous), at: number)
      return
    }
    environmentLines[variable] = number
    environment[variable] = String(text[text.index(after: equals)...])
  }

  mutating func readExitStatus(_ text: Substring, at number: Int, column: Int) {
    if let exitLine {
      report(Words.Transcripts.givenTwice("% exit", firstAt: exitLine), at: number)
      return
    }
    let status = droppingTrailingBlanks(text)
    // An exit status is what a shell sees after `exit N`: 0 to 255, written in digits.
    guard !status.isEmpty, status.allSatisfy(isDigit), let value = Int32(status),
      value <= 255
    else {
      report(
        Words.Transcripts.exitNeedsNumber(got: status.isEmpty ? nil : String(status)),
        at: number, column: column)
      return
    }
    exitLine = number
    exitStatus = value
  }

  /// `% tolerance 1e-9` (relative) or `% tolerance abs 0.001` (absolute), each at most once.
  mutating func readTolerance(_ text: Substring, at number: Int, column: Int) {
    var words = droppingTrailingBlanks(text)
    var valueColumn = column
    var kind = Tolerance.Kind.relative
    let first = words.prefix { !isBlank($0) }
    if let named = Tolerance.Kind(rawValue: String(first)) {
      kind = named
      let value = words.dropFirst(first.count).drop(while: isBlank)
      valueColumn += words.distance(from: words.startIndex, to: value.startIndex)
      words = value
    }
    if let previous = toleranceLines[kind] {
      report(
        Words.Transcripts.givenTwice("% tolerance \(kind.rawValue)", firstAt: previous),
        at: number)
      return
    }
    let pieces = NumericText(String(words)).pieces
    guard pieces.count == 1, let value = pieces[0].value, value.isFinite, value >= 0
    else {
      report(
        Words.Transcripts.toleranceNeedsNumber(got: words.isEmpty ? nil : String(words)),
        at: number, column: valueColumn)
      return
    }
    toleranceLines[kind] = number
    switch kind {
    case .relative: tolerance.relative = value
    case .absolute: tolerance.absolute = value
    }
  }
}

extension String {
  /// The offset, in characters, of `part` in this string, which it is a slice of.
  fileprivate func distance(to part: Substring) -> Int {
    distance(from: startIndex, to: part.startIndex)
  }
}

/// Whether `scalar` may start an environment variable's name: an ASCII letter or `_`.
private func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
  scalar == "_" || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
}

/// The number of single-character insertions, deletions and substitutions that turn `a`
/// into `b` (Levenshtein), for suggesting a directive.
private func editDistance<A: StringProtocol, B: StringProtocol>(_ a: A, _ b: B) -> Int {
  let a = Array(a)
  let b = Array(b)
  var previous = Array(0...b.count)
  for (i, x) in a.enumerated() {
    var current = [i + 1]
    for (j, y) in b.enumerated() {
      current.append(Swift.min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
    }
    previous = current
  }
  return previous[b.count]
}
