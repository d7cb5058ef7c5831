import Bilingual
import Simulation

/// Words about years as they are written: why a text is not a year (`Year.Problem`), and
/// a year outside the span AizuSim projects.
extension Words {
  public enum Years {
    /// Why a text is not a year: `'平成32' does not exist: 平成 ended in 2019 (平成31)`.
    public static func problem(_ problem: Year.Problem) -> LocalizedText {
      switch problem {
      case .notAYear(let text):
        return LocalizedText(ja: "'\(text)' は年ではありません", en: "'\(text)' is not a year")
      case .afterReadable(let text, let last):
        return LocalizedText(
          ja: "'\(text)' は年ではありません: \(last) 年より後になります",
          en: "'\(text)' is not a year: it would be after \(last)")
      case .beforeEra(let text, let era, let usesKanji):
        let first = era.name(kanji: usesKanji) + "1"
        return LocalizedText(
          ja:
            "'\(text)' という年はありません: \(era.kanji)は \(era.firstYear) 年の\(era.kanji)元年 (\(first)) から",
          en:
            "'\(text)' does not exist: \(era.kanji) began in \(era.firstYear) with \(era.kanji)元年 (\(first))"
        )
      case .afterEra(let text, let era, let usesKanji, _, _):
        let last = era.lastYear.map(String.init) ?? ""
        let lastForm = era.name(kanji: usesKanji) + (era.lastNumber.map(String.init) ?? "")
        return LocalizedText(
          ja: "'\(text)' という年はありません: \(era.kanji)は \(last) 年 (\(lastForm)) まで",
          en: "'\(text)' does not exist: \(era.kanji) ended in \(last) (\(lastForm))")
      }
    }

    /// What to write instead: `write 2020 or R2`.
    public static func fix(for problem: Year.Problem) -> LocalizedText {
      switch problem {
      case .notAYear, .afterReadable:
        return LocalizedText(ja: "2025、R7、令和7 のように書く", en: "write 2025, R7 or 令和7")
      case .beforeEra(_, let era, let usesKanji):
        let first = era.name(kanji: usesKanji) + "1"
        return LocalizedText(
          ja: "\(first) か \(era.firstYear) と書く", en: "write \(first) or \(era.firstYear)")
      case .afterEra(_, _, _, let gregorian, let eraForm?):
        return LocalizedText(
          ja: "\(gregorian) か \(eraForm) と書く", en: "write \(gregorian) or \(eraForm)")
      case .afterEra(_, _, _, let gregorian, nil):
        return LocalizedText(ja: "\(gregorian) と書く", en: "write \(gregorian)")
      }
    }

    /// `2015 is before the base year 2020`: a year given to a command.
    public static func beforeBase(_ year: Int, base: Int) -> LocalizedText {
      LocalizedText(
        ja: "\(year)年は基準年 (\(base)年) より前です", en: "\(year) is before the base year \(base)")
    }

    /// `2101 is after 2100, the last year AizuSim projects`: a year given to a command.
    public static func afterLast(_ year: Int, last: Int) -> LocalizedText {
      LocalizedText(
        ja: "\(year)年は AizuSim が推計する最後の年 (\(last)年) より後です",
        en: "\(year) is after \(last), the last year AizuSim projects")
    }
  }
}
