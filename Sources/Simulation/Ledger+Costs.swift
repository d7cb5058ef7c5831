/// Who pays for a measure.
public enum Payer: Sendable, Hashable {
  /// A municipality, by its kanji name.
  case municipality(String)
  /// The prefecture's regional office (会津地方振興局).
  case regionalOffice
}

/// What one payer pays for one measure in one year, in yen.
public struct MeasureCost: Sendable, Equatable {
  public var measureID: String
  public var payer: Payer
  public var year: Int
  /// The payer's part of the initial cost (only in the start year).
  public var initial: Double
  /// The payer's part of the yearly cost.
  public var yearly: Double

  public init(measureID: String, payer: Payer, year: Int, initial: Double, yearly: Double) {
    self.measureID = measureID
    self.payer = payer
    self.year = year
    self.initial = initial
    self.yearly = yearly
  }

  public var total: Double { initial + yearly }
}

extension Ledger {
  /// Each measure's costs, by payer and year (docs/model.md, "Costs"): the initial
  /// cost in the start year, the yearly cost in every year the measure runs. Each
  /// adopter of an `all` or listed measure pays the whole of both; a shared measure's
  /// costs are paid once and split by the members' populations that year:
  ///
  ///     cost_m(t) = cost(t) · P_m(t) / Σ_{k in group} P_k(t)
  static func costTables(of measures: [Measure], projection: Projection) -> [CostTable] {
    measures.filter { $0.initialCost != nil || $0.yearlyCost != nil }.map {
      CostTable($0, projection: projection)
    }
  }
}

/// What one measure costs each of its payers each year: the parts kept as numbers, one per
/// payer and year, rather than a `MeasureCost` each (a 1,000-municipality region to 2100 had
/// hundreds of thousands of them; docs/performance.md).
struct CostTable: Sendable {
  let measureID: String
  let start: Int
  let initialCost: Double
  let yearlyCost: Double
  let payers: [Payer]
  let years: ClosedRange<Int>
  /// Each payer's part of the year's cost, `payers.count` numbers a year; a year in which
  /// nothing is due has no parts at all (`isDue`).
  private let parts: [Double]
  private let isDue: [Bool]

  init(_ measure: borrowing Measure, projection: borrowing Projection) {
    measureID = measure.id
    start = measure.start
    initialCost = measure.initialCost ?? 0
    yearlyCost = measure.yearlyCost ?? 0
    years = projection.years
    let members = measure.adopters.indices(in: projection.scenario)
    switch measure.adopters {
    case .regionalOffice: payers = [.regionalOffice]
    case .all, .listed, .shared:
      payers = members.map { .municipality(projection.scenario.municipalities[$0].name) }
    }
    let paths = members.map { projection.paths[$0] }
    var parts = [Double](repeating: 0, count: years.count * payers.count)
    var isDue = [Bool](repeating: false, count: years.count)
    for (k, year) in years.enumerated() where measure.isActive(in: year) {
      let row = k * payers.count
      guard measure.adopters.isShared else {
        for p in payers.indices { parts[row + p] = 1 }
        isDue[k] = true
        continue
      }
      let populations = paths.map { $0[year]?.population ?? 0 }
      let total = populations.reduce(0, +)
      guard total > 0 else { continue }
      for (p, population) in populations.enumerated() { parts[row + p] = population / total }
      isDue[k] = true
    }
    self.parts = parts
    self.isDue = isDue
  }

  /// What `payer` pays in `year`, or `nil` when nothing is due from it.
  func cost(paidBy payer: Payer, in year: Int) -> MeasureCost? {
    guard let p = payers.firstIndex(of: payer) else { return nil }
    return cost(payer: p, yearIndex: year - years.lowerBound)
  }

  private func cost(payer p: Int, yearIndex k: Int) -> MeasureCost? {
    guard k >= 0, k < years.count, isDue[k] else { return nil }
    let year = years.lowerBound + k
    let part = parts[k * payers.count + p]
    return MeasureCost(
      measureID: measureID, payer: payers[p], year: year,
      initial: (year == start ? initialCost : 0) * part, yearly: yearlyCost * part)
  }

  /// Every cost due, year by year, payer by payer.
  var costs: [MeasureCost] {
    (0..<years.count).flatMap { k in payers.indices.compactMap { cost(payer: $0, yearIndex: k) } }
  }
}
