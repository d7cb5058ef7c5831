import ScenarioFile
import Simulation
import Testing

@testable import Shell

/// Every number the scenario format takes, set at the prompt to values no planner means
/// (0, 10⁻¹⁵, 10²⁵, 10³⁰⁸, negative, NaN, infinity), then every command that computes
/// with it. Each value is accepted, and the commands answer, or refused with a message
/// that names the value's place; a trap would end the test process.
@Suite("Every numeric field through 0, tiny, huge, negative, NaN and infinity")
struct NumericSweepTests {
  static let values = ["0", "1e-15", "1e25", "1e308", "-1", "-1e25", "nan", "inf", "-inf"]
  static let commands = [
    "project", "compare 18 Showa", "services", "measures", "guidelines", "disaster", "freed",
    "chart population",
  ]

  /// The numeric fields of the built-in scenario, from `ScenarioFile.settablePaths`:
  /// values that are numbers or years, and the entries of tables of them
  /// (`recruitment_index.2040`). To keep the sweep quick, 昭和村 stands for the 13
  /// municipalities and one option for all the options with the same keys; every
  /// measure is kept, since their savings take different forms.
  static func numericFields(of document: ScenarioDocument) -> [String] {
    var shapes: Set<String> = []
    let paths = ScenarioFile.settablePaths(document).flatMap { path -> [String] in
      guard case .success(let full) = ScenarioFile.settingPath(path, in: document) else {
        return []
      }
      var node: Node? = document.root
      for key in full { node = node?.table?[key] }
      let value = node?.table?["value"] ?? node
      if let entries = value?.table?.entries {
        return entries.filter { isNumeric($0.node) }.map { "\(path).\($0.key)" }
      }
      return value.map(isNumeric) == true ? [path] : []
    }
    // Numbers the scenario could give but does not.
    let unwritten = [
      "elasticity", "recruitment_index.2040", "昭和村.elderly.2040", "昭和村.elderly_share.2040",
      "昭和村.staff_target", "昭和村.age_bands.age_15_64.2040", "昭和村.age_bands.population.2050",
    ]
    return (paths + unwritten).filter { path in
      var parts = path.split(separator: ".").map(String.init)
      if let municipality = document.municipalityKey(parts[0]), municipality != "昭和村" {
        return false
      }
      if parts[0] == "guidelines", parts.count > 4 { (parts[1], parts[3]) = ("N", "ID") }
      if parts[0] == "facetime", parts.count > 3 { parts[2] = "ID" }
      return shapes.insert(parts.joined(separator: ".")).inserted
    }
  }

  private static func isNumeric(_ node: Node) -> Bool {
    node.number != nil || node.string.map { Year.parse($0) != nil } == true
  }

  @Test(
    "each value accepted, and every command answers, or refused at its place", arguments: values)
  func sweep(value: String) throws {
    var shell = try makeShell()
    let fields = Self.numericFields(of: shell.session.document)
    #expect(fields.count > 70)
    for path in fields {
      let outcome = shell.execute("set \(path) \(value)")
      guard outcome.status == .success else {
        #expect(
          Self.isLocated(outcome.errors, path: path, in: shell.session.document),
          "set \(path) \(value): \(outcome.errors)")
        continue
      }
      for command in Self.commands {
        let answer = shell.execute(command)
        #expect(answer.status == .success, "set \(path) \(value); \(command): \(answer.errors)")
      }
      #expect(shell.execute("unset \(path)").status == .success)
    }
  }

  /// The floor tape then costs 0 against the app's 9,000,000 yen: a ratio of 10²²
  /// that the verdict's words once turned into an `Int` and trapped on. In 昭和村 in 2040
  /// the app reaches 328.64 × 0.5 + 321.36 × 0.15 = 212.52 (E from IPSS 2023's change),
  /// ¥42,348 each, against the tape's ¥10⁻¹⁵ / 650: 42,348 × 650 / 10⁻¹⁵ = 2.75 × 10²²,
  /// written with two significant digits.
  @Test("an option costing next to nothing is compared, in words that do not trap")
  func nearlyFree() throws {
    var shell = try makeShell()
    #expect(
      shell.execute("set guidelines.18.options.floor_tape.yearly_cost_yen 0").status == .success)
    #expect(
      shell.execute("set guidelines.18.options.floor_tape.initial_cost_yen 1e-15").status
        == .success)
    let outcome = shell.execute("compare 18 Showa")
    #expect(outcome.status == .success)
    #expect(
      outcome.output.contains(
        "at about 1/28,000,000,000,000,000,000,000 of the cost per resident reached"))
  }

  @Test("costs and populations beyond their ranges are refused with the range")
  func beyondRange() throws {
    var shell = try makeShell()
    #expect(
      shell.execute("set guidelines.18.options.floor_tape.yearly_cost_yen 1e25").errors
        == "error: guidelines.18.options.floor_tape.yearly_cost_yen: 1e+25 is out of range; expected a cost in yen from 0 to 10,000,000,000,000\n"
    )
    #expect(
      shell.execute("set Showa.population.2040 1e25").errors
        == "error: municipalities.昭和村.population.2040: 1e+25 is out of range; expected a population from 0 to 100,000,000\n"
    )
    #expect(shell.execute("compare 18").status == .success)
  }

  /// Years no calendar has, as keys of a table of years, and as years at the prompt.
  @Test(
    "year keys that are no years are refused at their place",
    arguments: [
      "0", "R0", "令和0", "平成32", "昭和95", "R9223372036854775807", "99999999999999999999", "-2040",
    ]
  )
  func yearKeys(key: String) throws {
    var shell = try makeShell()
    for command in [
      "set Showa.population.\"\(key)\" 1000", "set recruitment_index { \"\(key)\" = 1 }",
      "set measures.online_procedures.start \"\(key)\"", "set horizon \"\(key)\"",
    ] {
      let outcome = shell.execute(command)
      #expect(outcome.status == .failure)
      #expect(outcome.errors.contains("'\(key)'"), "\(command): \(outcome.errors)")
    }
    for command in ["project \(key)", "chart population \(key)", "services \(key)"] {
      let outcome = shell.execute(command)
      #expect(outcome.status == .failure)
      #expect(outcome.errors.contains("'\(key)'"), "\(command): \(outcome.errors)")
      #expect(!outcome.errors.contains("municipality"), "\(command): \(outcome.errors)")
    }
  }

  /// The message names the path as typed, or the full path or a table of it
  /// (`facetime.categories` for a share that breaks their sum).
  private static func isLocated(_ errors: String, path: String, in document: ScenarioDocument)
    -> Bool
  {
    guard case .success(let full) = ScenarioFile.settingPath(path, in: document) else {
      return false
    }
    let places =
      [path] + (min(2, full.count)...full.count).map { full.prefix($0).joined(separator: ".") }
    return places.contains { errors.contains("\($0): ") || errors.contains("set \($0)") }
  }
}
