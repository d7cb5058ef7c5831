/// Population by five-year age group and sex, with the rates a cohort-component
/// projection needs (docs/model.md, "Population, method cohort").
///
/// Groups run 0–4, 5–9, … and the last one is open-ended (for example 85+). The
/// method follows IPSS's municipal projections: survivors move up one group every
/// five years, net migration is a rate on the survivors, and children aged 0–4 are
/// the child–woman ratio times the women aged 15–49.
public struct CohortData: Sendable, Equatable {
  /// The year the age tables describe; it must be the scenario's base year.
  public var year: Int
  public var male: [Double]
  public var female: [Double]
  /// s[i]: the share of group i alive five years later; the last entry is for the
  /// open-ended group staying in it. One entry per group.
  public var survivalMale: [Double]
  public var survivalFemale: [Double]
  /// m[j]: the net migration rate over five years of the survivors arriving in
  /// group j + 1 (5–9 first, the open-ended group last). One entry per group but the first.
  public var migrationMale: [Double]
  public var migrationFemale: [Double]
  /// Children aged 0–4 per woman aged 15–49.
  public var childWomanRatio: Double
  /// The share of boys among children aged 0–4.
  public var maleShareOfChildren: Double

  public init(
    year: Int, male: [Double], female: [Double], survivalMale: [Double],
    survivalFemale: [Double], migrationMale: [Double], migrationFemale: [Double],
    childWomanRatio: Double, maleShareOfChildren: Double
  ) {
    self.year = year
    self.male = male
    self.female = female
    self.survivalMale = survivalMale
    self.survivalFemale = survivalFemale
    self.migrationMale = migrationMale
    self.migrationFemale = migrationFemale
    self.childWomanRatio = childWomanRatio
    self.maleShareOfChildren = maleShareOfChildren
  }

  /// Groups are five years wide.
  public static let groupWidth = 5
  /// The index of the 15–19 group, the first of the women counted for births.
  static let firstMotherGroup = 3
  /// The index of the 45–49 group, the last of the women counted for births.
  static let lastMotherGroup = 9
  /// The index of the 65–69 group, the first of the residents aged 65+.
  public static let firstElderlyGroup = 13
  /// Fewest groups the method accepts: 0–4 up to an open-ended 65+.
  public static let minimumGroups = 14

  public var groupCount: Int { male.count }
  public var total: Double { male.reduce(0, +) + female.reduce(0, +) }
  public var elderly: Double {
    male[Self.firstElderlyGroup...].reduce(0, +) + female[Self.firstElderlyGroup...].reduce(0, +)
  }

  /// The population five years later.
  public func advanced() -> CohortData {
    var next = self
    next.year = year + Self.groupWidth
    next.male = Self.aged(male, survival: survivalMale, migration: migrationMale)
    next.female = Self.aged(female, survival: survivalFemale, migration: migrationFemale)
    let mothers = next.female[Self.firstMotherGroup...Self.lastMotherGroup].reduce(0, +)
    let children = childWomanRatio * mothers
    next.male[0] = children * maleShareOfChildren
    next.female[0] = children * (1 - maleShareOfChildren)
    return next
  }

  /// Moves every group up one: P[j](t+5) = P[j−1](t)·s[j−1]·(1 + m[j−1]); the open
  /// group keeps its own survivors too. Group 0 is left for births.
  private static func aged(_ groups: [Double], survival s: [Double], migration m: [Double])
    -> [Double]
  {
    let n = groups.count
    var next = [Double](repeating: 0, count: n)
    for j in 1..<n {
      var survivors = groups[j - 1] * s[j - 1]
      if j == n - 1 { survivors += groups[j] * s[j] }
      next[j] = survivors * (1 + m[j - 1])
    }
    return next
  }
}
