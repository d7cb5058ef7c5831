import Simulation
import Testing

@testable import ScenarioFile

/// One test per diagnostic, each pinned to its place in a fixture file.
@Suite("Diagnostics name the file, line and key, with a fix")
struct DiagnosticTests {
  @Test("an unknown municipality gets a did-you-mean")
  func unknownMunicipality() throws {
    #expect(
      try Fixtures.messages("unknown-municipality.toml") == [
        "unknown-municipality.toml:5: municipalities.会津若松: unknown municipality (did you mean '会津若松市'?)"
      ])
  }

  @Test("unknown keys are errors with the closest known key, all reported at once")
  func unknownKeys() throws {
    #expect(
      try Fixtures.messages("unknown-key.toml") == [
        "unknown-key.toml:3: horizn: unknown key 'horizn' (did you mean 'horizon'?)",
        "unknown-key.toml:6: municipalities.昭和村.stafff: unknown key 'stafff' (did you mean 'staff'?)",
      ])
  }

  @Test("a negative population is rejected")
  func negativePopulation() throws {
    #expect(
      try Fixtures.messages("negative-population.toml") == [
        "negative-population.toml:5: municipalities.昭和村.population.2040: -650 is negative; expected a population of 0 or more"
      ])
  }

  @Test("shares outside 0 to 1 are rejected")
  func sharesOutOfRange() throws {
    #expect(
      try Fixtures.messages("share-out-of-range.toml") == [
        "share-out-of-range.toml:5: assumptions.leave_rate: 1.5 is outside 0 to 1; expected a share (0.25 for 25%)",
        "share-out-of-range.toml:8: municipalities.金山町.elderly_share.2040: 1.2 is outside 0 to 1; expected a share (0.25 for 25%)",
      ])
  }

  @Test("staff above the population is rejected")
  func staffAbovePopulation() throws {
    #expect(
      try Fixtures.messages("staff-above-population.toml") == [
        "staff-above-population.toml:5: municipalities.三島町.staff: staff 2000 exceeds the population 1595 in 2020"
      ])
  }

  @Test("years before the base year or after 2100 are rejected")
  func yearsOutOfRange() throws {
    #expect(
      try Fixtures.messages("years-out-of-range.toml") == [
        "years-out-of-range.toml:3: horizon: year 2010 is before the base year 2020",
        "years-out-of-range.toml:6: assumptions.recruitment_index.2010: year 2010 is before the base year 2020",
        "years-out-of-range.toml:9: municipalities.湯川村.population.2101: year 2101 is after 2100, the last year AizuSim projects",
      ])
  }

  @Test("an extends cycle is rejected with the chain")
  func extendsCycle() throws {
    #expect(
      try Fixtures.messages("cycle-a.toml") == [
        "cycle-b.toml:2: extends: extends cycle: cycle-a.toml → cycle-b.toml → cycle-a.toml (remove one of the extends lines)"
      ])
  }

  @Test("a missing base file is named at the extends line")
  func missingExtends() throws {
    #expect(
      try Fixtures.messages("missing-extends.toml") == [
        "missing-extends.toml:2: extends: cannot read 'no-such-base.toml': no such file"
      ])
  }

  @Test("a TOML syntax error names line and suggests quoting kanji keys")
  func syntaxError() throws {
    let diagnostics = try Fixtures.load("syntax-error.toml").1
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.origin == .file(name: "syntax-error.toml", line: 4, column: 17))
    #expect(
      diagnostics.first?.description
        == "syntax-error.toml:4: TOML syntax: keys in Japanese must be quoted, saw '会' (write [municipalities.\"会津若松市\"], not [municipalities.会津若松市])"
    )
  }

  @Test("wrong kinds of value and unknown choices")
  func wrongTypes() throws {
    #expect(
      try Fixtures.messages("wrong-types.toml") == [
        "wrong-types.toml:5: model.population: unknown choice 'cohrt' (did you mean 'cohort'?)",
        "wrong-types.toml:8: municipalities.柳津町.staff: expected a number, found a string",
      ])
  }

  @Test("a new municipality must be complete")
  func incompleteNewMunicipality() throws {
    #expect(
      try Fixtures.messages("new-municipality-incomplete.toml") == [
        "new-municipality-incomplete.toml:4: municipalities.只見町: unknown municipality (a new municipality needs romaji, population and staff)"
      ])
  }

  @Test("a value set at the prompt is blamed on the command")
  func overrideDiagnostic() throws {
    let (document, _) = try Fixtures.builtin()
    let command = "set leave_rate 2"
    let path = try ScenarioFile.settingPath("leave_rate", in: document).get()
    let value = try #require(ScenarioFile.value("2", command: command))
    let (scenario, diagnostics) = ScenarioFile.decode(
      document, overrides: [Override(path: path, value: value, command: command)])
    #expect(scenario == nil)
    #expect(
      diagnostics.map(\.description) == [
        "set leave_rate 2: assumptions.leave_rate: 2 is outside 0 to 1; expected a share (0.25 for 25%)"
      ])
  }

  @Test("an unknown parameter path gets a did-you-mean")
  func unknownSettingPath() throws {
    let (document, _) = try Fixtures.builtin()
    #expect(throws: Diagnostic.self) {
      try ScenarioFile.settingPath("hours_per_ft", in: document).get()
    }
    let failure = ScenarioFile.settingPath("会津若松.staff", in: document)
    if case .failure(let diagnostic) = failure {
      #expect(
        diagnostic.description
          == "set 会津若松.staff: municipalities.会津若松: unknown municipality (did you mean '会津若松市'?)")
    } else {
      Issue.record("expected a failure")
    }
    #expect(
      try ScenarioFile.settingPath("Showa.population.R22", in: document).get() == [
        "municipalities", "昭和村", "population", "R22",
      ])
    #expect(try ScenarioFile.settingPath("staffing", in: document).get() == ["model", "staffing"])
  }
}

@Suite("What-ifs lay changes over their base")
struct WhatIfTests {
  @Test("romaji keys, R-years and plain values over annotated assumptions")
  func halfStaff() throws {
    let (scenario, diagnostics) = try Fixtures.load("whatif-half-staff.toml")
    #expect(diagnostics.isEmpty)
    let s = try #require(scenario)
    #expect(s.name == "half-staff")
    #expect(s.model.staffingPolicy == .target)
    #expect(s.model.hoursPerFTE == 1900)
    #expect(s.model.recruitmentIndex == YearSeries([2020: 1, 2040: 0.5]))
    #expect(s.municipality(named: "昭和村")?.staffTarget == 20)
    #expect(s.municipalities.count == 13)
    let hours = try #require(s.assumptions.first { $0.name == "hours_per_fte" })
    #expect(hours.origin == "whatif-half-staff.toml:9")
    #expect(hours.note.hasPrefix("Working hours"))
  }

  @Test("a what-if's own values cite the what-if, not the seed table")
  func provenance() throws {
    let (document, _) = try Fixtures.builtin()
    let command = "set Showa.population.2040 700"
    let path = try ScenarioFile.settingPath("Showa.population.2040", in: document).get()
    let value = try #require(ScenarioFile.value("700", command: command))
    let (scenario, _) = ScenarioFile.decode(
      document, overrides: [Override(path: path, value: value, command: command)])
    let s = try #require(scenario)
    #expect(s.municipality(named: "昭和村")?.population[2040] == 700)
    #expect(s.provenance["municipalities.昭和村.population.2040"] == .user(command: command))
    #expect(s.provenance["municipalities.昭和村.population.2015"] == .source(id: "table2"))
  }

  @Test("a saved what-if reads back to the same scenario")
  func saveRoundTrip() throws {
    let (document, _) = try Fixtures.builtin()
    let changes = [
      ("hours_per_fte", "1900"), ("Showa.population.2040", "700"), ("staffing", "target"),
      ("recruitment_index", "{ 2040 = 0.5 }"),
    ]
    let overrides = try changes.map { path, text in
      Override(
        path: try ScenarioFile.settingPath(path, in: document).get(),
        value: try #require(ScenarioFile.value(text, command: "set \(path) \(text)")),
        command: "set \(path) \(text)")
    }
    let (expected, _) = ScenarioFile.decode(document, overrides: overrides)
    let text = ScenarioFile.whatIfText(extending: "aizu", name: "mine", overrides: overrides)
    #expect(
      text == """
        # What-if saved by AizuSim: the changes made at the prompt over aizu.
        scenario = "mine"
        extends = "aizu"

        [model]
        staffing = "target"

        [assumptions]
        hours_per_fte = 1900
        recruitment_index = { 2040 = 0.5 }

        [municipalities."昭和村"]
        population.2040 = 700

        """)
    let (document2, read) = ScenarioFile.read(
      ScenarioText(name: "mine.toml", identity: "mine", text: text)
    ) { _, _ in
      throw Fixtures.NotFound(name: "")
    }
    #expect(read.isEmpty)
    let (reread, _) = ScenarioFile.decode(try #require(document2))
    #expect(reread?.model == expected?.model)
    #expect(reread?.municipalities == expected?.municipalities)
  }

  @Test("a scenario with age tables decodes for the cohort method")
  func cohortFixture() throws {
    let (scenario, diagnostics) = try Fixtures.load("cohort-town.toml")
    #expect(diagnostics.isEmpty)
    let s = try #require(scenario)
    let projection = Projection(s, through: 2030)
    #expect(abs((projection.state(of: "Shiken", in: 2025)?.population ?? 0) - 1_642.774) < 1e-9)
  }
}

@Suite("Saved what-ifs read like hand-written ones")
struct SavedWhatIfLayoutTests {
  @Test(
    "table headers per section",
    arguments: [
      (["municipalities", "昭和村", "staff"], 2),
      (["measures", "online_procedures", "max_adoption"], 2),
      (["guidelines", "18", "options", "qr_app", "reach", "elderly"], 4),
      (["guidelines", "18", "title"], 2),
      (["facetime", "categories", "counter", "share"], 3), (["verdict", "cost_tie"], 1),
      (["assumptions", "hours_per_fte"], 1),
    ] as [([String], Int)])
  func headerDepth(path: [String], depth: Int) {
    #expect(ScenarioFile.headerDepth(path) == depth)
  }
}
