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

  /// `R9223372036854775807` overflowed `Int` in `era.firstYear + n - 1` and trapped. The
  /// words of each problem are the catalog's (`WordsTests.YearsTests`); here, its values.
  @Test(
    "years that do not exist say why and what to write, as values",
    arguments: [
      ("平成32", "after 平成 (1989–2019) as 平成: 2020, 令和2"),
      ("H32", "after 平成 (1989–2019) as H: 2020, R2"),
      ("昭和95", "after 昭和 (1926–1989) as 昭和: 2020, 令和2"),
      ("S70", "after 昭和 (1926–1989) as S: 1995, H7"),
      ("令和0", "before 令和 (2019–) as 令和"),
      ("H0", "before 平成 (1989–2019) as H"),
      ("R9223372036854775807", "after 9999"),
      ("令和99999999999999999999999", "after 9999"),
      ("R7982", "not a year"),
      ("-2040", "not a year"),
    ] as [(String, String)])
  func problems(text: String, expected: String) {
    guard case .failure(let problem) = Year.parsed(text) else {
      Issue.record("'\(text)' read as a year")
      return
    }
    func span(_ era: Year.Era) -> String {
      "\(era.kanji) (\(era.firstYear)–\(era.lastYear.map(String.init) ?? ""))"
    }
    let found: String
    var written = text
    switch problem {
    case .notAYear(let t):
      (found, written) = ("not a year", t)
    case .afterReadable(let t, let last):
      (found, written) = ("after \(last)", t)
    case .beforeEra(let t, let era, let usesKanji):
      (found, written) = ("before \(span(era)) as \(era.name(kanji: usesKanji))", t)
    case .afterEra(let t, let era, let usesKanji, let gregorian, let form):
      found = "after \(span(era)) as \(era.name(kanji: usesKanji)): \(gregorian), \(form ?? "-")"
      written = t
    }
    #expect(found == expected)
    #expect(written == text)
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
