/// The methods and parameters a projection runs on; docs/model.md defines each.
///
/// The defaults here are the documented defaults; the built-in scenario states
/// them again, with their reasons, as named assumptions.
public struct ModelSettings: Sendable, Equatable {
  public var populationMethod: PopulationMethod
  public var staffingPolicy: StaffingPolicy
  /// What moves a municipality's 65+ share beyond its own data: its age bands'
  /// share where they cover the years, else the national share.
  public var elderlyRise: ElderlyRise
  /// Whom hiring draws on: residents aged 15–64 where the age bands give them, or
  /// all residents under 65.
  public var recruitmentPool: RecruitmentPool
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
    elderlyRise: ElderlyRise = .municipal,
    recruitmentPool: RecruitmentPool = .workingAge,
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
    self.elderlyRise = elderlyRise
    self.recruitmentPool = recruitmentPool
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

/// What moves a municipality's 65+ share beyond the years its scenario gives it
/// (docs/model.md, "Residents aged 65+").
public enum ElderlyRise: String, Sendable, CaseIterable {
  /// The municipality's own change in its age bands (IPSS 2023) where they cover the
  /// years; the national share elsewhere, and for a municipality without bands.
  case municipal
  /// The national share (`elderly_share_rise`, IPSS 2017) everywhere.
  case national
}

/// Whom hiring draws on under the `recruitment` policy (docs/model.md, "Staff supply").
public enum RecruitmentPool: String, Sendable, CaseIterable {
  /// Residents aged 15–64, from the municipality's age bands: W = P · w. A
  /// municipality without bands falls back to `underSixtyFive`.
  case workingAge = "working_age"
  /// All residents under 65, children included: P − E.
  case underSixtyFive = "under_65"
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
