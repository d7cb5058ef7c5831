import Bilingual

/// The range a scenario states for an assumption: where `montecarlo` draws it from, with
/// the range's own source or its reasoning as an assumption (docs/scenario-format.md,
/// "Ranges of assumptions"; docs/model.md, "Uncertainty").
///
/// ```toml
/// [assumptions.leave_rate]
/// value = 0.035
/// range = [0.032, 0.040]
/// range_source = "departures2022"
/// range_note = "…"
/// ```
public struct AssumptionRange: Sendable, Equatable {
  /// The parameter's path as `set` takes it: `leave_rate`, `recruitment_index.2040`,
  /// `staff_target.share`.
  public var path: String
  public var low: Double
  public var high: Double
  /// The id of the source the range comes from; `nil` when it is an assumption.
  public var source: String?
  /// Why the range is what it is.
  public var note: LocalizedText
  /// Where it was written: `aizu.toml:70:1`.
  public var origin: String

  public init(
    path: String, low: Double, high: Double, source: String? = nil,
    note: LocalizedText = LocalizedText(""), origin: String
  ) {
    self.path = path
    self.low = low
    self.high = high
    self.source = source
    self.note = note
    self.origin = origin
  }
}

extension Scenario {
  /// Every range the scenario states, in the order of its assumptions.
  public var ranges: [AssumptionRange] {
    assumptions.flatMap(\.ranges)
  }
}
