import Foundation

/// Every scenario fixture in `Tests/ScenarioFileTests/Fixtures` and the diagnostics
/// it must give, each pinned to its `file:line:column`, in the order a reader meets
/// them (`[Diagnostic].inFileOrder`).
///
/// One table, read by two tests: `ScenarioFileTests` decodes each fixture and expects
/// exactly these lines; `aizusimTests` loads each with `aizusim --scenario FIXTURE`
/// and expects each line on stderr and a non-zero exit (exit 0 and nothing on stderr
/// for a fixture with none). So a problem `ScenarioFile` finds can never again be
/// dropped on its way to the user. A fixture missing from the table fails both.
public enum ScenarioFixtures {
  /// A fixture file and the diagnostics it must give; none for a valid scenario.
  public struct Fixture: Sendable, CustomStringConvertible {
    public var file: String
    public var diagnostics: [String]

    init(_ file: String, _ diagnostics: [String]) {
      self.file = file
      self.diagnostics = diagnostics
    }

    public var description: String { file }
  }

  /// The folder holding the fixtures, in the source tree.
  public static var folder: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("ScenarioFileTests/Fixtures")
  }

  /// The `.toml` files in `folder`, sorted.
  public static func filesInFolder() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".toml") }.sorted()
  }

  public static let all: [Fixture] = [
    Fixture(
      "age-bands-new-town.toml",
      [
        "age-bands-new-town.toml:10:1: municipalities.新町.age_bands: missing 'age_15_64' (age_bands needs population, age_0_14, age_15_64 and age_65_plus)",
        "age-bands-new-town.toml:11:1: municipalities.新町.age_bands.code: empty text (write the source's code, as in code = \"07202\")",
      ]),
    Fixture(
      "age-bands.toml",
      [
        "age-bands.toml:5:1: model.recruitment_pool: unknown choice 'working-age' (did you mean 'working_age'?)",
        "age-bands.toml:6:1: model.elderly_rise: unknown choice 'local' (expected one of municipal, national)",
        "age-bands.toml:9:17: municipalities.昭和村.age_bands: in 2040 the bands 39 + 361 + 400 = 800 do not add up to the population 791 (check the figures against the source)",
        "age-bands.toml:12:15: municipalities.金山町.age_bands.age_15_64.2055: population gives no 2055 (give every band, and population, at the same years)",
        "age-bands.toml:15:1: municipalities.三島町.age_bands.age_65plus: unknown key 'age_65plus' (did you mean 'age_65_plus'?)",
        "age-bands.toml:16:16: municipalities.三島町.age_bands.population.2050: -1 is negative; expected a population of 0 or more",
        "age-bands.toml:19:16: municipalities.柳津町.age_bands.population.2045: no residents in 2045: the bands' shares need a population above 0",
        "age-bands.toml:26:11: sources.mine.fields: 'age_band' names no value (did you mean 'age_bands'?)",
      ]),
    Fixture(
      "annotation-key.toml",
      [
        "annotation-key.toml:7:1: assumptions.hours_per_fte.valu: unknown key 'valu' (did you mean 'value'?)",
        "annotation-key.toml:11:1: assumptions.recruitment_index.valu: unknown key 'valu' (did you mean 'value'?)",
      ]),
    Fixture(
      "check-bad.toml",
      [
        "check-bad.toml:7:1: checks.typos.metric: unknown metric 'populaton' (did you mean 'population'?)",
        "check-bad.toml:8:1: checks.typos.where: 'Aizuwakamatu' is not a municipality, region or each (did you mean 'Aizuwakamatsu'?)",
        "check-bad.toml:17:1: checks.two_comparisons.at_least: the check gives both 'below' and 'at_least' (keep one of them)",
        "check-bad.toml:19:1: checks.none: no comparison given (give one of below, above, at_most or at_least)",
        "check-bad.toml:27:1: checks.out_of_range.year: year 2200 is after 2100, the last year AizuSim projects",
        "check-bad.toml:28:27: checks.out_of_range.at_least.times: 500 is out of range; expected a ratio from 0 to 100",
        "check-bad.toml:34:1: checks.no_year.above: missing 'year' (name the year to compare with: { year = 2020, times = 0.9 })",
        "check-bad.toml:36:1: checks.facetime_kep: unknown check 'facetime_kep' (did you mean 'facetime_kept'?)",
      ]),
    Fixture(
      "cohort-town.toml",
      []),
    Fixture(
      "cycle-a.toml",
      [
        "cycle-b.toml:2:1: extends: extends cycle: cycle-a.toml → cycle-b.toml → cycle-a.toml (remove one of the extends lines)"
      ]),
    Fixture(
      "cycle-b.toml",
      [
        "cycle-a.toml:2:1: extends: extends cycle: cycle-b.toml → cycle-a.toml → cycle-b.toml (remove one of the extends lines)"
      ]),
    Fixture(
      "disaster-residence.toml",
      [
        "disaster-residence.toml:7:1: disaster.outside_residence.Kitashiobara.会津若松: unknown municipality '会津若松' (did you mean '会津若松市'?)",
        "disaster-residence.toml:10:1: disaster.outside_residence.昭和村: the shares add up to 0.8, not 1 (every staff member living outside goes somewhere: use elsewhere for outside the region)",
        "disaster-residence.toml:15:1: disaster.outside_residence.Yugawa.Yugawa: staff living outside 湯川村 cannot live in 湯川村 (name another municipality, or elsewhere)",
        "disaster-residence.toml:20:1: disaster.outside_residence.三島町: 三島町 is given twice: here and as disaster.outside_residence.Mishima at disaster-residence.toml:17:1 (keep one of its kanji and romaji keys)",
        "disaster-residence.toml:23:1: disaster.outside_residence.Sapporo: unknown municipality 'Sapporo'",
      ]),
    Fixture(
      "duplicate-municipality.toml",
      [
        "duplicate-municipality.toml:8:1: municipalities.昭和村: 昭和村 is given twice: here and as municipalities.Showa at duplicate-municipality.toml:5:1 (write one table for it)"
      ]),
    Fixture(
      "duplicate-residence.toml",
      [
        "duplicate-residence.toml:8:1: disaster.outside_residence.Kitashiobara: 北塩原村 is given twice: here and as disaster.outside_residence.北塩原村 at duplicate-residence.toml:5:1 (keep one of its kanji and romaji keys)"
      ]),
    Fixture(
      "duplicate-years.toml",
      [
        "duplicate-years.toml:7:34: assumptions.recruitment_index.2040: year 2040 is given twice: here and as assumptions.recruitment_index.R22 at duplicate-years.toml:7:23 (keep one of them)",
        "duplicate-years.toml:10:16: municipalities.昭和村.population.令和22: year 2040 is given twice: here and as municipalities.昭和村.population.2040 at duplicate-years.toml:10:30 (keep one of them)",
        "duplicate-years.toml:12:19: municipalities.昭和村.elderly_share.2030: the 65+ figure for 2030 is given twice: here and as municipalities.昭和村.elderly.2030 at duplicate-years.toml:11:13 (keep one of them)",
      ]),
    Fixture(
      "era-years.toml",
      [
        "era-years.toml:7:23: assumptions.recruitment_index.平成32: '平成32' does not exist: 平成 ended in 2019 (平成31) (write 2020 or 令和2)",
        "era-years.toml:7:37: assumptions.recruitment_index.令和0: '令和0' does not exist: 令和 began in 2019 with 令和元年 (令和1) (write 令和1 or 2019)",
        "era-years.toml:10:16: municipalities.昭和村.population.昭和95: '昭和95' does not exist: 昭和 ended in 1989 (昭和64) (write 2020 or 令和2)",
        "era-years.toml:13:1: measures.online_procedures.start: 'H32' does not exist: 平成 ended in 2019 (H31) (write 2020 or R2)",
      ]),
    Fixture(
      "facetime-shares.toml",
      [
        "facetime-shares.toml:7:1: facetime.categories: the shares add up to 1.1, not 1 (change them so that face-to-face hours are split whole)"
      ]),
    Fixture(
      "facetime-zero.toml",
      [
        "facetime-zero.toml:6:1: assumptions.facetime_share_2020: 0 leaves no face-to-face hours in the base year to measure the level of service against (give a share above 0, as in 0.25)"
      ]),
    Fixture(
      "fractional-year.toml",
      [
        "fractional-year.toml:4:1: horizon: 2040.5 is not a whole year (write a year such as 2040 or \"R22\")",
        "fractional-year.toml:7:1: measures.online_procedures.start: expected a year, as in 2040 or \"R22\", found true or false",
      ]),
    Fixture(
      "guideline-no-analog.toml",
      [
        "guideline-no-analog.toml:5:1: guidelines.18: guideline 18 has no analog option (add an option with kind = \"analog\": each guideline weighs analog against digital)"
      ]),
    Fixture(
      "guideline-number.toml",
      [
        "guideline-number.toml:4:1: guidelines.19: guideline number 19 is outside 1 to 18 (the guideline's principles are 指針1 to 指針18, as in [guidelines.9])",
        "guideline-number.toml:7:1: guidelines.one: 'one' is not a guideline number (the guideline's principles are 指針1 to 指針18, as in [guidelines.9])",
      ]),
    Fixture(
      "huge-numbers.toml",
      [
        "huge-numbers.toml:7:16: municipalities.昭和村.population.2040: 1e+25 is out of range; expected a population from 0 to 100,000,000",
        "huge-numbers.toml:8:1: municipalities.昭和村.staff: 1e+308 is out of range; expected a headcount from 0 to 1,000,000",
        "huge-numbers.toml:11:1: guidelines.18.options.floor_tape.yearly_cost_yen: 1e+25 is out of range; expected a cost in yen from 0 to 10,000,000,000,000",
        "huge-numbers.toml:14:23: assumptions.recruitment_index.R9223372036854775807: 'R9223372036854775807' is not a year: it would be after 9999 (write 2025, R7 or 令和7)",
      ]),
    Fixture(
      "measure-adopters.toml",
      [
        "measure-adopters.toml:9:1: measures.visits.adopters: unknown adopters 'everyone' (expected all, shared, regional_office or a list of municipalities)",
        "measure-adopters.toml:17:1: measures.counter.adopters: unknown adopters 'Showa' (a list names municipalities: adopters = [\"昭和村\"])",
      ]),
    Fixture(
      "measure-guideline.toml",
      [
        "measure-guideline.toml:7:1: measures.visits.guideline: 19 is out of range; expected a guideline number from 1 to 18",
        "measure-guideline.toml:15:1: measures.counter.guideline: 2.5 is not a whole number; expected a guideline number",
      ]),
    Fixture(
      "measure-missing.toml",
      [
        "measure-missing.toml:5:1: measures.visits: missing 'guideline' (see docs/scenario-format.md, [measures.ID])",
        "measure-missing.toml:5:1: measures.visits: missing 'adopters' (see docs/scenario-format.md, [measures.ID])",
        "measure-missing.toml:5:1: measures.visits: missing 'start' (see docs/scenario-format.md, [measures.ID])",
        "measure-missing.toml:5:1: measures.visits: missing 'savings' (see docs/scenario-format.md, [measures.ID])",
      ]),
    Fixture(
      "measure-negative-cost.toml",
      [
        "measure-negative-cost.toml:6:1: measures.shared_systems.initial_cost_yen: -300000000 is negative; expected a cost in yen of 0 or more",
        "measure-negative-cost.toml:7:1: measures.shared_systems.yearly_cost_yen: -1 is negative; expected a cost in yen of 0 or more",
        "measure-negative-cost.toml:15:13: measures.visits.savings.hours: -10 is negative; expected hours a year of 0 or more",
      ]),
    Fixture(
      "measure-savings.toml",
      [
        "measure-savings.toml:11:1: measures.both.savings: savings gives both 'hours' and 'routine_share' (give one of hours, minutes, per_case = { minutes, cases_per_1000, uptake } or routine_share)",
        "measure-savings.toml:19:1: measures.none.savings: no savings given (give one of hours, minutes, per_case = { minutes, cases_per_1000, uptake } or routine_share)",
        "measure-savings.toml:27:1: measures.office_share.savings: the regional office has no residents or routine work of its own in the scenario (state its savings in hours or minutes)",
        "measure-savings.toml:35:13: measures.no_uptake.savings.per_case: missing 'uptake' (add uptake = { under65 = …, elderly = … })",
      ]),
    Fixture(
      "measure-shares.toml",
      [
        "measure-shares.toml:6:1: measures.online_procedures.max_adoption: 1.5 is outside 0 to 1; expected a share (0.25 for 25%)",
        "measure-shares.toml:14:87: measures.kiosk.savings.per_case.uptake.elderly: -0.1 is outside 0 to 1; expected a share (0.25 for 25%)",
        "measure-shares.toml:22:13: measures.standard.savings.routine_share: 2 is outside 0 to 1; expected a share (0.25 for 25%)",
      ]),
    Fixture(
      "measure-source.toml",
      [
        "measure-source.toml:6:1: measures.online_procedures.source: unknown source 'roadmp' (did you mean 'roadmap'?)",
        "measure-source.toml:9:27: measures.shared_systems.source_fields: unknown field 'saving' (did you mean 'savings'?)",
      ]),
    Fixture(
      "measure-typo.toml",
      [
        "measure-typo.toml:5:1: measures.online_procedure: unknown measure 'online_procedure' (did you mean 'online_procedures'?)",
        "measure-typo.toml:8:1: facetime.categories.counte: unknown category 'counte' (did you mean 'counter'?)",
      ]),
    Fixture(
      "measure-unknown-adopter.toml",
      [
        "measure-unknown-adopter.toml:9:22: measures.joint_visits.adopters: unknown municipality 'Aizuwakamatu' (did you mean 'Aizuwakamatsu'?)",
        "measure-unknown-adopter.toml:17:31: measures.joint_counter.adopters.shared: unknown municipality '金山' (did you mean '金山町'?)",
      ]),
    Fixture(
      "measure-unknown-key.toml",
      [
        "measure-unknown-key.toml:6:1: measures.online_procedures.max_adoptoin: unknown key 'max_adoptoin' (did you mean 'max_adoption'?)",
        "measure-unknown-key.toml:7:1: measures.online_procedures.kind: unknown choice 'digtal' (did you mean 'digital'?)",
      ]),
    Fixture(
      "measure-years.toml",
      [
        "measure-years.toml:6:1: measures.online_procedures.start: year 2019 is before the base year 2020",
        "measure-years.toml:9:1: measures.shared_systems.start: year 2101 is after 2100, the last year AizuSim projects",
        "measure-years.toml:12:1: measures.grassroots_spread.start: 'soon' is not a year (write 2025, R7 or 令和7)",
      ]),
    Fixture(
      "missing-extends.toml",
      [
        "missing-extends.toml:2:1: extends: cannot read 'no-such-base.toml': no such file"
      ]),
    Fixture(
      "names-nothing.toml",
      [
        "names-nothing.toml:5:1: region: empty text (write a name, as in { ja = \"会津地域\", en = \"Aizu region\" })",
        "names-nothing.toml:8:11: sources.table1.fields: 'populaton.2020' names no value (did you mean 'population.2020'?)",
        "names-nothing.toml:12:1: assumptions.leave_rate.source: unknown source 'nosuch' (declare it under [sources.nosuch])",
        "names-nothing.toml:15:1: municipalities.昭和村.romaji: empty text (write the name in Latin letters, as in romaji = \"Showa\")",
        "names-nothing.toml:16:11: municipalities.昭和村.notes.staf: a note on 'staf', which 昭和村 does not give (did you mean 'staff'?)",
        "names-nothing.toml:19:1: guidelines.12.group: guideline 12 is in the community half (指針10–18), not administrative (write group = \"community\")",
        "names-nothing.toml:23:1: verdict.cost_tie.source: unknown source 'guidelines2O22' (did you mean 'guidelines2022'?)",
      ]),
    Fixture(
      "negative-population.toml",
      [
        "negative-population.toml:5:16: municipalities.昭和村.population.2040: -650 is negative; expected a population of 0 or more"
      ]),
    Fixture(
      "new-municipality-incomplete.toml",
      [
        "new-municipality-incomplete.toml:4:1: municipalities.只見町: unknown municipality (a new municipality needs romaji, population and staff)"
      ]),
    Fixture(
      "not-finite.toml",
      [
        "not-finite.toml:6:1: assumptions.hours_per_fte: nan is not a finite number; expected hours a year (write it in digits)",
        "not-finite.toml:7:1: assumptions.leave_rate: inf is not a finite number; expected a share (write it in digits)",
        "not-finite.toml:10:1: municipalities.昭和村.staff: -inf is not a finite number; expected a headcount (write it in digits)",
      ]),
    Fixture(
      "option-cost.toml",
      [
        "option-cost.toml:5:1: guidelines.18.options.qr_app.initial_cost_yen: -3000000 is negative; expected a cost in yen of 0 or more"
      ]),
    Fixture(
      "option-incomplete.toml",
      [
        "option-incomplete.toml:4:1: guidelines.3.options.sirens: missing 'initial_cost_yen'",
        "option-incomplete.toml:4:1: guidelines.3.options.sirens: missing 'yearly_cost_yen'",
        "option-incomplete.toml:4:1: guidelines.3.options.sirens: missing 'reach'",
        "option-incomplete.toml:7:1: guidelines.3.options.sirens.savings: savings gives both 'hours' and 'per_case' (give one of hours, minutes or per_case = { minutes, cases_per_1000, uptake })",
        "option-incomplete.toml:9:1: guidelines.3.options.sirens.works_in_disaster: expected true or false, found a string",
        "option-incomplete.toml:10:1: guidelines.3.options.sirens.lead_years: expected a whole number of years; 1.5 is not a whole number",
      ]),
    Fixture(
      "option-kind.toml",
      [
        "option-kind.toml:5:1: guidelines.18.options.floor_tape.kind: unknown choice 'analogue' (did you mean 'analog'?)"
      ]),
    Fixture(
      "option-savings.toml",
      [
        "option-savings.toml:11:1: guidelines.2.options.joint_review.savings: an option cannot state 'routine_share': it has no routine work to take a share of (state its savings in hours, minutes or per_case)",
        "option-savings.toml:17:26: guidelines.1.options.online.savings.per_case.uptak: unknown key 'uptak' (did you mean 'uptake'?)",
        "option-savings.toml:20:13: guidelines.4.options.paper_filing.savings.hour: unknown key 'hour' (did you mean 'hours'?)",
      ]),
    Fixture(
      "option-shares.toml",
      [
        "option-shares.toml:5:11: guidelines.1.options.online.reach.elderly: 1.2 is outside 0 to 1; expected a share (0.25 for 25%)",
        "option-shares.toml:8:37: guidelines.1.options.visits.savings.per_case.uptake.under65: -0.1 is outside 0 to 1; expected a share (0.25 for 25%)",
      ]),
    Fixture(
      "option-unknown.toml",
      [
        "option-unknown.toml:4:1: guidelines.1.options.onlin: unknown option 'onlin' (did you mean 'online'?)",
        "option-unknown.toml:8:1: guidelines.1.options.online.reech: unknown key 'reech' (did you mean 'reach'?)",
      ]),
    Fixture(
      "share-out-of-range.toml",
      [
        "share-out-of-range.toml:5:1: assumptions.leave_rate: 1.5 is outside 0 to 1; expected a share (0.25 for 25%)",
        "share-out-of-range.toml:8:19: municipalities.金山町.elderly_share.2040: 1.2 is outside 0 to 1; expected a share (0.25 for 25%)",
      ]),
    Fixture(
      "staff-above-population.toml",
      [
        "staff-above-population.toml:5:1: municipalities.三島町.staff: staff 2000 exceeds the population 1595 in 2020"
      ]),
    Fixture(
      "syntax-error.toml",
      [
        "syntax-error.toml:4:17: TOML syntax: keys in Japanese must be quoted, saw '会' (write [municipalities.\"会津若松市\"], not [municipalities.会津若松市])"
      ]),
    Fixture(
      "unknown-key.toml",
      [
        "unknown-key.toml:3:1: horizn: unknown key 'horizn' (did you mean 'horizon'?)",
        "unknown-key.toml:6:1: municipalities.昭和村.stafff: unknown key 'stafff' (did you mean 'staff'?)",
      ]),
    Fixture(
      "unknown-municipality.toml",
      [
        "unknown-municipality.toml:5:1: municipalities.会津若松: unknown municipality (did you mean '会津若松市'?)"
      ]),
    Fixture(
      "verdict-out-of-range.toml",
      [
        "verdict-out-of-range.toml:5:1: verdict.max_unreached_elderly: 1.5 is outside 0 to 1; expected a share (0.25 for 25%)",
        "verdict-out-of-range.toml:6:1: verdict.reference_year: year 2010 is before the base year 2020",
        "verdict-out-of-range.toml:7:1: verdict.cost_ties: unknown key 'cost_ties' (did you mean 'cost_tie'?)",
      ]),
    Fixture(
      "whatif-half-staff.toml",
      []),
    Fixture(
      "whatif-later-year.toml",
      []),
    Fixture(
      "whatif-measures.toml",
      []),
    Fixture(
      "whatif-online-reach.toml",
      []),
    Fixture(
      "whatif-option-minutes.toml",
      []),
    Fixture(
      "wrong-types.toml",
      [
        "wrong-types.toml:5:1: model.population: unknown choice 'cohrt' (did you mean 'cohort'?)",
        "wrong-types.toml:8:1: municipalities.柳津町.staff: expected a number, found a string",
      ]),
    Fixture(
      "years-out-of-range.toml",
      [
        "years-out-of-range.toml:3:1: horizon: year 2010 is before the base year 2020",
        "years-out-of-range.toml:6:23: assumptions.recruitment_index.2010: year 2010 is before the base year 2020",
        "years-out-of-range.toml:9:16: municipalities.湯川村.population.2101: year 2101 is after 2100, the last year AizuSim projects",
      ]),
  ]
}
