/// A scenario projected year by year: population, residents aged 65+, staff
/// supply and demand, for every municipality and for the region.
///
/// Every equation is in docs/model.md; the section names are cited in comments.
public struct Projection: Sendable {
  public let scenario: Scenario
  /// The base year: the first year of every path.
  public let firstYear: Int
  /// The last year projected.
  public let lastYear: Int
  /// ε, the elasticity of staff demand to service need, as used.
  public let elasticity: Double
  /// Whether ε was fitted to the scenario's municipalities (or set by the scenario).
  public let isElasticityFitted: Bool
  public let paths: [MunicipalityPath]
  /// Each municipality's place in `paths`, by its kanji name, in a region too large to
  /// search (`nil` for fewer than `Self.searchLimit`): a search made a 1,000-municipality
  /// ledger quadratic, and hashing 13 names was a tenth of a projection of Aizu.
  let indexByName: [String: Int]?
  static let searchLimit = 32

  /// Projects `scenario` from its base year through `lastYear` (at least the base
  /// year, at most 2100).
  ///
  /// - Parameter base: a projection whose population, residents aged 65+ and recruitment
  ///   pool may be taken as they are, when `scenario` has the same municipalities, years
  ///   and population settings as its scenario (`sharesPeople(with:through:)`); staff
  ///   supply and demand are always worked out again. A Monte Carlo run draws staffing
  ///   assumptions only, and projecting the residents again was half of each run
  ///   (docs/performance.md). The figures are the same either way.
  public init(_ scenario: Scenario, through lastYear: Int, reusing base: Projection? = nil) {
    let first = scenario.baseYear
    let last = min(max(lastYear, first), Scenario.lastYear)
    self.scenario = scenario
    self.firstYear = first
    self.lastYear = last
    let model = scenario.model
    let municipalities = scenario.municipalities
    let tables = YearTables(model, years: first...last)
    var staffed: [(figures: [Figures], hiringRate: Double?)]
    if let base, base.sharesPeople(with: scenario, through: last) {
      staffed = municipalities.indices.map { i in
        Self.restaffed(base.paths[i].years, municipalities[i], model: model, tables: tables)
      }
    } else {
      staffed = municipalities.map { Self.unstaffed($0, model: model, tables: tables) }
    }
    let fitted = Self.fittedElasticity(
      municipalities, bases: staffed.map { $0.figures.first }, weight: model.elderlyWeight)
    self.isElasticityFitted = model.elasticity == nil
    self.elasticity = model.elasticity ?? fitted ?? 1
    for i in municipalities.indices {
      Self.addDemand(
        to: &staffed[i].figures, staff: municipalities[i].staff, weight: model.elderlyWeight,
        elasticity: elasticity)
    }
    self.paths = staffed.enumerated().map { i, path in
      MunicipalityPath(
        municipalities: municipalities, index: i, years: path.figures, hiringRate: path.hiringRate)
    }
    // The first of two with one name wins, as a search in order would find it.
    self.indexByName =
      municipalities.count < Self.searchLimit
      ? nil
      : Dictionary(
        municipalities.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
  }

  /// The years projected.
  public var years: ClosedRange<Int> { firstYear...lastYear }

  /// Whether a projection of `other` through `lastYear` has this one's population, residents
  /// aged 65+ and recruitment pool: the same municipalities and years, and the same model
  /// settings those rest on (method, 65+ rise, national share, pool).
  func sharesPeople(with other: Scenario, through lastYear: Int) -> Bool {
    let (mine, theirs) = (scenario.model, other.model)
    return self.lastYear == lastYear && scenario.baseYear == other.baseYear
      && mine.populationMethod == theirs.populationMethod
      && mine.elderlyRise == theirs.elderlyRise && mine.recruitmentPool == theirs.recruitmentPool
      && mine.nationalElderlyShare == theirs.nationalElderlyShare
      && scenario.municipalities == other.municipalities
  }

  public func path(of name: String) -> MunicipalityPath? {
    index(of: name).map { paths[$0] }
  }

  /// The place in `paths` of the municipality named `name`, in kanji or romaji.
  func index(of name: String) -> Int? {
    let municipalities = scenario.municipalities
    if let indexByName {
      if let index = indexByName[name] { return index }
    } else if let index = municipalities.firstIndex(where: { $0.name == name }) {
      return index
    }
    return municipalities.firstIndex { $0.matches(name) }
  }

  public func state(of name: String, in year: Int) -> Figures? {
    path(of: name)?[year]
  }

  /// The region's totals in `year`: sums over the municipalities.
  public func region(in year: Int) -> Figures {
    Figures.total(paths.compactMap { $0[year] }, year: year)
  }

  /// ε fitted by least squares of log staff on log service need Q across the
  /// municipalities in the base year (docs/model.md, "Staff demand").
  public static func fittedElasticity(_ scenario: Scenario) -> Double? {
    let tables = YearTables(scenario.model, years: scenario.baseYear...scenario.baseYear)
    let bases = scenario.municipalities.map {
      unstaffed($0, model: scenario.model, tables: tables).figures.first
    }
    return fittedElasticity(
      scenario.municipalities, bases: bases, weight: scenario.model.elderlyWeight)
  }

  private static func fittedElasticity(
    _ municipalities: [Municipality], bases: [Figures?], weight: Double
  ) -> Double? {
    var x: [Double] = []
    var y: [Double] = []
    x.reserveCapacity(municipalities.count)
    y.reserveCapacity(municipalities.count)
    for (i, base) in zip(municipalities.indices, bases) {
      let staff = municipalities[i].staff
      guard let base else { continue }
      let need = base.serviceNeed(weight: weight)
      guard need > 0, staff > 0 else { continue }
      x.append(log(need))
      y.append(log(staff))
    }
    return leastSquares(x: x, y: y)?.slope
  }

  // MARK: - Population and residents aged 65+

  struct People {
    var year: Int
    var population: Double
    var elderly: Double
    var elderlyBasis: ElderlyBasis
    /// W, the recruitment pool (docs/model.md, "Staff supply").
    var pool: Double
    /// Whether W rests on an assumption: a 15–64 share held beyond the age bands, or
    /// residents under 65 counted from an assumed 65+ share.
    var isPoolAssumed: Bool

    func serviceNeed(weight: Double) -> Double {
      Projection.serviceNeed(population: population, elderly: elderly, weight: weight)
    }
  }

  /// Q = (P − E) + w·E (docs/model.md, "Staff demand").
  static func serviceNeed(population: Double, elderly: Double, weight: Double) -> Double {
    (population - elderly) + weight * elderly
  }

  /// The series the projection reads every year of, read once per projection: the national
  /// 65+ share and the recruitment index at each projected year.
  struct YearTables {
    let years: ClosedRange<Int>
    let nationalShare: YearSeries
    /// `nationalShare.linear(at:)` at each of `years`.
    let national: [Double]
    /// r(t), the recruitment index, at each of `years`.
    let recruitment: [Double]

    init(_ model: borrowing ModelSettings, years: ClosedRange<Int>) {
      self.years = years
      self.nationalShare = model.nationalElderlyShare
      self.national = model.nationalElderlyShare.linearValues(over: years)
      self.recruitment = model.recruitmentIndex.linearValues(over: years)
    }

    /// The national 65+ share in `year`, projected or not.
    func nationalShare(in year: Int) -> Double {
      years.contains(year) ? national[year - years.lowerBound] : nationalShare.linear(at: year)
    }
  }

  /// A municipality's years with everything but staff demand, which waits for ε: population,
  /// residents aged 65+, the recruitment pool and staff supply; and h, the hiring rate. Every
  /// series is read in one pass over the years (`LinearReader`, `LogLinearReader`), into one
  /// array: the same values as the rules of docs/model.md read year by year
  /// (`ProjectionSweepTests`).
  private static func unstaffed(
    _ municipality: Municipality, model: ModelSettings, tables: YearTables
  ) -> (figures: [Figures], hiringRate: Double?) {
    let years = tables.years
    var figures: [Figures] = []
    figures.reserveCapacity(years.count)
    var supply = StaffSupply(municipality, model: model, firstYear: years.lowerBound)
    let hoursPerFTE = model.hoursPerFTE
    func add(_ person: People, _ k: Int) {
      let staff = supply.next(person, recruitmentIndex: tables.recruitment[k])
      figures.append(
        Figures(
          year: person.year, population: person.population, elderly: person.elderly,
          elderlyBasis: person.elderlyBasis, recruitmentPool: person.pool,
          staffSupply: staff.staff, isSupplyAssumed: staff.isAssumed, staffDemand: 0,
          hoursPerFTE: hoursPerFTE, hires: staff.hires))
    }
    let method = municipality.populationMethod ?? model.populationMethod
    var working = WorkingAge(municipality, model: model)
    if method == .cohort, let cohort = municipality.cohort {
      let people = cohortPeople(cohort, from: years.lowerBound, through: years.upperBound)
      for (k, person) in people.enumerated() {
        add(withPool(person, working: &working), k)
      }
      return (figures, supply.hiringRate)
    }
    var population = LogLinearReader(
      populationSeries(municipality.population, method: method, baseYear: years.lowerBound))
    var share = ElderlyShareReader(municipality, model: model, tables: tables)
    let counts = municipality.elderlyCount
    for (k, year) in years.enumerated() {
      let p = population.value(at: year)
      let (share, basis) = share.value(at: year, k)
      // docs/model.md, "Residents aged 65+": a count given for a year whose population
      // is data too is used as it is.
      let count = counts[year].flatMap { municipality.population[year] == p ? $0 : nil }
      let person = People(
        year: year, population: p, elderly: count ?? p * share, elderlyBasis: basis, pool: 0,
        isPoolAssumed: false)
      add(withPool(person, working: &working), k)
    }
    return (figures, supply.hiringRate)
  }

  /// docs/model.md, "Staff demand": demand(t) = staff(base)·(Q(t)/Q(base))^ε, the power
  /// worked out as exp(ε · (ln Q(t) − ln Q(base))): one log and one exp, half the time of
  /// `pow`, the same to a unit or two in the last place.
  private static func addDemand(
    to figures: inout [Figures], staff s0: Double, weight: Double, elasticity: Double
  ) {
    guard let base = figures.first else { return }
    let q0 = base.serviceNeed(weight: weight)
    let logQ0 = q0 > 0 ? log(q0) : 0
    for k in figures.indices {
      let need = figures[k].serviceNeed(weight: weight)
      if q0 > 0, need > 0 {
        figures[k].staffDemand = need == q0 ? s0 : s0 * exp(elasticity * (log(need) - logQ0))
      } else {
        figures[k].staffDemand = q0 > 0 ? s0 * pow(need / q0, elasticity) : s0
      }
    }
  }

  /// The age bands' 15–64 share, read year by year, and the years the bands cover: the
  /// working-age recruitment pool, when the model uses it and the municipality has bands.
  struct WorkingAge {
    var share: LinearReader
    let span: (first: Int, last: Int)

    init?(_ municipality: borrowing Municipality, model: borrowing ModelSettings) {
      guard model.recruitmentPool == .workingAge, let bands = municipality.ageBands,
        let span = bands.span
      else { return nil }
      self.share = LinearReader(bands.workingAgeShareSeries)
      self.span = span
    }
  }

  /// The year's recruitment pool W (docs/model.md, "Staff supply"): P · w(t), with w the
  /// age bands' 15–64 share read linearly (held beyond their last year, an assumption);
  /// else (under `under_65`, or without bands) the residents under 65, P − E.
  private static func withPool(_ people: People, working: inout WorkingAge?) -> People {
    var people = people
    if let share = working?.share.value(at: people.year) {
      people.pool = people.population * share
    } else {
      people.pool = people.population - people.elderly
    }
    people.isPoolAssumed = isPoolAssumed(
      year: people.year, basis: people.elderlyBasis, bandYears: working?.span)
    return people
  }

  /// Whether the year's recruitment pool rests on an assumption: a 15–64 share held beyond
  /// the age bands' years (`bandYears`, when the pool is read from them), or residents under
  /// 65 counted from an assumed 65+ share.
  private static func isPoolAssumed(
    year: Int, basis: ElderlyBasis, bandYears: (first: Int, last: Int)?
  ) -> Bool {
    guard let bandYears else { return basis.isAssumption }
    return year < bandYears.first || year > bandYears.last
  }

  /// `figures` from a projection that shares these residents (`sharesPeople`), with staff
  /// supply worked out again under `model`: everything but demand, as `unstaffed` gives.
  private static func restaffed(
    _ figures: [Figures], _ municipality: Municipality, model: ModelSettings, tables: YearTables
  ) -> (figures: [Figures], hiringRate: Double?) {
    var figures = figures
    var supply = StaffSupply(municipality, model: model, firstYear: tables.years.lowerBound)
    let bandYears = WorkingAge(municipality, model: model)?.span
    for k in figures.indices {
      let year = figures[k]
      let person = People(
        year: year.year, population: year.population, elderly: year.elderly,
        elderlyBasis: year.elderlyBasis, pool: year.recruitmentPool,
        isPoolAssumed: isPoolAssumed(
          year: year.year, basis: year.elderlyBasis, bandYears: bandYears))
      let staff = supply.next(person, recruitmentIndex: tables.recruitment[k])
      figures[k].staffSupply = staff.staff
      figures[k].isSupplyAssumed = staff.isAssumed
      figures[k].hires = staff.hires
      figures[k].hoursPerFTE = model.hoursPerFTE
    }
    return (figures, supply.hiringRate)
  }

  /// The series population is read from by the `anchored` or `trend` method.
  private static func populationSeries(
    _ anchors: YearSeries, method: PopulationMethod, baseYear: Int
  ) -> YearSeries {
    guard method == .trend else { return anchors }
    // docs/model.md, "Population, method trend": the rate from the last anchor before
    // the base year to the base year, continued; later anchors are ignored.
    return YearSeries(
      Dictionary(
        uniqueKeysWithValues: anchors.anchors.filter { $0.year <= baseYear }.map {
          ($0.year, $0.value)
        }))
  }

  /// `elderlyShare(of:in:model:)` read at the projected years in order, with the national
  /// share and the age bands' shares read in one pass: the same values, without a search of
  /// each series every year.
  struct ElderlyShareReader {
    let tables: YearTables
    /// The municipality's own 65+ shares.
    let own: [(year: Int, value: Double)]
    /// The first and last of the age bands' years, when the bands move the share.
    let span: (first: Int, last: Int)?
    var ownReader: LinearReader
    var bandReader: LinearReader?
    /// The reference share at the first and the last of the municipality's own years.
    let atFirst: Double
    let atLast: Double
    private var i = 0

    init(
      _ municipality: borrowing Municipality, model: borrowing ModelSettings,
      tables: YearTables
    ) {
      self.tables = tables
      own = municipality.elderlyShare.anchors
      let bands = model.elderlyRise == .municipal ? municipality.ageBands : nil
      span = bands?.span
      ownReader = LinearReader(municipality.elderlyShare)
      bandReader = span == nil ? nil : bands.map { LinearReader($0.elderlyShareSeries) }
      let national = model.nationalElderlyShare
      atFirst =
        own.first.map {
          Projection.referenceShare(at: $0.year, bands: bands, national: national)
        } ?? 0
      atLast =
        own.last.map {
          Projection.referenceShare(at: $0.year, bands: bands, national: national)
        } ?? 0
    }

    /// referenceShare(at:bands:national:) at `year`, the `k`-th projected year.
    private mutating func reference(at year: Int, _ k: Int) -> Double {
      let national = tables.national[k]
      guard let span else { return national }
      let edge = min(max(year, span.first), span.last)
      guard let atEdge = bandReader?.value(at: edge) else { return national }
      return atEdge + national - tables.nationalShare(in: edge)
    }

    /// Whether the bands cover `year` (`AgeBands.covers`).
    private func isProjected(_ year: Int) -> Bool {
      guard let span else { return false }
      return year >= span.first && year <= span.last
    }

    /// The 65+ share at `year`, the `k`-th projected year, and its basis.
    mutating func value(at year: Int, _ k: Int) -> (Double, ElderlyBasis) {
      let ownValue = ownReader.value(at: year)
      let share: Double
      let basis: ElderlyBasis
      let anchors = own
      if let first = anchors.first, let last = anchors.last {
        while i + 1 < anchors.count, anchors[i].year < year { i += 1 }
        if anchors[i].year == year {
          (share, basis) = (ownValue, .data)
        } else if year > first.year, year < last.year {
          (share, basis) = (ownValue, .interpolated)
        } else {
          let anchor = year < first.year ? first : last
          let change = reference(at: year, k) - (year < first.year ? atFirst : atLast)
          (share, basis) = (
            anchor.value + change,
            isProjected(year) && isProjected(anchor.year) ? .municipalProjection : .nationalRise
          )
        }
      } else {
        (share, basis) = (
          reference(at: year, k), isProjected(year) ? .municipalProjection : .nationalRise
        )
      }
      return (min(max(share, 0), 1), basis)
    }
  }

  /// Which rule of docs/model.md, "Residents aged 65+", gives a municipality's 65+ share
  /// in a year: the scenario's own figure, linear between two of them, the nearest one moved
  /// by the reference share's change, or (no figure at all) the reference share itself.
  enum ElderlyShareRule: Equatable {
    case data
    case interpolated(from: Int, to: Int)
    case shifted(anchor: Int)
    case reference
  }

  static func elderlyShareRule(of municipality: Municipality, in year: Int) -> ElderlyShareRule {
    let own = municipality.elderlyShare
    guard let first = own.anchors.first, let last = own.anchors.last else { return .reference }
    if own[year] != nil { return .data }
    if year > first.year, year < last.year {
      let (a, b) = own.segment(around: year)
      return .interpolated(from: a.year, to: b.year)
    }
    return .shifted(anchor: year < first.year ? first.year : last.year)
  }

  /// The 65+ share: the scenario's own anchors, linear between them; beyond them the
  /// nearest anchor plus the change since its year of the reference share, the
  /// municipality's age bands' where they cover both years (projection data) and the
  /// national share otherwise (an assumption) (docs/model.md, "Residents aged 65+").
  static func elderlyShare(of municipality: Municipality, in year: Int, model: ModelSettings)
    -> (Double, ElderlyBasis)
  {
    // The projection's own reader, read at this one year: one statement of the rule.
    var reader = ElderlyShareReader(
      municipality, model: model, tables: YearTables(model, years: year...year))
    return reader.value(at: year, 0)
  }

  /// The share whose change moves a municipality's 65+ share beyond its anchors: the
  /// age bands' share within their years, and beyond them the share at their nearest
  /// year plus the national change since; the national share when there are no bands.
  static func referenceShare(at year: Int, bands: AgeBands?, national: YearSeries)
    -> Double
  {
    guard let bands, let span = bands.span else {
      return national.linear(at: year)
    }
    let edge = min(max(year, span.first), span.last)
    return bands.elderlyShare(at: edge) + national.linear(at: year) - national.linear(at: edge)
  }

  /// Five-year cohort steps, log-linear population and linear 65+ share between them.
  private static func cohortPeople(_ cohort: CohortData, from first: Int, through last: Int)
    -> [People]
  {
    var steps = [cohort]
    while let latest = steps.last, latest.year < last { steps.append(latest.advanced()) }
    let totals = YearSeries(Dictionary(uniqueKeysWithValues: steps.map { ($0.year, $0.total) }))
    let shares = YearSeries(
      Dictionary(uniqueKeysWithValues: steps.map { ($0.year, $0.elderly / max($0.total, 1)) }))
    return (first...last).map { year in
      let p = totals.logLinear(at: year)
      return People(
        year: year, population: p, elderly: p * shares.linear(at: year), elderlyBasis: .cohort,
        pool: 0, isPoolAssumed: false)
    }
  }

  // MARK: - Staff supply and demand

  /// docs/model.md, "Staff supply": each year's staff, whether it rests on an assumed
  /// recruitment pool in some earlier year, and the hires of the year (who join the next);
  /// and h, the hiring rate, under the recruitment policy. Read a year at a time, in order.
  struct StaffSupply {
    let s0: Double
    let policy: StaffingPolicy
    let firstYear: Int
    /// The staff target and the years to reach it (policy `target`).
    let target: Double
    let span: Double
    /// q, the leave rate, and r at the base year (policy `recruitment`).
    let q: Double
    let r0: Double
    /// The base year's population and h, the hiring rate: set by the first year read.
    var basePopulation: Double?
    var h: Double?
    var staff: Double
    var isAssumed = false

    init(
      _ municipality: borrowing Municipality, model: borrowing ModelSettings, firstYear: Int
    ) {
      self.s0 = municipality.staff
      self.policy = model.staffingPolicy
      self.firstYear = firstYear
      self.target = municipality.staffTarget ?? model.staffTarget.share * s0
      self.span = Double(max(model.staffTarget.year - firstYear, 1))
      self.q = model.leaveRate
      self.r0 = model.recruitmentIndex.linear(at: firstYear)
      self.staff = s0
    }

    var hiringRate: Double? { h }

    /// Takes the base year's figures: hires(t) = min(q·staff(t), h·r(t)·W(t)), with h set
    /// so that hiring exactly replaces leavers in the base year.
    private mutating func start(_ base: People) {
      basePopulation = base.population
      guard policy == .recruitment else { return }
      let pool0 = r0 * base.pool
      h = pool0 > 0 ? q * s0 / pool0 : 0
    }

    /// The staff of `person`'s year, `recruitmentIndex` being r at that year.
    mutating func next(_ person: People, recruitmentIndex: Double)
      -> (staff: Double, isAssumed: Bool, hires: Double)
    {
      if basePopulation == nil { start(person) }
      switch policy {
      case .fixed:
        return (s0, false, 0)
      case .ratio:
        let base = basePopulation ?? 0
        return (base > 0 ? s0 * person.population / base : s0, false, 0)
      case .target:
        let progress = min(Double(person.year - firstYear) / span, 1)
        return (s0 + (target - s0) * progress, false, 0)
      case .recruitment:
        let pool = recruitmentIndex * person.pool
        let hires = min(q * staff, (h ?? 0) * max(pool, 0))
        let year = (staff, isAssumed, hires)
        staff = staff * (1 - q) + hires
        isAssumed = isAssumed || person.isPoolAssumed
        return year
      }
    }
  }
}

/// One municipality's projected years.
public struct MunicipalityPath: Sendable {
  /// The scenario's municipalities, shared by every path, and this one's place among them:
  /// a copy of a path then retains one array, not each of a municipality's fields.
  private let municipalities: [Municipality]
  private let index: Int
  public var municipality: Municipality { municipalities[index] }
  public let years: [Figures]
  /// h, the hiring rate of the recruitment policy (docs/model.md, "Staff supply"); `nil`
  /// under the other policies.
  public let hiringRate: Double?

  init(municipalities: [Municipality], index: Int, years: [Figures], hiringRate: Double?) {
    self.municipalities = municipalities
    self.index = index
    self.years = years
    self.hiringRate = hiringRate
  }

  public subscript(year: Int) -> Figures? {
    guard let first = years.first, year >= first.year, year - first.year < years.count else {
      return nil
    }
    return years[year - first.year]
  }
}

/// How a year's count of residents aged 65+ was obtained.
public enum ElderlyBasis: Sendable, Equatable, Comparable {
  /// Given by the scenario for this year.
  case data
  /// Linear between two years the scenario gives.
  case interpolated
  /// The nearest known share plus the municipality's own change in its age bands
  /// (IPSS 2023): projection data, not an assumption.
  case municipalProjection
  /// From a cohort-component projection.
  case cohort
  /// The nearest known share plus the national rise since: an assumption.
  case nationalRise

  /// Whether the figure rests on the national-rise assumption.
  public var isAssumption: Bool { self == .nationalRise }
  /// Whether the figure rests on the municipality's age bands, an official projection.
  public var isProjectionData: Bool { self == .municipalProjection }
}

/// One year's projected figures for a municipality or a region.
public struct Figures: Sendable, Equatable {
  public var year: Int
  public var population: Double
  /// Residents aged 65+.
  public var elderly: Double
  public var elderlyBasis: ElderlyBasis
  /// W, the recruitment pool hiring is capped by: residents aged 15–64 or under 65.
  public var recruitmentPool: Double
  /// Staff the municipality will have under the staffing policy.
  public var staffSupply: Double
  /// Whether the supply rests on a recruitment pool that was an assumption in an
  /// earlier year (a 15–64 share held beyond the age bands, or an assumed 65+ share).
  public var isSupplyAssumed: Bool
  /// Staff the municipality's service need calls for.
  public var staffDemand: Double
  public var hoursPerFTE: Double
  /// hires(t), the staff hired in the year, who join in the next, under the recruitment
  /// policy (docs/model.md, "Staff supply"); 0 under the others.
  public var hires: Double = 0

  public var elderlyShare: Double { population > 0 ? elderly / population : 0 }
  /// Demand minus supply, in full-time staff; negative when supply exceeds demand.
  public var shortfallFTE: Double { staffDemand - staffSupply }
  public var shortfallHours: Double { shortfallFTE * hoursPerFTE }
  /// Q, the service need staff demand follows, with `weight` the elderly weight w.
  public func serviceNeed(weight: Double) -> Double {
    Projection.serviceNeed(population: population, elderly: elderly, weight: weight)
  }
  public var staffPer1000: Double { population > 0 ? staffSupply / population * 1000 : 0 }

  /// Sums of `parts` (a region's total); the basis is the weakest of the parts'.
  static func total(_ parts: [Figures], year: Int) -> Figures {
    Figures(
      year: year,
      population: parts.reduce(0) { $0 + $1.population },
      elderly: parts.reduce(0) { $0 + $1.elderly },
      elderlyBasis: parts.map(\.elderlyBasis).max() ?? .data,
      recruitmentPool: parts.reduce(0) { $0 + $1.recruitmentPool },
      staffSupply: parts.reduce(0) { $0 + $1.staffSupply },
      isSupplyAssumed: parts.contains { $0.isSupplyAssumed },
      staffDemand: parts.reduce(0) { $0 + $1.staffDemand },
      hoursPerFTE: parts.first?.hoursPerFTE ?? 0, hires: parts.reduce(0) { $0 + $1.hires })
  }
}
