import Simulation
import Testing

@Suite("Years in 西暦 and 和暦")
struct YearTests {
  @Test(
    "parsing",
    arguments: [
      ("2025", 2025), ("R7", 2025), ("r7", 2025), ("R07", 2025), ("令和7", 2025), ("令和7年", 2025),
      ("令和７年", 2025), ("Ｒ７", 2025), ("令和元年", 2019), ("R22", 2040), ("H29", 2017), ("平成31年", 2019),
      (" 2040 ", 2040),
    ] as [(String, Int)])
  func parses(text: String, year: Int) {
    #expect(Year.parse(text) == year)
  }

  @Test("not years", arguments: ["", "R", "R0", "令和", "abc", "20", "R-1", "2040.5", "２０４０x"])
  func rejects(text: String) {
    #expect(Year.parse(text) == nil)
  }

  /// `R9223372036854775807` overflowed `Int` in `era.firstYear + n - 1` and trapped.
  @Test(
    "years that do not exist say why and what to write",
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
      (
        "令和99999999999999999999999",
        "'令和99999999999999999999999' is not a year: it would be after 9999",
        "write 2025, R7 or 令和7"
      ),
      ("R7982", "'R7982' is not a year", "write 2025, R7 or 令和7"),
      ("-2040", "'-2040' is not a year", "write 2025, R7 or 令和7"),
    ] as [(String, String, String)])
  func problems(text: String, message: String, suggestion: String) {
    guard case .failure(let problem) = Year.parsed(text) else {
      Issue.record("'\(text)' read as a year")
      return
    }
    #expect(problem.message == message)
    #expect(problem.suggestion == suggestion)
    #expect(Year.parse(text) == nil)
  }

  @Test("the last year of 平成 and of 昭和 exist, as does the first of the next era")
  func eraEnds() {
    #expect(Year.parse("平成31") == 2019)
    #expect(Year.parse("R1") == 2019)
    #expect(Year.parse("S64") == 1989)
    #expect(Year.parse("H1") == 1989)
    #expect(Year.parse("R7981") == 9999)
  }

  @Test(
    "words written as years, rightly or not, and names",
    arguments: [
      ("2040", true), ("-2040", true), ("2020-2040", true), ("2020..2040", true), ("令和0", true),
      ("R9223372036854775807", true), ("令和元年", true), ("２０４０", true), ("昭和村", false),
      ("Showa", false), ("S", false), ("Reiwa", false), ("会津若松市", false),
    ] as [(String, Bool)])
  func looksLikeYear(text: String, isYearLike: Bool) {
    #expect(Year.looksLikeYear(text) == isYearLike)
  }

  @Test("labels show 和暦 from 令和 on")
  func labels() {
    #expect(Year.label(2040) == "2040 (R22)")
    #expect(Year.label(2020) == "2020 (R2)")
    #expect(Year.label(2015) == "2015")
  }
}
