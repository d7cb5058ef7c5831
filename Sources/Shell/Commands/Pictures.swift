import Bilingual
import Rendering
import Simulation
import Words

/// What `chart` and `bars` share: reading the metric and the size options, completing their
/// arguments, and a metric's value at a place and year with its marks.
extension Command {
  /// The options of `chart`; `bars` takes `--width` and, after `change`, `--relative`.
  static let chartOptions = ["--from", "--to", "--wareki", "--width", "--height"]

  /// Candidates for `chart` and `bars`: a metric (in English or Japanese) first, then years
  /// after `--from` and `--to`, municipalities and the options.
  static func pictureCompletions(
    _ context: CompletionContext, metricAt position: Int, options: [String]
  ) -> [String] {
    let current = context.current
    if context.previous.count == position {
      return Metric.names.filter { $0.hasPrefix(current) }
    }
    if let last = context.previous.last, ["--from", "--to"].contains(last) {
      return ["2020", "2025", "2030", "2035", "2040", "2050"].filter { $0.hasPrefix(current) }
    }
    if current.hasPrefix("-") { return options.filter { $0.hasPrefix(current) } }
    return context.session.municipalityCandidates(current)
  }
}

extension Session {
  /// The metric `name` names, in English or Japanese, or an error with a did-you-mean.
  func metric(_ name: String?, command: String) throws(CommandError) -> Metric {
    let metrics = Words.Chart.oneOf(Metric.allCases.map(\.name))
    guard let name else {
      throw CommandError(Words.Pictures.needsMetric(command), suggestion: metrics)
    }
    guard let metric = Metric(named: name) else {
      throw CommandError(
        Words.Chart.unknownMetric(name),
        suggestion: Suggestion.guess(name, among: Metric.names) ?? metrics)
    }
    return metric
  }
}

extension Invocation {
  /// Removes `--NAME N` and reads N, a whole number in `range`; `nil` when absent.
  mutating func wholeNumber(_ name: String, in range: ClosedRange<Int>) throws(CommandError)
    -> Int?
  {
    guard let text = try option(name) else { return nil }
    guard let n = Int(text), range.contains(n) else {
      throw CommandError(
        Words.Pictures.badWholeNumber(name, text, from: range.lowerBound, to: range.upperBound))
    }
    return n
  }

  /// `--width N`, the width of a chart in text output, overriding the screen's.
  mutating func chartWidth() throws(CommandError) -> Int? {
    try wholeNumber("--width", in: 30...1000)
  }
}

extension Metric {
  /// Decimal places of a change in this metric, as `cell(_:)` shows the metric itself.
  var decimals: Int {
    switch self {
    case .population, .elderly, .facetime: 0
    case .facetime_index: 3
    case .elderly_share, .staff_supply, .staff_demand, .shortfall, .staff_per_1000,
      .facetime_per_elderly:
      1
    }
  }

  /// How the charts show it: a share as percentages, anything else as numbers.
  var style: ValueStyle { isShare ? .percent : .number }
}

/// One value a chart draws: a metric's at a place (a municipality or the region) in a year,
/// with its marks; and, for programs, the values as a table whose columns are declared once.
struct MetricPoint: Sendable {
  var place: ReportPlace
  var year: Int
  var metric: Metric
  var value: Double
  /// Whether the value rests on an assumption: the national 65+ rise, or (supply, shortfall,
  /// staff per 1,000) a recruitment pool that rests on one.
  var isAssumption: Bool
  /// Whether the value is the 65+ projection itself (IPSS 2023's bands), as `project` marks it.
  var isProjectionData: Bool
  /// The municipality, or `nil` for the region (the sum of the municipalities).
  var municipality: Municipality?
  /// A note from the data on a population anchor the value leans on (`^`: 磐梯町's 2040).
  var populationNote: LocalizedText?

  var isRegion: Bool { municipality == nil }

  /// `*` an assumption, `~` projection data, as `project` marks them; then `^` for a note
  /// on the population.
  var mark: String {
    (isAssumption ? "*" : isProjectionData ? "~" : "") + (populationNote == nil ? "" : "^")
  }

  /// The value for `municipality` (the region when `nil`) in `year`; `nil` for a year the
  /// ledger does not hold.
  init?(
    _ metric: Metric, _ municipality: Municipality?, in year: Int, of scenario: Scenario,
    ledger: Ledger
  ) {
    let figures: Figures
    let entry: LedgerEntry
    if let municipality {
      guard let f = ledger.projection.state(of: municipality.name, in: year),
        let e = ledger.entry(of: municipality.name, in: year)
      else { return nil }
      (figures, entry) = (f, e)
      place = ReportPlace.municipality(municipality)
    } else {
      guard ledger.years.contains(year) else { return nil }
      (figures, entry) = (ledger.projection.region(in: year), ledger.region(in: year))
      place = ReportPlace.region(of: scenario)
    }
    self.municipality = municipality
    // Every metric leans on the population, but for the 65+ share, which IPSS's change moves.
    populationNote =
      metric == .elderly_share
      ? nil : municipality.flatMap { scenario.populationNote($0, year: year) }
    self.year = year
    self.metric = metric
    value = metric.value(figures, entry)
    isAssumption =
      metric.usesElderly && figures.elderlyBasis.isAssumption
      || metric.usesSupply && figures.isSupplyAssumed
    isProjectionData =
      [.elderly, .elderly_share].contains(metric) && figures.elderlyBasis.isProjectionData
  }

  static let columns: [ReportColumn<MetricPoint>] = [
    .init(Words.Chart.label, field: "label", alignment: .left, isKey: true) {
      .words($0.place.shown)
    },
    .init(Words.Projection.year, field: "year") { .year($0.year) },
    .init(Words.Chart.metric, field: "metric", alignment: .left) { .text($0.metric.rawValue) },
    .init(Words.Chart.value, field: "value") { $0.metric.cell($0.value) },
  ]

  /// The notes the marks of `points` call for: `~`, then `*` (from the first year marked
  /// when `dated`), then each population anchor with a note (`^`) behind a value.
  static func notes(_ points: [MetricPoint], dated: Bool) -> [LocalizedText] {
    var notes: [LocalizedText] = []
    if points.contains(where: \.isProjectionData) { notes.append(Words.Chart.projected) }
    if let first = points.filter(\.isAssumption).map(\.year).min() {
      notes.append(dated ? Words.Pictures.assumedFrom(first) : Words.Chart.assumed)
    }
    for note in points.compactMap(\.populationNote) where !notes.contains(note) {
      notes.append(note)
    }
    return notes
  }
}

extension LineChart.Tick {
  /// Labelled years from `from` to `to`: every year over a short span, else every 2, 5, 10
  /// or 20 years on round numbers, in 西暦 or, with `wareki`, as `R22`.
  static func years(from: Int, to: Int, wareki: Bool) -> [LineChart.Tick] {
    let span = to - from
    let step = span <= 8 ? 1 : span <= 16 ? 2 : span <= 40 ? 5 : span <= 80 ? 10 : 20
    let first = (from + step - 1) / step * step
    return stride(from: first, through: to, by: step).map { year in
      LineChart.Tick(
        x: Double(year), label: wareki ? Year.reiwa(year) ?? String(year) : String(year))
    }
  }
}
