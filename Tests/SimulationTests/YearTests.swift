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

  @Test("labels show 和暦 from 令和 on")
  func labels() {
    #expect(Year.label(2040) == "2040 (R22)")
    #expect(Year.label(2020) == "2020 (R2)")
    #expect(Year.label(2015) == "2015")
  }
}
