import Bilingual
import Rendering

/// Words of the scenario reader's diagnostics: what is wrong with a value of a scenario file
/// or a `set` command, and how to fix it.
///
/// Terse, like a compiler's: a lower-case fragment in English, a short sentence in Japanese.
/// Keys, paths and values are quoted as the user wrote them (strings passed in); ranges and
/// counts AizuSim states are formatted here.
extension Words {
  public enum Diagnostics {
    // MARK: - Kinds of value, as in "found a string"

    public static let aTable = LocalizedText(ja: "表", en: "a table")
    public static let aList = LocalizedText(ja: "リスト", en: "a list")
    public static let aString = LocalizedText(ja: "文字列", en: "a string")
    public static let aNumber = LocalizedText(ja: "数値", en: "a number")
    public static let trueOrFalse = LocalizedText(ja: "真偽値 (true/false)", en: "true or false")
    public static let aDate = LocalizedText(ja: "日付", en: "a date")

    // MARK: - Quantities, as in "expected a share"

    /// What a number stands for, as in "expected a population from 0 to 100,000,000".
    public enum Quantity {
      public static let share = LocalizedText(ja: "割合", en: "a share")
      public static let hoursAYear = LocalizedText(ja: "年間の時間数", en: "hours a year")
      public static let weight = LocalizedText(ja: "重み", en: "a weight")
      public static let elasticity = LocalizedText(ja: "弾力性", en: "an elasticity")
      public static let index = LocalizedText(ja: "指数", en: "an index")
      public static let population = LocalizedText(ja: "人口", en: "a population")
      public static let count = LocalizedText(ja: "人数", en: "a count")
      public static let headcount = LocalizedText(ja: "職員数", en: "a headcount")
      public static let area = LocalizedText(ja: "面積 (km²)", en: "an area in km²")
      public static let income = LocalizedText(ja: "所得", en: "an income")
      public static let ratio = LocalizedText(ja: "比率", en: "a ratio")
      public static let migrationRate = LocalizedText(ja: "移動率", en: "a migration rate")
      public static let guidelineNumber = LocalizedText(ja: "指針の番号", en: "a guideline number")
      public static let numberOfYears = LocalizedText(ja: "年数", en: "a number of years")
      public static let years = LocalizedText(ja: "年数", en: "years")
      public static let yen = LocalizedText(ja: "費用 (円)", en: "a cost in yen")
      public static let yenPerResident = LocalizedText(
        ja: "住民1人あたりの費用 (円)", en: "a cost in yen per resident")
      public static let minutesAYear = LocalizedText(ja: "年間の分数", en: "minutes a year")
      public static let minutesPerCase = LocalizedText(ja: "1件あたりの分数", en: "minutes per case")
      public static let casesPer1000 = LocalizedText(
        ja: "住民千人あたりの件数", en: "cases per 1,000 residents")
    }

    // MARK: - Values of the wrong kind or out of range

    /// `expected a table, found a string`.
    public static func expected(_ what: LocalizedText, found kind: LocalizedText) -> LocalizedText {
      LocalizedText(
        ja: "\(what.ja)が必要ですが、\(kind.ja)です", en: "expected \(what.en), found \(kind.en)")
    }

    public static let aStringInQuotes = LocalizedText(
      ja: "引用符で囲んだ文字列", en: "a string in quotes")
    public static let aFileNameInQuotes = LocalizedText(
      ja: "引用符で囲んだファイル名", en: "a file name in quotes")
    public static let aNumberOrFitted = LocalizedText(
      ja: "数値か \"fitted\"", en: "a number or \"fitted\"")
    public static let aYear = LocalizedText(
      ja: "2040 や \"R22\" のような年", en: "a year, as in 2040 or \"R22\"")
    public static let aTableOfYears = LocalizedText(
      ja: "{ 2020 = 1.0, 2040 = 0.5 } のような年ごとの表",
      en: "a table of years, as in { 2020 = 1.0, 2040 = 0.5 }")

    /// `expected a table of sources, found a list`: a section that must be a table of `what`.
    public static func expectedTable(of what: LocalizedText, found kind: LocalizedText)
      -> LocalizedText
    {
      LocalizedText(
        ja: "\(what.ja)の表が必要ですが、\(kind.ja)です",
        en: "expected a table of \(what.en), found \(kind.en)")
    }

    public static let sources = LocalizedText(ja: "資料", en: "sources")
    public static let municipalities = LocalizedText(ja: "市町村", en: "municipalities")
    public static let measures = LocalizedText(ja: "施策", en: "measures")
    public static let categories = LocalizedText(ja: "分野", en: "categories")

    /// `unknown key 'horizn'`.
    public static func unknownKey(_ key: String) -> LocalizedText {
      LocalizedText(ja: "キー '\(key)' はありません", en: "unknown key '\(key)'")
    }

    /// `known keys: a, b`: the suggestion when no key is close.
    public static func knownKeys(_ keys: [String]) -> LocalizedText {
      let list = keys.joined(separator: ", ")
      return LocalizedText(ja: "使えるキーは \(list)", en: "known keys: \(list)")
    }

    /// `missing 'staff'`.
    public static func missing(_ key: String) -> LocalizedText {
      LocalizedText(ja: "'\(key)' がありません", en: "missing '\(key)'")
    }

    /// `unknown choice 'targte'`.
    public static func unknownChoice(_ text: String) -> LocalizedText {
      LocalizedText(ja: "'\(text)' は選べません", en: "unknown choice '\(text)'")
    }

    /// `nan is not a finite number; expected a share`.
    public static func notFinite(_ shown: String, expected what: LocalizedText) -> LocalizedText {
      LocalizedText(
        ja: "\(shown) は有限の数ではありません。\(what.ja)が必要です",
        en: "\(shown) is not a finite number; expected \(what.en)")
    }

    public static let writeInDigits = LocalizedText(ja: "数字で書く", en: "write it in digits")

    /// `2 is outside 0 to 1; expected a share (0.25 for 25%)`.
    public static func notAShare(_ shown: String) -> LocalizedText {
      LocalizedText(
        ja: "\(shown) は 0 から 1 の外です。割合を書きます (25% なら 0.25)",
        en: "\(shown) is outside 0 to 1; expected a share (0.25 for 25%)")
    }

    /// `-3 is negative; expected a headcount of 0 or more`.
    public static func negative(_ shown: String, expected what: LocalizedText) -> LocalizedText {
      LocalizedText(
        ja: "\(shown) は負の数です。\(what.ja)は 0 以上です",
        en: "\(shown) is negative; expected \(what.en) of 0 or more")
    }

    /// `1e+25 is out of range; expected a population from 0 to 100,000,000`.
    public static func outOfRange(
      _ shown: String, expected what: LocalizedText, from lower: Double, to upper: Double
    ) -> LocalizedText {
      let (from, to) = (bound(lower), bound(upper))
      return LocalizedText(
        ja: "\(shown) は範囲外です。\(what.ja)は \(from) から \(to) までです",
        en: "\(shown) is out of range; expected \(what.en) from \(from) to \(to)")
    }

    /// `2.5 is not a whole number; expected a guideline number`.
    public static func notWhole(_ shown: String, expected what: LocalizedText) -> LocalizedText {
      LocalizedText(
        ja: "\(shown) は整数ではありません。\(what.ja)が必要です",
        en: "\(shown) is not a whole number; expected \(what.en)")
    }

    /// `expected a whole number of years; 2.5 is not a whole number` (or `; found a string`).
    public static func expectedWhole(of what: LocalizedText, notWhole shown: String)
      -> LocalizedText
    {
      LocalizedText(
        ja: "整数の\(what.ja)が必要ですが、\(shown) は整数ではありません",
        en: "expected a whole number of \(what.en); \(shown) is not a whole number")
    }

    public static func expectedWhole(of what: LocalizedText, found kind: LocalizedText)
      -> LocalizedText
    {
      LocalizedText(
        ja: "整数の\(what.ja)が必要ですが、\(kind.ja)です",
        en: "expected a whole number of \(what.en); found \(kind.en)")
    }

    /// `51 is out of range; expected years from 0 to 50`, for a whole number.
    public static func wholeOutOfRange(
      _ value: Int, expected what: LocalizedText, from lower: Int, to upper: Int
    ) -> LocalizedText {
      LocalizedText(
        ja: "\(value) は範囲外です。\(what.ja)は \(lower) から \(upper) までです",
        en: "\(value) is out of range; expected \(what.en) from \(lower) to \(upper)")
    }

    /// A bound as messages show it: `100,000,000`, `-1,000,000,000`, `0.5`.
    private static func bound(_ x: Double) -> String {
      guard abs(x) < 1e15, let n = Int(exactly: x) else { return NumberFormat.plain(x) }
      return NumberFormat.grouped(n)
    }

    // MARK: - Years

    /// `2040.5 is not a whole year`.
    public static func notAWholeYear(_ shown: String) -> LocalizedText {
      LocalizedText(ja: "\(shown) は整数の年ではありません", en: "\(shown) is not a whole year")
    }

    /// `inf is not a year`.
    public static func notAYearNumber(_ shown: String) -> LocalizedText {
      LocalizedText(ja: "\(shown) は年ではありません", en: "\(shown) is not a year")
    }

    public static let writeAYear = LocalizedText(
      ja: "2040 や \"R22\" のように年を書く", en: "write a year such as 2040 or \"R22\"")

    /// `year 2101 is after 2100, the last year AizuSim projects`.
    public static func yearAfterLast(_ year: Int, last: Int) -> LocalizedText {
      LocalizedText(
        ja: "年 \(year) は AizuSim が推計する最後の年 \(last) より後です",
        en: "year \(year) is after \(last), the last year AizuSim projects")
    }

    /// `year 2015 is before the base year 2020`.
    public static func yearBeforeBase(_ year: Int, base: Int) -> LocalizedText {
      LocalizedText(
        ja: "年 \(year) は基準年 \(base) より前です",
        en: "year \(year) is before the base year \(base)")
    }

    /// `year 1850 is before 1900, the first year a scenario may give`.
    public static func yearBeforeFirst(_ year: Int, first: Int) -> LocalizedText {
      LocalizedText(
        ja: "年 \(year) はシナリオに書ける最初の年 \(first) より前です",
        en: "year \(year) is before \(first), the first year a scenario may give")
    }

    /// `year 2040`: what a year key stands for, in "year 2040 is given twice".
    public static func year(_ year: Int) -> LocalizedText {
      LocalizedText(ja: "\(year)年", en: "year \(year)")
    }

    /// `the 65+ figure for 2040`.
    public static func elderlyFigure(_ year: Int) -> LocalizedText {
      LocalizedText(ja: "\(year)年の65歳以上の値", en: "the 65+ figure for \(year)")
    }

    /// `horizon 2015 is not after the base year 2020`.
    public static func horizonNotAfterBase(_ horizon: Int, base: Int) -> LocalizedText {
      LocalizedText(
        ja: "目標年 \(horizon) が基準年 \(base) より後ではありません",
        en: "horizon \(horizon) is not after the base year \(base)")
    }

    /// `the base year 2040 is not before the default horizon 2040`.
    public static func baseNotBeforeHorizon(_ base: Int, horizon: Int) -> LocalizedText {
      LocalizedText(
        ja: "基準年 \(base) が既定の目標年 \(horizon) より前ではありません",
        en: "the base year \(base) is not before the default horizon \(horizon)")
    }

    /// `add horizon = a later year, up to 2100`.
    public static func addHorizon(upTo last: Int) -> LocalizedText {
      LocalizedText(
        ja: "horizon = より後の年 (\(last) まで) を加える",
        en: "add horizon = a later year, up to \(last)")
    }

    /// `the target year must be after the base year 2020`.
    public static func targetYearNotAfterBase(_ base: Int) -> LocalizedText {
      LocalizedText(
        ja: "目標年は基準年 \(base) より後でなければなりません",
        en: "the target year must be after the base year \(base)")
    }

    // MARK: - One thing written twice

    /// `year 2040 is given twice: here and as population.R22 at whatif.toml:3:1`.
    public static func givenTwice(_ what: LocalizedText, as path: String, at place: String)
      -> LocalizedText
    {
      LocalizedText(
        ja: "\(what.ja)が二度書かれています: ここと、\(place) の \(path)",
        en: "\(what.en) is given twice: here and as \(path) at \(place)")
    }

    public static let keepOne = LocalizedText(ja: "どちらか一方だけにする", en: "keep one of them")
    public static let writeOneTable = LocalizedText(
      ja: "表を一つにまとめる", en: "write one table for it")
    public static let keepKanjiOrRomaji = LocalizedText(
      ja: "漢字とローマ字のキーのどちらか一方だけにする",
      en: "keep one of its kanji and romaji keys")
  }
}
