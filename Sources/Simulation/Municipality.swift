import Bilingual

/// One municipality's data, as the scenario gives it.
public struct Municipality: Sendable, Equatable {
  /// The name in kanji (`会津若松市`); unique within a scenario.
  public var name: String
  /// The name in romaji (`Aizuwakamatsu`); unique within a scenario.
  public var romaji: String
  /// Residents at anchor years (2015, 2020 and 2040 in the seed's table 2).
  public var population: YearSeries
  /// The share of residents aged 65 and over at anchor years (2020 from table 1).
  public var elderlyShare: YearSeries
  /// Residents aged 65 and over at the anchor years where the scenario gives a count
  /// (table 1's 2020), so that a year whose population is data too shows the count
  /// itself rather than share × population, which may miss it in the last digit.
  public var elderlyCount: YearSeries
  /// Municipal staff in the base year (table 1).
  public var staff: Double
  public var areaKm2: Double?
  /// 一人当たり分配所得, in thousands of yen (table 1, H29).
  public var incomePerHeadKyen: Double?
  /// 財政力指数 (table 1, R1).
  public var fiscalStrength: Double?
  /// Where the staff live (table 3, R3.8.24), if known.
  public var residence: StaffResidence?
  /// A population method for this municipality only, overriding the scenario's.
  public var populationMethod: PopulationMethod?
  /// Population by age group and sex, for the cohort method.
  public var cohort: CohortData?
  /// Residents by broad age band from an official projection (IPSS 2023 in the
  /// built-in scenario): the 65+ share's change and the working-age pool.
  public var ageBands: AgeBands?
  /// The headcount to reach under the `target` staffing policy, overriding the
  /// scenario's share.
  public var staffTarget: Double?
  /// Notes on single values, keyed by field (`population.2040`: 希望値), in both languages.
  public var notes: [String: LocalizedText]

  public init(
    name: String, romaji: String, population: YearSeries, elderlyShare: YearSeries,
    elderlyCount: YearSeries = YearSeries([:]), staff: Double, areaKm2: Double? = nil,
    incomePerHeadKyen: Double? = nil,
    fiscalStrength: Double? = nil, residence: StaffResidence? = nil,
    populationMethod: PopulationMethod? = nil, cohort: CohortData? = nil,
    ageBands: AgeBands? = nil, staffTarget: Double? = nil, notes: [String: LocalizedText] = [:]
  ) {
    self.name = name
    self.romaji = romaji
    self.population = population
    self.elderlyShare = elderlyShare
    self.elderlyCount = elderlyCount
    self.staff = staff
    self.areaKm2 = areaKm2
    self.incomePerHeadKyen = incomePerHeadKyen
    self.fiscalStrength = fiscalStrength
    self.residence = residence
    self.populationMethod = populationMethod
    self.cohort = cohort
    self.ageBands = ageBands
    self.staffTarget = staffTarget
    self.notes = notes
  }

  /// Whether `text` names this municipality: its kanji name, or its romaji in any case.
  public func matches(_ text: String) -> Bool {
    text == name || text.lowercased() == romaji.lowercased()
  }

  /// `会津若松市 Aizuwakamatsu`, the label tables use.
  public var label: String { "\(name) \(romaji)" }
}

/// Where a municipality's staff live (the seed's table 3).
public struct StaffResidence: Sendable, Equatable {
  /// Staff counted by the survey (it differs from table 1's count: another date).
  public var staff: Double
  /// Staff living inside the municipality they work for.
  public var inside: Double
  /// Staff living in another municipality.
  public var outside: Double

  public init(staff: Double, inside: Double, outside: Double) {
    self.staff = staff
    self.inside = inside
    self.outside = outside
  }
}
