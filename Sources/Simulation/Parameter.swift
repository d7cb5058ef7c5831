/// A number of a scenario that `sweep`, `sensitivity`, `montecarlo` and `solve` vary,
/// put in place directly on a `Scenario` value: no scenario file is read or decoded again.
///
/// A parameter is named by the path `set` takes (`leave_rate`, `recruitment_index.2040`,
/// `measures.online_procedures.max_adoption`), accepts the values `set` accepts (its
/// `limits`), and applying a value gives exactly the scenario `set PATH VALUE` would
/// (docs/model.md, "Parameters the exploring commands vary"). The list of parameters and
/// their limits is `ScenarioFile.parameters(of:)`, beside the limits the decoder enforces.
///
/// ```swift
/// let q = ScenarioFile.parameter("leave_rate", in: scenario)   // a Parameter
/// var what = scenario
/// q.apply(0.04, to: &what)          // as `set leave_rate 0.04`
/// q.value(in: what)                 // 0.04
/// ```
public struct Parameter: Sendable {
  /// The path `set` takes, in its short form, years in 西暦: `recruitment_index.2040`.
  public let path: String
  /// The values `set` accepts.
  public let limits: ClosedRange<Double>
  /// Whether the lower limit itself is refused (`facetime_share_2020` must be above 0).
  public let excludesLowerLimit: Bool
  private let read: @Sendable (Scenario) -> Double
  private let write: @Sendable (inout Scenario, Double) -> Void

  public init(
    path: String, limits: ClosedRange<Double>, excludesLowerLimit: Bool = false,
    read: @escaping @Sendable (Scenario) -> Double,
    write: @escaping @Sendable (inout Scenario, Double) -> Void
  ) {
    self.path = path
    self.limits = limits
    self.excludesLowerLimit = excludesLowerLimit
    self.read = read
    self.write = write
  }

  /// The value in force in `scenario` (ε fitted when the scenario says `fitted`).
  public func value(in scenario: Scenario) -> Double {
    read(scenario)
  }

  /// Puts `value` in place, as `set PATH VALUE` would. The caller checks `allows(_:)` first.
  public func apply(_ value: Double, to scenario: inout Scenario) {
    write(&scenario, value)
  }

  /// `scenario` with `value` in place.
  public func applied(_ value: Double, to scenario: Scenario) -> Scenario {
    var changed = scenario
    write(&changed, value)
    return changed
  }

  /// Whether `set` accepts `value`: finite and within the limits.
  public func allows(_ value: Double) -> Bool {
    value.isFinite && limits.contains(value)
      && !(excludesLowerLimit && value == limits.lowerBound)
  }

  /// The lowest value `set` accepts: the lower limit, or the next number above it when
  /// the limit itself is refused.
  public var lowest: Double {
    excludesLowerLimit ? limits.lowerBound.nextUp : limits.lowerBound
  }

  /// `value` moved into the limits.
  public func clamped(_ value: Double) -> Double {
    min(max(value, lowest), limits.upperBound)
  }
}

/// An output a command aims at: one metric for a municipality or the region in a year
/// (`shortfall 会津地域 2040`).
public struct ModelOutput: Sendable, Equatable {
  public var metric: Metric
  /// The municipality's kanji name, or `nil` for the region.
  public var municipality: String?
  public var year: Int

  public init(_ metric: Metric, of municipality: String? = nil, in year: Int) {
    self.metric = metric
    self.municipality = municipality
    self.year = year
  }

  /// The value in `ledger`, `nil` when it has no such municipality or year.
  public func value(in ledger: Ledger) -> Double? {
    metric.value(of: municipality, in: year, ledger: ledger)
  }
}

extension Scenario {
  /// The ledger these outputs are read from: the scenario projected through the horizon,
  /// or the latest year asked for when that is later; its ledger kept only from the first
  /// to the last year asked for (each year's ledger rests on that year and the base year).
  ///
  /// - Parameter base: a projection whose residents may be reused
  ///   (`Projection.init(_:through:reusing:)`).
  public func ledger(for outputs: [ModelOutput], reusing base: Projection? = nil) -> Ledger {
    let years = outputs.map(\.year)
    return Ledger(
      Projection(self, through: max(horizon, years.max() ?? horizon), reusing: base),
      withCosts: false,
      years: years.isEmpty ? nil : (years.min() ?? baseYear)...(years.max() ?? horizon))
  }

  /// Each output's value, `nan` where the ledger has none.
  public func values(of outputs: [ModelOutput], reusing base: Projection? = nil) -> [Double] {
    let ledger = ledger(for: outputs, reusing: base)
    return outputs.map { $0.value(in: ledger) ?? .nan }
  }
}
