import ScenarioFile
import Simulation

/// Fuzzing target `scenario`: arbitrary text as a scenario file, read and decoded as `load`
/// does, then projected when it decodes.
///
/// The text may `extends = "aizu"` (the built-in scenario) or name any other file: every other
/// name reads the same text again under that name, so chains, cycles and the `extends` depth
/// limit are reached without a disk.
public enum ScenarioTarget {
  /// The name the input is reported under.
  static let name = "fuzz.toml"

  /// An input that makes what the target keeps for good (see `Fuzzing.main`).
  public static let warmUp: [[UInt8]] = [Array("extends = \"aizu\"\n".utf8)]

  /// Runs one input. Returns whether it decoded into a scenario (for tests and statistics).
  @discardableResult
  public static func run(_ data: [UInt8]) -> Bool {
    let text = String(decoding: data, as: UTF8.self)
    let source = ScenarioText(name: name, identity: "/\(name)", text: text)
    let (document, _) = ScenarioFile.read(source) { reference, _ in
      ScenarioText(name: reference, identity: "/\(reference)", text: text)
    }
    guard let document else { return false }
    let (scenario, _) = ScenarioFile.decode(document)
    guard let scenario else { return false }
    // Every value is in its range: nothing computed from them may trap.
    let projection = Projection(scenario, through: scenario.horizon)
    _ = projection.region(in: scenario.horizon)
    return true
  }
}
