import ScenarioFile
import Simulation
import Testing

/// One test per diagnostic of `[guidelines]` and `[verdict]`, each pinned to its
/// place in a fixture that extends the built-in scenario.
@Suite("Guideline and verdict diagnostics name the file, line and key, with a fix")
struct GuidelineDiagnosticTests {
  @Test("guideline numbers outside 1 to 18 are rejected")
  func guidelineNumbers() throws {
    let fix = "(the guideline's principles are 指針1 to 指針18, as in [guidelines.9])"
    #expect(
      try Fixtures.messages("guideline-number.toml") == [
        "guideline-number.toml:4: guidelines.19: guideline number 19 is outside 1 to 18 \(fix)",
        "guideline-number.toml:7: guidelines.one: 'one' is not a guideline number \(fix)",
      ])
  }

  @Test("an unknown option kind gets a did-you-mean")
  func unknownKind() throws {
    #expect(
      try Fixtures.messages("option-kind.toml") == [
        "option-kind.toml:5: guidelines.18.options.floor_tape.kind: unknown choice 'analogue' (did you mean 'analog'?)"
      ])
  }

  @Test("reach and uptake shares outside 0 to 1 are rejected")
  func sharesOutOfRange() throws {
    #expect(
      try Fixtures.messages("option-shares.toml") == [
        "option-shares.toml:5: guidelines.1.options.online.reach.elderly: 1.2 is outside 0 to 1; expected a share (0.25 for 25%)",
        "option-shares.toml:8: guidelines.1.options.visits.savings.per_case.uptake.under65: -0.1 is outside 0 to 1; expected a share (0.25 for 25%)",
      ])
  }

  @Test("a negative cost is rejected")
  func negativeCost() throws {
    #expect(
      try Fixtures.messages("option-cost.toml") == [
        "option-cost.toml:5: guidelines.18.options.qr_app.initial_cost_yen: -3000000 is negative; expected a cost in yen of 0 or more"
      ])
  }

  @Test("a guideline left without an analog option is named where its kind was changed")
  func missingAnalog() throws {
    #expect(
      try Fixtures.messages("guideline-no-analog.toml") == [
        "guideline-no-analog.toml:5: guidelines.18: guideline 18 has no analog option (add an option with kind = \"analog\": each guideline weighs analog against digital)"
      ])
  }

  @Test("a misspelt option or option key gets a did-you-mean")
  func unknownOption() throws {
    #expect(
      try Fixtures.messages("option-unknown.toml") == [
        "option-unknown.toml:8: guidelines.1.options.online.reech: unknown key 'reech' (did you mean 'reach'?)",
        "option-unknown.toml:4: guidelines.1.options.onlin: unknown option 'onlin' (did you mean 'online'?)",
      ])
  }

  @Test("a new option must be complete, with one form of savings, true or false, whole years")
  func incompleteOption() throws {
    let at = "option-incomplete.toml"
    #expect(
      try Fixtures.messages(at) == [
        "\(at):4: guidelines.3.options.sirens: missing 'initial_cost_yen'",
        "\(at):4: guidelines.3.options.sirens: missing 'yearly_cost_yen'",
        "\(at):4: guidelines.3.options.sirens: missing 'reach'",
        "\(at):7: guidelines.3.options.sirens.savings: savings gives both 'hours' and 'per_case' (give one of hours, minutes or per_case = { minutes, cases_per_1000, uptake })",
        "\(at):9: guidelines.3.options.sirens.works_in_disaster: expected true or false, found a string",
        "\(at):10: guidelines.3.options.sirens.lead_years: expected a whole number of years; 1.5 is not a whole number",
      ])
  }

  /// Options' savings are read by the same code as measures': the same forms and
  /// keys, each unknown one with a did-you-mean, but no share of routine work.
  @Test("an option's savings take a measure's keys, but not routine_share")
  func optionSavings() throws {
    #expect(
      try Fixtures.messages("option-savings.toml") == [
        "option-savings.toml:17: guidelines.1.options.online.savings.per_case.uptak: unknown key 'uptak' (did you mean 'uptake'?)",
        "option-savings.toml:11: guidelines.2.options.joint_review.savings: an option cannot state 'routine_share': it has no routine work to take a share of (state its savings in hours, minutes or per_case)",
        "option-savings.toml:20: guidelines.4.options.paper_filing.savings.hour: unknown key 'hour' (did you mean 'hours'?)",
      ])
  }

  @Test("verdict thresholds out of range and unknown keys are rejected")
  func verdictThresholds() throws {
    #expect(
      try Fixtures.messages("verdict-out-of-range.toml") == [
        "verdict-out-of-range.toml:7: verdict.cost_ties: unknown key 'cost_ties' (did you mean 'cost_tie'?)",
        "verdict-out-of-range.toml:5: verdict.max_unreached_elderly: 1.5 is outside 0 to 1; expected a share (0.25 for 25%)",
        "verdict-out-of-range.toml:6: verdict.reference_year: year 2010 is before the base year 2020",
      ])
  }

  @Test("a reach set at the prompt is blamed on the command")
  func overrideDiagnostic() throws {
    let (document, _) = try Fixtures.builtin()
    let command = "set guidelines.1.options.online.reach.elderly 2"
    let path = try ScenarioFile.settingPath(
      "guidelines.1.options.online.reach.elderly", in: document
    ).get()
    let value = try #require(ScenarioFile.value("2", command: command))
    let (scenario, diagnostics) = ScenarioFile.decode(
      document, overrides: [Override(path: path, value: value, command: command)])
    #expect(scenario == nil)
    #expect(
      diagnostics.map(\.description) == [
        "\(command): guidelines.1.options.online.reach.elderly: 2 is outside 0 to 1; expected a share (0.25 for 25%)"
      ])
  }
}
