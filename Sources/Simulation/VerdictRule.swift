/// The thresholds of the verdict rule (docs/model.md, "Verdict"), each a named
/// assumption a scenario may change under `[verdict]`.
public struct VerdictRule: Sendable, Equatable {
  /// The share of residents aged 65+ an option may leave unreached; above it the
  /// option is not recommended alone (指針9).
  public var maxUnreachedElderly: Double
  /// Costs per resident reached within this share of the lowest count as a tie,
  /// broken by the staff hours freed.
  public var costTie: Double
  /// The year a verdict is compared with, to say why a later one differs; `nil`
  /// means the scenario's base year.
  public var referenceYear: Int?

  public init(maxUnreachedElderly: Double = 0.05, costTie: Double = 0.10, referenceYear: Int? = nil)
  {
    self.maxUnreachedElderly = maxUnreachedElderly
    self.costTie = costTie
    self.referenceYear = referenceYear
  }
}
