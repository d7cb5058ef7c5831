import Bilingual

/// An efficiency measure: work done differently so that staff time is freed.
///
/// The guideline's central promise (指針1) is that time and people freed by
/// efficiency go back to residents as better service. A measure states who adopts
/// it, when, how far, at what cost and how many hours it frees; the `Ledger` adds
/// the hours up year by year (docs/model.md, "Measures", "Adoption", "Costs").
///
/// ```swift
/// let online = Measure(
///   id: "online_procedures", name: LocalizedText(ja: "行政手続のオンライン化", en: "online procedures"),
///   guideline: 1, approach: .digital, adopters: .all, start: 2025, rampYears: 3,
///   savings: .perCase(minutes: 10, casesPer1000: 1000, uptake: Reach(under65: 0.5, elderly: 0.2)))
/// online.adoption(in: 2026)   // 2/3: a third more each year from R7, full from R9
/// ```
public struct Measure: Sendable, Equatable {
  /// The key in the scenario file (`online_procedures`).
  public var id: String
  public var name: LocalizedText
  /// The number of the guideline (指針) it serves, 1 to 18.
  public var guideline: Int
  /// Digital, analog or both.
  public var approach: Approach
  public var adopters: Adopters
  /// The first year the measure frees any time.
  public var start: Int
  /// Years from the start to full adoption, at least 1.
  public var rampYears: Int
  /// The share of the measure's potential reached at full adoption, 0 to 1.
  public var maxAdoption: Double
  /// Yen paid once, in the start year; `nil` when the scenario does not state it.
  public var initialCost: Double?
  /// Yen paid every year from the start year on; `nil` when not stated.
  public var yearlyCost: Double?
  /// Hours freed a year at full adoption, per adopter.
  public var savings: Savings
  /// Whether fixed savings were stated in minutes (the seed's grassroots DX gives
  /// minutes), so that tables show them as written.
  public var isStatedInMinutes: Bool
  /// Why the figures are what they are, and which of them are assumptions.
  public var note: LocalizedText
  /// The id of the source some of the figures come from, if any.
  public var source: String?
  /// The fields (`savings`, `start`, …) that `source` supplies; every other figure
  /// is an assumption.
  public var sourceFields: [String]

  public init(
    id: String, name: LocalizedText, guideline: Int, approach: Approach, adopters: Adopters,
    start: Int, rampYears: Int = 1, maxAdoption: Double = 1, initialCost: Double? = nil,
    yearlyCost: Double? = nil, savings: Savings, isStatedInMinutes: Bool = false,
    note: LocalizedText = LocalizedText(""), source: String? = nil, sourceFields: [String] = []
  ) {
    self.id = id
    self.name = name
    self.guideline = guideline
    self.approach = approach
    self.adopters = adopters
    self.start = start
    self.rampYears = rampYears
    self.maxAdoption = maxAdoption
    self.initialCost = initialCost
    self.yearlyCost = yearlyCost
    self.savings = savings
    self.isStatedInMinutes = isStatedInMinutes
    self.note = note
    self.source = source
    self.sourceFields = sourceFields
  }

  /// The guidelines are numbered 1 to 18 (『人生100年時代 会津地域自治体広域連携指針』).
  public static let guidelines = 1...18

  /// The share of the measure's potential reached in `year` (docs/model.md, "Adoption"):
  /// 0 before the start, then rising in equal steps to the maximum over the ramp years:
  ///
  ///     adoption(t) = max · min(1, (t − start + 1) / ramp)     for t ≥ start
  public func adoption(in year: Int) -> Double {
    guard year >= start else { return 0 }
    let progress = Double(year - start + 1) / Double(max(rampYears, 1))
    return maxAdoption * min(1, progress)
  }

  /// Whether the measure runs (and costs money) in `year`.
  public func isActive(in year: Int) -> Bool {
    adoption(in: year) > 0
  }

  /// Whether `field` (`savings`, `start`, …) is an assumption rather than data from
  /// the measure's source.
  public func isAssumption(_ field: String) -> Bool {
    source == nil || !sourceFields.contains(field)
  }
}

/// Who adopts a measure.
public enum Adopters: Sendable, Equatable {
  /// Every municipality of the scenario, each on its own and paying its own costs.
  case all
  /// The municipalities named (kanji names), each paying its own costs.
  case listed([String])
  /// A group run jointly (指針2), its costs split by population among its members;
  /// `nil` is every municipality of the scenario.
  case shared([String]?)
  /// The prefecture's regional office (会津地方振興局), not a municipality: its
  /// freed hours enter no municipality's ledger.
  case regionalOffice

  /// The places in `scenario.municipalities` of the adopting municipalities, in the
  /// scenario's order.
  public func indices(in scenario: Scenario) -> [Int] {
    let municipalities = scenario.municipalities
    switch self {
    case .all, .shared(nil): return Array(municipalities.indices)
    case .listed(let listed), .shared(let listed?):
      return municipalities.indices.filter { listed.contains(municipalities[$0].name) }
    case .regionalOffice: return []
    }
  }

  /// Whether the costs are paid once by a group and split by population.
  public var isShared: Bool {
    if case .shared = self { return true }
    return false
  }
}
