import Bilingual
import Rendering
import Simulation
import Words

extension Command {
  static let barsOptions = ["--width", "--relative"]

  static let bars = Command(
    name: "bars",
    usage:
      "bars OUTPUT [YEAR] [MUNICIPALITY…] [--width N] | bars change OUTPUT [FROM TO] [MUNICIPALITY…] [--relative]",
    summary: Words.Help.barsSummary,
    details: Words.Help.barsDetails(metrics: Metric.allCases.map(\.name)),
    examples: [
      "bars shortfall 2040", "bars 高齢化率 2040", "bars change population 2020 2040 --relative",
      "bars staff_per_1000 2020 Showa Kaneyama Mishima",
    ],
    columns: MetricPoint.columns.map(\.column) + ChangePoint.columns.map(\.column),
    complete: { context in
      if context.previous.count == 1 {
        return (["change"] + Metric.names).filter { $0.hasPrefix(context.current) }
      }
      let isChange = context.previous[1] == "change"
      return pictureCompletions(
        context, metricAt: isChange ? 2 : 1, options: isChange ? barsOptions : ["--width"])
    },
    run: { invocation, session throws(CommandError) in
      var invocation = invocation
      let relative = invocation.flag("--relative")
      let width = try invocation.chartWidth()
      try invocation.rejectUnknownOptions(known: barsOptions + outputOptions)
      var arguments = invocation.arguments
      let isChange = arguments.first == "change"
      if isChange { arguments.removeFirst() }
      guard isChange || !relative else {
        throw CommandError(
          Words.Pictures.relativeIsForChange,
          suggestion: Words.Pictures.barsChangeExample(arguments.first ?? "population"))
      }
      let name = arguments.first
      let metric = try session.metric(name, command: isChange ? "bars change" : "bars")
      var yearWords: [String] = []
      var chosen: [Municipality] = []
      for word in arguments.dropFirst() {
        if Year.looksLikeYear(word) {
          yearWords.append(word)
        } else {
          let found = try session.municipality(word)
          if !chosen.contains(where: { $0.name == found.name }) { chosen.append(found) }
        }
      }
      let scenario = session.scenario
      var chart: BarChart.Localized
      if isChange {
        let (from, to) = try session.changeYears(yearWords)
        chart =
          ChangeReport(
            scenario: scenario, ledger: session.ledger(through: to), metric: metric, from: from,
            to: to, municipalities: chosen, relative: relative
          ).chart
      } else {
        guard yearWords.count <= 1, !(yearWords.first ?? "").contains("..") else {
          throw CommandError(
            Words.Pictures.barsOneYear(yearWords),
            suggestion: Words.Pictures.barsChangeExample(name ?? "population"))
        }
        let year = try yearWords.first.map { word throws(CommandError) in try session.year(word) }
        let shown = year ?? scenario.horizon
        chart =
          BarsReport(
            scenario: scenario, ledger: session.ledger(through: shown), metric: metric,
            year: shown, municipalities: chosen
          ).chart
      }
      chart.width = width
      return .chart(chart)
    })
}

extension Session {
  /// The two years of `bars change`: none (the base year to the horizon), a range
  /// (`2020..2040`) or two years, the first not after the second.
  func changeYears(_ words: [String]) throws(CommandError) -> (from: Int, to: Int) {
    let from: Int
    let to: Int
    switch words.count {
    case 0: (from, to) = (scenario.baseYear, scenario.horizon)
    case 1 where words[0].contains(".."):
      let years = try self.years(words[0], step: 1)
      (from, to) = (years[0], years[years.count - 1])
    case 1:
      throw CommandError(
        Words.Pictures.changeNeedsTwoYears(words[0]),
        suggestion: Words.Pictures.changeYearsExample)
    case 2: (from, to) = (try year(words[0]), try year(words[1]))
    default:
      throw CommandError(
        Words.Pictures.changeTooManyYears(words), suggestion: Words.Pictures.changeYearsExample)
    }
    guard from <= to else { throw CommandError(Words.Pictures.fromAfterTo(from, to)) }
    return (from, to)
  }
}

/// What `bars METRIC YEAR` shows: a bar a municipality, then the region's total, drawn on
/// the municipalities' scale (cut at the edge where it runs off it), never setting it.
struct BarsReport {
  let scenario: Scenario
  let ledger: Ledger
  let metric: Metric
  let year: Int
  /// The municipalities asked for; empty means all of them, and the region.
  let municipalities: [Municipality]

  var points: [MetricPoint] {
    let places: [Municipality?] =
      municipalities.isEmpty ? scenario.municipalities + [nil] : municipalities
    return places.compactMap { MetricPoint(metric, $0, in: year, of: scenario, ledger: ledger) }
  }

  var chart: BarChart.Localized {
    let points = self.points
    let area = municipalities.count == 1 ? ReportPlace.municipality(municipalities[0]).shown : nil
    let bars = points.map { point in
      BarChart.Bar(
        label: point.place.shown.en + point.mark, value: point.value,
        display: metric.cell(point.value).display.en, isScaled: !point.isRegion)
    }
    return BarChart.Localized(
      title: Words.Chart.title(
        metric.words(baseYear: scenario.baseYear).title, area: area, years: Year.label(year)),
      bars: bars,
      notes: MetricPoint.notes(points, dated: false)
        + (isOffScale(bars) ? [Words.Pictures.regionOffScale] : []),
      data: Report(rows: points, columns: MetricPoint.columns))
  }
}

/// Whether a bar that does not set the scale runs off the scale the others set.
func isOffScale(_ bars: [BarChart.Bar]) -> Bool {
  let scaled = bars.filter(\.isScaled).map(\.value).filter(\.isFinite)
  let low = min(0, scaled.min() ?? 0)
  let high = max(0, scaled.max() ?? 0)
  return bars.contains { !$0.isScaled && $0.value.isFinite && ($0.value < low || $0.value > high) }
}

/// One bar of `bars change`: a metric's value at a place in two years.
struct ChangePoint: Sendable {
  var then: MetricPoint
  var now: MetricPoint

  var change: Double { now.value - then.value }
  /// The change as a share of the first value; not a number when that is zero.
  var relativeChange: Double { then.value == 0 ? .nan : change / then.value }
  /// `*` when either value rests on an assumption, else `~` when either is projection data;
  /// then `^` for a note on the population.
  var mark: String {
    (then.isAssumption || now.isAssumption
      ? "*" : then.isProjectionData || now.isProjectionData ? "~" : "")
      + ((then.populationNote ?? now.populationNote) == nil ? "" : "^")
  }

  typealias W = Words.Pictures

  static let columns: [ReportColumn<ChangePoint>] = [
    .init(Words.Chart.label, field: "label", alignment: .left, isKey: true) {
      .words($0.now.place.shown)
    },
    .init(Words.Chart.metric, field: "metric", alignment: .left) { .text($0.now.metric.rawValue) },
    .init(W.fromYear, field: "from") { .year($0.then.year) },
    .init(W.toYear, field: "to") { .year($0.now.year) },
    .init(W.fromValue, field: "value_from") { $0.then.metric.cell($0.then.value) },
    .init(W.toValue, field: "value_to") { $0.now.metric.cell($0.now.value) },
    .init(W.change, field: "change") { .number($0.change, decimals: $0.now.metric.decimals) },
    .init(W.relativeChange, field: "relative_change") {
      $0.relativeChange.isFinite ? .percent($0.relativeChange, decimals: 1) : .empty
    },
  ]

  /// The text after the bar: `+6.4` (percentage points, as the title says) for a share,
  /// `-19.7%` relative, `-23,322` else.
  func display(relative: Bool) -> String {
    let metric = now.metric
    if relative { return Self.signedPercent(relativeChange, suffix: "%") }
    if metric.isShare { return Self.signedPercent(change, suffix: "") }
    guard change.isFinite else { return "-" }
    return NumberFormat.signed(change, decimals: metric.decimals)
  }

  /// A share as a signed percentage (`+6.4`), then `suffix`; `-` when not finite.
  static func signedPercent(_ share: Double, suffix: String) -> String {
    guard share.isFinite else { return "-" }
    let text = String(NumberFormat.percent(share, decimals: 1).dropLast())
    let isZero = !text.contains { $0.isNumber && $0 != "0" }
    return (share > 0 && !isZero ? "+" : "") + (isZero ? "0.0" : text) + suffix
  }
}

/// What `bars change METRIC FROM TO` shows: each municipality's change, then the region's.
struct ChangeReport {
  let scenario: Scenario
  let ledger: Ledger
  let metric: Metric
  let from: Int
  let to: Int
  /// The municipalities asked for; empty means all of them, and the region.
  let municipalities: [Municipality]
  let relative: Bool

  var points: [ChangePoint] {
    let places: [Municipality?] =
      municipalities.isEmpty ? scenario.municipalities + [nil] : municipalities
    return places.compactMap { place in
      guard let then = MetricPoint(metric, place, in: from, of: scenario, ledger: ledger),
        let now = MetricPoint(metric, place, in: to, of: scenario, ledger: ledger)
      else { return nil }
      return ChangePoint(then: then, now: now)
    }
  }

  var chart: BarChart.Localized {
    let points = self.points
    let area = municipalities.count == 1 ? ReportPlace.municipality(municipalities[0]).shown : nil
    let bars = points.map { point in
      BarChart.Bar(
        label: point.now.place.shown.en + point.mark,
        value: relative ? point.relativeChange : point.change,
        display: point.display(relative: relative),
        isScaled: !point.now.isRegion)
    }
    return BarChart.Localized(
      title: W.changeTitle(
        metric.words(baseYear: scenario.baseYear).title, from: from, to: to, relative: relative,
        inPoints: metric.isShare, area: area),
      bars: bars,
      notes: MetricPoint.notes(points.flatMap { [$0.then, $0.now] }, dated: false)
        + (isOffScale(bars) ? [W.regionOffScale] : []),
      data: Report(rows: points, columns: ChangePoint.columns))
  }

  typealias W = Words.Pictures
}
