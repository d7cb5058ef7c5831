import Bilingual
import Rendering
import ScenarioFile
import Simulation
import Words

extension Command {
  static let chart = Command(
    name: "chart",
    usage: "chart METRIC [YEAR|FROM..TO] [MUNICIPALITY] [--step N]",
    summary: Words.Help.chartSummary,
    details: Words.Help.chartDetails(metrics: Metric.allCases.map(\.name)),
    examples: [
      "chart population 昭和村", "chart 高齢化率 金山町", "chart shortfall 2040",
      "chart facetime_index 2020..2040 Bandai --step 1",
    ],
    columns: ChartReport.columns.map(\.column),
    complete: { context in
      if context.previous.count == 1 {
        return Metric.names.filter { $0.hasPrefix(context.current) }
      }
      return context.session.municipalityCandidates(context.current)
        + ["--step"].filter { $0.hasPrefix(context.current) && context.current.hasPrefix("-") }
    },
    run: { invocation, session throws(CommandError) in
      var invocation = invocation
      let stepText = try invocation.option("--step")
      try invocation.rejectUnknownOptions(known: ["--step", "--format", "--lang"])
      let metrics = Words.Chart.oneOf(Metric.allCases.map(\.name))
      guard let name = invocation.arguments.first else {
        throw CommandError(Words.Chart.needsMetric, suggestion: metrics)
      }
      guard let metric = Metric(named: name) else {
        throw CommandError(
          Words.Chart.unknownMetric(name),
          suggestion: Suggestion.guess(name, among: Metric.names) ?? metrics)
      }
      let rest = Array(invocation.arguments.dropFirst())
      let hasYear = rest.contains(where: Year.looksLikeYear)
      let step =
        try stepText.map { text throws(CommandError) -> Int in
          guard let n = Int(text), n >= 1 else { throw CommandError(Words.badStep(text)) }
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
          Words.Chart.oneOverYearsOrManyInAYear,
          suggestion: Words.Chart.chartEither(
            "chart \(name) 2040 \(chosen.map(\.romaji).joined(separator: " "))",
            or: "chart \(name) \(chosen[0].romaji)"))
      }
      return .chart(
        ChartReport(
          scenario: session.scenario, ledger: session.ledger(through: years.last), metric: metric,
          years: years, municipalities: chosen,
          fileLedger: session.fileProjection(through: years.last).map(Ledger.init)
        ).chart)
    })
}

/// What `chart` shows: a bar a year or a bar a municipality, and, for programs, the bars'
/// values as a table whose columns are declared once below.
struct ChartReport {
  let scenario: Scenario
  let ledger: Ledger
  let metric: Metric
  let years: [Int]
  let municipalities: [Municipality]
  /// The loaded file's ledger, without the changes made at the prompt, when there are any:
  /// bars they moved are marked `!`.
  var fileLedger: Ledger? = nil

  /// One bar: what it stands for, its year and its value.
  struct Point {
    var label: String
    var year: Int
    var metric: Metric
    var value: Double
    var isAssumption: Bool
    /// Whether the value rests on the municipality's own projection (IPSS 2023's bands).
    var isProjectionData = false
    /// Whether the changes made at the prompt moved the value.
    var isMoved = false

    /// `!` moved by a change, `*` an assumption, `~` projection data, as `project` marks them.
    var mark: String { isMoved ? "!" : isAssumption ? "*" : isProjectionData ? "~" : "" }
  }

  static let columns: [ReportColumn<Point>] = [
    .init(Words.Chart.label, field: "label", alignment: .left, isKey: true) { .text($0.label) },
    .init(Words.Projection.year, field: "year") { .year($0.year) },
    .init(Words.Chart.metric, field: "metric", alignment: .left) { .text($0.metric.rawValue) },
    .init(Words.Chart.value, field: "value") { $0.metric.cell($0.value) },
  ]

  var chart: BarChart.Localized {
    let points = self.points
    let bars = points.map { point in
      BarChart.Bar(
        label: point.label + point.mark, value: point.value,
        display: metric.cell(point.value).display.en)
    }
    return BarChart.Localized(
      title: Words.Chart.title(
        metric.words(baseYear: scenario.baseYear).title, area: area, years: yearsLabel),
      bars: bars,
      notes: (points.contains(where: \.isMoved) ? [Words.Undo.movedNote] : [])
        + (points.contains(where: \.isProjectionData) ? [Words.Chart.projected] : [])
        + (points.contains(where: \.isAssumption) ? [Words.Chart.assumed] : []),
      data: Report(rows: points, columns: Self.columns))
  }

  /// The one municipality charted, or the region over years; none for a year's municipalities.
  private var area: LocalizedText? {
    if municipalities.count == 1 { return ReportPlace.municipality(municipalities[0]).shown }
    return municipalities.isEmpty && years.count > 1 ? scenario.region : nil
  }

  private var yearsLabel: String {
    years.count == 1 ? Year.label(years[0]) : "\(years[0])–\(years[years.count - 1])"
  }

  private var points: [Point] {
    let projection = ledger.projection
    if years.count == 1, municipalities.count != 1 {
      let year = years[0]
      let names = municipalities.isEmpty ? scenario.municipalities : municipalities
      var points = names.compactMap { m -> Point? in
        guard let figures = projection.state(of: m.name, in: year),
          let entry = ledger.entry(of: m.name, in: year)
        else { return nil }
        return point(ReportPlace.municipality(m).shown.en, m.name, year, figures, entry)
      }
      if municipalities.isEmpty {
        points.append(
          point(
            ReportPlace.region(of: scenario).shown.en, nil, year, projection.region(in: year),
            ledger.region(in: year)))
      }
      return points
    }
    return years.compactMap { year in
      if let m = municipalities.first {
        guard let figures = projection.state(of: m.name, in: year),
          let entry = ledger.entry(of: m.name, in: year)
        else { return nil }
        return point(String(year), m.name, year, figures, entry)
      }
      return point(String(year), nil, year, projection.region(in: year), ledger.region(in: year))
    }
  }

  /// The bar of `municipality` (or the region, `nil`) in `year`.
  private func point(
    _ label: String, _ municipality: String?, _ year: Int, _ f: Figures, _ e: LedgerEntry
  ) -> Point {
    let value = metric.value(f, e)
    let fileValue = fileLedger.flatMap { metric.value(of: municipality, in: year, ledger: $0) }
    return Point(
      label: label, year: year, metric: metric, value: value,
      isAssumption: metric.usesElderly && f.elderlyBasis.isAssumption
        || metric.usesSupply && f.isSupplyAssumed,
      // `~` where the figure is the 65+ projection itself, as `project` marks it.
      isProjectionData: [.elderly, .elderly_share].contains(metric)
        && f.elderlyBasis.isProjectionData,
      isMoved: fileValue.map { Figures.differ(value, $0) } ?? false)
  }
}
