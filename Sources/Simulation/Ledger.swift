/// The staff-hours ledger: where each municipality's working hours go, year by year.
///
/// Staff supply gives the hours available; staff demand, less the share spent face
/// to face in the base year, gives the routine work; efficiency measures free some
/// of that routine work; what is left of the available hours is face-to-face
/// service. The ledger shows whether the guideline's promise (指針1), that freed
/// time goes back to residents, keeps face-to-face hours per resident aged 65+ at
/// the base year's level. Every equation is in docs/model.md, "Hours ledger" and
/// "Face-to-face hours".
///
/// ```swift
/// let ledger = Ledger(Projection(scenario, through: 2040))
/// let showa = ledger.entry(of: "昭和村", in: 2030)
/// showa?.facetimeIndex        // face-to-face hours per 65+ against 2020
/// ledger.path(of: "昭和村")?.firstYearBelowBase
/// ledger.officeEntry(in: 2025)?.freedHours   // 3,485 minutes: the seed's grassroots DX
/// ```
public struct Ledger: Sendable {
  public let projection: Projection
  /// f0, the share of staff time spent face to face in the base year.
  public let facetimeShare2020: Double
  public let categories: [FacetimeCategory]
  public let paths: [LedgerPath]
  /// The regional office's freed hours, year by year; they enter no municipality's ledger.
  public let office: [OfficeYear]
  /// What each measure costs each payer each year, for measures whose costs are stated:
  /// one table per measure, read by `cost(of:paidBy:in:)` and listed by `costs`.
  let costTables: [CostTable]

  /// The ledger of every municipality of `projection`'s scenario over its years.
  ///
  /// - Parameters:
  ///   - withCosts: whether to work out `costs`; the what-if tools, which read only
  ///     hours and staff thousands of times (`montecarlo`, `sensitivity`, `solve`), leave
  ///     them out, a tenth of each run's time (docs/performance.md).
  ///   - years: the years to keep the ledger of, within the projection's (all of them by
  ///     default): a Monte Carlo run reads one year, and each year's ledger depends only
  ///     on its own figures and the base year's.
  public init(
    _ projection: Projection, withCosts: Bool = true, years: ClosedRange<Int>? = nil
  ) {
    let scenario = projection.scenario
    let f0 = scenario.model.facetimeShare2020
    let years = years?.clamped(to: projection.years) ?? projection.years
    self.projection = projection
    self.years = years
    self.facetimeShare2020 = f0
    self.categories = scenario.facetimeCategories
    let measures = MeasureTable(scenario.measures, years: years)
    var adopted = [[Int]](repeating: [], count: projection.paths.count)
    for (m, measure) in scenario.measures.enumerated() {
      for i in measure.adopters.indices(in: scenario) { adopted[i].append(m) }
    }
    // Most municipalities adopt the same measures: one table for each set.
    var tables: [[Int]: MeasureTable] = [:]
    self.paths = zip(projection.paths, adopted).map { path, adopted in
      let table = tables[adopted] ?? measures.subset(adopted)
      tables[adopted] = table
      return LedgerPath(
        path, years: years, measures: table, f0: f0, categories: scenario.facetimeCategories)
    }
    let atOffice = scenario.measures.filter { $0.adopters == .regionalOffice }
    self.office = years.map { year in
      OfficeYear(
        year: year,
        freedByMeasure: atOffice.map {
          // Only fixed hours mean anything at the office: it has no residents or
          // routine-work figure of its own (docs/model.md, "Measures").
          AttributedHours(
            id: $0.id,
            hours: $0.adoption(in: year)
              * $0.savings.hours(population: 0, elderly: 0, routineHours: 0))
        })
    }
    self.costTables =
      withCosts ? Self.costTables(of: scenario.measures, projection: projection) : []
  }

  /// The years the ledger covers: the projection's, unless fewer were asked for.
  public let years: ClosedRange<Int>

  public func path(of name: String) -> LedgerPath? {
    // The ledger's paths are the projection's, in the same order.
    projection.index(of: name).map { paths[$0] }
  }

  public func entry(of name: String, in year: Int) -> LedgerEntry? {
    path(of: name)?[year]
  }

  public func officeEntry(in year: Int) -> OfficeYear? {
    office.first { $0.year == year }
  }

  /// The region's ledger in `year`: hours summed over the municipalities; the level
  /// per resident aged 65+ is the region's sums divided, and the extra freed hours
  /// are the municipalities' summed (each kept at its own base level).
  public func region(in year: Int) -> LedgerEntry {
    LedgerEntry.total(
      paths.compactMap { $0[year] }, year: year, baseLevel: regionBaseLevel, categories: categories)
  }

  /// The first year the region's face-to-face hours per resident aged 65+ fall below
  /// its base level, if any does.
  public var regionFirstYearBelowBase: Int? {
    years.first { region(in: $0).isBelowBase }
  }

  /// The region's base level: Σ f0 · S(b) · H over Σ E(b).
  public var regionBaseLevel: Double {
    let elderly = paths.reduce(0) { $0 + $1.baseElderly }
    let hours = paths.reduce(0) { $0 + $1.baseLevel * $1.baseElderly }
    return elderly > 0 ? hours / elderly : 0
  }

  /// Hours `measureID` frees in `year`, over its municipalities and the regional office.
  public func freedHours(by measureID: String, in year: Int) -> Double {
    let inMunicipalities = paths.reduce(0) { $0 + $1.freedHours(by: measureID, in: year) }
    let atOffice =
      officeEntry(in: year)?.freedByMeasure.first { $0.id == measureID }?.hours ?? 0
    return inMunicipalities + atOffice
  }

  /// Yen `payer` pays for `measureID` in `year` (0 when nothing is due or stated).
  public func cost(of measureID: String, paidBy payer: Payer, in year: Int) -> Double {
    costTables.first { $0.measureID == measureID }?.cost(paidBy: payer, in: year)?.total ?? 0
  }

  /// Every cost, measure by measure, year by year, payer by payer in the scenario's order.
  public var costs: [MeasureCost] { costTables.flatMap(\.costs) }
}

/// Hours attributed to a measure (hours it frees) or to a face-to-face category
/// (hours spent on it), in one municipality and year.
public struct AttributedHours: Sendable, Equatable {
  /// The measure's or the category's id.
  public var id: String
  public var hours: Double

  public init(id: String, hours: Double) {
    self.id = id
    self.hours = hours
  }
}

/// The regional office's freed hours in one year.
public struct OfficeYear: Sendable, Equatable {
  public var year: Int
  public var freedByMeasure: [AttributedHours]

  public var freedHours: Double { freedByMeasure.reduce(0) { $0 + $1.hours } }
}

/// One municipality's ledger over the projected years.
///
/// The figures of every year are kept in one flat array of numbers, not as a `LedgerEntry`
/// each with its own lists: a Monte Carlo run builds the ledger of every municipality and
/// year and reads one year (docs/performance.md). Entries are put together when read.
public struct LedgerPath: Sendable {
  /// The municipality's projected path, which the ledger follows.
  private let path: MunicipalityPath
  public var municipality: Municipality { path.municipality }
  /// Face-to-face hours per resident aged 65+ in the base year, before any measure:
  /// f0 · S(b) · H / E(b).
  public let baseLevel: Double
  /// E(b), the residents aged 65+ in the base year, whose level `baseLevel` is.
  let baseElderly: Double
  /// The first year of the ledger, and how many years it has.
  let firstYear: Int
  let count: Int
  /// The ids of the measures the municipality adopts, in the scenario's order.
  let measureIDs: [String]
  let categories: [FacetimeCategory]
  /// `Column.stride` numbers a year.
  private let columns: [Double]
  /// The hours each adopted measure frees, after the cap: `measureIDs.count` a year.
  private let freed: [Double]

  /// The numbers kept for each year, in their order within it.
  enum Column: Int, CaseIterable {
    case elderly, available, need, potential, routine, facetime, uncovered
    case fromMeasures, fromSurplus, fromNeed, extraFreedNeeded, canReachBaseLevel

    /// How many numbers a year has (`allCases.count`, which builds an array at each read).
    static let stride = allCases.count
  }

  init(
    _ path: MunicipalityPath, years: ClosedRange<Int>, measures: MeasureTable, f0: Double,
    categories: [FacetimeCategory]
  ) {
    self.path = path
    let base = path.years.first
    let level: Double
    if let base, base.elderly > 0 {
      level = f0 * base.staffSupply * base.hoursPerFTE / base.elderly
    } else {
      level = 0
    }
    baseLevel = level
    baseElderly = base?.elderly ?? 0
    // The path's years within `years`, by their places in it.
    let start = min(path.years.count, max(0, years.lowerBound - (base?.year ?? years.lowerBound)))
    let end = min(path.years.count, years.upperBound - (base?.year ?? years.lowerBound) + 1)
    let kept = path.years[start..<max(start, end)]
    firstYear = kept.first?.year ?? years.lowerBound
    count = kept.count
    measureIDs = measures.ids
    self.categories = categories
    let stride = Column.stride
    let measureCount = measures.ids.count
    var columns = [Double](repeating: 0, count: count * stride)
    var freed = [Double](repeating: 0, count: count * measureCount)
    for (k, figures) in kept.enumerated() {
      let hoursPerFTE = figures.hoursPerFTE
      let need = (1 - f0) * figures.staffDemand * hoursPerFTE
      let yearIndex = figures.year - measures.firstYear
      var raw = 0.0
      for m in 0..<measureCount {
        let hours = measures.hours(
          m, yearIndex: yearIndex, population: figures.population, elderly: figures.elderly,
          routineHours: need)
        freed[k * measureCount + m] = hours
        raw += hours
      }
      // Measures cannot free more than the routine work there is: when they would,
      // each is scaled down in proportion so that their sum is the need.
      let scale = raw > need && raw > 0 ? need / raw : 1
      for m in 0..<measureCount {
        freed[k * measureCount + m] *= scale
      }
      let available = figures.staffSupply * hoursPerFTE
      let routine = max(0, need - raw * scale)
      let facetime = max(0, available - routine)
      let split = LedgerEntry.facetimeSources(
        facetime: facetime, available: available, need: need,
        demand: figures.staffDemand * hoursPerFTE)
      let target = level * figures.elderly
      let row = k * stride
      columns[row + Column.elderly.rawValue] = figures.elderly
      columns[row + Column.available.rawValue] = available
      columns[row + Column.need.rawValue] = need
      columns[row + Column.potential.rawValue] = raw
      columns[row + Column.routine.rawValue] = routine
      columns[row + Column.facetime.rawValue] = facetime
      columns[row + Column.uncovered.rawValue] = max(0, routine - available)
      columns[row + Column.fromMeasures.rawValue] = split.measures
      columns[row + Column.fromSurplus.rawValue] = split.surplus
      columns[row + Column.fromNeed.rawValue] = split.need
      columns[row + Column.extraFreedNeeded.rawValue] = max(0, target - (available - routine))
      columns[row + Column.canReachBaseLevel.rawValue] = target <= available ? 1 : 0
    }
    self.columns = columns
    self.freed = freed
  }

  /// The entry of every year, in order.
  public var years: [LedgerEntry] { (0..<count).map(entry) }

  public subscript(year: Int) -> LedgerEntry? {
    let k = year - firstYear
    guard k >= 0, k < count else { return nil }
    return entry(k)
  }

  /// The number `column` of the `k`-th year.
  func value(_ column: Column, at k: Int) -> Double {
    columns[k * Column.stride + column.rawValue]
  }

  /// F, the face-to-face hours of `year`, if the ledger has that year.
  func facetimeHours(in year: Int) -> Double? {
    let k = year - firstYear
    guard k >= 0, k < count else { return nil }
    return value(.facetime, at: k)
  }

  /// Hours `measureID` frees in `year`; 0 when the municipality does not adopt it.
  func freedHours(by measureID: String, in year: Int) -> Double {
    let k = year - firstYear
    guard k >= 0, k < count, let m = measureIDs.firstIndex(of: measureID) else { return 0 }
    return freed[k * measureIDs.count + m]
  }

  private func entry(_ k: Int) -> LedgerEntry {
    let facetime = value(.facetime, at: k)
    return LedgerEntry(
      year: firstYear + k, elderly: value(.elderly, at: k),
      availableHours: value(.available, at: k), routineNeedHours: value(.need, at: k),
      freedByMeasure: measureIDs.indices.map {
        AttributedHours(id: measureIDs[$0], hours: freed[k * measureIDs.count + $0])
      },
      potentialFreedHours: value(.potential, at: k), routineHours: value(.routine, at: k),
      facetimeHours: facetime, uncoveredHours: value(.uncovered, at: k),
      facetimeFromMeasures: value(.fromMeasures, at: k),
      facetimeFromSurplus: value(.fromSurplus, at: k), facetimeFromNeed: value(.fromNeed, at: k),
      facetimeByCategory: categories.map {
        AttributedHours(id: $0.id, hours: facetime * $0.share)
      },
      baseLevel: baseLevel, extraFreedNeeded: value(.extraFreedNeeded, at: k),
      canReachBaseLevel: value(.canReachBaseLevel, at: k) != 0)
  }

  /// The first year whose face-to-face hours per resident aged 65+ fall below the
  /// base year's level, if any does.
  public var firstYearBelowBase: Int? {
    (0..<count).first {
      LedgerEntry.isBelowBase(
        facetime: value(.facetime, at: $0), elderly: value(.elderly, at: $0),
        baseLevel: baseLevel)
    }.map { firstYear + $0 }
  }
}

/// The measures a ledger applies, with each one's adoption worked out once for every year:
/// every municipality adopting it reads the same adoption (docs/performance.md).
struct MeasureTable {
  let firstYear: Int
  let ids: [String]
  let savings: [Savings]
  /// adoption(t) of each measure, `years` numbers a measure.
  let adoption: [Double]
  let yearCount: Int

  init(_ measures: [Measure], years: ClosedRange<Int>) {
    firstYear = years.lowerBound
    yearCount = years.count
    ids = measures.map(\.id)
    savings = measures.map(\.savings)
    adoption = measures.flatMap { measure in years.map { measure.adoption(in: $0) } }
  }

  private init(
    firstYear: Int, ids: [String], savings: [Savings], adoption: [Double], yearCount: Int
  ) {
    self.firstYear = firstYear
    self.ids = ids
    self.savings = savings
    self.adoption = adoption
    self.yearCount = yearCount
  }

  /// The measures at `indices`, in that order.
  func subset(_ indices: [Int]) -> MeasureTable {
    MeasureTable(
      firstYear: firstYear, ids: indices.map { ids[$0] }, savings: indices.map { savings[$0] },
      adoption: indices.flatMap { m in adoption[(m * yearCount)..<((m + 1) * yearCount)] },
      yearCount: yearCount)
  }

  /// adoption · savings of measure `m` in the year at `yearIndex`, before the cap.
  func hours(
    _ m: Int, yearIndex: Int, population: Double, elderly: Double, routineHours: Double
  ) -> Double {
    adoption[m * yearCount + yearIndex]
      * savings[m].hours(population: population, elderly: elderly, routineHours: routineHours)
  }
}

/// One year of a municipality's (or the region's) hours ledger.
///
/// docs/model.md, "Hours ledger":
///
///     available  A = S · H
///     need       G = (1 − f0) · D · H
///     freed      X = min(Σ adoption · savings, G)
///     routine    R = G − X
///     face to face F = max(0, A − R),   uncovered U = max(0, R − A)
///
/// and where F comes from ("Where face-to-face hours come from"): the face-to-face part of
/// the need, staff above demand, and what the measures bought,
///
///     F = F_need + F_surplus + F_measures
public struct LedgerEntry: Sendable, Equatable {
  public var year: Int
  /// Residents aged 65+.
  public var elderly: Double
  /// A: staff supply × hours per FTE.
  public var availableHours: Double
  /// G: the routine work staff demand calls for, before any measure.
  public var routineNeedHours: Double
  /// Hours each adopted measure frees, after the cap that keeps their sum within G.
  public var freedByMeasure: [AttributedHours]
  /// Σ adoption · savings before the cap.
  public var potentialFreedHours: Double
  /// R: routine work left to do.
  public var routineHours: Double
  /// F: hours left for face-to-face service.
  public var facetimeHours: Double
  /// U: routine work the available hours cannot cover.
  public var uncoveredHours: Double
  /// F_measures = min(X, F): the face-to-face hours the measures bought, F less what F
  /// would be without any measure (docs/model.md, "Where face-to-face hours come from").
  public var facetimeFromMeasures: Double
  /// F_surplus = min(max(0, A − G), max(0, (S − D) · H)): the face-to-face hours that
  /// come from staff supply above staff demand.
  public var facetimeFromSurplus: Double
  /// F_need = max(0, A − G) − F_surplus: the face-to-face hours staff demand calls for
  /// (f0 · D · H), less any shortfall of staff.
  public var facetimeFromNeed: Double
  /// F split into the scenario's categories by their shares.
  public var facetimeByCategory: [AttributedHours]
  /// Face-to-face hours per resident aged 65+ in the base year, before any measure.
  public var baseLevel: Double
  /// More freed hours that would bring F up to baseLevel · E.
  public var extraFreedNeeded: Double
  /// Whether freeing hours alone can reach the base level: baseLevel · E ≤ A.
  public var canReachBaseLevel: Bool

  /// X: hours freed by measures, at most the routine need.
  public var freedHours: Double { freedByMeasure.reduce(0) { $0 + $1.hours } }

  /// F / E: face-to-face hours per resident aged 65+.
  public var facetimePerElderly: Double { elderly > 0 ? facetimeHours / elderly : 0 }

  /// F / E against the base year's level: 1 keeps it, below 1 falls short.
  public var facetimeIndex: Double {
    Self.facetimeIndex(facetime: facetimeHours, elderly: elderly, baseLevel: baseLevel)
  }

  /// F / E against `baseLevel`, for an entry with these figures.
  static func facetimeIndex(facetime: Double, elderly: Double, baseLevel: Double) -> Double {
    let perElderly = elderly > 0 ? facetime / elderly : 0
    return baseLevel > 0 ? perElderly / baseLevel : 0
  }

  /// Whether face-to-face hours per 65+ are below the base level (beyond rounding).
  public var isBelowBase: Bool {
    Self.isBelowBase(facetime: facetimeHours, elderly: elderly, baseLevel: baseLevel)
  }

  /// `isBelowBase` of an entry with these figures.
  static func isBelowBase(facetime: Double, elderly: Double, baseLevel: Double) -> Bool {
    facetimeIndex(facetime: facetime, elderly: elderly, baseLevel: baseLevel) < 1 - 1e-9
  }

  /// Where face-to-face hours F come from (docs/model.md, "Where face-to-face hours come
  /// from"): without any measure F would be F₀ = max(0, A − G), so the measures bought
  /// F − F₀ = min(X, F); of F₀, the hours of staff above demand, (S − D) · H when positive,
  /// are the surplus's, and the rest is the face-to-face part of the need, f0 · D · H, less
  /// any shortfall. The three add up to F.
  ///
  /// - Parameters:
  ///   - facetime: F.
  ///   - available: A = S · H.
  ///   - need: G = (1 − f0) · D · H, the routine need before any measure.
  ///   - demand: D · H, staff demand in hours.
  public static func facetimeSources(
    facetime: Double, available: Double, need: Double, demand: Double
  )
    -> (need: Double, surplus: Double, measures: Double)
  {
    let withoutMeasures = min(max(0, available - need), facetime)
    let surplus = min(withoutMeasures, max(0, available - demand))
    return (withoutMeasures - surplus, surplus, facetime - withoutMeasures)
  }

  init(
    year: Int, elderly: Double, availableHours: Double, routineNeedHours: Double,
    freedByMeasure: [AttributedHours], potentialFreedHours: Double, routineHours: Double,
    facetimeHours: Double, uncoveredHours: Double, facetimeFromMeasures: Double,
    facetimeFromSurplus: Double, facetimeFromNeed: Double, facetimeByCategory: [AttributedHours],
    baseLevel: Double, extraFreedNeeded: Double, canReachBaseLevel: Bool
  ) {
    self.year = year
    self.elderly = elderly
    self.availableHours = availableHours
    self.routineNeedHours = routineNeedHours
    self.freedByMeasure = freedByMeasure
    self.potentialFreedHours = potentialFreedHours
    self.routineHours = routineHours
    self.facetimeHours = facetimeHours
    self.uncoveredHours = uncoveredHours
    self.facetimeFromMeasures = facetimeFromMeasures
    self.facetimeFromSurplus = facetimeFromSurplus
    self.facetimeFromNeed = facetimeFromNeed
    self.facetimeByCategory = facetimeByCategory
    self.baseLevel = baseLevel
    self.extraFreedNeeded = extraFreedNeeded
    self.canReachBaseLevel = canReachBaseLevel
  }

  /// The sum of `parts` (a region's ledger); see `Ledger.region(in:)`.
  static func total(
    _ parts: [LedgerEntry], year: Int, baseLevel: Double, categories: [FacetimeCategory]
  ) -> LedgerEntry {
    func sum(_ value: (LedgerEntry) -> Double) -> Double { parts.reduce(0) { $0 + value($1) } }
    var freed: [AttributedHours] = []
    for part in parts {
      for measure in part.freedByMeasure {
        if let i = freed.firstIndex(where: { $0.id == measure.id }) {
          freed[i].hours += measure.hours
        } else {
          freed.append(measure)
        }
      }
    }
    let elderly = sum(\.elderly)
    let facetime = sum(\.facetimeHours)
    return LedgerEntry(
      year: year, elderly: elderly, availableHours: sum(\.availableHours),
      routineNeedHours: sum(\.routineNeedHours), freedByMeasure: freed,
      potentialFreedHours: sum(\.potentialFreedHours), routineHours: sum(\.routineHours),
      facetimeHours: facetime, uncoveredHours: sum(\.uncoveredHours),
      facetimeFromMeasures: sum(\.facetimeFromMeasures),
      facetimeFromSurplus: sum(\.facetimeFromSurplus), facetimeFromNeed: sum(\.facetimeFromNeed),
      facetimeByCategory: categories.map {
        AttributedHours(id: $0.id, hours: facetime * $0.share)
      },
      baseLevel: baseLevel,
      extraFreedNeeded: sum(\.extraFreedNeeded),
      canReachBaseLevel: parts.allSatisfy(\.canReachBaseLevel))
  }
}
