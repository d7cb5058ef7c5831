import Bilingual

/// One way of carrying out a guideline: a QR-code app or coloured floor tape, online
/// applications or the counter and home visits.
///
/// Every figure is per municipality adopting the option; docs/model.md, "Guidelines
/// and options", says how each enters a comparison. The built-in scenario states
/// the figures the seed does not give as assumptions, with a `note` on how they were
/// chosen.
public struct ServiceOption: Sendable, Equatable {
  /// The key in the scenario file (`floor_tape`), unique within its guideline.
  public var id: String
  public var name: LocalizedText
  public var approach: Approach
  public var cost: OptionCost
  /// Staff hours a year it frees (positive) or uses (negative) once in effect.
  public var savings: Savings
  /// The share of residents it serves, by age group: who can use it, take part or
  /// benefit.
  public var reach: Reach
  /// Whether it still works when power or the network is down.
  public var worksInDisaster: Bool
  /// Years from the start (the base year) until it takes effect.
  public var leadYears: Int
  /// How the figures were chosen.
  public var note: LocalizedText

  public init(
    id: String, name: LocalizedText, approach: Approach, cost: OptionCost, savings: Savings,
    reach: Reach, worksInDisaster: Bool, leadYears: Int,
    note: LocalizedText = LocalizedText("")
  ) {
    self.id = id
    self.name = name
    self.approach = approach
    self.cost = cost
    self.savings = savings
    self.reach = reach
    self.worksInDisaster = worksInDisaster
    self.leadYears = leadYears
    self.note = note
  }
}

/// What an option costs one municipality, in yen: once at the start and every year
/// it runs, in total and per resident.
public struct OptionCost: Sendable, Equatable {
  public var initial: Double
  public var yearly: Double
  /// Per resident of the base year, once (terminals installed in every home).
  public var initialPerResident: Double
  /// Per resident of each year it runs (printing a newsletter for everyone).
  public var yearlyPerResident: Double

  public init(
    initial: Double, yearly: Double, initialPerResident: Double = 0, yearlyPerResident: Double = 0
  ) {
    self.initial = initial
    self.yearly = yearly
    self.initialPerResident = initialPerResident
    self.yearlyPerResident = yearlyPerResident
  }

  public static func + (lhs: OptionCost, rhs: OptionCost) -> OptionCost {
    OptionCost(
      initial: lhs.initial + rhs.initial, yearly: lhs.yearly + rhs.yearly,
      initialPerResident: lhs.initialPerResident + rhs.initialPerResident,
      yearlyPerResident: lhs.yearlyPerResident + rhs.yearlyPerResident)
  }
}
