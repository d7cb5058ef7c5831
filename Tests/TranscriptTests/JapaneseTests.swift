import Bilingual
import Testing
import Transcript

/// `aizusim test` speaks the language of its environment: the diff's headings and notes and
/// the parse errors are in Japanese too, the lines of the file and of the run as they are.
@Suite("Transcript messages in Japanese")
struct JapaneseTests {
  @Test("a diff's headings, mismatches and field notes in Japanese")
  func diff() throws {
    let rows = projectionRows.map { OutputLine(.stdout, $0.replacing("900", with: "899")) }
    let file = try TranscriptFile.parse(aizuTranscript, name: "aizu.transcript").get()
    let comparison = file.compared(with: TranscriptRun(outputs: [rows, []], exitStatus: 2))
    #expect(
      comparison.unifiedDiff(in: .ja) == """
        --- aizu.transcript (期待)
        +++ aizu.transcript (実際)
        aizu.transcript:1: 終了ステータスは 0 のはずが 2 でした
        aizu.transcript:4: '> project 2040 会津' の出力が違います
        aizu.transcript:9:18: 4 番目の項目 (population): 900 のはずが 899
        @@ -6,4 +6,4 @@
           会津若松市,Aizuwakamatsu,2040,95000
           喜多方市,Kitakata,2040,38000
           南会津町,Minamiaizu,2040,11000
        -  昭和村,Showa,2040,900
        +  昭和村,Showa,2040,899

        """)
    #expect(comparison.unifiedDiff(in: .en) == comparison.unifiedDiff)
    #expect(
      comparison.mismatches.map { $0.text(in: .ja) } == [
        "aizu.transcript:1: 終了ステータスは 0 のはずが 2 でした",
        "aizu.transcript:4: '> project 2040 会津' の出力が違います",
      ])
  }

  @Test("parse errors in Japanese, each at its place")
  func parseErrors() {
    guard
      case .failure(let error) = TranscriptFile.parse("% exti 1\n > help\n", name: "t.transcript")
    else {
      Issue.record("parsed")
      return
    }
    #expect(
      error.text(in: .ja) == """
        t.transcript:1:1: 指示 '% exti' はありません ('% exit' のことですか?)
        t.transcript:2:1: stdout の行は空白2つで始めます (この行は1つ)
        """)
    #expect(
      error.description == """
        t.transcript:1:1: unknown directive '% exti' (did you mean '% exit'?)
        t.transcript:2:1: stdout lines start with two spaces, this one with one
        """)
  }
}
