/// Uncertainty: the scenario projected many times, each time with its ranged assumptions
/// drawn anew, and the spread of the key outputs (docs/model.md, "Uncertainty").
///
/// Each run draws every ranged parameter independently and uniformly within its range,
/// from its own random stream (seed, run index), projects, and keeps only the key outputs
/// in the year asked: shortfall, staff supply and face-to-face hours per resident aged
/// 65+, for each municipality and the region. Runs are independent, so they may be done
/// in any order and on any number of threads; `summary(_:runs:)` then gives the same
/// percentiles however they were done.
///
/// ```swift
/// let sample = MonteCarlo(scenario, draws: draws, seed: 1, year: 2040)
/// var kept = [Double](repeating: 0, count: sample.outputCount * n)
/// for run in 0..<n { sample.run(run) { kept[$0 * n + run] = $1 } }
/// let summary = sample.summary(&kept, runs: n)
/// summary.region.shortShare      // the share of runs in which the region runs short
/// ```
public struct MonteCarlo: Sendable {
  /// A ranged parameter and where it is drawn from.
  public struct Draw: Sendable {
    public var parameter: Parameter
    public var low: Double
    public var high: Double

    public init(_ parameter: Parameter, low: Double, high: Double) {
      self.parameter = parameter
      self.low = low
      self.high = high
    }
  }

  /// The outputs each run keeps, per area.
  public static let metrics: [Metric] = [.shortfall, .staff_supply, .facetime_per_elderly]

  public let scenario: Scenario
  public let draws: [Draw]
  public let seed: UInt64
  /// The year the outputs are read in (the horizon by default).
  public let year: Int

  /// The scenario projected as it is: each run takes its residents from it when the draws
  /// leave them alone (`Projection.init(_:through:reusing:)`).
  let base: Projection

  public init(_ scenario: Scenario, draws: [Draw], seed: UInt64, year: Int) {
    self.scenario = scenario
    self.draws = draws
    self.seed = seed
    self.year = year
    self.base = Projection(scenario, through: year)
  }

  /// The areas, in order: the municipalities, then the region (`nil`).
  public var areas: [String?] { scenario.municipalities.map(\.name) + [nil] }

  /// How many numbers each run keeps: a metric per area.
  public var outputCount: Int { (scenario.municipalities.count + 1) * Self.metrics.count }

  /// The slot of an output: area-major, the metrics in the order of `metrics`.
  public func slot(area: Int, metric: Int) -> Int { area * Self.metrics.count + metric }

  /// The values drawn in run `index`, in the order of `draws`.
  public func drawnValues(ofRun index: Int) -> [Double] {
    var stream = RandomStream(seed: seed, run: UInt64(index))
    return draws.map { $0.low + ($0.high - $0.low) * stream.nextUnit() }
  }

  /// Projects run `index` and hands each kept output to `record` as (slot, value).
  public func run(_ index: Int, record: (Int, Double) -> Void) {
    var stream = RandomStream(seed: seed, run: UInt64(index))
    var drawn = scenario
    for draw in draws {
      draw.parameter.apply(draw.low + (draw.high - draw.low) * stream.nextUnit(), to: &drawn)
    }
    let ledger = Ledger(
      Projection(drawn, through: year, reusing: base), withCosts: false, years: year...year)
    // The figures and face-to-face hours each output needs, read without putting ledger
    // entries together; the region's F is the municipalities' summed, as `Ledger.region` sums.
    var regionFacetime = 0.0
    for (area, path) in ledger.paths.enumerated() {
      guard let facetime = path.facetimeHours(in: year),
        let figures = ledger.projection.paths[area][year]
      else { continue }
      regionFacetime += facetime
      for (m, metric) in Self.metrics.enumerated() {
        record(
          slot(area: area, metric: m),
          metric.value(figures, facetime: facetime, baseLevel: path.baseLevel))
      }
    }
    let region = ledger.paths.count
    let figures = ledger.projection.region(in: year)
    let baseLevel = ledger.regionBaseLevel
    for (m, metric) in Self.metrics.enumerated() {
      record(
        slot(area: region, metric: m),
        metric.value(figures, facetime: regionFacetime, baseLevel: baseLevel))
    }
  }

  /// Projects run `index` and hands the value of each of `outputs` to `record` as (its
  /// index, value): for `montecarlo N OUTPUT…`.
  public func run(_ index: Int, outputs: [ModelOutput], record: (Int, Double) -> Void) {
    var stream = RandomStream(seed: seed, run: UInt64(index))
    var drawn = scenario
    for draw in draws {
      draw.parameter.apply(draw.low + (draw.high - draw.low) * stream.nextUnit(), to: &drawn)
    }
    for (k, value) in drawn.values(of: outputs, reusing: base).enumerated() { record(k, value) }
  }

  /// The spread of each of `columns` columns of `runs` values (column k's run i at
  /// `k * runs + i`), reordered in place, and how many of its values are above 0.
  public static func spreads<Kept: MutableCollection & RandomAccessCollection>(
    _ kept: inout Kept, columns: Int, runs: Int
  ) -> [(spread: Spread, above0: Int)] where Kept.Element == Double, Kept.Index == Int {
    (0..<columns).map { k in
      let column = (k * runs)..<(k * runs + runs)
      let above = sortColumn(&kept, column)
      return (Spread(sorted: kept[column]), above)
    }
  }

  /// Orders `column` of `kept` in place so that the values `Spread(sorted:)` reads (the
  /// 5th, 50th and 95th percentiles' ranks) are where a sort would put them, and says how
  /// many of its values are above 0. On contiguous Doubles this is a selection, three
  /// partitions instead of a sort (a generic sort called from the shell was 30% of
  /// `montecarlo 10000`, a sort of Doubles still 8%; docs/performance.md); otherwise a sort.
  private static func sortColumn<Kept: MutableCollection & RandomAccessCollection>(
    _ kept: inout Kept, _ column: Range<Int>
  ) -> Int where Kept.Element == Double, Kept.Index == Int {
    let start = kept.startIndex
    let counted = kept.withContiguousMutableStorageIfAvailable { storage -> Int in
      let values = UnsafeMutableBufferPointer(
        rebasing: storage[(column.lowerBound - start)..<(column.upperBound - start)])
      let n = values.count
      guard n > 0 else { return 0 }
      let rank = { (p: Int) in min(max(1, (p * n + 99) / 100), n) - 1 }
      let (p5, p50, p95) = (rank(5), rank(50), rank(95))
      select(p50, in: values, 0..<n)
      select(p5, in: values, 0..<p50)
      select(p95, in: values, (p50 + 1)..<n)
      return values.count { $0 > 0 }
    }
    if let counted { return counted }
    let above = kept[column].count { $0 > 0 }
    kept[column].sort()
    return above
  }

  /// Puts the value of rank `k` (from 0) among `values[range]` at `k`, those before it no
  /// larger and those after it no smaller (Hoare's selection, pivot the median of three).
  /// Does nothing when `k` is outside `range`.
  static func select(_ k: Int, in values: UnsafeMutableBufferPointer<Double>, _ range: Range<Int>) {
    guard range.contains(k) else { return }
    var low = range.lowerBound
    var high = range.upperBound - 1
    while low < high {
      let (a, b, c) = (values[low], values[low + (high - low) / 2], values[high])
      let pivot = max(min(a, b), min(max(a, b), c))
      var i = low
      var j = high
      while i <= j {
        while i <= high, values[i] < pivot { i += 1 }
        while j >= low, values[j] > pivot { j -= 1 }
        if i <= j {
          values.swapAt(i, j)
          i += 1
          j -= 1
        }
      }
      if k <= j {
        high = j
      } else if k >= i {
        low = i
      } else {
        return
      }
    }
  }

  /// The percentiles of each kept output over `runs` runs, from `kept`: `outputCount`
  /// columns of `runs` values each (slot k's run i at `k * runs + i`), reordered in place.
  public func summary<Kept: MutableCollection & RandomAccessCollection>(
    _ kept: inout Kept, runs: Int
  ) -> Summary where Kept.Element == Double, Kept.Index == Int {
    var rows: [AreaSummary] = []
    for (area, name) in areas.enumerated() {
      var spreads: [Spread] = []
      var short = 0
      for m in Self.metrics.indices {
        let start = slot(area: area, metric: m) * runs
        let column = start..<(start + runs)
        let above = Self.sortColumn(&kept, column)
        if Self.metrics[m] == .shortfall { short = above }
        spreads.append(Spread(sorted: kept[column]))
      }
      rows.append(
        AreaSummary(
          municipality: name, shortfall: spreads[0], staffSupply: spreads[1],
          facetimePerElderly: spreads[2], shortRuns: short, runs: runs))
    }
    return Summary(runs: runs, seed: seed, year: year, areas: rows)
  }

  /// What a sample says: each area's spreads, the region last.
  public struct Summary: Sendable, Equatable {
    public var runs: Int
    public var seed: UInt64
    public var year: Int
    /// The municipalities in the scenario's order, then the region.
    public var areas: [AreaSummary]

    public var region: AreaSummary? { areas.last }
  }

  /// One area's spreads.
  public struct AreaSummary: Sendable, Equatable {
    /// The kanji name, or `nil` for the region.
    public var municipality: String?
    public var shortfall: Spread
    public var staffSupply: Spread
    public var facetimePerElderly: Spread
    /// Runs in which the area's shortfall is above 0 (it runs short).
    public var shortRuns: Int
    public var runs: Int

    /// The share of runs in which the area runs short.
    public var shortShare: Double { runs > 0 ? Double(shortRuns) / Double(runs) : 0 }
  }

  /// The 5th, 50th and 95th percentiles of a sample, by nearest rank.
  public struct Spread: Sendable, Equatable {
    public var p5: Double
    public var p50: Double
    public var p95: Double

    public init(p5: Double, p50: Double, p95: Double) {
      self.p5 = p5
      self.p50 = p50
      self.p95 = p95
    }

    /// From values sorted in ascending order.
    public init<Values: RandomAccessCollection>(sorted values: Values)
    where Values.Element == Double, Values.Index == Int {
      p5 = Self.percentile(5, ofSorted: values)
      p50 = Self.percentile(50, ofSorted: values)
      p95 = Self.percentile(95, ofSorted: values)
    }

    /// The nearest-rank percentile: the value at rank ⌈p/100 · n⌉ (at least 1) of the n
    /// values sorted in ascending order; `nan` for no values. The rank is worked out in
    /// whole numbers, so it does not depend on rounding.
    public static func percentile<Values: RandomAccessCollection>(
      _ p: Int, ofSorted values: Values
    ) -> Double where Values.Element == Double, Values.Index == Int {
      let n = values.count
      guard n > 0 else { return .nan }
      let rank = max(1, (p * n + 99) / 100)
      return values[values.startIndex + min(rank, n) - 1]
    }
  }
}
