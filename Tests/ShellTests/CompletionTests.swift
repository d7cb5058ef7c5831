import Testing

@testable import Shell

@Suite("Tab completion is a pure function of the session and the partial line")
struct CompletionTests {
  @Test(
    "candidates for partial lines",
    arguments: [
      ("pro", ["project"]),
      (
        "",
        [
          "help", "show", "project", "chart", "bars", "explain", "check", "sweep", "sensitivity",
          "montecarlo", "solve", "services", "freed", "compare", "guidelines", "disaster",
          "measures", "diff", "measure", "set", "unset", "undo", "redo", "changes", "snapshot",
          "use", "snapshots", "load", "reload", "save", "export", "recover", "format", "lang",
          "layout", "run", "present", "echo", "quit", "exit",
        ]
      ),
      ("project 2040 会津", ["会津若松市", "会津坂下町", "会津美里町"]),
      ("project 2040 Ai", ["Aizuwakamatsu", "Aizubange", "Aizumisato"]),
      ("project 2040 kane", ["Kaneyama"]),
      ("project 2040 金", ["金山町"]),
      ("show a", ["assumptions", "Aizuwakamatsu", "Aizubange", "Aizumisato"]),
      ("format j", ["json"]),
      ("project 2040 --format c", ["csv"]),
      ("set hours", ["hours_per_fte"]),
      ("set Sho", ["Showa."]),
      ("set Showa.pop", ["Showa.population.", "Showa.population_method"]),
      (
        "set 昭和村.population.2",
        ["昭和村.population.2015", "昭和村.population.2020", "昭和村.population.2040"]
      ),
      ("help pr", ["project", "present"]),
      ("set ver", ["verdict."]),
      (
        "set verdict.",
        ["verdict.max_unreached_elderly", "verdict.cost_tie", "verdict.reference_year"]
      ),
      ("set measures.online_procedures.sa", ["measures.online_procedures.savings."]),
      (
        "set guidelines.18.options.",
        ["guidelines.18.options.qr_app.", "guidelines.18.options.floor_tape."]
      ),
      ("echo x; pro", ["project"]),
      ("load w", ["w/"]),
      ("load w/", ["w/low.toml"]),
      ("project 2040 --", ["--step", "--format", "--lang", "--columns", "--layout", "--scenario"]),
      ("project 2040 --layout ", ["auto", "table", "vertical"]),
      ("project 2040 --layout=v", ["--layout=vertical"]),
      ("layout v", ["vertical"]),
      ("project --lang j", ["ja"]),
      (
        "project 2040 --columns eld",
        ["elderly", "elderly_share", "elderly_is_assumption", "elderly_is_projection_data"]
      ),
      (
        "project 2040 --columns=st",
        [
          "--columns=staff_supply", "--columns=staff_demand", "--columns=staff_per_1000",
          "--columns=staff_supply_is_assumption",
        ]
      ),
      (
        "project 2040 --columns population,elderly,",
        [
          "population,elderly,romaji", "population,elderly,year",
          "population,elderly,elderly_share",
          "population,elderly,staff_supply", "population,elderly,staff_demand",
          "population,elderly,shortfall_fte", "population,elderly,staff_per_1000",
          "population,elderly,shortfall_hours", "population,elderly,elderly_is_assumption",
          "population,elderly,elderly_is_projection_data",
          "population,elderly,staff_supply_is_assumption", "population,elderly,recruitment_pool",
        ]
      ),
      ("project --columns a", ["all"]),
      ("show municipalities --columns area", ["area_km2"]),
      ("show 昭和村 --columns ", ["value", "source", "all"]),
      (
        "show columns ",
        [
          "show", "project", "chart", "bars", "explain", "check", "sensitivity", "montecarlo",
          "solve", "services", "freed", "compare", "guidelines", "disaster", "measures", "diff",
          "changes", "snapshots",
        ]
      ),
      ("show columns show a", ["assumptions", "Aizuwakamatsu", "Aizubange", "Aizumisato"]),
      ("echo --", []),
    ])
  func candidates(line: String, expected: [String]) throws {
    let shell = try makeShell(["w/low.toml": "x", "w/notes.txt": "y", "readme.md": "z"])
    #expect(shell.completions(for: line).candidates == expected)
  }

  @Test("the word being completed is reported, quotes removed")
  func word() throws {
    let shell = try makeShell()
    #expect(shell.completions(for: "project 2040 会津").word == "会津")
    #expect(shell.completions(for: "project ").word == "")
    #expect(shell.completions(for: "echo \"会津 若").word == "会津 若")
  }
}
