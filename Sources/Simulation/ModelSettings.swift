/// The methods and parameters a projection runs on; docs/model.md defines each.
///
/// The defaults here are the documented defaults; the built-in scenario states
/// them again, with their reasons, as named assumptions.
public struct ModelSettings: Sendable, Equatable {
  public var populationMethod: PopulationMethod
  public var staffingPolicy: StaffingPolicy
  /// Working hours of one full-time employee a year.
  public var hoursPerFTE: Double
  /// q: the share of staff who leave in a year (retirement and early departures).
  public var leaveRate: Double
  /// w: how much more municipal service an older resident needs than a younger one.
  public var elderlyWeight: Double
  /// ε, the elasticity of staff demand to service need; `nil` fits it to the scenario.
  public var elasticity: Double?
  /// r(t): the recruitment-pool index, 1 in the base year unless a what-if says otherwise.
  public var recruitmentIndex: YearSeries
  /// The national share of residents aged 65+, whose rise is added to a
  /// municipality's own share beyond its data (IPSS 2017, medium variant).
  public var nationalElderlyShare: YearSeries
  /// The target year and share of base-year staff for the `target` policy.
  public var staffTarget: StaffTarget
  /// f0: the share of staff time spent face to face in the base year
  /// (docs/model.md, "Hours ledger").
  public var facetimeShare2020: Double

  public init(
    populationMethod: PopulationMethod = .anchored,
    staffingPolicy: StaffingPolicy = .recruitment,
    hoursPerFTE: Double = 1800,
    leaveRate: Double = 0.035,
    elderlyWeight: Double = 1,
    elasticity: Double? = nil,
    recruitmentIndex: YearSeries = YearSeries([2020: 1]),
    nationalElderlyShare: YearSeries = YearSeries([2020: 0.289, 2040: 0.353, 2065: 0.384]),
    staffTarget: StaffTarget = StaffTarget(year: 2040, share: 0.5),
    facetimeShare2020: Double = 0.25
  ) {
    self.populationMethod = populationMethod
    self.staffingPolicy = staffingPolicy
    self.hoursPerFTE = hoursPerFTE
    self.leaveRate = leaveRate
    self.elderlyWeight = elderlyWeight
    self.elasticity = elasticity
    self.recruitmentIndex = recruitmentIndex
    self.nationalElderlyShare = nationalElderlyShare
    self.staffTarget = staffTarget
    self.facetimeShare2020 = facetimeShare2020
  }
}

/// How population is projected from a municipality's data.
public enum PopulationMethod: String, Sendable, CaseIterable {
  /// Constant growth between anchor years; the last segment's rate continues after.
  case anchored
  /// The rate from the last anchor before the base year to the base year, continued.
  case trend
  /// A 5-year cohort-component projection from population by age group.
  case cohort
}

/// How the staff a municipality will have (its supply) evolves.
public enum StaffingPolicy: String, Sendable, CaseIterable {
  /// Leavers replaced as far as the recruitment pool allows.
  case recruitment
  /// Base-year staff kept.
  case fixed
  /// Staff per 1,000 residents kept.
  case ratio
  /// A straight path to a target headcount in a target year.
  case target
}

/// The target of the `target` staffing policy.
public struct StaffTarget: Sendable, Equatable {
  public var year: Int
  /// The target as a share of base-year staff (0.5: the national 2040 strategy's "half").
  public var share: Double

  public init(year: Int, share: Double) {
    self.year = year
    self.share = share
  }
}
