import Testing

@testable import Transcript

/// Parses `text` as `t.transcript`, failing the test with the diagnostics if it does not parse.
func parsed(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws
  -> TranscriptFile
{
  switch TranscriptFile.parse(text, name: "t.transcript") {
  case .success(let file):
    return file
  case .failure(let error):
    Issue.record("does not parse:\n\(error)", sourceLocation: sourceLocation)
    throw error
  }
}

/// An expected line as the tests write it: stream, text, line.
struct Expected: Equatable, CustomStringConvertible {
  var stream: OutputLine.Stream
  var text: String
  var line: Int

  init(_ stream: OutputLine.Stream, _ text: String, _ line: Int) {
    self.stream = stream
    self.text = text
    self.line = line
  }

  init(_ line: TranscriptFile.ExpectedLine) {
    self.init(line.stream, line.text, line.line)
  }

  var description: String { "\(stream) \(line): \(text)" }
}

@Suite("Parsing every kind of line")
struct ParsingTests {
  @Test("a transcript with every kind of line, each at its line")
  func everyKind() throws {
    let file = try parsed(
      """
      # Scenario: 昭和村 in 2040
      % args --lang ja --format csv
      % env NO_COLOR=1
      % exit 1
        aizusim {{version}}

      > project 2040 昭和村
        市町村,name,year,population

        昭和村,Showa,2040,900
      ! warning: 2040 is past the last census
      > quit
      ! unsaved changes
      """)

    #expect(file.name == "t.transcript")
    #expect(file.arguments == ["--lang", "ja", "--format", "csv"])
    #expect(file.environment == ["NO_COLOR": "1"])
    #expect(file.expectedExitStatus == 1)
    #expect(file.startupOutput.map(Expected.init) == [Expected(.stdout, "aizusim {{version}}", 5)])
    #expect(file.blocks.map(\.command) == ["project 2040 昭和村", "quit"])
    #expect(file.blocks.map(\.line) == [7, 12])
    #expect(
      file.blocks[0].expected.map(Expected.init) == [
        Expected(.stdout, "市町村,name,year,population", 8),
        Expected(.stdout, "", 9),
        Expected(.stdout, "昭和村,Showa,2040,900", 10),
        Expected(.stderr, "warning: 2040 is past the last census", 11),
      ])
    #expect(
      file.blocks[1].expected.map(Expected.init) == [Expected(.stderr, "unsaved changes", 13)])
  }

  @Test(
    "an output line reads as its stream and text",
    arguments: [
      ("  text", OutputLine.Stream.stdout, "text"),
      ("    indented", .stdout, "  indented"),
      ("  trailing blanks \t ", .stdout, "trailing blanks"),
      ("  会津若松市", .stdout, "会津若松市"),
      ("! error", .stderr, "error"),
      ("!  indented", .stderr, " indented"),
      ("! 不明なコマンド", .stderr, "不明なコマンド"),
    ])
  func outputLine(line: String, stream: OutputLine.Stream, text: String) throws {
    let file = try parsed("> cmd\n\(line)\n")
    #expect(file.blocks[0].expected.map(Expected.init) == [Expected(stream, text, 2)])
  }

  @Test("a lone '!' is an empty stderr line, counted when more output follows")
  func emptyStderrLine() throws {
    let file = try parsed("> cmd\n!\n  after\n")
    #expect(
      file.blocks[0].expected.map(Expected.init) == [
        Expected(.stderr, "", 2), Expected(.stdout, "after", 3),
      ])
  }

  @Test("empty lines inside a block are empty stdout lines; a line of spaces is empty too")
  func emptyLinesInsideBlock() throws {
    let file = try parsed("> cmd\n\n  a\n   \n\t\n  b\n")
    #expect(
      file.blocks[0].expected.map(Expected.init) == [
        Expected(.stdout, "", 2), Expected(.stdout, "a", 3), Expected(.stdout, "", 4),
        Expected(.stdout, "", 5), Expected(.stdout, "b", 6),
      ])
  }

  @Test("empty lines and empty stderr lines at the end of a block do not count")
  func trailingEmptyLines() throws {
    let file = try parsed("> one\n  a\n\n!\n  \n\n> two\n\n\n")
    #expect(file.blocks[0].expected.map(Expected.init) == [Expected(.stdout, "a", 2)])
    #expect(file.blocks[1].expected.isEmpty)
  }

  @Test("consecutive command lines are consecutive blocks; the output goes with the last")
  func consecutiveCommands() throws {
    let file = try parsed("> project 2040 \\\n> 昭和村\n  900\n>\n")
    #expect(file.blocks.map(\.command) == ["project 2040 \\", "昭和村", ""])
    #expect(file.blocks.map(\.line) == [1, 2, 4])
    #expect(
      file.blocks.map { $0.expected.map(Expected.init) } == [[], [Expected(.stdout, "900", 3)], []])
  }

  @Test("a command line is kept exactly as typed after '> '")
  func commandVerbatim() throws {
    let file = try parsed(">  two  spaces # not a comment \n")
    #expect(file.blocks.map(\.command) == [" two  spaces # not a comment "])
  }

  @Test("a comment between a command and its output sets what is above it apart")
  func commentBeforeOutput() throws {
    let file = try parsed("> cmd\n\n# the IPSS figure\n  900\n# after the output\n\n> next\n")
    #expect(file.blocks[0].expected.map(Expected.init) == [Expected(.stdout, "900", 4)])
    #expect(file.blocks[0].region == 4..<5)
  }

  @Test("empty lines between the header and the startup output are empty stdout lines")
  func startupOutput() throws {
    let file = try parsed("% exit 2\n\n! bad.toml:3:5: unknown municipality\n\n> quit\n")
    #expect(
      file.startupOutput.map(Expected.init) == [
        Expected(.stdout, "", 2), Expected(.stderr, "bad.toml:3:5: unknown municipality", 3),
      ])
    #expect(file.blocks.map(\.line) == [5])
  }

  @Test("without directives or output, the file is only comments and commands")
  func defaults() throws {
    let file = try parsed("# just a comment\n> help\n")
    #expect(file.arguments.isEmpty)
    #expect(file.environment.isEmpty)
    #expect(file.expectedExitStatus == 0)
    #expect(file.startupOutput.isEmpty)
    #expect(file.headerEndLine == 2)
  }

  @Test("'% exit' takes a status from 0 to 255; '% tolerance' a relative and an absolute one")
  func exitStatusAndTolerance() throws {
    #expect(try parsed("% exit 0\n").expectedExitStatus == 0)
    #expect(try parsed("% exit 255\n").expectedExitStatus == 255)
    #expect(try parsed("% exit 007 \n").expectedExitStatus == 7)
    #expect(try parsed("> help\n").tolerance == .exact)
    #expect(
      try parsed("% tolerance 1e-9\n% tolerance abs 0.5\n").tolerance
        == Tolerance(relative: 1e-9, absolute: 0.5))
    #expect(try parsed("%tolerance\trel  2.5E-3\n").tolerance == Tolerance(relative: 0.0025))
    #expect(try parsed("% tolerance abs 3\n").tolerance == Tolerance(absolute: 3))
  }

  @Test("an empty file is an empty transcript")
  func emptyFile() throws {
    let file = try parsed("")
    #expect(file.blocks.isEmpty)
    #expect(file.startupOutput.isEmpty)
  }

  @Test(
    "'% args' splits its words like a shell, over every '% args' line",
    arguments: [
      ("--lang ja", ["--lang", "ja"]),
      ("  --lang\tja  ", ["--lang", "ja"]),
      ("--scenario '会津 2040.toml'", ["--scenario", "会津 2040.toml"]),
      (#"--title "昭和村 \"2040\"""#, ["--title", #"昭和村 "2040""#]),
      (#""a\b" 'c\d' e\ f"#, [#"a\b"#, #"c\d"#, "e f"]),
      ("'' x\"\"y", ["", "xy"]),
    ])
  func argumentWords(line: String, words: [String]) throws {
    let file = try parsed("% args \(line)\n")
    #expect(file.arguments == words)
  }

  @Test("several '% args' lines add up in order; '% env' keeps its value verbatim")
  func severalDirectives() throws {
    let file = try parsed("% args --lang ja\n%args --format csv\n% env TITLE=a = 'b'\n% env E=\n")
    #expect(file.arguments == ["--lang", "ja", "--format", "csv"])
    #expect(file.environment == ["TITLE": "a = 'b'", "E": ""])
  }

  @Test("CRLF line ends and a byte order mark read like LF")
  func crlfAndByteOrderMark() throws {
    let file = try parsed("\u{FEFF}% exit 1\r\n> 昭和村\r\n  900\r\n")
    #expect(file.expectedExitStatus == 1)
    #expect(file.blocks.map(\.command) == ["昭和村"])
    #expect(file.blocks[0].expected.map(Expected.init) == [Expected(.stdout, "900", 3)])
  }
}
