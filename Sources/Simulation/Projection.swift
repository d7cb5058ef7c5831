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
  /// Each municipality's place in `paths`, by its kanji name: a look-up by name is then
  /// constant time, where a search made a 1,000-municipality ledger quadratic.
  let indexByName: [String: Int]

  /// Projects `scenario` from its base year through `lastYear` (at least the base
  /// year, at most 2100).
  public init(_ scenario: Scenario, through lastYear: Int) {
    let first = scenario.baseYear
    let last = min(max(lastYear, first), Scenario.lastYear)
    self.scenario = scenario
    self.firstYear = first
    self.lastYear = last
    let model = scenario.model
    let people = scenario.municipalities.map {
      Self.projectedPeople($0, model: model, from: first, through: last)
    }
    let fitted = Self.fittedElasticity(scenario.municipalities, people: people, model: model)
    self.isElasticityFitted = model.elasticity == nil
    self.elasticity = model.elasticity ?? fitted ?? 1
    let epsilon = self.elasticity
    self.paths = zip(scenario.municipalities, people).map { municipality, people in
      let staffed = Self.staffed(
        people, municipality: municipality, model: model, elasticity: epsilon, firstYear: first)
      return MunicipalityPath(
        municipality: municipality, years: staffed.figures, hiringRate: staffed.hiringRate)
    }
    // The first of two with one name wins, as a search in order would find it.
    self.indexByName = Dictionary(
      scenario.municipalities.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
  }

  /// The years projected.
  public var years: ClosedRange<Int> { firstYear...lastYear }

  public func path(of name: String) -> MunicipalityPath? {
    index(of: name).map { paths[$0] }
  }

  /// The place in `paths` of the municipality named `name`, in kanji or romaji.
  func index(of name: String) -> Int? {
    indexByName[name] ?? paths.firstIndex { $0.municipality.matches(name) }
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
    let people = scenario.municipalities.map {
      projectedPeople(
        $0, model: scenario.model, from: scenario.baseYear, through: scenario.baseYear)
    }
    return fittedElasticity(scenario.municipalities, people: people, model: scenario.model)
  }

  private static func fittedElasticity(
    _ municipalities: [Municipality], people: [[People]], model: ModelSettings
  ) -> Double? {
    var x: [Double] = []
    var y: [Double] = []
    for (municipality, path) in zip(municipalities, people) {
      guard let base = path.first else { continue }
      let need = base.serviceNeed(weight: model.elderlyWeight)
      guard need > 0, municipality.staff > 0 else { continue }
      x.append(log(need))
      y.append(log(municipality.staff))
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

  private static func projectedPeople(
    _ municipality: Municipality, model: ModelSettings, from first: Int, through last: Int
  ) -> [People] {
    let method = municipality.populationMethod ?? model.populationMethod
    if method == .cohort, let cohort = municipality.cohort {
      return cohortPeople(cohort, from: first, through: last).map {
        withPool($0, of: municipality, model: model)
      }
    }
    let population = populationSeries(municipality.population, method: method, baseYear: first)
    return (first...last).map { year in
      let p = population(year)
      let (share, basis) = elderlyShare(of: municipality, in: year, model: model)
      // docs/model.md, "Residents aged 65+": a count given for a year whose population
      // is data too is used as it is.
      let count = municipality.population[year] == p ? municipality.elderlyCount[year] : nil
      let people = People(
        year: year, population: p, elderly: count ?? p * share, elderlyBasis: basis, pool: 0,
        isPoolAssumed: false)
      return withPool(people, of: municipality, model: model)
    }
  }

  /// The year's recruitment pool W (docs/model.md, "Staff supply"): P · w(t), with w the
  /// age bands' 15–64 share read linearly (held beyond their last year, an assumption);
  /// else, or under `under_65`, the residents under 65, P − E.
  private static func withPool(
    _ people: People, of municipality: Municipality, model: ModelSettings
  )
    -> People
  {
    var people = people
    if model.recruitmentPool == .workingAge, let bands = municipality.ageBands,
      bands.span != nil
    {
      people.pool = people.population * bands.workingAgeShare(at: people.year)
      people.isPoolAssumed = !bands.covers(people.year)
    } else {
      people.pool = people.population - people.elderly
      people.isPoolAssumed = people.elderlyBasis.isAssumption
    }
    return people
  }

  /// Population at any year by the `anchored` or `trend` method.
  private static func populationSeries(
    _ anchors: YearSeries, method: PopulationMethod, baseYear: Int
  )
    -> (Int) -> Double
  {
    guard method == .trend else { return anchors.logLinear(at:) }
    // docs/model.md, "Population, method trend": the rate from the last anchor before
    // the base year to the base year, continued; later anchors are ignored.
    let known = YearSeries(
      Dictionary(
        uniqueKeysWithValues: anchors.anchors.filter { $0.year <= baseYear }.map {
          ($0.year, $0.value)
        }))
    return known.logLinear(at:)
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
    let own = municipality.elderlyShare
    let bands = model.elderlyRise == .municipal ? municipality.ageBands : nil
    let national = model.nationalElderlyShare
    func isProjected(_ years: Int...) -> Bool {
      guard let bands else { return false }
      return years.allSatisfy(bands.covers)
    }
    let share: Double
    let basis: ElderlyBasis
    switch elderlyShareRule(of: municipality, in: year) {
    case .data:
      (share, basis) = (own.linear(at: year), .data)
    case .interpolated:
      (share, basis) = (own.linear(at: year), .interpolated)
    case .shifted(let anchor):
      let change =
        referenceShare(at: year, bands: bands, national: national)
        - referenceShare(at: anchor, bands: bands, national: national)
      (share, basis) = (
        own.linear(at: anchor) + change,
        isProjected(year, anchor) ? .municipalProjection : .nationalRise
      )
    case .reference:
      (share, basis) = (
        referenceShare(at: year, bands: bands, national: national),
        isProjected(year) ? .municipalProjection : .nationalRise
      )
    }
    return (min(max(share, 0), 1), basis)
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

  private static func staffed(
    _ people: [People], municipality: Municipality, model: ModelSettings, elasticity: Double,
    firstYear: Int
  ) -> (figures: [Figures], hiringRate: Double?) {
    guard let base = people.first else { return ([], nil) }
    let s0 = municipality.staff
    let q0 = base.serviceNeed(weight: model.elderlyWeight)
    let supply = staffSupply(
      people, municipality: municipality, model: model, firstYear: firstYear)
    let figures = zip(people, supply.path).map { person, supply in
      // docs/model.md, "Staff demand": demand(t) = staff(base)·(Q(t)/Q(base))^ε.
      let need = person.serviceNeed(weight: model.elderlyWeight)
      let demand = q0 > 0 ? s0 * pow(need / q0, elasticity) : s0
      return Figures(
        year: person.year, population: person.population, elderly: person.elderly,
        elderlyBasis: person.elderlyBasis, recruitmentPool: person.pool,
        staffSupply: supply.staff, isSupplyAssumed: supply.isAssumed, staffDemand: demand,
        hoursPerFTE: model.hoursPerFTE, hires: supply.hires)
    }
    return (figures, supply.hiringRate)
  }

  /// docs/model.md, "Staff supply": each year's staff, whether it rests on an assumed
  /// recruitment pool in some earlier year, and the hires of the year (who join the next);
  /// and h, the hiring rate, under the recruitment policy.
  static func staffSupply(
    _ people: [People], municipality: Municipality, model: ModelSettings, firstYear: Int
  ) -> (path: [(staff: Double, isAssumed: Bool, hires: Double)], hiringRate: Double?) {
    guard let base = people.first else { return ([], nil) }
    let s0 = municipality.staff
    switch model.staffingPolicy {
    case .fixed:
      return (people.map { _ in (s0, false, 0) }, nil)
    case .ratio:
      return (
        people.map {
          (base.population > 0 ? s0 * $0.population / base.population : s0, false, 0)
        }, nil
      )
    case .target:
      let target = municipality.staffTarget ?? model.staffTarget.share * s0
      let span = Double(max(model.staffTarget.year - firstYear, 1))
      return (
        people.map { person in
          let progress = min(Double(person.year - firstYear) / span, 1)
          return (s0 + (target - s0) * progress, false, 0)
        }, nil
      )
    case .recruitment:
      // hires(t) = min(q·staff(t), h·r(t)·W(t)), with h set so that hiring exactly
      // replaces leavers in the base year.
      let q = model.leaveRate
      let pool0 = model.recruitmentIndex.linear(at: firstYear) * base.pool
      let h = pool0 > 0 ? q * s0 / pool0 : 0
      var staff = s0
      var isAssumed = false
      var path: [(staff: Double, isAssumed: Bool, hires: Double)] = []
      for person in people {
        let pool = model.recruitmentIndex.linear(at: person.year) * person.pool
        let hires = min(q * staff, h * max(pool, 0))
        path.append((staff, isAssumed, hires))
        staff = staff * (1 - q) + hires
        isAssumed = isAssumed || person.isPoolAssumed
      }
      return (path, h)
    }
  }
}

/// One municipality's projected years.
public struct MunicipalityPath: Sendable {
  public let municipality: Municipality
  public let years: [Figures]
  /// h, the hiring rate of the recruitment policy (docs/model.md, "Staff supply"); `nil`
  /// under the other policies.
  public let hiringRate: Double?

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
