/// Staff time an efficiency measure or a service option frees (or, negative, uses).
///
/// docs/model.md, "Savings": three ways to state it, from the simplest to the one
/// that follows the population.
public enum Savings: Sendable, Equatable {
  /// A fixed number of staff hours a year.
  case hoursPerYear(Double)
  /// Minutes saved per case, times cases per 1,000 residents a year, times the share
  /// of residents who use the channel, by age group: savings shrink with the
  /// population and with older residents' lower uptake.
  case perCase(minutes: Double, casesPer1000: Double, uptake: Reach)
  /// A share of the routine work.
  case shareOfRoutine(Double)

  /// Hours a year for a municipality with `population` residents, `elderly` of
  /// them aged 65+, and `routineHours` of routine work.
  public func hours(population: Double, elderly: Double, routineHours: Double) -> Double {
    switch self {
    case .hoursPerYear(let hours):
      return hours
    case .perCase(let minutes, let casesPer1000, let uptake):
      let users = uptake.residentsReached(population: population, elderly: elderly)
      return minutes / 60 * casesPer1000 / 1000 * users
    case .shareOfRoutine(let share):
      return share * routineHours
    }
  }
}

/// The share of residents a channel reaches, by age group.
public struct Reach: Sendable, Equatable {
  /// Residents under 65.
  public var under65: Double
  /// Residents aged 65 and over.
  public var elderly: Double

  public init(under65: Double, elderly: Double) {
    self.under65 = under65
    self.elderly = elderly
  }

  /// Everyone.
  public static let everyone = Reach(under65: 1, elderly: 1)

  /// Residents reached: (P − E)·under65 + E·elderly.
  public func residentsReached(population: Double, elderly e: Double) -> Double {
    (population - e) * under65 + e * elderly
  }
}
