import Testing
import Transcript

/// `text` updated with `run`, after checking that the update makes the run pass and that a
/// second update changes nothing.
func updated(
  _ text: String, _ run: TranscriptRun, sourceLocation: SourceLocation = #_sourceLocation
) throws -> String {
  let result = try parsed(text, sourceLocation: sourceLocation).updated(with: run)
  let again = try parsed(result, sourceLocation: sourceLocation)
  let comparison = again.compared(with: run)
  #expect(comparison.isPassing, "\(comparison.unifiedDiff)", sourceLocation: sourceLocation)
  #expect(again.updated(with: run) == result, sourceLocation: sourceLocation)
  return result
}

@Suite("Rewriting a transcript from a run (--update)")
struct UpdateTests {
  @Test("a changed number and a new exit status; comments, directives and layout stay")
  func changedNumberAndExit() throws {
    let rows = projectionRows.map { OutputLine(.stdout, $0.replacing("95000", with: "95001")) }
    let run = TranscriptRun(outputs: [rows, stderr("unsaved changes")], exitStatus: 1)
    let actual = try updated(aizuTranscript, run)
    #expect(
      actual == """
        # 会津 in 2040, as CSV for the spreadsheet handout
        % args --lang ja --format csv
        % exit 1

        > project 2040 会津
          市町村,name,year,population
          会津若松市,Aizuwakamatsu,2040,95001
          喜多方市,Kitakata,2040,38000
          南会津町,Minamiaizu,2040,11000
          昭和村,Showa,2040,900

        > quit
        ! unsaved changes

        """)
  }

  @Test("placeholders that still match survive, in passing and in changed blocks")
  func placeholdersSurvive() throws {
    let text = """
      # The banner and the middle of the list vary by build
        aizusim {{version}}
      > list
        会津若松市
        {{...}}
        昭和村
        合計 {{n}} 市町村
      > project 2040 昭和村
        900

      """
    let run = TranscriptRun(
      startupOutput: stdout("aizusim 1.3.0"),
      outputs: [
        stdout("会津若松市", "喜多方市", "南会津町", "昭和村", "三島町", "合計 13 市町村"),
        stdout("880"),
      ])
    let actual = try updated(text, run)
    #expect(
      actual == """
        # The banner and the middle of the list vary by build
          aizusim {{version}}
        > list
          会津若松市
          {{...}}
          昭和村
          三島町
          合計 {{n}} 市町村
        > project 2040 昭和村
          880

        """)
  }

  @Test("a placeholder that no longer matches gives way to the actual line")
  func placeholderReplaced() throws {
    let text = "> version\n  aizusim {{version}}\n"
    let run = TranscriptRun(outputs: [stdout("AizuSim 2.0")])
    let actual = try updated(text, run)
    #expect(actual == "> version\n  AizuSim 2.0\n")
  }

  @Test(
    "'% exit' is added after the header, changed in place, or removed for 0",
    arguments: [
      ("> a\n", 3, "% exit 3\n> a\n"),
      ("% exit 2\n> a\n", 0, "> a\n"),
      ("% exit 2\n> a\n", 3, "% exit 3\n> a\n"),
      ("% exit 0\n> a\n", 0, "% exit 0\n> a\n"),
      ("% exit 0\n> a\n", 2, "% exit 2\n> a\n"),
      ("# c\n# d\n\n> a\n", 1, "# c\n# d\n% exit 1\n\n> a\n"),
      ("# c\n\n% args x\n\n# e\n> a\n", 1, "# c\n\n% args x\n% exit 1\n\n# e\n> a\n"),
      ("% args x\n% exit 1\n% env A=1\n> a\n", 0, "% args x\n% env A=1\n> a\n"),
    ])
  func exitStatus(text: String, status: Int32, expected: String) throws {
    let actual = try updated(text, TranscriptRun(outputs: [[]], exitStatus: status))
    #expect(actual == expected)
  }

  @Test("startup output goes after the header, after a new '% exit'")
  func startupOutput() throws {
    let text = "# bad scenario\n% args --scenario bad.toml\n\n> quit\n"
    let run = TranscriptRun(
      startupOutput: stderr("bad.toml:3:5: unknown municipality"), outputs: [[]], exitStatus: 1)
    let actual = try updated(text, run)
    #expect(
      actual == """
        # bad scenario
        % args --scenario bad.toml
        % exit 1
        ! bad.toml:3:5: unknown municipality

        > quit

        """)
  }

  @Test("new output goes right after its command; empty lines are written empty")
  func outputAfterCommand() throws {
    let text = "> report\n\n# Now the projection:\n> project\n  old\n"
    let run = TranscriptRun(outputs: [stdout("", "a", "", "b") + stderr("", "c"), stdout("new")])
    let actual = try updated(text, run)
    #expect(
      actual == """
        > report

          a

          b
        !
        ! c

        # Now the projection:
        > project
          new

        """)
  }

  @Test("a literal '{{' in actual output is written escaped and reads back as itself")
  func escaping() throws {
    let run = TranscriptRun(outputs: [stdout("{{...}}", "template {{name}}")])
    let actual = try updated("> show\n", run)
    #expect(actual == "> show\n  {{{{}}...}}\n  template {{{{}}name}}\n")
  }

  @Test("a run that passes leaves the text exactly as it was, whatever its line ends")
  func passingLeavesTextAlone() throws {
    let text = "\u{FEFF}# c  \r\n> a\r\n  1   \r\n\r\n\r\n!\r\n> b"
    let file = try parsed(text)
    #expect(file.updated(with: TranscriptRun(outputs: [stdout("1"), []])) == text)
  }

  @Test("a changed file keeps its CRLF line ends, byte order mark and missing final newline")
  func keepsLineEnds() throws {
    let text = "\u{FEFF}> a\r\n  1\r\n> b"
    let run = TranscriptRun(outputs: [stdout("2"), stdout("3")])
    let actual = try updated(text, run)
    #expect(actual == "\u{FEFF}> a\r\n  2\r\n> b\r\n  3")
  }

  @Test("commands that were not run are left as written, and still fail")
  func notRunLeftAlone() throws {
    let text = "> quit\n> project\n  900\n"
    let run = TranscriptRun(outputs: [[]])
    let file = try parsed(text)
    #expect(file.updated(with: run) == text)
    #expect(!file.compared(with: run).isPassing)
  }
}
