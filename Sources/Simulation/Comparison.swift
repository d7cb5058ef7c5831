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
    let paths: [MunicipalityPath]
    let named: Area
    switch area {
    case .region:
      (paths, named) = (full.paths, .region)
    case .municipality(let name):
      guard let path = full.path(of: name) else { return nil }
      (paths, named) = ([path], .municipality(path.municipality.name))
    }
    guard
      let weighing = Weighing(
        paths: paths, specs: OptionSpec.of(guideline.options), year: year,
        baseYear: scenario.baseYear, horizon: scenario.horizon)
    else { return nil }
    // The area: all of `paths`, whose figures are the sums of theirs.
    let whole = weighing.municipalities
    let options = weighing.options(in: whole)
    var hybrids: [WeighedOption] = []
    let decision = Decider.with(rule: scenario.verdictRule, options: options.count) { decider in
      options.withUnsafeBufferPointer {
        decider.decide(
          $0, hybrids: &hybrids, listsHybrid: guideline.listsHybrid,
          sameID: guideline.haveSameID,
          hybrid: { weighing.hybrid($0, fallback: $1, in: whole) })
      }
    }
    self.init(
      guideline: guideline, area: named, paths: paths, year: year, scenario: scenario,
      residents: (weighing.population[whole], weighing.elderly[whole]), options: options,
      decision: decision, hybrids: hybrids[...])
  }

  /// The comparison `decision` decided on `options`, `guideline`'s weighed in `area`,
  /// made up of `paths`, with the `hybrids` it tried.
  init(
    guideline: Guideline, area: Area, paths: [MunicipalityPath], year: Int, scenario: Scenario,
    residents: (population: Double, elderly: Double), options: ArraySlice<WeighedOption>,
    decision: Decision, hybrids: ArraySlice<WeighedOption>
  ) {
    self.guideline = guideline
    self.paths = paths
    self.area = area
    self.year = year
    self.baseYear = scenario.baseYear
    self.horizon = scenario.horizon
    self.rule = scenario.verdictRule
    (self.population, self.elderly) = residents
    let figures = options.map { OptionFigures($0, of: guideline.options) }
    self.options = figures
    self.verdict = Verdict(
      decision, options: figures, hybrids: hybrids.map { OptionFigures($0, of: guideline.options) },
      rule: rule, year: year)
  }

  /// The hybrids put together while deciding the verdict, if any.
  public var hybrids: [OptionFigures] { verdict.hybridsTried }

  /// The figures of `digital` with `fallback` serving those it misses, put together
  /// as the verdict would.
  public func hybrid(_ digital: ServiceOption, fallback: ServiceOption) -> OptionFigures? {
    let weighing = Weighing(
      paths: paths, specs: OptionSpec.of([digital, fallback]), year: year, baseYear: baseYear,
      horizon: horizon)
    return weighing.map {
      OptionFigures($0.hybrid(0, fallback: 1, in: $0.municipalities), of: [digital, fallback])
    }
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
