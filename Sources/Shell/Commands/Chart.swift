import Bilingual
import Rendering
import ScenarioFile
import Simulation
import Words

extension Command {
  static let chart = Command(
    name: "chart",
    usage: "chart METRIC [YEAR|FROM..TO] [MUNICIPALITY] [--step N]",
    summary: LocalizedText(ja: "推計を棒グラフで見る", en: "Draw a projection as a bar chart"),
    details: LocalizedText(
      ja: """
        一つの指標を棒グラフにします。年の範囲(既定は基準年から目標年まで5年ごと)なら年ごとの棒、
        一つの年なら市町村ごとの棒です。市町村を省くと地域全体です。
        指標: \(Metric.allCases.map(\.rawValue).joined(separator: ", "))。
        csv と json では棒の値を表として出します。
        """,
      en: """
        Draws one metric as horizontal bars: one bar a year over a range of years (default:
        the base year to the horizon, every 5 years), or one bar a municipality for a
        single year. With no municipality, the region. Metrics: \
        \(Metric.allCases.map(\.rawValue).joined(separator: ", ")). In csv and json the
        bars' values come out as a table (fields label, year, metric, value).
        """),
    examples: [
      "chart population 昭和村", "chart shortfall 2040",
      "chart facetime_index 2020..2040 Bandai --step 1",
    ],
    complete: { context in
      if context.previous.count == 1 {
        return Metric.allCases.map(\.rawValue).filter { $0.hasPrefix(context.current) }
      }
      return context.session.municipalityCandidates(context.current)
        + ["--step"].filter { $0.hasPrefix(context.current) && context.current.hasPrefix("-") }
    },
    run: { invocation, session throws(CommandError) in
      var invocation = invocation
      let stepText = try invocation.option("--step")
      try invocation.rejectUnknownOptions(known: ["--step", "--format", "--lang"])
      guard let name = invocation.arguments.first else {
        throw CommandError(
          "chart needs a metric",
          suggestion: "one of \(Metric.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      guard let metric = Metric(rawValue: name) else {
        throw CommandError(
          "unknown metric '\(name)'",
          suggestion: Suggestion.didYouMean(name, among: Metric.allCases.map(\.rawValue))
            ?? "one of \(Metric.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      let rest = Array(invocation.arguments.dropFirst())
      let hasYear = rest.contains(where: Year.looksLikeYear)
      let step =
        try stepText.map { text throws(CommandError) -> Int in
          guard let n = Int(text), n >= 1 else {
            throw CommandError("--step needs a whole number of years, 1 or more; got '\(text)'")
          }
          return n
        } ?? (hasYear ? 1 : 5)
      var (years, chosen) = try session.yearsAndMunicipalities(rest, step: step)
      if !hasYear {
        let base = session.scenario.baseYear
        years = Array(stride(from: base, through: session.scenario.horizon, by: step))
        if years.last != session.scenario.horizon { years.append(session.scenario.horizon) }
      }
      guard chosen.count <= 1 || years.count == 1 else {
        throw CommandError(
          "chart takes one municipality over years, or several in one year",
          suggestion:
            "chart \(name) 2040 \(chosen.map(\.romaji).joined(separator: " ")), or chart \(name) \(chosen[0].romaji)"
        )
      }
      return [
        ChartReport(session: session, metric: metric, years: years, municipalities: chosen).reply
      ]
    })
}

/// What `chart` can draw.
enum Metric: String, CaseIterable {
  case population, elderly, elderly_share, staff_supply, staff_demand, shortfall, staff_per_1000
  case facetime, facetime_per_elderly, facetime_index

  var label: LocalizedText {
    switch self {
    case .population: Label.population
    case .elderly: Label.elderly
    case .elderly_share: Label.elderlyShare
    case .staff_supply: Label.staffSupply
    case .staff_demand: Label.staffDemand
    case .shortfall: Label.shortfall
    case .staff_per_1000: Label.staffPer1000
    case .facetime: LocalizedText(ja: "対面の時間(時間/年)", en: "Face-to-face hours a year")
    case .facetime_per_elderly:
      LocalizedText(ja: "65歳以上1人当たり対面時間", en: "Face-to-face hours per resident 65+")
    case .facetime_index:
      LocalizedText(ja: "65歳以上1人当たり対面時間 (2020年=1)", en: "Face-to-face hours per 65+ (2020 = 1)")
    }
  }

  var decimals: Int {
    switch self {
    case .population, .elderly, .facetime: 0
    case .elderly_share, .facetime_index: 3
    case .staff_supply, .staff_demand, .shortfall, .staff_per_1000, .facetime_per_elderly: 1
    }
  }

  /// Whether the value rests on an assumption when the year's staff supply does.
  var usesSupply: Bool {
    [.staff_supply, .shortfall, .staff_per_1000].contains(self)
  }

  /// Whether the value rests on the 65+ assumption when the year's 65+ does.
  var usesElderly: Bool {
    switch self {
    case .elderly, .elderly_share, .facetime_per_elderly, .facetime_index, .staff_demand,
      .shortfall:
      true
    default: false
    }
  }
}

/// The bars of a chart, and their rendering.
struct ChartReport {
  let session: Session
  let metric: Metric
  let years: [Int]
  let municipalities: [Municipality]

  var reply: Reply {
    let points = self.points
    if session.format == .csv || session.format == .json {
      return session.render(
        Table(
          columns: [
            .init("label", field: "label", alignment: .left, isKey: true),
            .init("year", field: "year"),
            .init("metric", field: "metric", alignment: .left), .init("value", field: "value"),
          ],
          rows: points.map { point in
            [
              .text(point.label),
              Table.Cell(display: String(point.year), value: .integer(point.year)),
              .text(metric.rawValue), .number(point.value, decimals: metric.decimals),
            ]
          }))
    }
    let chart = BarChart(
      title: title, unit: nil,
      bars: points.map { ($0.label + ($0.isAssumption ? "*" : ""), $0.value, nil) },
      decimals: metric.decimals)
    var text = chart.rendered(width: session.width ?? 80)
    if points.contains(where: \.isAssumption) {
      text += session.text(
        ja: "* 仮定に基づく値 (市町村の将来推計を使わない年: elderly_share_rise、recruitment_pool)\n",
        en:
          "* rests on an assumption (where no municipal projection is used: elderly_share_rise, recruitment_pool)\n"
      )
    }
    return .output(text)
  }

  private var title: String {
    let area =
      municipalities.count == 1
      ? municipalities[0].bilingualName
      : municipalities.isEmpty && years.count > 1 ? session.regionName : ""
    let when = years.count == 1 ? Year.label(years[0]) : "\(years[0])–\(years[years.count - 1])"
    return [session.text(metric.label), area, when].filter { !$0.isEmpty }.joined(separator: " — ")
  }

  private struct Point {
    var label: String
    var year: Int
    var value: Double
    var isAssumption: Bool
  }

  private var points: [Point] {
    let ledger = session.ledger(through: years.last)
    let projection = ledger.projection
    if years.count == 1, municipalities.count != 1 {
      let year = years[0]
      let names = municipalities.isEmpty ? session.scenario.municipalities : municipalities
      var points = names.compactMap { m -> Point? in
        guard let figures = projection.state(of: m.name, in: year),
          let entry = ledger.entry(of: m.name, in: year)
        else { return nil }
        return point(m.bilingualName, year, figures, entry)
      }
      if municipalities.isEmpty {
        points.append(
          point(
            "\(session.scenario.region.ja) \(session.scenario.region.en)", year,
            projection.region(in: year),
            ledger.region(in: year)))
      }
      return points
    }
    return years.compactMap { year in
      if let m = municipalities.first {
        guard let figures = projection.state(of: m.name, in: year),
          let entry = ledger.entry(of: m.name, in: year)
        else { return nil }
        return point(String(year), year, figures, entry)
      }
      return point(String(year), year, projection.region(in: year), ledger.region(in: year))
    }
  }

  private func point(_ label: String, _ year: Int, _ f: Figures, _ e: LedgerEntry) -> Point {
    let value: Double
    switch metric {
    case .population: value = f.population
    case .elderly: value = f.elderly
    case .elderly_share: value = f.elderlyShare
    case .staff_supply: value = f.staffSupply
    case .staff_demand: value = f.staffDemand
    case .shortfall: value = f.shortfallFTE
    case .staff_per_1000: value = f.staffPer1000
    case .facetime: value = e.facetimeHours
    case .facetime_per_elderly: value = e.facetimePerElderly
    case .facetime_index: value = e.facetimeIndex
    }
    return Point(
      label: label, year: year, value: value,
      isAssumption: metric.usesElderly && f.elderlyBasis.isAssumption
        || metric.usesSupply && f.isSupplyAssumed)
  }
}
