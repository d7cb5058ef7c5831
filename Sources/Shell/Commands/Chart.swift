import Bilingual
import Rendering
import Simulation
import Words

extension Command {
  static let chart = Command(
    name: "chart",
    usage:
      "chart OUTPUT [MUNICIPALITY…] [FROM..TO] [--from YEAR] [--to YEAR] [--wareki] [--width N] [--height N]",
    summary: Words.Help.chartSummary,
    details: Words.Help.chartDetails(metrics: Metric.allCases.map(\.name)),
    examples: [
      "chart population", "chart 高齢化率 会津若松市 金山町 昭和村", "chart shortfall Bandai --to 2050",
      "chart staff_per_1000 Showa Kaneyama 2020..2060 --wareki",
    ],
    columns: MetricPoint.columns.map(\.column),
    complete: { context in pictureCompletions(context, metricAt: 1, options: chartOptions) },
    run: { invocation, session throws(CommandError) in
      var invocation = invocation
      let fromText = try invocation.option("--from")
      let toText = try invocation.option("--to")
      let wareki = invocation.flag("--wareki")
      let width = try invocation.chartWidth()
      let height = try invocation.wholeNumber("--height", in: 3...100)
      try invocation.rejectUnknownOptions(known: chartOptions + outputOptions)
      let name = invocation.arguments.first
      let metric = try session.metric(name, command: "chart")
      var range: [Int]?
      var chosen: [Municipality] = []
      for word in invocation.arguments.dropFirst() {
        guard Year.looksLikeYear(word) else {
          let found = try session.municipality(word)
          if !chosen.contains(where: { $0.name == found.name }) { chosen.append(found) }
          continue
        }
        guard word.contains("..") else {
          _ = try session.year(word)
          throw CommandError(
            Words.Pictures.chartIsOverYears(word),
            suggestion: LocalizedText("bars \(name ?? "") \(word)"))
        }
        guard range == nil else {
          throw CommandError(
            Words.Arguments.moreThanOneYear(word), suggestion: Words.Arguments.giveRange)
        }
        range = try session.years(word, step: 1)
      }
      if range != nil, fromText != nil || toText != nil {
        throw CommandError(Words.Pictures.yearsTwice, suggestion: Words.Pictures.giveYearsOnce)
      }
      let scenario = session.scenario
      var from = try fromText.map { text throws(CommandError) in try session.year(text) }
      var to = try toText.map { text throws(CommandError) in try session.year(text) }
      if let range { (from, to) = (range.first, range.last) }
      let first = from ?? scenario.baseYear
      let last = to ?? max(scenario.horizon, first)
      guard first <= last else { throw CommandError(Words.Pictures.fromAfterTo(first, last)) }
      guard chosen.count <= LineChart.maximumSeries else {
        throw CommandError(
          Words.Pictures.tooManySeries(chosen.count, most: LineChart.maximumSeries),
          suggestion: Words.Pictures.compareAllWith("bars \(name ?? "") \(last)"))
      }
      var chart = LineChartReport(
        scenario: scenario, ledger: session.ledger(through: last), metric: metric,
        years: Array(first...last), municipalities: chosen, wareki: wareki
      ).chart
      chart.width = width
      if let height { chart.height = height }
      return Output(items: [.lineChart(chart)])
    })
}

/// What `chart` shows: a metric over the years, a line for the region or for each
/// municipality asked for (never both: the region's scale would squash the municipalities);
/// and, for programs, every value as a table (`MetricPoint.columns`).
struct LineChartReport {
  let scenario: Scenario
  let ledger: Ledger
  let metric: Metric
  let years: [Int]
  /// The municipalities asked for; empty means the region.
  let municipalities: [Municipality]
  /// Whether the years are labelled in 和暦 (`R22`).
  let wareki: Bool

  /// Each line's values, in the order of the legend.
  var lines: [[MetricPoint]] {
    let places: [Municipality?] = municipalities.isEmpty ? [nil] : municipalities
    return places.map { municipality in
      years.compactMap { MetricPoint(metric, municipality, in: $0, of: scenario, ledger: ledger) }
    }
  }

  var chart: LineChart.Localized {
    let lines = self.lines
    let points = lines.flatMap { $0 }
    let words = metric.words(baseYear: scenario.baseYear)
    let area =
      municipalities.count == 1
      ? ReportPlace.municipality(municipalities[0]).shown
      : municipalities.isEmpty ? scenario.region : nil
    let first = years.first ?? scenario.baseYear
    let last = years.last ?? first
    return LineChart.Localized(
      title: Words.Chart.title(words.title, area: area, years: "\(first)–\(last)"),
      unit: Words.Pictures.unit(of: metric),
      series: lines.compactMap { line in
        guard let place = line.first?.place else { return nil }
        let marks =
          (line.contains(where: \.isProjectionData) ? "~" : "")
          + (line.contains(where: \.isAssumption) ? "*" : "")
          + (line.contains { $0.populationNote != nil } ? "^" : "")
        return LineChart.Localized.Series(
          name: place.shown.map { $0 + marks },
          points: line.map {
            LineChart.Point(x: Double($0.year), y: $0.value, isAssumed: $0.isAssumption)
          })
      },
      ticks: LineChart.Tick.years(from: first, to: last, wareki: wareki),
      style: metric.style,
      notes: MetricPoint.notes(points, dated: true),
      data: Report(rows: points, columns: MetricPoint.columns))
  }
}
