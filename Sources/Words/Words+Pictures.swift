import Bilingual
import Rendering
import Simulation

/// Words of the pictures for forums: `chart` (lines over the years), `bars` (municipalities
/// side by side) and their notes, units and messages.
extension Words {
  public enum Pictures {
    /// The unit on a chart's y axis; `nil` where the title or the percentages say it.
    public static func unit(of metric: Simulation.Metric) -> LocalizedText? {
      switch metric {
      case .population, .elderly: LocalizedText(ja: "人", en: "persons")
      case .elderly_share, .facetime_index: nil
      case .staff_supply, .staff_demand, .shortfall: LocalizedText(ja: "人 (常勤換算)", en: "FTE")
      case .staff_per_1000: LocalizedText(ja: "人 (人口千人当たり)", en: "staff per 1,000 residents")
      case .facetime: LocalizedText(ja: "時間/年", en: "hours a year")
      case .facetime_per_elderly:
        LocalizedText(ja: "時間/年 (65歳以上1人当たり)", en: "hours a year per resident aged 65+")
      }
    }

    /// What `*` on a line means, and from which year the line is dotted.
    public static func assumedFrom(_ year: Int) -> LocalizedText {
      LocalizedText(
        ja:
          "* \(year)年から仮定に基づく値 (点線): 市町村の将来推計を使わない年 (elderly_share_rise、recruitment_pool)",
        en:
          "* rests on an assumption from \(year) on (dotted): where no municipal projection is used (elderly_share_rise, recruitment_pool)"
      )
    }

    /// What `<` or `>` at the end of the region's bar means.
    public static let regionOffScale = LocalizedText(
      ja: "< > 地域の合計は市町村の目盛りに収まらないため、端で切っています (値は右の数字)",
      en:
        "< > the region's total runs off the municipalities' scale and is cut at the edge (its value is on the right)"
    )

    /// `Population — change (%) 2020–2040`.
    /// `inPoints`: the change of a share, in percentage points.
    public static func changeTitle(
      _ metric: LocalizedText, from: Int, to: Int, relative: Bool, inPoints: Bool = false,
      area: LocalizedText?
    ) -> LocalizedText {
      let place =
        area.map { LocalizedText(ja: " — \($0.ja)", en: " — \($0.en)") }
        ?? LocalizedText("")
      let change =
        relative
        ? LocalizedText(ja: "増減率 (%)", en: "change (%)")
        : inPoints
          ? LocalizedText(ja: "増減 (ポイント)", en: "change (percentage points)")
          : LocalizedText(ja: "増減", en: "change")
      return LocalizedText(
        ja: "\(metric.ja) — \(change.ja) \(from)–\(to)\(place.ja)",
        en: "\(metric.en) — \(change.en) \(from)–\(to)\(place.en)")
    }

    /// The two names of a change in a series: the supply and the demand of staff.
    public static let supply = LocalizedText(ja: "職員見込", en: "Staff supply")
    public static let demand = LocalizedText(ja: "必要職員", en: "Staff demand")
    public static let supplyAndDemand = LocalizedText(
      ja: "職員の見込と必要数 (常勤換算)", en: "Staff supply and demand (FTE)")

    // MARK: Columns of the data (csv, json)

    public static let fromYear = LocalizedText(ja: "起点の年", en: "From")
    public static let toYear = LocalizedText(ja: "終点の年", en: "To")
    public static let fromValue = LocalizedText(ja: "起点の値", en: "Value then")
    public static let toValue = LocalizedText(ja: "終点の値", en: "Value now")
    public static let change = LocalizedText(ja: "増減", en: "Change")
    public static let relativeChange = LocalizedText(ja: "増減率", en: "Relative change")

    // MARK: Messages

    public static func needsMetric(_ command: String) -> LocalizedText {
      LocalizedText(ja: "\(command) には指標を指定します", en: "\(command) needs a metric")
    }

    /// `chart population 2040`: one year is for bars.
    public static func chartIsOverYears(_ word: String) -> LocalizedText {
      LocalizedText(
        ja: "chart は年ごとの線を描きます ('\(word)' は一つの年)。一つの年の市町村を並べるのは bars です",
        en:
          "chart draws lines over the years, and '\(word)' is one year; bars shows the municipalities in one year"
      )
    }

    public static func tooManySeries(_ count: Int, most: Int) -> LocalizedText {
      LocalizedText(
        ja: "chart で見分けられる線は \(most) 本までです (指定は \(count))",
        en: "chart tells at most \(most) lines apart; got \(count)")
    }

    public static func compareAllWith(_ command: String) -> LocalizedText {
      LocalizedText(ja: "すべての市町村を比べるには \(command)", en: "to compare them all: \(command)")
    }

    public static let yearsTwice = LocalizedText(
      ja: "年の範囲が二度指定されています (範囲と --from/--to)",
      en: "the years are given twice (a range and --from or --to)")

    public static let giveYearsOnce = LocalizedText(
      ja: "2020..2040 か --from 2020 --to 2040 のどちらかで指定します",
      en: "write either 2020..2040 or --from 2020 --to 2040")

    public static func fromAfterTo(_ from: Int, _ to: Int) -> LocalizedText {
      LocalizedText(
        ja: "始めの年 \(from) が終わりの年 \(to) より後です",
        en: "the first year, \(from), is after the last, \(to)")
    }

    public static let relativeIsForChange = LocalizedText(
      ja: "--relative は bars change で使います", en: "--relative is for bars change")

    /// `--width 5`: out of range or not a whole number.
    public static func badWholeNumber(_ option: String, _ text: String, from: Int, to: Int)
      -> LocalizedText
    {
      LocalizedText(
        ja: "\(option) には \(from) から \(to) までの整数を書きます。'\(text)' は使えません",
        en: "\(option) needs a whole number from \(from) to \(to); got '\(text)'")
    }

    public static func barsOneYear(_ words: [String]) -> LocalizedText {
      let list = words.map { "'\($0)'" }.joined(separator: ", ")
      return LocalizedText(
        ja: "bars に指定できる年は一つです (\(list))", en: "bars takes one year; got \(list)")
    }

    public static func barsChangeExample(_ metric: String) -> LocalizedText {
      LocalizedText(
        ja: "二つの年の間の増減は bars change \(metric) 2020 2040",
        en: "for the change between two years: bars change \(metric) 2020 2040")
    }

    public static func changeNeedsTwoYears(_ word: String) -> LocalizedText {
      LocalizedText(
        ja: "bars change には起点と終点の二つの年を指定します ('\(word)' だけでは足りません)",
        en: "bars change needs two years, from and to; '\(word)' alone is not enough")
    }

    public static let changeYearsExample = LocalizedText(
      "bars change population 2020 2040")

    public static func changeTooManyYears(_ words: [String]) -> LocalizedText {
      let list = words.map { "'\($0)'" }.joined(separator: ", ")
      return LocalizedText(
        ja: "bars change に指定できる年は二つです (\(list))",
        en: "bars change takes two years; got \(list)")
    }
  }
}

extension Words.Help {
  public static let barsSummary = LocalizedText(
    ja: "市町村を横棒で並べる (一つの年、または増減)",
    en: "Compare the municipalities as bars (one year, or a change)")

  /// `metrics`: each metric's name, in both languages.
  public static func barsDetails(metrics: [LocalizedText]) -> LocalizedText {
    LocalizedText(
      ja: """
        一つの指標を市町村ごとの横棒で並べます(既定は目標年、全市町村)。名前は表示幅で揃え、負の値はゼロの線の左、正の値は右に描きます。地域の合計は目盛りを決めず、市町村の目盛りからはみ出すときは端を < か > で切ります。半目盛りに満たない値は . で示します。
        bars change 指標 起点 終点: 二つの年の間の増減を市町村ごとに描きます(年を省くと基準年から目標年)。--relative で増減率(%)。割合の増減はポイント(パーセントの差)です。
        指標: \(metrics.map { "\($0.ja) (\($0.en))" }.joined(separator: "、"))。--width N で幅を指定します。csv と json では値を表として出します。
        """,
      en: """
        Draws one metric as a horizontal bar per municipality (default: the horizon, every municipality), names aligned by display width, negative values left of the zero line and positive ones right of it. The region's total does not set the scale: where it runs off the municipalities' scale its bar is cut at the edge with < or >. A value too small for half a column shows as a dot.
        bars change METRIC FROM TO: each municipality's change between two years (default: the base year to the horizon); --relative gives the relative change (%). A share's change is in percentage points.
        Metrics: \(metrics.map { "\($0.en) (\($0.ja))" }.joined(separator: ", ")). --width N sets the width. In csv and json the values come out as a table.
        """)
  }
}
