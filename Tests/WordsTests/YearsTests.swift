import Bilingual
import Simulation
import Testing
import Words

/// The words of `Year.Problem`: the English as before the catalog, and the Japanese.
@Suite("Why a text is not a year, in words")
struct YearsTests {
  @Test(
    "each problem says why and what to write, in English",
    arguments: [
      ("平成32", "'平成32' does not exist: 平成 ended in 2019 (平成31)", "write 2020 or 令和2"),
      ("H32", "'H32' does not exist: 平成 ended in 2019 (H31)", "write 2020 or R2"),
      ("昭和95", "'昭和95' does not exist: 昭和 ended in 1989 (昭和64)", "write 2020 or 令和2"),
      ("S70", "'S70' does not exist: 昭和 ended in 1989 (S64)", "write 1995 or H7"),
      ("令和0", "'令和0' does not exist: 令和 began in 2019 with 令和元年 (令和1)", "write 令和1 or 2019"),
      ("H0", "'H0' does not exist: 平成 began in 1989 with 平成元年 (H1)", "write H1 or 1989"),
      (
        "R9223372036854775807", "'R9223372036854775807' is not a year: it would be after 9999",
        "write 2025, R7 or 令和7"
      ),
      ("R7982", "'R7982' is not a year", "write 2025, R7 or 令和7"),
      ("-2040", "'-2040' is not a year", "write 2025, R7 or 令和7"),
    ] as [(String, String, String)])
  func english(text: String, message: String, suggestion: String) throws {
    let problem = try #require(Self.problem(text))
    #expect(Words.Years.problem(problem).en == message)
    #expect(Words.Years.fix(for: problem).en == suggestion)
  }

  @Test(
    "and in Japanese",
    arguments: [
      ("平成32", "'平成32' という年はありません: 平成は 2019 年 (平成31) まで", "2020 か 令和2 と書く"),
      ("令和0", "'令和0' という年はありません: 令和は 2019 年の令和元年 (令和1) から", "令和1 か 2019 と書く"),
      ("R7982", "'R7982' は年ではありません", "2025、R7、令和7 のように書く"),
    ] as [(String, String, String)])
  func japanese(text: String, message: String, suggestion: String) throws {
    let problem = try #require(Self.problem(text))
    #expect(Words.Years.problem(problem).ja == message)
    #expect(Words.Years.fix(for: problem).ja == suggestion)
  }

  private static func problem(_ text: String) -> Year.Problem? {
    if case .failure(let problem) = Year.parsed(text) { return problem }
    return nil
  }
}
