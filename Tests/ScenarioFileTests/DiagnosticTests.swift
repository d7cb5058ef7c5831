import Simulation
import Testing

@testable import ScenarioFile

/// Diagnostics of values set at the prompt: each names the command. Those of files
/// are pinned to their place in a fixture (`ScenarioFixtures`, `FixtureDiagnosticTests`).
@Suite("Diagnostics of values set at the prompt name the command")
struct DiagnosticTests {
  @Test(
    "a value set at the prompt is blamed on the command",
    arguments: [
      (
        "leave_rate", "2",
        "assumptions.leave_rate: 2 is outside 0 to 1; expected a share (0.25 for 25%)"
      ),
      (
        "facetime.categories.counter.share", "0.5",
        "facetime.categories: the shares add up to 1.1, not 1 (change them so that face-to-face hours are split whole)"
      ),
      (
        "guidelines.1.options.online.reach.elderly", "2",
        "guidelines.1.options.online.reach.elderly: 2 is outside 0 to 1; expected a share (0.25 for 25%)"
      ),
      ("horizon", "2101", "horizon: year 2101 is after 2100, the last year AizuSim projects"),
    ] as [(String, String, String)])
  func overrideDiagnostic(path: String, value: String, diagnostic: String) throws {
    let (document, _) = try Fixtures.builtin()
    let change = try Fixtures.override(path, value, in: document)
    let (scenario, diagnostics) = ScenarioFile.decode(document, overrides: [change])
    #expect(scenario == nil)
    #expect(diagnostics.map(\.description) == ["\(change.command): \(diagnostic)"])
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
    #expect(hours.origin == "whatif-half-staff.toml:9:1")
    #expect(hours.note.en.hasPrefix("Working hours"))
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

/// Every diagnostic has its words in both languages: `--lang ja` prints the Japanese, with the
/// place, the key path and the values as written, and toml++'s own English quoted as data.
@Suite("Diagnostics in Japanese")
struct JapaneseDiagnosticTests {
  @Test(
    "a fixture's diagnostics, in Japanese",
    arguments: [
      (
        "unknown-municipality.toml",
        "unknown-municipality.toml:5:1: municipalities.会津若松: その市町村はありません ('会津若松市' のことですか?)"
      ),
      (
        "syntax-error.toml",
        "syntax-error.toml:4:17: TOML の書式の誤り: 日本語のキーは引用符で囲みます ('会' があります) ([municipalities.会津若松市] ではなく [municipalities.\"会津若松市\"] と書く)"
      ),
    ] as [(String, String)])
  func fixture(name: String, japanese: String) throws {
    let diagnostics = try Fixtures.load(name).1
    #expect(diagnostics.map { $0.text(in: .ja) }.contains(japanese))
  }

  @Test("a value set at the prompt, in Japanese and in English")
  func override() throws {
    let (document, _) = try Fixtures.builtin()
    let change = try Fixtures.override("Showa.population.2040", "1e25", in: document)
    let diagnostics = ScenarioFile.decode(document, overrides: [change]).1
    let problem = try #require(diagnostics.first)
    #expect(
      problem.text(in: .ja)
        == "set Showa.population.2040 1e25: municipalities.昭和村.population.2040: 1e+25 は範囲外です。人口は 0 から 100,000,000 までです"
    )
    #expect(
      problem.text(in: .en)
        == "set Showa.population.2040 1e25: municipalities.昭和村.population.2040: 1e+25 is out of range; expected a population from 0 to 100,000,000"
    )
  }

  @Test("toml++'s words are quoted as data inside the catalog's sentence")
  func syntax() throws {
    let text = ScenarioText(name: "w.toml", identity: "w.toml", text: "horizon = = 2040\n")
    let (document, diagnostics) = ScenarioFile.read(text) { _, _ in
      throw Fixtures.NotFound(name: "")
    }
    #expect(document == nil)
    let problem = try #require(diagnostics.first)
    let english = problem.text(in: .en)
    #expect(english.hasPrefix("w.toml:1:11: TOML syntax: "))
    let tomlWords = english.dropFirst("w.toml:1:11: TOML syntax: ".count)
    #expect(problem.text(in: .ja) == "w.toml:1:11: TOML の書式の誤り: \(tomlWords)")
  }
}
