/// The options of one guideline weighed for a municipality or the region in a year,
/// with the verdict a planner can defend.
///
/// Each option is evaluated on the projection: the residents it reaches and leaves
/// out (65+ apart), its cost to the horizon, the staff hours it frees, whether it
/// works in a disaster. The verdict then applies the rule of docs/model.md,
/// "Verdict": 指針9 first, a hybrid where the digital option's freed hours pay for
/// an analog fallback, then the lowest cost per resident reached, then the most
/// hours freed.
///
/// ```swift
/// let projection = Projection(scenario, through: scenario.horizon)
/// let online = scenario.guideline(1)!
/// let kaneyama = Comparison(projection, guideline: online, area: .municipality("金山町"), year: 2040)
/// kaneyama?.verdict.winner?.id       // "visits": online no longer pays for the visits
/// ```
///
/// Because verdicts follow the projection, the same guideline can get another
/// verdict in a later year; `change(since:)` gives the figures that say why.
public struct Comparison: Sendable {
  /// Where the options are weighed.
  public enum Area: Sendable, Equatable {
    /// All municipalities of the scenario, each adopting the option.
    case region
    /// One municipality, by its kanji name.
    case municipality(String)
  }

  public let guideline: Guideline
  public let area: Area
  public let year: Int
  /// The first year of every cost: the scenario's base year, when options start.
  public let baseYear: Int
  /// The last year costs are counted to: the scenario's horizon.
  public let horizon: Int
  public let rule: VerdictRule
  /// The area's residents in `year`.
  public let population: Double
  /// The area's residents aged 65+ in `year`.
  public let elderly: Double
  /// Every option of the guideline, in the scenario's order.
  public let options: [OptionFigures]
  public let verdict: Verdict
  let paths: [MunicipalityPath]

  /// Weighs `guideline`'s options in `area` in `year`.
  ///
  /// Projects further when `projection` stops before the horizon or `year`.
  /// Returns `nil` for a year before the base year or after 2100, or a
  /// municipality the scenario does not have.
  public init?(_ projection: Projection, guideline: Guideline, area: Area = .region, year: Int) {
    let scenario = projection.scenario
    let last = max(scenario.horizon, year)
    guard year >= projection.firstYear, last <= Scenario.lastYear else { return nil }
    let full = projection.lastYear >= last ? projection : Projection(scenario, through: last)
    switch area {
    case .region:
      self.paths = full.paths
      self.area = .region
    case .municipality(let name):
      guard let path = full.path(of: name) else { return nil }
      self.paths = [path]
      self.area = .municipality(path.municipality.name)
    }
    guard !paths.isEmpty else { return nil }
    self.guideline = guideline
    self.year = year
    self.baseYear = scenario.baseYear
    self.horizon = scenario.horizon
    self.rule = scenario.verdictRule
    let states = paths.compactMap { $0[year] }
    self.population = states.reduce(0) { $0 + $1.population }
    self.elderly = states.reduce(0) { $0 + $1.elderly }
    let plan = Plan(
      paths: paths, year: year, baseYear: scenario.baseYear, horizon: scenario.horizon)
    let options = guideline.options.compactMap { plan.figures(of: $0) }
    self.options = options
    // docs/model.md, "Verdict": a hybrid is put together only when the scenario lists none.
    let listsHybrid = guideline.options.contains { $0.approach == .hybrid }
    let analogs = options.filter { $0.option.approach == .analog && $0.isInEffect }.map(\.option)
    self.verdict = Verdict(options: options, rule: scenario.verdictRule, year: year) { digital in
      listsHybrid ? [] : analogs.compactMap { plan.figures(of: digital, fallback: $0) }
    }
  }

  /// The hybrids put together while deciding the verdict, if any.
  public var hybrids: [OptionFigures] { verdict.hybridsTried }

  /// The figures of `digital` with `fallback` serving those it misses, put together
  /// as the verdict would.
  public func hybrid(_ digital: ServiceOption, fallback: ServiceOption) -> OptionFigures? {
    Plan(paths: paths, year: year, baseYear: baseYear, horizon: horizon)
      .figures(of: digital, fallback: fallback)
  }

  /// The area's share of residents aged 65+ in `year`.
  public var elderlyShare: Double { population > 0 ? elderly / population : 0 }

  /// How an option fares in the verdict, for tables and csv.
  public func status(of figures: OptionFigures) -> Status {
    if figures.id == verdict.winner?.id { return .recommended }
    if !figures.isInEffect { return .notYetInEffect }
    if !rule.meetsGuideline9(figures) { return .notAlone }
    return .notChosen
  }

  /// An option's place in the verdict; the raw value is its stable code in CSV and JSON.
  public enum Status: String, Sendable, CaseIterable {
    case recommended
    /// Leaves too many residents aged 65+ unreached to be recommended alone (指針9).
    case notAlone = "not_alone"
    case notYetInEffect = "not_yet_in_effect"
    case notChosen = "not_chosen"
  }
}

/// Options evaluated on one area's projected paths (docs/model.md, "Guidelines and
/// options").
private struct Plan {
  let paths: [MunicipalityPath]
  let year: Int
  let baseYear: Int
  let horizon: Int

  /// `option`, or with `fallback` a hybrid: the sums over the area's municipalities.
  func figures(of option: ServiceOption, fallback: ServiceOption? = nil) -> OptionFigures? {
    OptionFigures.total(paths.compactMap { figures(of: option, fallback: fallback, in: $0) })
  }

  private func figures(
    of option: ServiceOption, fallback: ServiceOption?, in path: MunicipalityPath
  )
    -> OptionFigures?
  {
    guard let state = path[year] else { return nil }
    let p = state.population
    let e = state.elderly
    let isOn = isInEffect(option)
    let own = isOn ? option.reach : .nobody
    var reach = own
    let ownHours = isOn ? hours(option.savings, population: p, elderly: e) : 0
    var fallbackHours: Double?
    var cost = costToHorizon(option, path)
    if let fallback {
      let fallbackOn = isInEffect(fallback)
      let other = fallbackOn ? fallback.reach : .nobody
      // The fallback serves whom the digital option misses.
      reach = Reach(
        under65: own.under65 + (1 - own.under65) * other.under65,
        elderly: own.elderly + (1 - own.elderly) * other.elderly)
      let served = fallback.savings.forResidents(missedBy: own)
      fallbackHours = fallbackOn ? hours(served, population: p, elderly: e) : 0
      cost += costToHorizon(fallback, path)
    }
    return OptionFigures(
      option: option, fallback: fallback,
      isInEffect: isOn || fallback.map(isInEffect) == true,
      population: p, elderly: e,
      reached: reach.residentsReached(population: p, elderly: e),
      unreachedElderly: e * (1 - reach.elderly),
      costToHorizon: cost,
      netHours: ownHours + (fallbackHours ?? 0), fallbackHours: fallbackHours,
      worksInDisaster: option.worksInDisaster || fallback?.worksInDisaster == true)
  }

  /// An option starts in the base year and takes effect `leadYears` later.
  private func isInEffect(_ option: ServiceOption) -> Bool {
    year >= baseYear + option.leadYears
  }

  /// Initial costs in the base year, yearly costs from the year it takes effect
  /// through the horizon; per-resident costs on each year's population.
  private func costToHorizon(_ option: ServiceOption, _ path: MunicipalityPath) -> Double {
    let cost = option.cost
    var total = cost.initial + cost.initialPerResident * (path[baseYear]?.population ?? 0)
    let first = baseYear + option.leadYears
    guard first <= horizon else { return total }
    for t in first...horizon {
      total += cost.yearly + cost.yearlyPerResident * (path[t]?.population ?? 0)
    }
    return total
  }

  private func hours(_ savings: Savings, population: Double, elderly: Double) -> Double {
    // Options state savings in hours, minutes or per case; a share of routine work has
    // no routine hours to apply to here (the scenario file refuses it for options).
    savings.hours(population: population, elderly: elderly, routineHours: 0)
  }
}

extension Reach {
  /// No one: an option before it takes effect.
  static let nobody = Reach(under65: 0, elderly: 0)
}

extension Savings {
  /// The savings of a fallback that serves only the residents `reach` misses: a
  /// per-case uptake scaled by the share missed in each age group.
  func forResidents(missedBy reach: Reach) -> Savings {
    guard case .perCase(let minutes, let cases, let uptake) = self else { return self }
    return .perCase(
      minutes: minutes, casesPer1000: cases,
      uptake: Reach(
        under65: uptake.under65 * (1 - reach.under65),
        elderly: uptake.elderly * (1 - reach.elderly)))
  }
}
