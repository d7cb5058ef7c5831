import ScenarioFile
import Simulation
import Testing

/// One test per diagnostic of `[measures]`, `[facetime]` and `[disaster]`, each
/// pinned to its place in a fixture file.
@Suite("Diagnostics of measures, face-to-face categories and disaster spreads")
struct MeasureDiagnosticTests {
  @Test("an unknown municipality in adopters gets a did-you-mean, in a list or a shared group")
  func unknownAdopter() throws {
    #expect(
      try Fixtures.messages("measure-unknown-adopter.toml") == [
        "measure-unknown-adopter.toml:9: measures.joint_visits.adopters: unknown municipality 'Aizuwakamatu' (did you mean 'Aizuwakamatsu'?)",
        "measure-unknown-adopter.toml:17: measures.joint_counter.adopters.shared: unknown municipality '金山' (did you mean '金山町'?)",
      ])
  }

  @Test("a guideline outside 1 to 18, or not a whole number, is rejected")
  func guideline() throws {
    #expect(
      try Fixtures.messages("measure-guideline.toml") == [
        "measure-guideline.toml:7: measures.visits.guideline: 19 is out of range; expected a guideline number from 1 to 18",
        "measure-guideline.toml:15: measures.counter.guideline: 2.5 is not a whole number; expected a guideline number",
      ])
  }

  @Test("adoption, uptake and routine shares outside 0 to 1 are rejected")
  func shares() throws {
    #expect(
      try Fixtures.messages("measure-shares.toml") == [
        "measure-shares.toml:6: measures.online_procedures.max_adoption: 1.5 is outside 0 to 1; expected a share (0.25 for 25%)",
        "measure-shares.toml:14: measures.kiosk.savings.per_case.uptake.elderly: -0.1 is outside 0 to 1; expected a share (0.25 for 25%)",
        "measure-shares.toml:22: measures.standard.savings.routine_share: 2 is outside 0 to 1; expected a share (0.25 for 25%)",
      ])
  }

  @Test("negative costs and savings are rejected")
  func negativeCosts() throws {
    #expect(
      try Fixtures.messages("measure-negative-cost.toml") == [
        "measure-negative-cost.toml:6: measures.shared_systems.initial_cost_yen: -300000000 is negative; expected a cost in yen of 0 or more",
        "measure-negative-cost.toml:7: measures.shared_systems.yearly_cost_yen: -1 is negative; expected a cost in yen of 0 or more",
        "measure-negative-cost.toml:15: measures.visits.savings.hours: -10 is negative; expected hours a year of 0 or more",
      ])
  }

  /// Measures are decoded in the built-in file's order: grassroots_spread comes
  /// before online_procedures and shared_systems there.
  @Test("a start before the base year, after 2100, or not a year is rejected")
  func years() throws {
    #expect(
      try Fixtures.messages("measure-years.toml") == [
        "measure-years.toml:12: measures.grassroots_spread.start: 'soon' is not a year (write 2025, R7 or 令和7)",
        "measure-years.toml:6: measures.online_procedures.start: year 2019 is before the base year 2020",
        "measure-years.toml:9: measures.shared_systems.start: year 2101 is after 2100, the last year AizuSim projects",
      ])
  }

  @Test("unknown keys and kinds get the closest known one")
  func unknownKey() throws {
    #expect(
      try Fixtures.messages("measure-unknown-key.toml") == [
        "measure-unknown-key.toml:6: measures.online_procedures.max_adoptoin: unknown key 'max_adoptoin' (did you mean 'max_adoption'?)",
        "measure-unknown-key.toml:7: measures.online_procedures.kind: unknown choice 'digtal' (did you mean 'digital'?)",
      ])
  }

  @Test("adopters must be all, shared, regional_office or a list; a lone name is shown as a list")
  func adopterWords() throws {
    #expect(
      try Fixtures.messages("measure-adopters.toml") == [
        "measure-adopters.toml:9: measures.visits.adopters: unknown adopters 'everyone' (expected all, shared, regional_office or a list of municipalities)",
        "measure-adopters.toml:17: measures.counter.adopters: unknown adopters 'Showa' (a list names municipalities: adopters = [\"昭和村\"])",
      ])
  }

  @Test("savings take exactly one form, and only hours or minutes at the regional office")
  func savingsForms() throws {
    let fix =
      "give one of hours, minutes, per_case = { minutes, cases_per_1000, uptake } or routine_share"
    #expect(
      try Fixtures.messages("measure-savings.toml") == [
        "measure-savings.toml:11: measures.both.savings: savings gives both 'hours' and 'routine_share' (\(fix))",
        "measure-savings.toml:19: measures.none.savings: no savings given (\(fix))",
        "measure-savings.toml:27: measures.office_share.savings: the regional office has no residents or routine work of its own in the scenario (state its savings in hours or minutes)",
        "measure-savings.toml:35: measures.no_uptake.savings.per_case: missing 'uptake' (add uptake = { under65 = …, elderly = … })",
      ])
  }

  @Test("a new measure names every required key it lacks")
  func missingKeys() throws {
    let fix = "(see docs/scenario-format.md, [measures.ID])"
    #expect(
      try Fixtures.messages("measure-missing.toml") == [
        "measure-missing.toml:5: measures.visits: missing 'guideline' \(fix)",
        "measure-missing.toml:5: measures.visits: missing 'adopters' \(fix)",
        "measure-missing.toml:5: measures.visits: missing 'start' \(fix)",
        "measure-missing.toml:5: measures.visits: missing 'savings' \(fix)",
      ])
  }

  @Test("an undeclared source or an unknown source field is rejected")
  func sources() throws {
    #expect(
      try Fixtures.messages("measure-source.toml") == [
        "measure-source.toml:6: measures.online_procedures.source: unknown source 'roadmp' (did you mean 'roadmap'?)",
        "measure-source.toml:9: measures.shared_systems.source_fields: unknown field 'saving' (did you mean 'savings'?)",
      ])
  }

  @Test("face-to-face shares that do not add up to 1 are blamed on the what-if that broke the sum")
  func facetimeShares() throws {
    #expect(
      try Fixtures.messages("facetime-shares.toml") == [
        "facetime-shares.toml:7: facetime.categories: the shares add up to 1.1, not 1 (change them so that face-to-face hours are split whole)"
      ])
  }

  @Test(
    "residence spreads: unknown, self, twice-named or unknown municipalities, and sums other than 1"
  )
  func disasterResidence() throws {
    #expect(
      try Fixtures.messages("disaster-residence.toml") == [
        "disaster-residence.toml:7: disaster.outside_residence.Kitashiobara.会津若松: unknown municipality '会津若松' (did you mean '会津若松市'?)",
        "disaster-residence.toml:10: disaster.outside_residence.昭和村: the shares add up to 0.8, not 1 (every staff member living outside goes somewhere: use elsewhere for outside the region)",
        "disaster-residence.toml:15: disaster.outside_residence.Yugawa.Yugawa: staff living outside 湯川村 cannot live in 湯川村 (name another municipality, or elsewhere)",
        "disaster-residence.toml:20: disaster.outside_residence.三島町: 三島町 is given twice (keep one of its kanji and romaji keys)",
        "disaster-residence.toml:23: disaster.outside_residence.Sapporo: unknown municipality 'Sapporo'",
      ])
  }

  @Test("a share set at the prompt that breaks the sum is blamed on the command")
  func facetimeOverride() throws {
    let (document, _) = try Fixtures.builtin()
    let command = "set facetime.categories.counter.share 0.5"
    let value = try #require(ScenarioFile.value("0.5", command: command))
    let path = try ScenarioFile.settingPath("facetime.categories.counter.share", in: document).get()
    let (scenario, diagnostics) = ScenarioFile.decode(
      document, overrides: [Override(path: path, value: value, command: command)])
    #expect(scenario == nil)
    #expect(
      diagnostics.map(\.description) == [
        "\(command): facetime.categories: the shares add up to 1.1, not 1 (change them so that face-to-face hours are split whole)"
      ])
  }
}
