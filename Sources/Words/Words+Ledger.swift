import Bilingual
import Rendering

/// Words of the staff-hours ledger: `services` and `freed`.
extension Words {
  public enum Ledger {
    /// The prefecture's regional office (会津地方振興局), which adopts measures but is not a
    /// municipality.
    public static let regionalOffice = LocalizedText(ja: "地方振興局", en: "regional office")
    /// The office on a row of a table: its name, and in English its name in English too, as
    /// municipalities show theirs in kanji and romaji.
    public static let regionalOfficeRow = LocalizedText(
      ja: "地方振興局", en: "地方振興局 regional office")
    /// A municipality's name in romaji, a column for programs.
    public static let romaji = LocalizedText(ja: "ローマ字", en: "Romaji")

    public static let available = LocalizedText(ja: "使える時間", en: "Available")
    public static let routine = LocalizedText(ja: "定型業務", en: "Routine")
    public static let freed = LocalizedText(ja: "削減", en: "Freed")
    public static let facetime = LocalizedText(ja: "対面", en: "Face-to-face")
    public static let perElderly = LocalizedText(ja: "1人当たり", en: "Per 65+")
    public static let index = LocalizedText(ja: "指数", en: "Index")
    public static let uncovered = LocalizedText(ja: "残る業務", en: "Uncovered")
    /// Where face-to-face hours come from (docs/model.md, "Where face-to-face hours come
    /// from"): the need's face-to-face part, staff above demand, the measures.
    public static let byNeed = LocalizedText(ja: "うち需要分", en: "By need")
    public static let bySurplus = LocalizedText(ja: "うち余剰分", en: "By surplus")
    public static let byMeasures = LocalizedText(ja: "うち取組分", en: "By measures")
    public static let firstYearBelow = LocalizedText(ja: "下回る", en: "Below")
    public static let extraFreed = LocalizedText(ja: "追加削減", en: "Extra")

    public static let category = LocalizedText(ja: "分野", en: "Category")
    public static let share = LocalizedText(ja: "割合", en: "Share")
    public static let hours = LocalizedText(ja: "時間", en: "Hours")

    public static let place = LocalizedText(ja: "どこで", en: "Where")
    public static let measure = LocalizedText(ja: "取組", en: "Measure")
    public static let adoption = LocalizedText(ja: "導入率", en: "Adoption")
    public static let hoursFreed = LocalizedText(ja: "削減時間", en: "Hours freed")
    public static let fteFreed = LocalizedText(ja: "常勤換算", en: "FTE")
    public static let cost = LocalizedText(ja: "費用(円)", en: "Cost ¥")
    public static let cumulative = LocalizedText(ja: "累計", en: "Cumulative")

    /// A payer's total row in `freed`: `total of 5`.
    public static func total(measures count: Int) -> LocalizedText {
      LocalizedText(ja: "計 (\(count)件)", en: "total of \(count)")
    }

    /// What `freed`'s cumulative column adds up.
    public static func cumulativeNote(from year: Int) -> LocalizedText {
      LocalizedText(
        ja: "累計: \(year)年からその年までの毎年の削減時間の和。計: 支払う者 (振興局、地域の市町村、指定した市町村) ごとの合計",
        en:
          "Cumulative: the hours freed each year from \(year) through that year. Total: each payer's measures together (the regional office, the region's municipalities, or a municipality asked for)"
      )
    }

    /// The regional office's measures together, the line a lecturer points at: `the
    /// regional office's 5 measures together in 2040: 3,485 minutes = 58.1 hours a year
    /// (grassroots: 草の根DX (…))`.
    public static func officeTotal(
      measures count: Int, year: Int, minutes: Double?, hours: Double, source: LocalizedText?
    ) -> LocalizedText {
      let h = NumberFormat.grouped(hours, decimals: 1)
      let m = minutes.map { NumberFormat.grouped($0, decimals: 0) }
      return LocalizedText(
        ja: "振興局の\(count)件の合計 (\(year)年): "
          + (m.map { "\($0)分 = " } ?? "") + "年\(h)時間"
          + (source.map { " (\($0.ja))" } ?? ""),
        en: "The regional office's \(count) measures together in \(year): "
          + (m.map { "\($0) minutes = " } ?? "") + "\(h) hours a year"
          + (source.map { " (\($0.en))" } ?? ""))
    }

    public static let hoursPerYear = LocalizedText(ja: "時間/年", en: "hours a year")
    public static let hoursPerElderly = LocalizedText(
      ja: "時間/年 (65歳以上1人当たり)", en: "hours a year per resident aged 65+")
    public static let ratio = LocalizedText(ja: "倍 (基準年=1)", en: "times the base year's")

    /// `Staff-hours ledger 2040 (R22), hours a year — scenario aizu`.
    public static func servicesTitle(years: String, scenario: String) -> LocalizedText {
      LocalizedText(
        ja: "職員の時間台帳 (時間/年) \(years) — シナリオ \(scenario)",
        en: "Staff-hours ledger \(years), hours a year — scenario \(scenario)")
    }

    public static func categoriesTitle(years: String, scenario: String) -> LocalizedText {
      LocalizedText(
        ja: "分野別の対面時間 \(years) — シナリオ \(scenario)",
        en: "Face-to-face hours by category \(years) — scenario \(scenario)")
    }

    public static func freedTitle(years: String, scenario: String) -> LocalizedText {
      LocalizedText(
        ja: "削減時間 \(years) — シナリオ \(scenario)", en: "Hours freed \(years) — scenario \(scenario)")
    }

    /// What the columns of `services` mean, with the scenario's base year, share and hours.
    public static func servicesNote(baseYear: Int, facetimeShare: Double, hoursPerFTE: Double)
      -> LocalizedText
    {
      let f0 = NumberFormat.percent(facetimeShare, decimals: 0)
      let hours = NumberFormat.grouped(hoursPerFTE, decimals: 0)
      return LocalizedText(
        ja:
          "\(baseYear)年の対面割合 f0 = \(f0) (仮定 facetime_share_2020)、常勤1人 = 年\(hours)時間。残る業務: こなせない定型業務。1人当たり: 65歳以上1人当たりの対面時間、指数: その\(baseYear)年に対する比。下回る: 初めて\(baseYear)年の水準を下回る年 (- は下回らない)。追加削減: その水準を保つのにさらに要る削減時間。",
        en:
          "\(baseYear) face-to-face share f0 = \(f0) (assumption facetime_share_2020); 1 FTE = \(hours) hours a year. Uncovered: routine work left undone. Per 65+: face-to-face hours per resident aged 65+; Index: that against \(baseYear). Below: the first year below \(baseYear)'s level (- never). Extra: the further hours to free to keep that level."
      )
    }

    /// What the three parts of face-to-face hours are.
    public static let facetimeSourcesNote = LocalizedText(
      ja:
        "対面 = うち需要分 + うち余剰分 + うち取組分。需要分: 必要職員が含む対面の時間 (f0 × 必要職員、職員が足りなければその分減る)。余剰分: 必要職員を上回る職員の時間。取組分: 取組の削減で増えた時間 (こなせない定型業務を埋めた残り)",
      en:
        "Face-to-face = by need + by surplus + by measures. By need: the face-to-face part of staff demand (f0 × demand, less any shortfall); by surplus: staff above demand; by measures: what the hours freed added (beyond any routine work they had to cover)"
    )

    public static func cannotReachBaseLevel(baseYear: Int) -> LocalizedText {
      LocalizedText(
        ja: "削減だけでは\(baseYear)年の水準に届かない市町村があります (使える時間より多くの対面時間が要る)",
        en:
          "For some municipalities freeing hours alone cannot reach \(baseYear)'s level: it needs more hours than there are"
      )
    }

    public static let noCategories = LocalizedText(
      ja: "シナリオに分野がありません ([facetime.categories])",
      en: "the scenario names no categories ([facetime.categories])")

    /// What `freed` shows, with the scenario's hours per full-time employee.
    public static func freedNote(hoursPerFTE: Double) -> LocalizedText {
      let hours = NumberFormat.grouped(hoursPerFTE, decimals: 0)
      return LocalizedText(
        ja: "導入率 × 1年の削減。振興局の時間は市町村の台帳に入りません。共同の取組の費用は人口で按分。- は費用が示されていないこと。常勤1人 = 年\(hours)時間",
        en:
          "Adoption × yearly savings. The regional office's hours enter no municipality's ledger. Shared costs are split by population; - a cost not stated. 1 FTE = \(hours) hours"
      )
    }

    public static let scaledDown = LocalizedText(
      ja: "取組の削減が定型業務を超える市町村では、定型業務の量に比例して縮めています",
      en:
        "Where measures would free more than the routine work there is, each is scaled down to fit")
  }
}

extension Words.Help {
  public static let servicesSummary = LocalizedText(
    ja: "職員の時間台帳: 対面サービスの時間を見る", en: "The staff-hours ledger: face-to-face service hours")
  public static let servicesDetails = LocalizedText(
    ja: """
      指定した年(既定は目標年)の時間台帳を市町村ごとと地域計で示します。使える時間(職員数 × 常勤1人の年間時間)、定型業務(必要職員数 × (1 − 基準年の対面割合) − 取組の削減)、削減時間、対面サービスの時間、65歳以上1人当たりの対面時間とその基準年比、こなせない定型業務、基準年の水準を下回る最初の年、基準年の水準を保つのにあと何時間の削減が要るか。* の付いた値は仮定(全国の高齢化率の上昇)に基づきます。
      対面時間はその出どころで3つに分けて示します: うち需要分(必要職員数が含む対面の時間)、うち余剰分(必要職員数を上回る職員の時間)、うち取組分(取組の削減で増えた時間、施策で得た分)。3つの和が対面時間です。FROM..TO で年の範囲、--step N で N 年ごとです。
      --categories で対面時間を分野(訪問、窓口など)に分けます。画面が狭いときは主な列を先に示します(--columns all ですべて)。式は docs/model.md の「Hours ledger」にあります。
      """,
    en: """
      Shows each municipality's and the region's staff-hours ledger in the given year (default: the horizon): hours available (staff supply × hours per FTE), routine work (staff demand × (1 − the base year's face-to-face share) less the hours measures free), the hours freed, face-to-face hours, face-to-face hours per resident aged 65+ and their index against the base year, routine work left uncovered, the first year below the base year's level, and how many more freed hours would keep that level. Values marked * rest on an assumption (the national rise of the 65+ share).
      Face-to-face hours are split by where they come from: by need (the face-to-face part of staff demand), by surplus (staff above demand) and by measures (what the hours freed added: the part policy bought); the three add up to face-to-face hours. FROM..TO gives a range of years, --step N every Nth year.
      --categories splits face-to-face hours into the scenario's categories (home visits, counter consultations, …). On a narrow screen the main columns come first (--columns all shows every one). docs/model.md, "Hours ledger", has the equations.
      """)

  public static let freedSummary = LocalizedText(
    ja: "取組ごとの削減時間と費用を見る", en: "Hours freed by each measure, and its cost")
  public static let freedDetails = LocalizedText(
    ja: """
      指定した年(既定は目標年)に、各取組が生み出す時間(導入率を掛け、定型業務の量を上限とする)、その常勤換算、その年の費用を示します。
      市町村を指定しなければ取組ごとの地域計と振興局の分、指定すればその市町村の取組ごとの値です。支払う者(振興局、地域の市町村、指定した市町村)ごとに、その年の合計の行(計)が続きます。FROM..TO で範囲を指定すると、範囲の最初の年からの累計も示します(--step N で N 年ごとに示しても、累計は毎年の和です)。振興局の時間はどの市町村の台帳にも入りません。共同の取組の費用はその年の人口で按分します。式は docs/model.md の「Hours ledger」と「Costs」にあります。
      """,
    en: """
      Shows, in the given year (default: the horizon), the hours each measure frees (adoption that year times its savings, capped at the routine work there is), the same in full-time staff, and what it costs that year.
      With no municipality: each measure's sum over its adopters, and the regional office's measures, whose hours enter no municipality's ledger. With municipalities: each one's measures. Each payer's measures (the regional office's, the region's municipalities', a municipality's) are followed by their total for the year (total of N). Over a range, FROM..TO, the cumulative sum from the range's first year is shown too (with --step N, every Nth year, still summing every year). A shared measure's cost is split by population that year. docs/model.md, "Hours ledger" and "Costs", has the equations.
      """)
}
