import Foundation
import Testing

@testable import Shell

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A suite over `files` in memory, run in this process, and what it wrote and returned.
private func runSuite(
  _ files: [String: String], isUpdating: Bool = false, junitPath: String? = nil,
  runOne: ((String) -> TranscriptRunner.Result)? = nil
) -> (output: String, errors: String, status: Int32, files: MemoryFileSystem) {
  let fileSystem = MemoryFileSystem(files)
  let runner = TranscriptRunner(fileSystem: fileSystem)
  let suite = TranscriptSuite(
    paths: ["t"], isUpdating: isUpdating, junitPath: junitPath, runner: runner,
    runOne: runOne ?? { runner.run($0) })
  var output = ""
  var errors = ""
  let status = suite.run { text, stream in
    if stream == .output { output += text } else { errors += text }
  }
  return (output, errors, status, fileSystem)
}

@Suite("aizusim test: a line per transcript, --update, JUnit")
struct TranscriptSuiteTests {
  @Test("PASS or FAIL and the path for each transcript, its report, then the summary")
  func lines() {
    let run = runSuite([
      "t/a.transcript": "> echo hi\n  hi\n",
      "t/b.transcript": "> echo hi\n  ho\n",
      "t/c.transcript": "% exit 300\n> echo hi\n",
    ])
    #expect(run.status == 1)
    #expect(
      run.output == """
        PASS t/a.transcript
        FAIL t/b.transcript
        --- t/b.transcript (expected)
        +++ t/b.transcript (actual)
        t/b.transcript:1: output of '> echo hi' differs
        @@ -1,2 +1,2 @@
         > echo hi
        -  ho
        +  hi
        FAIL t/c.transcript
        t/c.transcript:1:8: '% exit' needs a whole number from 0 to 255, such as '% exit 1', \
        got '300'
        1 passed, 2 failed

        """)
  }

  @Test("a crash is that transcript's failure, counted in the summary; the others still run")
  func crash() {
    let run = runSuite(["t/a.transcript": "> echo hi\n  hi\n", "t/b.transcript": ""]) { path in
      guard path == "t/b.transcript" else {
        return TranscriptRunner.Result(path: path, status: .passed)
      }
      let summary = "t/b.transcript:2: crashed: signal 4 (SIGILL) while running '> project'"
      return TranscriptRunner.Result(
        path: path, status: .crashed, summary: summary, report: summary + "\n  Fatal error\n")
    }
    #expect(run.status == 1)
    #expect(
      run.output == """
        PASS t/a.transcript
        FAIL t/b.transcript
        t/b.transcript:2: crashed: signal 4 (SIGILL) while running '> project'
          Fatal error
        1 passed, 1 failed (1 crashed)

        """)
  }

  @Test("--update rewrites what it can record, keeps the byte order mark, and exits 0")
  func update() {
    let run = runSuite(
      [
        "t/a.transcript": "\u{FEFF}# note\r\n> echo hi\r\n  ho\r\n", "t/b.transcript": "> echo x\n",
      ],
      isUpdating: true)
    #expect(run.status == 0)
    #expect(
      run.output
        == "UPDATED t/a.transcript\nUPDATED t/b.transcript\n0 passed, 2 updated, 0 failed\n")
    #expect(run.files["t/a.transcript"] == "\u{FEFF}# note\r\n> echo hi\r\n  hi\r\n")
    #expect(run.files["t/b.transcript"] == "> echo x\n  x\n")
  }

  @Test(
    "--update does not rewrite a transcript whose commands did not all run, says which, exits 1",
    arguments: [
      (
        "> echo hi\n  ho\n> quit\n> echo after\n  after\n",
        "t/a.transcript:4: not updated: 1 command was not run (line 4 '> echo after')"
      ),
      (
        "% args --bail\n> nope\n> echo a\n> echo b\n> echo c\n> echo d\n",
        "t/a.transcript:3: not updated: 4 commands were not run (line 3 '> echo a', "
          + "line 4 '> echo b', line 5 '> echo c', and 1 more)"
      ),
      (
        "% args --scenario missing.toml\n> echo hi\n  hi\n",
        "t/a.transcript:2: not updated: 1 command was not run (line 2 '> echo hi')"
      ),
    ])
  func updateNotRun(text: String, note: String) {
    let run = runSuite(["t/a.transcript": text], isUpdating: true)
    #expect(run.status == 1)
    #expect(run.files["t/a.transcript"] == text)
    #expect(
      run.output.hasPrefix(
        "FAIL t/a.transcript\n" + note + "; a rewritten file would still fail, so end the "
          + "transcript where the session ends, or keep the session going, and update again\n"
          + "--- t/a.transcript (expected)\n"))
    #expect(run.output.hasSuffix("0 passed, 0 updated, 1 failed\n"))
  }

  @Test("--junit writes a report that an XML parser reads, with every count and failure")
  func junitFile() throws {
    let run = runSuite(
      [
        "t/a.transcript": "> echo hi\n  hi\n",
        "t/b.transcript": "> echo '<&>\"' \u{1B}[1m\n  x\n",
      ], junitPath: "report.xml")
    #expect(run.status == 1)
    let xml = try #require(run.files["report.xml"])
    let document = try XMLDocument(data: Data(xml.utf8))
    let suites = try #require(document.rootElement())
    #expect(suites.name == "testsuites")
    #expect(suites.attribute(forName: "tests")?.stringValue == "2")
    #expect(suites.attribute(forName: "failures")?.stringValue == "1")
    #expect(suites.attribute(forName: "errors")?.stringValue == "0")
    let cases = try suites.nodes(forXPath: "testsuite/testcase").compactMap { $0 as? XMLElement }
    #expect(
      cases.map { $0.attribute(forName: "name")?.stringValue } == ["a.transcript", "b.transcript"])
    #expect(cases.map { $0.attribute(forName: "classname")?.stringValue } == ["t", "t"])
    #expect(cases[1].attribute(forName: "file")?.stringValue == "t/b.transcript")
    #expect(cases.allSatisfy { Double($0.attribute(forName: "time")?.stringValue ?? "") != nil })
    let failure = try #require(cases[1].elements(forName: "failure").first)
    #expect(failure.attribute(forName: "type")?.stringValue == "mismatch")
    #expect(
      failure.attribute(forName: "message")?.stringValue
        == "t/b.transcript:1: output of '> echo '<&>\"' \\u{1B}[1m' differs")
    #expect(
      failure.stringValue == """
        --- t/b.transcript (expected)
        +++ t/b.transcript (actual)
        t/b.transcript:1: output of '> echo '<&>"' \\u{1B}[1m' differs
        @@ -1,2 +1,2 @@
         > echo '<&>"' \\u{1B}[1m
        -  x
        +  <&>" \\u{1B}[1m

        """)
  }

  @Test(
    "text and attributes are escaped so that a parser reads them back",
    arguments: [
      "plain", "<tag> & \"quotes\" 'single'", "line one\nline two\ttabbed\r\n", "会津若松市 🏔",
      "]]> and --> and <!-- and <![CDATA[", "\u{85}\u{A0}\u{2028}",
    ])
  func escapesRoundTrip(text: String) throws {
    let xml = "<r a=\"\(escaped(text, inAttribute: true))\">\(escaped(text))</r>"
    let element = try #require(try XMLDocument(data: Data(xml.utf8)).rootElement())
    #expect(element.stringValue == text)
    #expect(element.attribute(forName: "a")?.stringValue == text)
  }

  @Test("characters XML cannot hold are written visibly, and the document still parses")
  func controlCharacters() throws {
    let text = "nul \u{0} esc \u{1B}[0m bell \u{7} \u{FFFE}\u{FFFF}"
    #expect(escaped(text) == "nul \\u{0} esc \\u{1B}[0m bell \\u{7} \\u{FFFE}\\u{FFFF}")
    let xml = "<r a=\"\(escaped(text, inAttribute: true))\">\(escaped(text))</r>"
    let element = try #require(try XMLDocument(data: Data(xml.utf8)).rootElement())
    #expect(element.stringValue == "nul \\u{0} esc \\u{1B}[0m bell \\u{7} \\u{FFFE}\\u{FFFF}")
  }

  @Test("a crash is a JUnit error, a file that does not parse a failure of type invalid")
  func junitKinds() throws {
    let suite = TranscriptSuite(paths: []) { TranscriptRunner.Result(path: $0, status: .passed) }
    let xml = suite.junitReport([
      .init(
        path: "x.transcript", outcome: .crashed(message: "crashed: signal 4 (SIGILL)"),
        details: "backtrace\n", seconds: 1.2346),
      .init(
        path: "y.transcript", outcome: .failed(message: "bad", kind: "invalid"),
        details: "y.transcript:1:1: bad\n", seconds: 0),
      .init(path: "z.transcript", outcome: .updated, details: "", seconds: 12),
    ])
    let root = try #require(try XMLDocument(data: Data(xml.utf8)).rootElement())
    #expect(root.attribute(forName: "failures")?.stringValue == "1")
    #expect(root.attribute(forName: "errors")?.stringValue == "1")
    #expect(root.attribute(forName: "time")?.stringValue == "13.235")
    let cases = try root.nodes(forXPath: "testsuite/testcase").compactMap { $0 as? XMLElement }
    #expect(
      cases.map { $0.attribute(forName: "time")?.stringValue } == ["1.235", "0.000", "12.000"])
    #expect(cases.map { $0.attribute(forName: "classname")?.stringValue } == [".", ".", "."])
    let error = try #require(cases[0].elements(forName: "error").first)
    #expect(error.attribute(forName: "message")?.stringValue == "crashed: signal 4 (SIGILL)")
    #expect(error.attribute(forName: "type")?.stringValue == "crash")
    #expect(error.stringValue == "backtrace\n")
    let failure = try #require(cases[1].elements(forName: "failure").first)
    #expect(failure.attribute(forName: "type")?.stringValue == "invalid")
    #expect(cases[2].childCount == 0)
  }
}
