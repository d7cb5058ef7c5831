import Bilingual
import ScenarioFile
import Simulation
import Testing

/// The exploring commands' parameter layer: a value put in place on a decoded scenario,
/// with no TOML read or decoded, must be exactly what `set PATH VALUE` and a decode give.
@Suite("Parameters: changed in place, exactly as set and decode change them")
struct ParameterTests {
  /// The scenario `set PATH TEXT` gives: the override decoded with the document.
  private func setAndDecode(_ path: String, _ text: String, in document: ScenarioDocument) throws
    -> Scenario
  {
    let command = "set \(path) \(text)"
    let key = try ScenarioFile.settingPath(path, in: document).get()
    let value = try #require(ScenarioFile.value(text, command: command))
    let (scenario, diagnostics) = ScenarioFile.decode(
      document, overrides: [Override(path: key, value: value, command: command)])
    #expect(diagnostics.isEmpty, "\(command): \(diagnostics.map(\.description))")
    return try #require(scenario)
  }

  /// Every parameter of the built-in scenario, and series in other years than the horizon.
  private func everyParameter(_ scenario: Scenario) throws -> [Parameter] {
    let more = try ["recruitment_index.2030", "recruitment_index.2025", "elderly_share_rise.2065"]
      .map { try ScenarioFile.parameter($0, in: scenario).get() }
    return ScenarioFile.parameters(of: scenario) + more
  }

  @Test("every parameter, moved in place, gives the model and ledger that set and decode give")
  func sameAsSet() throws {
    let (document, scenario) = try Fixtures.builtin()
    let parameters = try everyParameter(scenario)
    // 5 assumptions, 2 series and staff_target.share; 3 more years of series; the
    // measures' 19 figures (each max_adoption and savings).
    #expect(parameters.count == 8 + 3 + 19)
    for parameter in parameters {
      // A value `set` accepts and the scenario does not have: 30% into the limits, or 40%.
      var value = parameter.lowest + (parameter.limits.upperBound - parameter.lowest) * 0.3
      if value == parameter.value(in: scenario) {
        value = parameter.lowest + (parameter.limits.upperBound - parameter.lowest) * 0.4
      }
      #expect(parameter.allows(value))
      let text = "\(value)"
      var changed = parameter.applied(value, to: scenario)
      let decoded = try setAndDecode(parameter.path, text, in: document)
      #expect(parameter.value(in: changed) == value, "\(parameter.path)")
      #expect(parameter.value(in: decoded) == value, "\(parameter.path)")
      // What the decoder records about where values came from is not the model.
      changed.assumptions = decoded.assumptions
      changed.provenance = decoded.provenance
      #expect(changed == decoded, "\(parameter.path) = \(text)")
      let (a, b) = (
        Ledger(Projection(changed, through: 2045)), Ledger(Projection(decoded, through: 2045))
      )
      let areas = scenario.municipalities.map(\.name) + [nil]
      let same = Metric.allCases.allSatisfy { metric in
        areas.allSatisfy { area in
          (2020...2045).allSatisfy { year in
            metric.value(of: area, in: year, ledger: a)
              == metric.value(of: area, in: year, ledger: b)
          }
        }
      }
      #expect(same, "\(parameter.path)")
    }
  }

  @Test("the paths set takes name the parameters; a bad one says why")
  func paths() throws {
    let (_, scenario) = try Fixtures.builtin()
    #expect(
      try ScenarioFile.parameter("assumptions.leave_rate", in: scenario).get().path == "leave_rate")
    #expect(
      try ScenarioFile.parameter("recruitment_index", in: scenario).get().path
        == "recruitment_index.2040")
    #expect(
      try ScenarioFile.parameter("recruitment_index", year: 2030, in: scenario).get().path
        == "recruitment_index.2030")
    #expect(
      try ScenarioFile.parameter("recruitment_index.R12", in: scenario).get().path
        == "recruitment_index.2030")
    #expect(
      try ScenarioFile.parameter("staff_target", in: scenario).get().path == "staff_target.share")
    #expect(
      ScenarioFile.parameter("leave_rat", in: scenario).failure == .unknown(closest: "leave_rate"))
    #expect(
      ScenarioFile.parameter("leave_rate.2040", in: scenario).failure == .notASeries("leave_rate"))
    #expect(
      ScenarioFile.parameter("recruitment_index.2010", in: scenario).failure == .badYear("2010"))
    // ε fitted: the value in force is the least-squares slope, 0.6418 (docs/model.md).
    let elasticity = try ScenarioFile.parameter("elasticity", in: scenario).get()
    #expect(abs(elasticity.value(in: scenario) - 0.6418) < 5e-5)
  }
}

extension Result {
  fileprivate var failure: Failure? {
    if case .failure(let error) = self { return error }
    return nil
  }
}
