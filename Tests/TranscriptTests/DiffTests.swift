import Testing
import Transcript

/// The rows of the CSV projection for 2040 that `aizu.transcript` expects.
let projectionRows = [
  "市町村,name,year,population",
  "会津若松市,Aizuwakamatsu,2040,95000",
  "喜多方市,Kitakata,2040,38000",
  "南会津町,Minamiaizu,2040,11000",
  "昭和村,Showa,2040,900",
]

/// A transcript of a CSV projection, as a lecturer would keep it.
let aizuTranscript = """
  # 会津 in 2040, as CSV for the spreadsheet handout
  % args --lang ja --format csv

  > project 2040 会津
    市町村,name,year,population
    会津若松市,Aizuwakamatsu,2040,95000
    喜多方市,Kitakata,2040,38000
    南会津町,Minamiaizu,2040,11000
    昭和村,Showa,2040,900

  > quit

  """

/// The unified diff of a run against `text`, parsed as `name`.
func diff(_ text: String, _ run: TranscriptRun, name: String = "aizu.transcript") throws -> String {
  let file = try #require(try? TranscriptFile.parse(text, name: name).get())
  return file.compared(with: run).unifiedDiff
}

@Suite("Unified diffs in transcript notation")
struct DiffTests {
  @Test("one changed number in a CSV output, at the transcript's own lines")
  func changedNumber() throws {
    let rows = projectionRows.map { OutputLine(.stdout, $0.replacing("95000", with: "95001")) }
    let run = TranscriptRun(outputs: [rows, []])
    let actual = try diff(aizuTranscript, run)
    #expect(
      actual == """
        --- aizu.transcript (expected)
        +++ aizu.transcript (actual)
        aizu.transcript:4: output of '> project 2040 会津' differs
        aizu.transcript:6:28: field 4 (population): expected 95000, got 95001
        @@ -4,6 +4,6 @@
         > project 2040 会津
           市町村,name,year,population
        -  会津若松市,Aizuwakamatsu,2040,95000
        +  会津若松市,Aizuwakamatsu,2040,95001
           喜多方市,Kitakata,2040,38000
           南会津町,Minamiaizu,2040,11000
           昭和村,Showa,2040,900

        """)
  }

  @Test("a '% exit' line that the update adds is not counted in the + numbers of hunks")
  func exitStatusAndOutput() throws {
    let rows = projectionRows.map { OutputLine(.stdout, $0.replacing("900", with: "899")) }
    let actual = try diff(aizuTranscript, TranscriptRun(outputs: [rows, []], exitStatus: 2))
    #expect(
      actual == """
        --- aizu.transcript (expected)
        +++ aizu.transcript (actual)
        aizu.transcript:1: expected exit status 0, got 2
        aizu.transcript:4: output of '> project 2040 会津' differs
        aizu.transcript:9:18: field 4 (population): expected 900, got 899
        @@ -6,4 +6,4 @@
           会津若松市,Aizuwakamatsu,2040,95000
           喜多方市,Kitakata,2040,38000
           南会津町,Minamiaizu,2040,11000
        -  昭和村,Showa,2040,900
        +  昭和村,Showa,2040,899

        """)
  }

  @Test("an exit status mismatch is one clear line")
  func exitStatus() throws {
    let run = TranscriptRun(
      outputs: [projectionRows.map { OutputLine(.stdout, $0) }, []], exitStatus: 1)
    let actual = try diff(aizuTranscript, run)
    #expect(
      actual == """
        --- aizu.transcript (expected)
        +++ aizu.transcript (actual)
        aizu.transcript:1: expected exit status 0, got 1

        """)
  }

  @Test("changes far apart make separate hunks; near ones share one; + numbers follow the update")
  func hunks() throws {
    let expectedRows = (1...20).map { "row \($0)" }
    var rows = expectedRows
    rows[1] = "row two"  // line 3
    rows.insert("row 4.5", at: 4)  // after line 5
    rows[rows.firstIndex(of: "row 19") ?? 0] = "row nineteen"  // line 20
    let text = "> rows\n" + expectedRows.map { "  \($0)\n" }.joined() + "> next\n  unchanged\n"
    let run = TranscriptRun(outputs: [stdout(rows.joined(separator: "\n")), stdout("changed")])
    let actual = try diff(text, run, name: "rows.transcript")
    #expect(
      actual == """
        --- rows.transcript (expected)
        +++ rows.transcript (actual)
        rows.transcript:1: output of '> rows' differs
        @@ -1,8 +1,9 @@
         > rows
           row 1
        -  row 2
        +  row two
           row 3
           row 4
        +  row 4.5
           row 5
           row 6
           row 7
        @@ -17,5 +18,5 @@
           row 16
           row 17
           row 18
        -  row 19
        +  row nineteen
           row 20
        rows.transcript:22: output of '> next' differs
        @@ -22,2 +23,2 @@
         > next
        -  unchanged
        +  changed

        """)
  }

  @Test("output where none was expected is added after the command")
  func addedToEmptyBlock() throws {
    let text = "> load 昭和村\n\n# Now the projection:\n> project 2040\n  900\n"
    let run = TranscriptRun(outputs: [stderr("警告: 2040年は推計外です"), stdout("900")])
    let actual = try diff(text, run, name: "t.transcript")
    #expect(
      actual == """
        --- t.transcript (expected)
        +++ t.transcript (actual)
        t.transcript:1: output of '> load 昭和村' differs
        @@ -1 +1,2 @@
         > load 昭和村
        +! 警告: 2040年は推計外です

        """)
  }

  @Test("output missing altogether is shown removed, with an empty new range")
  func removedAll() throws {
    let text = "> a\n  1\n  2\n> b\n  3\n"
    let run = TranscriptRun(outputs: [[], stdout("3")])
    let actual = try diff(text, run, name: "t.transcript")
    #expect(
      actual == """
        --- t.transcript (expected)
        +++ t.transcript (actual)
        t.transcript:1: output of '> a' differs
        @@ -1,3 +1 @@
         > a
        -  1
        -  2

        """)
  }

  @Test("a line on the other stream is a change; a placeholder that still matches is context")
  func streamAndPlaceholders() throws {
    let text = "> status\n  version {{v}}\n  {{...}}\n  done\n  warning\n"
    let run = TranscriptRun(
      outputs: [stdout("version 9", "a", "b", "done") + stderr("warning") + stdout("end")])
    let actual = try diff(text, run, name: "t.transcript")
    #expect(
      actual == """
        --- t.transcript (expected)
        +++ t.transcript (actual)
        t.transcript:1: output of '> status' differs
        @@ -2,4 +2,5 @@
           version {{v}}
           {{...}}
           done
        -  warning
        +! warning
        +  end

        """)
  }

  @Test("startup output differences start from the top of the file")
  func startupAndExit() throws {
    let text = "# bad scenario\n% args --scenario bad.toml\n\n> quit\n"
    let run = TranscriptRun(
      startupOutput: stderr("bad.toml:3:5: unknown municipality 'Aizuwakamatu'"), outputs: [[]],
      exitStatus: 1)
    let actual = try diff(text, run, name: "t.transcript")
    #expect(
      actual == """
        --- t.transcript (expected)
        +++ t.transcript (actual)
        t.transcript:1: expected exit status 0, got 1
        t.transcript:3: startup output differs
        @@ -1,2 +1,3 @@
         # bad scenario
         % args --scenario bad.toml
        +! bad.toml:3:5: unknown municipality 'Aizuwakamatu'

        """)
  }

  @Test("a literal '{{' in actual output is shown escaped, as --update writes it")
  func escapedInDiff() throws {
    let run = TranscriptRun(outputs: [stdout("template {{name}}")])
    let actual = try diff("> show\n", run, name: "t.transcript")
    #expect(
      actual == """
        --- t.transcript (expected)
        +++ t.transcript (actual)
        t.transcript:1: output of '> show' differs
        @@ -1 +1,2 @@
         > show
        +  template {{{{}}name}}

        """)
  }
}
