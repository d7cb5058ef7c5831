/// One-at-a-time sensitivity: each parameter moved down and up by a share of its value,
/// the others kept, and an output's value at both ends (docs/model.md, "Sensitivity").
///
/// ```swift
/// let result = Sensitivity.ranked(
///   scenario, parameters: parameters, output: ModelOutput(.shortfall, in: 2040), by: 0.1)
/// result.effects.first?.parameter.path   // the assumption that moves it most
/// ```
public enum Sensitivity {
  /// One parameter's effect.
  public struct Effect: Sendable {
    public var parameter: Parameter
    /// Its value in the scenario.
    public var base: Double
    /// The values tried: base · (1 − by) and base · (1 + by), each moved into the limits.
    public var low: Double
    public var high: Double
    /// The output with the low and the high value.
    public var outputLow: Double
    public var outputHigh: Double

    /// Whether a value tried was moved into the parameter's limits.
    public var isClamped = false

    /// The output at the high value minus at the low one: its sign says which way the
    /// parameter moves the output.
    public var swing: Double { outputHigh - outputLow }

    /// Whether the output moved at all: no, for an assumption this output does not use,
    /// or one at 0, which a share of itself does not move.
    public var hasEffect: Bool { outputLow != outputHigh }
  }

  /// What `ranked` found.
  public struct Result: Sendable {
    /// The output with every parameter as the scenario has it.
    public var base: Double
    /// Every parameter's effect, the largest swing (by size) first; ties keep the
    /// parameters' order.
    public var effects: [Effect]
  }

  /// Each parameter moved by `by` (0.1 for ±10%) of its value, the output read with each
  /// end. Two projections per parameter; the scenario itself is not changed.
  public static func ranked(
    _ scenario: Scenario, parameters: [Parameter], output: ModelOutput, by share: Double
  ) -> Result {
    func read(_ changed: Scenario) -> Double { changed.values(of: [output])[0] }
    let effects = parameters.map { parameter in
      let base = parameter.value(in: scenario)
      let wantedLow = base * (1 - share)
      let wantedHigh = base * (1 + share)
      let low = parameter.clamped(wantedLow)
      let high = parameter.clamped(wantedHigh)
      var effect = Effect(
        parameter: parameter, base: base, low: low, high: high,
        outputLow: read(parameter.applied(low, to: scenario)),
        outputHigh: read(parameter.applied(high, to: scenario)))
      effect.isClamped = low != wantedLow || high != wantedHigh
      return effect
    }
    // A swing that is not a number (an output that is not one) ranks last.
    func size(_ effect: Effect) -> Double {
      effect.swing.isNaN ? -1 : effect.swing.magnitude
    }
    let ranked = effects.enumerated().sorted { a, b in
      let (x, y) = (size(a.element), size(b.element))
      return x != y ? x > y : a.offset < b.offset
    }
    return Result(base: read(scenario), effects: ranked.map(\.element))
  }
}
