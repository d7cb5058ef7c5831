import Testing
import Transcript

/// The `file:line:column:` notes of the diff of `run` against `text`: the lines that say which
/// field moved.
private func notes(_ text: String, _ run: TranscriptRun) throws -> [String] {
  try diff(text, run, name: "t.transcript").split(separator: "\n").map(String.init)
    .filter { $0.wholeMatch(of: /t\.transcript:\d+:\d+: .*/) != nil }
}

@Suite("A diff names the field that moved")
struct FieldNoteTests {
  static let csv = """
    > project 2040 Showa Mishima --format csv
      municipality,romaji,year,population,staff_supply
      昭和村,Showa,2040,650,41.58324896448447
      三島町,Mishima,2040,870,38.7

    """

  /// A run of `csv`'s command that prints these two rows under the header.
  static func csvRun(_ showa: String, _ mishima: String) -> TranscriptRun {
    TranscriptRun(outputs: [
      stdout("municipality,romaji,year,population,staff_supply", showa, mishima)
    ])
  }

  @Test("a CSV row: the field's number and its header, at the field's column")
  func csvField() throws {
    let run = Self.csvRun("昭和村,Showa,2040,650,41.58324896448449", "三島町,Mishima,2040,870,38.7")
    let notes = try notes(Self.csv, run)
    #expect(
      notes == [
        "t.transcript:3:22: field 5 (staff_supply): expected 41.58324896448447, "
          + "got 41.58324896448449"
      ])
  }

  @Test("a CSV field of text is quoted; each changed row gets its note")
  func csvText() throws {
    let run = Self.csvRun("昭和村,Shouwa,2040,650,41.58324896448447", "三島町,Mishima,2040,,38.7")
    let notes = try notes(Self.csv, run)
    #expect(
      notes == [
        "t.transcript:3:7: field 2 (romaji): expected 'Showa', got 'Shouwa'",
        "t.transcript:4:20: field 4 (population): expected 870, got ''",
      ])
  }

  @Test("within a tolerance, the note names the field beyond it")
  func beyondTolerance() throws {
    let run = Self.csvRun("昭和村,Showa,2040,650,41.58324896448449", "三島町,Mishima,2040,871,38.7")
    let diff = try diff("% tolerance 1e-9\n" + Self.csv, run, name: "t.transcript")
    #expect(
      diff == """
        --- t.transcript (expected)
        +++ t.transcript (actual)
        t.transcript:2: output of '> project 2040 Showa Mishima --format csv' differs
        t.transcript:5:20: field 4 (population): expected 870, got 871
        @@ -2,4 +2,4 @@
         > project 2040 Showa Mishima --format csv
           municipality,romaji,year,population,staff_supply
           昭和村,Showa,2040,650,41.58324896448447
        -  三島町,Mishima,2040,870,38.7
        +  三島町,Mishima,2040,871,38.7

        """)
  }

  @Test("a JSON member: its name, at its value's column")
  func jsonMember() throws {
    let text = """
      > project 2040 Showa --format json
        [
          {
            "romaji": "Showa",
            "staff_supply": 41.58324896448447,
            "elderly_is_assumption": true
          }
        ]

      """
    let run = TranscriptRun(outputs: [
      stdout(
        "[", "  {", #"    "romaji": "Shouwa","#, #"    "staff_supply": 41.58324896448449,"#,
        #"    "elderly_is_assumption": true"#, "  }", "]")
    ])
    let notes = try notes(text, run)
    #expect(
      notes == [
        #"t.transcript:4:17: field "romaji": expected "Showa", got "Shouwa""#,
        #"t.transcript:5:23: field "staff_supply": expected 41.58324896448447, "#
          + "got 41.58324896448449",
      ])
  }

  @Test("another line: a number that moved, when the text before it is the same")
  func numberInText() throws {
    let text = """
      > project 2040 Mishima
        Shortfall in 2040 in hours: 三島町 -7.5 FTE = -13,456 hours
        Demand elasticity ε = 0.642 (fitted)

      """
    let run = TranscriptRun(outputs: [
      stdout(
        "Shortfall in 2040 in hours: 三島町 -7.6 FTE = -13,640 hours",
        "Demand elasticity ε = 0.642 (estimated)")
    ])
    let notes = try notes(text, run)
    #expect(notes == ["t.transcript:2:35: expected -7.5, got -7.6"])
  }

  @Test("lines on other streams, with placeholders, or differing in text only get no note")
  func noNote() throws {
    let text = "> x\n  a,b\n! 3\n  v{{n}} 4\n"
    let run = TranscriptRun(outputs: [stdout("a,c"), stdout("3"), stdout("v1 5")])
    let notes = try notes(text, run)
    #expect(notes == [])
  }

  @Test("at most 5 notes a block")
  func limit() throws {
    let rows = (1...8).map { "  \($0),\($0 * 10)" }.joined(separator: "\n")
    let text = "> x\n  n,value\n\(rows)\n"
    let run = TranscriptRun(outputs: [stdout(["n,value"] + (1...8).map { "\($0),\($0 * 10 + 1)" })])
    let notes = try notes(text, run)
    #expect(
      notes
        == (3...7).map {
          "t.transcript:\($0):5: field 2 (value): expected \(($0 - 2) * 10), "
            + "got \(($0 - 2) * 10 + 1)"
        })
  }
}

/// Lines on stdout, from an array.
private func stdout(_ texts: [String]) -> [OutputLine] {
  texts.map { OutputLine(.stdout, $0) }
}
