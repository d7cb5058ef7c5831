import Simulation

/// The range every number of a scenario must lie in, and the caps on scenario files
/// themselves (docs/scenario-format.md; listed in docs/reliability.md, "Limits").
///
/// The ranges are far wider than any Japanese municipality needs, and narrow enough
/// that no sum, product or conversion the model makes from them overflows: a value
/// outside its range is a located error, never a crash or a silent `inf`.
public enum Limits {
  /// Years a scenario may name: past population data from 1900, projections to 2100.
  public static let years = 1900...Scenario.lastYear
  /// Residents of one municipality, in all and aged 65+ (Japan has about 124 million).
  public static let population: ClosedRange<Double> = 0...100_000_000
  /// Staff of one municipality: a headcount (`staff`, `staff_target`, `residence`).
  public static let headcount: ClosedRange<Double> = 0...1_000_000
  /// A cost in yen, paid once or each year (10 trillion yen, several prefectures' budgets).
  public static let yen: ClosedRange<Double> = 0...10_000_000_000_000
  /// A cost in yen per resident.
  public static let yenPerResident: ClosedRange<Double> = 0...10_000_000
  /// Staff hours freed (or, for an option, used) a year: 1 billion either way.
  public static let hoursPerYear = 1_000_000_000.0
  /// The same in minutes.
  public static let minutesPerYear = 60_000_000_000.0
  /// Minutes saved (or used) per case.
  public static let minutesPerCase = 1_000_000.0
  /// Cases a year per 1,000 residents.
  public static let casesPer1000: ClosedRange<Double> = 0...1_000_000
  /// Working hours of one full-time employee a year (at most every hour of a leap year).
  public static let hoursPerFTE: ClosedRange<Double> = 1...8784
  /// An area in km² (Hokkaido has 83,424).
  public static let area: ClosedRange<Double> = 0...100_000
  /// Income per head in thousands of yen.
  public static let incomePerHeadKyen: ClosedRange<Double> = 0...1_000_000
  /// 財政力指数, the fiscal strength index (about 0.1 to 2 in practice).
  public static let fiscalStrength: ClosedRange<Double> = 0...100
  /// A ratio or index with no natural bound: `elderly_weight`, `recruitment_index`,
  /// `child_woman_ratio`.
  public static let ratio: ClosedRange<Double> = 0...100
  /// ε, the elasticity of staff demand to service need.
  public static let elasticity: ClosedRange<Double> = 0...3
  /// A number a check compares an output with (`[checks.ID]`): an output may be negative (a
  /// surplus is a negative shortfall), and none comes near a trillion.
  public static let checkValue: ClosedRange<Double> = -1_000_000_000_000...1_000_000_000_000

  /// The largest scenario file read, in bytes (1 MiB; the built-in one is under 64 KiB).
  public static let fileBytes = 1 << 20
  /// The longest line of a scenario file, in characters.
  public static let lineCharacters = 4096
  /// How many files a chain of `extends` may hold, the first included.
  public static let extendsDepth = 16
}
