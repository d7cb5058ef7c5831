import Bilingual
import Rendering
import ScenarioFile
import Simulation
import Words

extension Command {
  static let montecarlo = Command(
    name: "montecarlo",
    usage: "montecarlo N [OUTPUT…] [--seed S]",
    summary: Words.Help.montecarloSummary,
    details: Words.Help.montecarloDetails(maximum: MonteCarloRequest.maximumRuns),
    examples: [
      "montecarlo 1000", "montecarlo 10000 --seed 7",
      "montecarlo 1000 shortfall 会津若松市 facetime_per_elderly 金山町 2040",
    ],
    columns: MonteCarloReport.columns.map(\.column),
    complete: { context in
      context.previous.count < 2 && !context.current.hasPrefix("-")
        ? [] : explorationCandidates(context, pathPosition: nil, options: ["--seed"])
    },
    run: { invocation, session throws(CommandError) in
      var invocation = invocation
      let seedText = try invocation.option("--seed")
      try invocation.rejectUnknownOptions(known: ["--seed"] + Interpreter.outputOptions)
      let request = try MonteCarloRequest(
        Array(invocation.arguments.prefix(1)), seed: seedText, scenario: session.scenario)
      let outputs = try session.chosenOutputs(
        Array(invocation.arguments.dropFirst()), command: "montecarlo")
      let language = invocation.settings.language
      let progress = session.progress
      let report: @Sendable (Int, Bool) -> Void = { done, isLast in
        progress(
          Progress(
            done: done, total: request.runs,
            text: Words.Exploration.montecarloProgress(done, of: request.runs),
            language: language, isLast: isLast))
      }
      guard outputs.isEmpty else {
        let spreads = try request.sample(
          outputs.map(\.output), workers: ParallelRuns.machineWorkers,
          isCancelled: session.isCancelled, progress: report)
        return .report(
          MonteCarloOutputsReport(request: request, outputs: outputs, spreads: spreads).report)
      }
      let summary = try request.sample(
        workers: ParallelRuns.machineWorkers, isCancelled: session.isCancelled, progress: report)
      return .report(MonteCarloReport(request: request, summary: summary).report)
    })
}

/// What `montecarlo` was asked: how many runs, the seed, and the draws from the scenario's
/// ranges.
struct MonteCarloRequest {
  /// The most runs: each keeps 42 numbers for the 13 municipalities and the region, so
  /// 100,000 runs keep 34 MB; the sampling error of the 5th and 95th percentiles' ranks is
  /// then under 0.1 percentage point, far below the ranges' own uncertainty.
  static let maximumRuns = 100_000
  /// The seed when none is given, so that a run can be repeated.
  static let defaultSeed: UInt64 = 1

  var runs: Int
  var seed: UInt64
  var sample: MonteCarlo
  var ranges: [AssumptionRange]

  init(_ arguments: [String], seed seedText: String?, scenario: Scenario) throws(CommandError) {
    let E = Words.Exploration.self
    guard let text = arguments.first else {
      throw CommandError(E.needsRuns, suggestion: E.runsExample)
    }
    guard arguments.count == 1 else {
      throw CommandError(
        E.extraArguments("montecarlo", arguments.dropFirst().joined(separator: " ")))
    }
    guard let runs = Int(text) else {
      throw CommandError(E.runsNotWhole(text), suggestion: E.runsExample)
    }
    guard runs >= 1 else { throw CommandError(E.runsNotPositive(text)) }
    guard runs <= Self.maximumRuns else {
      throw CommandError(E.tooManyRuns(text, maximum: Self.maximumRuns))
    }
    var seed = Self.defaultSeed
    if let seedText {
      guard let parsed = UInt64(seedText) else {
        throw CommandError(E.badSeed(seedText), suggestion: E.seedHint)
      }
      seed = parsed
    }
    let ranges = scenario.ranges
    guard !ranges.isEmpty else {
      throw CommandError(E.noRanges(scenario.name), suggestion: E.rangeHint)
    }
    var draws: [MonteCarlo.Draw] = []
    for range in ranges {
      // The decoder resolved each range's path to a parameter; it resolves again here.
      guard case .success(let parameter) = ScenarioFile.parameter(range.path, in: scenario) else {
        continue
      }
      draws.append(MonteCarlo.Draw(parameter, low: range.low, high: range.high))
    }
    self.runs = runs
    self.seed = seed
    self.ranges = ranges
    sample = MonteCarlo(scenario, draws: draws, seed: seed, year: scenario.horizon)
  }

  /// Runs the sample on `workers` threads and summarises it; an error when `isCancelled`
  /// stops it first: the runs done then depend on timing, so percentiles of them could not
  /// be repeated, and none are given.
  func sample(
    workers: Int, isCancelled: @Sendable () -> Bool,
    progress: @Sendable (_ done: Int, _ isLast: Bool) -> Void
  ) throws(CommandError) -> MonteCarlo.Summary {
    let sample = self.sample
    let runs = self.runs
    let results = RunResults(outputs: sample.outputCount, runs: runs)
    let ending = ParallelRuns.run(
      count: runs, workers: workers, isCancelled: isCancelled,
      progress: { progress($0, false) }
    ) { index in
      sample.run(index) { results.record($0, run: index, $1) }
    }
    progress(ending.done, true)
    guard !ending.wasCancelled else {
      throw CommandError(
        Words.Exploration.montecarloStopped(ending.done, of: runs),
        suggestion: Words.Exploration.fewerRuns)
    }
    return results.withValues { sample.summary(&$0, runs: runs) }
  }
}

extension MonteCarloRequest {
  /// Runs the sample for `outputs` (`montecarlo N OUTPUT…`): each output's spread and its
  /// runs above 0; an error when stopped, as `sample(workers:isCancelled:progress:)`.
  func sample(
    _ outputs: [ModelOutput], workers: Int, isCancelled: @Sendable () -> Bool,
    progress: @Sendable (_ done: Int, _ isLast: Bool) -> Void
  ) throws(CommandError) -> [(spread: MonteCarlo.Spread, above0: Int)] {
    let sample = self.sample
    let runs = self.runs
    let results = RunResults(outputs: outputs.count, runs: runs)
    let ending = ParallelRuns.run(
      count: runs, workers: workers, isCancelled: isCancelled,
      progress: { progress($0, false) }
    ) { index in
      sample.run(index, outputs: outputs) { results.record($0, run: index, $1) }
    }
    progress(ending.done, true)
    guard !ending.wasCancelled else {
      throw CommandError(
        Words.Exploration.montecarloStopped(ending.done, of: runs),
        suggestion: Words.Exploration.fewerRuns)
    }
    return results.withValues {
      MonteCarlo.spreads(&$0, columns: outputs.count, runs: runs)
    }
  }
}

/// What `montecarlo N OUTPUT…` shows: a row per output with its 5th, 50th and 95th
/// percentiles and the share of runs in which it is above 0 (for a shortfall: short).
struct MonteCarloOutputsReport {
  let request: MonteCarloRequest
  let outputs: [ChosenOutput]
  let spreads: [(spread: MonteCarlo.Spread, above0: Int)]

  struct Row {
    var output: ChosenOutput
    var spread: MonteCarlo.Spread
    var above0: Int
    var runs: Int
    var seed: UInt64
  }

  static let columns: [ReportColumn<Row>] = {
    let E = Words.Exploration.self
    func percentile(_ name: String, _ value: KeyPath<MonteCarlo.Spread, Double> & Sendable)
      -> ReportColumn<Row>
    {
      .init(LocalizedText(name.uppercased()), field: name, isEssential: true) {
        $0.output.output.metric.cell($0.spread[keyPath: value])
      }
    }
    return [
      .init(E.output, field: "output", alignment: .left, isKey: true) { .words($0.output.label) },
      .init(E.field, field: "field", alignment: .left, audience: .programs) {
        .text($0.output.field)
      },
      percentile("p5", \.p5), percentile("p50", \.p50), percentile("p95", \.p95),
      .init(E.aboveZero, field: "above_0_share") {
        .percent(Double($0.above0) / Double(max($0.runs, 1)), decimals: 1)
      },
      .init(E.runs, field: "runs", audience: .programs) { .integer($0.runs) },
      .init(E.seed, field: "seed", audience: .programs) { .text(String($0.seed)) },
    ]
  }()

  var report: Report {
    let E = Words.Exploration.self
    let scenario = request.sample.scenario
    let rows = zip(outputs, spreads).map {
      Row(
        output: $0, spread: $1.spread, above0: $1.above0, runs: request.runs, seed: request.seed)
    }
    var notes = [E.aboveZeroNote]
    notes.append(E.rangesDrawn)
    notes += request.ranges.map { range in
      E.rangeLine(
        range.path, low: NumberFormat.plain(range.low), high: NumberFormat.plain(range.high),
        source: range.source)
    }
    notes.append(E.montecarloMethod)
    return Report(
      title: E.montecarloOutputsTitle(
        runs: request.runs, seed: String(request.seed), scenario: scenario.name),
      rows: rows, columns: Self.columns, notes: notes)
  }
}

/// What `montecarlo` shows: per municipality and the region, the 5th, 50th and 95th
/// percentiles of the shortfall, staff supply and face-to-face hours per resident aged 65+
/// in the horizon year, and the share of runs short; the ranges drawn and the method below.
struct MonteCarloReport {
  let request: MonteCarloRequest
  let summary: MonteCarlo.Summary

  /// One area's row: where, and its spreads.
  struct Row {
    var place: ReportPlace
    var year: Int
    var area: MonteCarlo.AreaSummary
    var seed: UInt64
  }

  static let columns: [ReportColumn<Row>] = {
    let E = Words.Exploration.self
    func spread(
      _ metric: Metric, _ header: (String) -> LocalizedText, essential: Bool,
      _ value: @escaping @Sendable (MonteCarlo.AreaSummary) -> MonteCarlo.Spread
    ) -> [ReportColumn<Row>] {
      [("p5", \MonteCarlo.Spread.p5), ("p50", \.p50), ("p95", \.p95)].map { name, percentile in
        .init(
          header(name.uppercased()), field: "\(metric.rawValue)_\(name)", isEssential: essential
        ) {
          metric.cell(value($0.area)[keyPath: percentile])
        }
      }
    }
    return ReportColumn<Row>.municipality(name: \.place.name, romaji: \.place.romaji)
      + [.init(Words.Projection.year, field: "year", audience: .programs) { .year($0.year) }]
      + spread(.shortfall, E.shortfallPercentile, essential: true) { $0.shortfall }
      + [
        .init(E.shortShare, field: "short_share", isEssential: true) {
          .percent($0.area.shortShare, decimals: 1)
        }
      ]
      + spread(.staff_supply, E.supplyPercentile, essential: false) { $0.staffSupply }
      + spread(.facetime_per_elderly, E.facetimePercentile, essential: false) {
        $0.facetimePerElderly
      }
      + [
        .init(E.runs, field: "runs", audience: .programs) { .integer($0.area.runs) },
        .init(E.seed, field: "seed", audience: .programs) { .text(String($0.seed)) },
      ]
  }()

  var rows: [Row] {
    let scenario = request.sample.scenario
    return summary.areas.map { area in
      Row(
        place: area.municipality.flatMap(scenario.municipality(named:)).map(
          ReportPlace.municipality)
          ?? ReportPlace.region(of: scenario),
        year: summary.year, area: area, seed: summary.seed)
    }
  }

  var report: Report {
    let E = Words.Exploration.self
    let scenario = request.sample.scenario
    var notes: [LocalizedText] = []
    if let region = summary.region {
      notes.append(
        E.regionShort(
          scenario.region, year: summary.year,
          share: NumberFormat.percent(region.shortShare, decimals: 1),
          short: region.shortRuns, runs: summary.runs))
    }
    notes.append(E.rangesDrawn)
    notes += request.ranges.map { range in
      E.rangeLine(
        range.path, low: NumberFormat.plain(range.low), high: NumberFormat.plain(range.high),
        source: range.source)
    }
    notes.append(E.montecarloMethod)
    return Report(
      title: E.montecarloTitle(
        runs: summary.runs, seed: String(summary.seed), year: Year.label(summary.year),
        scenario: scenario.name),
      rows: rows, columns: Self.columns, rules: [rows.count - 1], notes: notes)
  }
}
