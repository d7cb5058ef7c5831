/// Why an output of the model has the value it has: the equations of docs/model.md that
/// give it, and each input with its value and where it comes from.
///
/// A lecturer asked "where does that number come from?" answers with `explain`; this is
/// its model side. The values are the projection's and the ledger's own, read from the
/// same `Figures`, `LedgerEntry` and `MunicipalityPath` the tables show; an input that is
/// another output names it, so that it can be explained in turn:
///
/// ```swift
/// let ledger = Ledger(Projection(scenario, through: 2040))
/// let why = ledger.explanation(of: .shortfall, in: "金山町", year: 2040)
/// why?.equations                 // [.shortfall]: shortfall(t) = D(t) − S(t)
/// why?.inputs.map(\.origins)     // [[.output(.staff_demand, …)], [.output(.staff_supply, …)]]
/// ```
public struct Explanation: Sendable, Equatable {
  /// An equation of docs/model.md (the catalog, `Words.Explain`, writes each as the page
  /// does).
  public enum Equation: String, Sendable, CaseIterable {
    case populationAnchored, populationTrend, populationConstant, populationCohort
    case shareFromCount, shareInterpolated, shareShifted, shareOfReference
    case elderly
    case serviceNeed, demand
    case supplyRecruitment, hires, hiringRate, poolWorkingAge, poolUnderSixtyFive
    case supplyFixed, supplyRatio, supplyTarget
    case shortfall, staffPer1000
    case available, routineNeed, freed, routine, facetime
    case facetimeWithoutMeasures, facetimeFromMeasures, facetimeFromSurplus, facetimeFromNeed
    case facetimePerElderly, index, baseLevel
    case regionPopulation, regionElderly, regionSupply, regionDemand, regionShortfall
    case regionFacetime, regionShare, regionStaffPer1000, regionPerElderly, regionIndex
  }

  /// What an input is: its symbol in the equations and its meaning.
  public enum Quantity: String, Sendable, CaseIterable {
    case population, elderly, elderlyShare, referenceShare, baseStaff, staffSupply
    case leaveRate, hiringRate, recruitmentIndex, recruitmentPool, hires
    case staffTarget, targetYear, elasticity, elderlyWeight, serviceNeed, staffDemand
    case shortfall, staffPer1000, hoursPerFTE, facetimeShare
    case available, routineNeed, freed, routine, facetime, facetimeWithoutMeasures
    case facetimeFromNeed, facetimeFromSurplus, facetimeFromMeasures
    case facetimePerElderly, baseLevel, facetimeIndex
  }

  /// Where an input's value comes from.
  public enum Origin: Sendable, Equatable {
    /// A value the scenario gives, by its key path (`municipalities.昭和村.population.2040`),
    /// whose provenance (`Scenario.provenance`) names a seed table, a what-if's place or
    /// the user's command.
    case data(String)
    /// A named assumption of the scenario (`Scenario.assumptions`).
    case assumption(String)
    /// ε fitted by least squares across the scenario's municipalities.
    case fitted
    /// The 15–64 share of the age bands held after their last year: an assumption the
    /// scenario does not name (docs/model.md, "Staff supply").
    case heldAfterBands(Int)
    /// Another output of the model, for a municipality (its kanji name) or the region.
    case output(Metric, municipality: String?, year: Int)
    /// The hours the measures free there that year (`freed`).
    case freed(municipality: String?, year: Int)
    /// Computed from the other inputs by the equations shown.
    case computed
  }

  /// One input: what it is, of which year (none for a constant), of which municipality
  /// (for a region's sum; none for the place explained), its value and where it comes from.
  public struct Input: Sendable, Equatable {
    public var quantity: Quantity
    public var year: Int?
    public var municipality: String?
    public var value: Double
    public var origins: [Origin]

    public init(
      _ quantity: Quantity, year: Int? = nil, municipality: String? = nil, value: Double,
      origins: [Origin]
    ) {
      self.quantity = quantity
      self.year = year
      self.municipality = municipality
      self.value = value
      self.origins = origins
    }
  }

  public var metric: Metric
  /// The municipality's kanji name, or `nil` for the region.
  public var municipality: String?
  public var year: Int
  /// The output's value, as every table shows it.
  public var value: Double
  /// The equations that give it, in the order they are applied; none for a value the
  /// scenario gives (an anchor year's population, the base year's staff).
  public var equations: [Equation]
  public var inputs: [Input]
}

extension Ledger {
  /// Why `metric` has its value for `municipality` (a kanji name or romaji; `nil` for the
  /// region) in `year`; `nil` when the ledger has no such municipality or year.
  public func explanation(of metric: Metric, in municipality: String?, year: Int)
    -> Explanation?
  {
    guard let value = metric.value(of: municipality, in: year, ledger: self) else { return nil }
    guard let municipality else {
      let (equations, inputs) = regionTerms(of: metric, year: year)
      return Explanation(
        metric: metric, municipality: nil, year: year, value: value, equations: equations,
        inputs: inputs)
    }
    guard let path = projection.path(of: municipality), let entry = self.path(of: municipality)
    else { return nil }
    var terms = ExplanationTerms(
      ledger: self, path: path, ledgerPath: entry, scenario: projection.scenario, year: year)
    terms.explain(metric)
    return Explanation(
      metric: metric, municipality: path.municipality.name, year: year, value: value,
      equations: terms.equations, inputs: terms.inputs)
  }

  /// The region's figures: sums over the municipalities, ratios of those sums
  /// (docs/model.md, "Region figures").
  private func regionTerms(of metric: Metric, year: Int)
    -> ([Explanation.Equation], [Explanation.Input])
  {
    typealias Input = Explanation.Input
    let region = projection.region(in: year)
    let entry = self.region(in: year)
    func output(_ m: Metric, _ quantity: Explanation.Quantity, _ value: Double, year y: Int = year)
      -> Input
    {
      Input(quantity, year: y, value: value, origins: [.output(m, municipality: nil, year: y)])
    }
    func sum(_ equation: Explanation.Equation, _ quantity: Explanation.Quantity)
      -> ([Explanation.Equation], [Input])
    {
      let inputs = paths.compactMap { path -> Input? in
        let name = path.municipality.name
        guard let value = metric.value(of: name, in: year, ledger: self) else { return nil }
        return Input(
          quantity, year: year, municipality: name, value: value,
          origins: [.output(metric, municipality: name, year: year)])
      }
      return ([equation], inputs)
    }
    switch metric {
    case .population: return sum(.regionPopulation, .population)
    case .elderly: return sum(.regionElderly, .elderly)
    case .staff_supply: return sum(.regionSupply, .staffSupply)
    case .staff_demand: return sum(.regionDemand, .staffDemand)
    case .shortfall: return sum(.regionShortfall, .shortfall)
    case .facetime: return sum(.regionFacetime, .facetime)
    case .elderly_share:
      return (
        [.regionShare],
        [
          output(.elderly, .elderly, region.elderly),
          output(.population, .population, region.population),
        ]
      )
    case .staff_per_1000:
      return (
        [.regionStaffPer1000],
        [
          output(.staff_supply, .staffSupply, region.staffSupply),
          output(.population, .population, region.population),
        ]
      )
    case .facetime_per_elderly:
      return (
        [.regionPerElderly],
        [
          output(.facetime, .facetime, entry.facetimeHours),
          output(.elderly, .elderly, entry.elderly),
        ]
      )
    case .facetime_index:
      let base = projection.region(in: projection.firstYear)
      return (
        [.regionIndex],
        [
          output(.facetime_per_elderly, .facetimePerElderly, entry.facetimePerElderly),
          Input(
            .facetimeShare, value: facetimeShare2020,
            origins: [.assumption("facetime_share_2020")]),
          output(.staff_supply, .staffSupply, base.staffSupply, year: base.year),
          Input(.hoursPerFTE, value: base.hoursPerFTE, origins: [.assumption("hours_per_fte")]),
          output(.elderly, .elderly, base.elderly, year: base.year),
          Input(.baseLevel, value: regionBaseLevel, origins: [.computed]),
        ]
      )
    }
  }
}

/// The equations and inputs of one municipality's output, gathered by following the rules
/// of docs/model.md the projection and the ledger applied.
private struct ExplanationTerms {
  typealias Input = Explanation.Input
  let ledger: Ledger
  let path: MunicipalityPath
  let ledgerPath: LedgerPath
  let scenario: Scenario
  let year: Int
  var equations: [Explanation.Equation] = []
  var inputs: [Input] = []

  init(
    ledger: Ledger, path: MunicipalityPath, ledgerPath: LedgerPath, scenario: Scenario, year: Int
  ) {
    self.ledger = ledger
    self.path = path
    self.ledgerPath = ledgerPath
    self.scenario = scenario
    self.year = year
  }

  var municipality: Municipality { path.municipality }
  var model: ModelSettings { scenario.model }
  var baseYear: Int { ledger.projection.firstYear }
  /// `municipalities.昭和村.FIELD`, the key path of one of its values.
  func field(_ name: String) -> String { "municipalities.\(municipality.name).\(name)" }
  func figures(_ y: Int) -> Figures? { path[y] }

  mutating func add(
    _ quantity: Explanation.Quantity, year y: Int? = nil, _ value: Double?,
    _ origins: Explanation.Origin...
  ) {
    guard let value else { return }
    inputs.append(Input(quantity, year: y, value: value, origins: origins))
  }

  mutating func output(_ metric: Metric, _ quantity: Explanation.Quantity, year y: Int) {
    add(
      quantity, year: y, metric.value(of: municipality.name, in: y, ledger: ledger),
      .output(metric, municipality: municipality.name, year: y))
  }

  mutating func explain(_ metric: Metric) {
    switch metric {
    case .population: population()
    case .elderly: elderly()
    case .elderly_share: elderlyShare()
    case .staff_supply: staffSupply()
    case .staff_demand: staffDemand()
    case .shortfall:
      equations = [.shortfall]
      output(.staff_demand, .staffDemand, year: year)
      output(.staff_supply, .staffSupply, year: year)
    case .staff_per_1000:
      equations = [.staffPer1000]
      output(.staff_supply, .staffSupply, year: year)
      output(.population, .population, year: year)
    case .facetime: facetime()
    case .facetime_per_elderly:
      equations = [.facetimePerElderly]
      output(.facetime, .facetime, year: year)
      output(.elderly, .elderly, year: year)
    case .facetime_index:
      equations = [.index, .baseLevel]
      output(.facetime_per_elderly, .facetimePerElderly, year: year)
      add(.facetimeShare, ledger.facetimeShare2020, .assumption("facetime_share_2020"))
      add(.baseStaff, year: baseYear, municipality.staff, .data(field("staff")))
      add(.hoursPerFTE, figures(baseYear)?.hoursPerFTE, .assumption("hours_per_fte"))
      output(.elderly, .elderly, year: baseYear)
      add(.baseLevel, ledgerPath.baseLevel, .computed)
    }
  }

  private var populationMethod: PopulationMethod {
    municipality.populationMethod ?? model.populationMethod
  }

  /// docs/model.md, "Population": an anchor's value as written, else the anchored or the
  /// trend method's equation between the two anchors it reads.
  private mutating func population() {
    if populationMethod == .cohort, municipality.cohort != nil {
      equations = [.populationCohort]
      add(.population, year: year, figures(year)?.population, .data(field("cohort")))
      return
    }
    var series = municipality.population
    if populationMethod == .trend {
      series = YearSeries(
        Dictionary(
          uniqueKeysWithValues: series.anchors.filter { $0.year <= baseYear }.map {
            ($0.year, $0.value)
          }))
    }
    if let value = series[year] {
      add(.population, year: year, value, .data(field("population.\(year)")))
      return
    }
    guard let (a, b) = series.logLinearSegment(at: year) else {
      equations = [.populationConstant]
      for anchor in series.anchors {
        add(.population, year: anchor.year, anchor.value, .data(field("population.\(anchor.year)")))
      }
      return
    }
    equations = [populationMethod == .trend ? .populationTrend : .populationAnchored]
    add(.population, year: a.year, a.value, .data(field("population.\(a.year)")))
    add(.population, year: b.year, b.value, .data(field("population.\(b.year)")))
  }

  /// docs/model.md, "Residents aged 65+": the count the scenario gives for a year whose
  /// population it gives too, else e(t) · P(t).
  private mutating func elderly() {
    if figures(year)?.elderlyBasis == .cohort {
      add(.elderly, year: year, figures(year)?.elderly, .data(field("cohort")))
      return
    }
    if let data = municipality.elderlyCount[year],
      municipality.population[year] == figures(year)?.population
    {
      add(.elderly, year: year, data, .data(field("elderly.\(year)")))
      return
    }
    equations = [.elderly]
    output(.elderly_share, .elderlyShare, year: year)
    output(.population, .population, year: year)
  }

  /// docs/model.md, "Residents aged 65+": e(t) by the rule that gave it.
  private mutating func elderlyShare() {
    if figures(year)?.elderlyBasis == .cohort {
      add(.elderlyShare, year: year, figures(year)?.elderlyShare, .data(field("cohort")))
      return
    }
    let bands = model.elderlyRise == .municipal ? municipality.ageBands : nil
    let national = model.nationalElderlyShare
    switch Projection.elderlyShareRule(of: municipality, in: year) {
    case .data:
      if municipality.elderlyCount[year] != nil { equations = [.shareFromCount] }
      addAnchorShare(year, asParts: true)
    case .interpolated(let a, let b):
      equations = [.shareInterpolated]
      addAnchorShare(a, asParts: false)
      addAnchorShare(b, asParts: false)
    case .shifted(let a):
      equations = [.shareShifted]
      addAnchorShare(a, asParts: false)
      addReferenceShare(at: year, bands: bands, national: national)
      addReferenceShare(at: a, bands: bands, national: national)
    case .reference:
      equations = [.shareOfReference]
      addReferenceShare(at: year, bands: bands, national: national)
    }
  }

  /// e(a), the scenario's own 65+ share of an anchor year: a share it gives, or a count
  /// over that year's population (`asParts`: the count and the population as rows of their
  /// own, for e(a) = E(a) / P(a)).
  private mutating func addAnchorShare(_ a: Int, asParts: Bool) {
    let share = municipality.elderlyShare.linear(at: a)
    guard let count = municipality.elderlyCount[a] else {
      add(.elderlyShare, year: a, share, .data(field("elderly_share.\(a)")))
      return
    }
    let population: Explanation.Origin =
      municipality.population[a] != nil
      ? .data(field("population.\(a)"))
      : .output(.population, municipality: municipality.name, year: a)
    if asParts {
      // The population the scenario file divided the count by (ScenarioDecoder).
      let p = municipality.population[a] ?? municipality.population.logLinear(at: a)
      add(.elderly, year: a, count, .data(field("elderly.\(a)")))
      add(.population, year: a, p, population)
    } else {
      add(.elderlyShare, year: a, share, .data(field("elderly.\(a)")), population)
    }
  }

  /// s(y), the share whose change moves the 65+ share: the age bands' 65+ share, read
  /// linearly between their years; the national share (an assumption) beyond them or
  /// without them.
  private mutating func addReferenceShare(at y: Int, bands: AgeBands?, national: YearSeries) {
    let value = Projection.referenceShare(at: y, bands: bands, national: national)
    guard let bands, let first = bands.years.first, let last = bands.years.last else {
      add(.referenceShare, year: y, value, .assumption("elderly_share_rise"))
      return
    }
    let edge = min(max(y, first), last)
    var origins: [Explanation.Origin] = bandYears(around: edge, in: bands).flatMap {
      [
        .data(field("age_bands.age_65_plus.\($0)")), .data(field("age_bands.population.\($0)")),
      ]
    }
    if edge != y { origins.append(.assumption("elderly_share_rise")) }
    inputs.append(Input(.referenceShare, year: y, value: value, origins: origins))
  }

  /// The bands' years a share at `y` (within them) is read from: `y` itself, or the two
  /// around it.
  private func bandYears(around y: Int, in bands: AgeBands) -> [Int] {
    if bands.years.contains(y) { return [y] }
    let before = bands.years.last { $0 < y }
    let after = bands.years.first { $0 > y }
    return [before, after].compactMap { $0 }
  }

  /// docs/model.md, "Staff demand": D(t) = S(b) · (Q(t) / Q(b)) ^ ε.
  private mutating func staffDemand() {
    equations = [.serviceNeed, .demand]
    let w = model.elderlyWeight
    add(.baseStaff, year: baseYear, municipality.staff, .data(field("staff")))
    output(.population, .population, year: year)
    output(.elderly, .elderly, year: year)
    add(.elderlyWeight, w, .assumption("elderly_weight"))
    add(.serviceNeed, year: year, figures(year)?.serviceNeed(weight: w), .computed)
    if year != baseYear {
      output(.population, .population, year: baseYear)
      output(.elderly, .elderly, year: baseYear)
      add(.serviceNeed, year: baseYear, figures(baseYear)?.serviceNeed(weight: w), .computed)
    }
    add(
      .elasticity, ledger.projection.elasticity,
      ledger.projection.isElasticityFitted ? .fitted : .assumption("elasticity"))
  }

  /// docs/model.md, "Staff supply", by the staffing policy; the base year's staff is table
  /// 1's under every policy.
  private mutating func staffSupply() {
    let staff = Explanation.Origin.data(field("staff"))
    guard year != baseYear else {
      add(.baseStaff, year: baseYear, municipality.staff, staff)
      return
    }
    switch model.staffingPolicy {
    case .fixed:
      equations = [.supplyFixed]
      add(.baseStaff, year: baseYear, municipality.staff, staff)
    case .ratio:
      equations = [.supplyRatio]
      add(.baseStaff, year: baseYear, municipality.staff, staff)
      output(.population, .population, year: year)
      output(.population, .population, year: baseYear)
    case .target:
      equations = [.supplyTarget]
      add(.baseStaff, year: baseYear, municipality.staff, staff)
      if let own = municipality.staffTarget {
        add(.staffTarget, own, .data(field("staff_target")))
      } else {
        add(
          .staffTarget, model.staffTarget.share * municipality.staff,
          .assumption("staff_target"))
      }
      add(.targetYear, Double(model.staffTarget.year), .assumption("staff_target"))
    case .recruitment:
      recruitment()
    }
  }

  /// S(t) = S(t−1) · (1 − q) + hires(t−1), hires(t−1) = min(q · S(t−1), h · r(t−1) · W(t−1)),
  /// h = q · S(b) / (r(b) · W(b)).
  private mutating func recruitment() {
    let previous = year - 1
    guard let last = figures(previous), let base = figures(baseYear) else { return }
    let pool: Explanation.Equation =
      model.recruitmentPool == .workingAge && municipality.ageBands?.years.isEmpty == false
      ? .poolWorkingAge : .poolUnderSixtyFive
    equations = [.supplyRecruitment, .hires, .hiringRate, pool]
    output(.staff_supply, .staffSupply, year: previous)
    add(.leaveRate, model.leaveRate, .assumption("leave_rate"))
    add(.baseStaff, year: baseYear, municipality.staff, .data(field("staff")))
    add(
      .recruitmentIndex, year: baseYear, model.recruitmentIndex.linear(at: baseYear),
      .assumption("recruitment_index"))
    addPool(base, equation: pool)
    add(.hiringRate, path.hiringRate, .computed)
    add(
      .recruitmentIndex, year: previous, model.recruitmentIndex.linear(at: previous),
      .assumption("recruitment_index"))
    addPool(last, equation: pool)
    add(.hires, year: previous, last.hires, .computed)
  }

  /// W(y): the residents aged 15–64, P(y) · w(y) with w from the age bands (held after
  /// their last year, an assumption), or the residents under 65, P(y) − E(y).
  private mutating func addPool(_ figures: Figures, equation: Explanation.Equation) {
    let y = figures.year
    let population = Explanation.Origin.output(
      .population, municipality: municipality.name, year: y)
    guard equation == .poolWorkingAge, let bands = municipality.ageBands,
      let first = bands.years.first, let last = bands.years.last
    else {
      add(
        .recruitmentPool, year: y, figures.recruitmentPool, population,
        .output(.elderly, municipality: municipality.name, year: y))
      return
    }
    let edge = min(max(y, first), last)
    var origins: [Explanation.Origin] =
      [population]
      + bandYears(around: edge, in: bands).flatMap {
        [
          .data(field("age_bands.age_15_64.\($0)")), .data(field("age_bands.population.\($0)")),
        ]
      }
    if !bands.covers(y) { origins.append(.heldAfterBands(last)) }
    inputs.append(
      Input(.recruitmentPool, year: y, value: figures.recruitmentPool, origins: origins))
  }

  /// docs/model.md, "Hours ledger", and where face-to-face hours come from.
  private mutating func facetime() {
    guard let entry = ledgerPath[year] else { return }
    equations = [
      .available, .routineNeed, .freed, .routine, .facetime, .facetimeWithoutMeasures,
      .facetimeFromMeasures, .facetimeFromSurplus, .facetimeFromNeed,
    ]
    output(.staff_supply, .staffSupply, year: year)
    add(.hoursPerFTE, figures(year)?.hoursPerFTE, .assumption("hours_per_fte"))
    add(.available, year: year, entry.availableHours, .computed)
    output(.staff_demand, .staffDemand, year: year)
    add(.facetimeShare, ledger.facetimeShare2020, .assumption("facetime_share_2020"))
    add(.routineNeed, year: year, entry.routineNeedHours, .computed)
    add(
      .freed, year: year, entry.freedHours,
      .freed(municipality: municipality.name, year: year))
    add(.routine, year: year, entry.routineHours, .computed)
    add(
      .facetimeWithoutMeasures, year: year, entry.facetimeFromNeed + entry.facetimeFromSurplus,
      .computed)
    add(.facetimeFromNeed, year: year, entry.facetimeFromNeed, .computed)
    add(.facetimeFromSurplus, year: year, entry.facetimeFromSurplus, .computed)
    add(.facetimeFromMeasures, year: year, entry.facetimeFromMeasures, .computed)
  }
}
