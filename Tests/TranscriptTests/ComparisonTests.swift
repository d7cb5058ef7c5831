import Testing
import Transcript

/// Lines on stdout, one per argument.
func stdout(_ texts: String...) -> [OutputLine] {
  texts.map { OutputLine(.stdout, $0) }
}

/// Lines on stderr, one per argument.
func stderr(_ texts: String...) -> [OutputLine] {
  texts.map { OutputLine(.stderr, $0) }
}

/// The mismatches of a run against `text`, one `file:line: message` each.
func mismatches(_ text: String, _ run: TranscriptRun) throws -> [String] {
  try parsed(text).compared(with: run).mismatches.map(\.description)
}

@Suite("Comparing a run with its transcript")
struct ComparisonTests {
  static let projection = """
    > project 2040 昭和村
      市町村,name,year,population
      昭和村,Showa,2040,900

    """

  @Test("the same lines on the same streams pass")
  func samePasses() throws {
    let run = TranscriptRun(outputs: [stdout("市町村,name,year,population", "昭和村,Showa,2040,900")])
    let comparison = try parsed(Self.projection).compared(with: run)
    #expect(comparison.isPassing)
    #expect(comparison.mismatches.isEmpty)
    #expect(comparison.unifiedDiff == "")
  }

  @Test("one changed number fails at the command's line")
  func changedNumberFails() throws {
    let run = TranscriptRun(outputs: [stdout("市町村,name,year,population", "昭和村,Showa,2040,901")])
    #expect(
      try mismatches(Self.projection, run) == [
        "t.transcript:1: output of '> project 2040 昭和村' differs"
      ])
  }

  @Test(
    "trailing empty lines and trailing blanks do not count, on either side",
    arguments: [
      ["a", "b"], ["a", "b", ""], ["a", "b", "", "", "  "], ["a  ", "b\t"],
    ])
  func trailingEmptiness(lines: [String]) throws {
    let text = "> cmd\n  a\n  b\n\n!\n\n> next\n"
    let run = TranscriptRun(outputs: [lines.map { OutputLine(.stdout, $0) }, stderr("", "")])
    #expect(try mismatches(text, run) == [])
  }

  @Test(
    "empty lines before or between output lines do count",
    arguments: [["", "a", "b"], ["a", "", "b"]])
  func innerEmptiness(lines: [String]) throws {
    let run = TranscriptRun(outputs: [lines.map { OutputLine(.stdout, $0) }])
    #expect(
      try mismatches("> cmd\n  a\n  b\n", run) == ["t.transcript:1: output of '> cmd' differs"])
  }

  static let orders: [([OutputLine], Bool)] = [
    (stdout("a") + stderr("warning") + stdout("b"), true),
    (stdout("a", "b") + stderr("warning"), false),
    (stderr("warning") + stdout("a", "b"), false),
    (stdout("a", "warning", "b"), false),
  ]

  @Test("the order of stdout and stderr lines counts, and so does the stream", arguments: orders)
  func streams(output: [OutputLine], passes: Bool) throws {
    let file = try parsed("> cmd\n  a\n! warning\n  b\n")
    #expect(file.compared(with: TranscriptRun(outputs: [output])).isPassing == passes)
  }

  @Test(
    "a placeholder matches what varies within its line",
    arguments: [
      ("aizusim 1.2.0 (会津)", true),
      ("aizusim 2.0.0-beta (会津)", true),
      ("aizusim 1.2.0 (Aizu)", false),
      ("aizusim", false),
    ])
  func inlinePlaceholder(line: String, passes: Bool) throws {
    let file = try parsed("> version\n  aizusim {{version}} (会津)\n")
    #expect(file.compared(with: TranscriptRun(outputs: [stdout(line)])).isPassing == passes)
  }

  static let spans: [([OutputLine], Bool)] = [
    (stdout("head", "tail"), true),
    (stdout("head", "x", "tail"), true),
    (stdout("head") + stderr("x") + stdout("y", "tail"), true),
    (stdout("head", "x", "y"), false),
    (stdout("x", "tail"), false),
    (stdout("head", "tail", "extra"), false),
  ]

  @Test("'{{...}}' alone matches zero or more whole lines of either stream", arguments: spans)
  func multiLinePlaceholder(output: [OutputLine], passes: Bool) throws {
    let file = try parsed("> cmd\n  head\n  {{...}}\n  tail\n")
    #expect(file.compared(with: TranscriptRun(outputs: [output])).isPassing == passes)
  }

  @Test("'{{...}}' at the end matches whatever is left, even nothing")
  func trailingMultiLinePlaceholder() throws {
    let file = try parsed("> cmd\n  head\n! {{...}}\n")
    #expect(file.compared(with: TranscriptRun(outputs: [stdout("head")])).isPassing)
    #expect(file.compared(with: TranscriptRun(outputs: [stdout("head", "a", "b")])).isPassing)
    #expect(!file.compared(with: TranscriptRun(outputs: [stdout("other", "a")])).isPassing)
  }

  @Test("the exit status is compared, at the '% exit' line or else at line 1")
  func exitStatus() throws {
    let output = [stdout("市町村,name,year,population", "昭和村,Showa,2040,900")]
    #expect(
      try mismatches(Self.projection, TranscriptRun(outputs: output, exitStatus: 1)) == [
        "t.transcript:1: expected exit status 0, got 1"
      ])
    #expect(
      try mismatches("# c\n% exit 3\n" + Self.projection, TranscriptRun(outputs: output)) == [
        "t.transcript:2: expected exit status 3, got 0"
      ])
    #expect(
      try mismatches("# c\n% exit 3\n" + Self.projection, .init(outputs: output, exitStatus: 3))
        == [])
  }

  @Test("startup output is compared before the first command")
  func startup() throws {
    let text = "% args --scenario bad.toml\n% exit 1\n! bad.toml:3:5: unknown municipality\n"
    let good = stderr("bad.toml:3:5: unknown municipality")
    #expect(
      try mismatches(text, TranscriptRun(startupOutput: good, outputs: [], exitStatus: 1)) == [])
    #expect(
      try mismatches(text, TranscriptRun(outputs: [], exitStatus: 1)) == [
        "t.transcript:3: startup output differs"
      ])
  }

  @Test("commands after the session ended are reported, once, at the first not run")
  func notRun() throws {
    let text = "> one\n> quit\n> two\n  2\n> three\n"
    #expect(
      try mismatches(text, TranscriptRun(outputs: [[], []])) == [
        "t.transcript:3: '> two' was not run: the session ended after line 2"
      ])
    #expect(
      try mismatches(text, TranscriptRun(outputs: [])) == [
        "t.transcript:1: '> one' was not run: the session ended before the first command"
      ])
    // Every command not run is listed, for --update to say what it could not record.
    let file = try parsed(text)
    #expect(
      file.compared(with: TranscriptRun(outputs: [[], []])).commandsNotRun.map(\.line) == [3, 5])
    #expect(
      file.compared(with: TranscriptRun(outputs: [])).commandsNotRun.map(\.command) == [
        "one", "quit", "two", "three",
      ])
    #expect(
      file.compared(with: TranscriptRun(outputs: [[], [], stdout("2"), []])).commandsNotRun.isEmpty)
  }

  @Test("output beyond the last block counts as the last block's")
  func extraOutput() throws {
    let file = try parsed("> quit\n  bye\n  さようなら\n")
    let run = TranscriptRun(outputs: [stdout("bye"), stdout("さようなら")])
    #expect(file.compared(with: run).isPassing)
  }

  @Test("a reply given as one text with line feeds is split into its lines")
  func multiLineText() throws {
    let file = try parsed("> cmd\n  a\n\n  b\n")
    #expect(file.compared(with: TranscriptRun(outputs: [stdout("a\n\nb\n")])).isPassing)
    #expect(
      file.compared(with: TranscriptRun(outputs: [OutputLine.lines(of: "a\r\n\r\nb", on: .stdout)]))
        .isPassing)
  }

  @Test("mismatches come in the order of the file")
  func order() throws {
    let text = "% exit 0\n> a\n  1\n> b\n  2\n> c\n  3\n"
    let run = TranscriptRun(outputs: [stdout("1"), stdout("x"), stdout("y")], exitStatus: 4)
    #expect(
      try mismatches(text, run) == [
        "t.transcript:1: expected exit status 0, got 4",
        "t.transcript:4: output of '> b' differs",
        "t.transcript:6: output of '> c' differs",
      ])
  }
}
