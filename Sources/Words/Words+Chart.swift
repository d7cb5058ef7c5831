import Bilingual

/// Words of `chart`: the metrics' names (which a user types, in Japanese or as the English
/// field name), their titles, and the chart's notes and messages.
extension Words {
  public enum Chart {
    /// A metric: the name typed after `chart` (`人口` or `population`) and the chart's title.
    public struct Metric: Sendable {
      /// What a user types: the Japanese name, or the English field name.
      public var name: LocalizedText
      public var title: LocalizedText
    }

    public static let population = Metric(
      name: LocalizedText(ja: "人口", en: "population"),
      title: LocalizedText(ja: "人口", en: "Population"))
    public static let elderly = Metric(
      name: LocalizedText(ja: "65歳以上", en: "elderly"),
      title: LocalizedText(ja: "65歳以上人口", en: "Residents aged 65+"))
    public static let elderlyShare = Metric(
      name: LocalizedText(ja: "高齢化率", en: "elderly_share"),
      title: LocalizedText(ja: "高齢化率 (65歳以上の割合)", en: "65+ share"))
    public static let staffSupply = Metric(
      name: LocalizedText(ja: "職員見込", en: "staff_supply"),
      title: LocalizedText(ja: "職員数の見込 (常勤換算)", en: "Staff supply (FTE)"))
    public static let staffDemand = Metric(
      name: LocalizedText(ja: "必要職員", en: "staff_demand"),
      title: LocalizedText(ja: "必要職員数 (常勤換算)", en: "Staff demand (FTE)"))
    public static let shortfall = Metric(
      name: LocalizedText(ja: "不足", en: "shortfall"),
      title: LocalizedText(
        ja: "職員の不足 (常勤換算、負は余剰)", en: "Staff shortfall (FTE; negative: a surplus)"))
    public static let staffPer1000 = Metric(
      name: LocalizedText(ja: "千人当たり職員", en: "staff_per_1000"),
      title: LocalizedText(ja: "人口千人当たり職員数", en: "Staff per 1,000 residents"))
    public static let facetime = Metric(
      name: LocalizedText(ja: "対面時間", en: "facetime"),
      title: LocalizedText(ja: "対面サービスの時間 (時間/年)", en: "Face-to-face hours a year"))
    public static let facetimePerElderly = Metric(
      name: LocalizedText(ja: "1人当たり対面時間", en: "facetime_per_elderly"),
      title: LocalizedText(
        ja: "65歳以上1人当たり対面時間 (時間/年)", en: "Face-to-face hours a year per resident aged 65+"))

    /// The index against the scenario's base year.
    public static func facetimeIndex(baseYear: Int) -> Metric {
      Metric(
        name: LocalizedText(ja: "対面時間指数", en: "facetime_index"),
        title: LocalizedText(
          ja: "65歳以上1人当たり対面時間 (\(baseYear)年=1)",
          en: "Face-to-face hours per 65+ (\(baseYear) = 1)"))
    }

    /// `Population — 昭和村 Showa — 2020–2040`: the metric, where, and when.
    public static func title(_ metric: LocalizedText, area: LocalizedText?, years: String)
      -> LocalizedText
    {
      let parts = [metric, area].compactMap { $0 } + [LocalizedText(years)]
      return LocalizedText(
        ja: parts.map(\.ja).filter { !$0.isEmpty }.joined(separator: " — "),
        en: parts.map(\.en).filter { !$0.isEmpty }.joined(separator: " — "))
    }

    /// What `*` on a bar means: the national rise of the 65+ share, or a recruitment pool
    /// that rests on it or on a held working-age share.
    public static let assumed = LocalizedText(
      ja: "* 仮定に基づく値 (市町村の将来推計を使わない年: elderly_share_rise、recruitment_pool)",
      en:
        "* rests on an assumption (where no municipal projection is used: elderly_share_rise, recruitment_pool)"
    )

    /// What `~` on a bar means: the municipality's own projection.
    public static let projected = LocalizedText(
      ja: "~ 市町村の将来推計 (社人研2023年推計、age_bands) に基づく値",
      en: "~ rests on the municipality's own projection (IPSS 2023, age_bands)")

    public static let label = LocalizedText(ja: "ラベル", en: "Label")
    public static let metric = LocalizedText(ja: "指標", en: "Metric")
    public static let value = LocalizedText(ja: "値", en: "Value")

    // MARK: Messages

    public static let needsMetric = LocalizedText(
      ja: "chart には指標を指定します", en: "chart needs a metric")

    /// `one of population, elderly, …`; in Japanese with each metric's Japanese name.
    public static func oneOf(_ metrics: [LocalizedText]) -> LocalizedText {
      LocalizedText(
        ja: "指標は " + metrics.map { "\($0.ja) (\($0.en))" }.joined(separator: "、"),
        en: "one of " + metrics.map(\.en).joined(separator: ", "))
    }

    public static func unknownMetric(_ name: String) -> LocalizedText {
      LocalizedText(ja: "指標 '\(name)' はありません", en: "unknown metric '\(name)'")
    }
  }
}

extension Words.Help {
  public static let chartSummary = LocalizedText(
    ja: "推計を年ごとの折れ線グラフで見る", en: "Draw a projection as lines over the years")

  /// `metrics`: each metric's name, in both languages.
  public static func chartDetails(metrics: [LocalizedText]) -> LocalizedText {
    LocalizedText(
      ja: """
        一つの指標を年ごとの折れ線で描きます(点字の文字、既定は基準年から目標年まで)。市町村を省くと地域全体、市町村を指定するとその市町村(6つまで)の線で、地域は入れません(目盛りを地域に合わせると市町村がつぶれるため)。線は色がなくても見分けられるよう、目盛りの年に印 (o x # @ & %) を付け、凡例で示します。
        縦軸は指標の単位(割合はパーセント)、横軸は年です。--wareki で和暦 (R2、R22)、--from と --to (または 2020..2050) で年の範囲、--width と --height で大きさを指定します。仮定に基づく区間は点線で、凡例に * を付けます。
        指標は日本語でも英語の名前でも指定できます: \(metrics.map { "\($0.ja) (\($0.en))" }.joined(separator: "、"))。一つの年の市町村を並べるのは bars です。
        csv と json では値を表として出します(項目 label、year、metric、value)。
        """,
      en: """
        Draws one metric as lines over the years in braille characters (default: the base year to the horizon). With no municipality, the region; with municipalities (six at most), one line each, without the region, whose scale would squash them. So that lines stay apart without colour, each has a marker (o x # @ & %) at the labelled years, named in the legend.
        The y axis is in the metric's unit (shares as percentages), the x axis in years; --wareki labels them in the Japanese era (R2, R22), --from and --to (or 2020..2050) choose the years, --width and --height the size. A stretch resting on an assumption is dotted and its line marked * in the legend.
        Metrics, by their English or Japanese names: \(metrics.map { "\($0.en) (\($0.ja))" }.joined(separator: ", ")). For the municipalities in one year, see bars.
        In csv and json the values come out as a table (fields label, year, metric, value).
        """)
  }
}
