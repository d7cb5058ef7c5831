import Bilingual
import Rendering
import Simulation
import Testing

@testable import Shell

func makeShell(_ files: [String: String] = [:], language: Language = .en) throws -> Interpreter {
  try makeShell(MemoryFileSystem(files), language: language)
}

/// A shell over files in memory that the test keeps, to look at what commands wrote.
func makeShell(_ fileSystem: MemoryFileSystem, language: Language = .en) throws -> Interpreter {
  var session = try Session(fileSystem: fileSystem)
  session.language = language
  return Interpreter(session: session)
}

@Suite("Commands reply with values worked out from the seed")
struct InterpreterTests {
  /// 昭和村 2040: population 650 (table 2); 65+ share 692/1,244 + (391/791 − 693/1,246) =
  /// 0.4944013 (IPSS 2023's change: projection data, not an assumption), so 321.36 residents;
  /// demand 50 × (650/1,244)^0.64177 = 32.96; supply 44.18 after twenty years of hiring
  /// capped by the residents aged 15–64 (ProjectionTests works the first three);
  /// shortfall 32.96 − 44.18 = −11.21; 44.18/650 × 1,000 = 67.97; × 1,800 = −20,182.5 hours.
  /// The pool: 650 × 361/791 (IPSS's 15–64 share in 2040) = 296.65 residents aged 15–64.
  @Test("project in CSV carries full precision and the documented fields")
  func projectCSV() throws {
    var shell = try makeShell()
    let outcome = shell.execute("project 2040 昭和村 --format csv")
    #expect(outcome.status == .success)
    #expect(
      outcome.output == """
        municipality,romaji,year,population,elderly,elderly_share,staff_supply,staff_demand,shortfall_fte,staff_per_1000,shortfall_hours,elderly_is_assumption,elderly_is_projection_data,staff_supply_is_assumption,recruitment_pool,scenario
        昭和村,Showa,2040,650,321.3608579466356,0.49440131991790087,44.17732290654112,32.96482871903635,-11.212494187504774,67.96511216390942,-20182.489537508594,false,true,false,296.64981036662454,aizu

        """)
    #expect(outcome.errors.isEmpty)
  }

  @Test("project with no municipality lists all 13 and the region by name")
  func projectAll() throws {
    var shell = try makeShell()
    let csv = shell.execute("project R22 --format csv").output.split(separator: "\n")
    #expect(csv.count == 15)  // header, 13 municipalities, the region
    #expect(csv.last?.hasPrefix("会津地域,Aizu region,2040,179610,") == true)
    let table = shell.execute("project 2040").output
    // The region's 65+ is the sum of the municipalities', each moved by IPSS 2023: `~`.
    #expect(table.contains("会津地域 Aizu region        179,610   74,243~"))
    #expect(table.contains("磐梯町 Bandai                 3,500^"))
  }

  /// The built-in what-if by name: IPSS's 232,140 residents in 2020 (the census) and
  /// 137,088 at its horizon, 2050 (IPSSDataTests checks every five-year point).
  @Test("load ipss2023 loads the built-in what-if; a name that is neither says which are")
  func loadBuiltinWhatIf() throws {
    var shell = try makeShell()
    #expect(shell.completions(for: "load ip").candidates == ["ipss2023"])
    #expect(
      shell.execute("load ipss").errors
        == "error: cannot read 'ipss': no such file (scenario files end in .toml; the built-in ones are 'aizu', 'ipss2023')\n"
    )
    #expect(shell.execute("load ipss2023").status == .success)
    #expect(shell.session.scenario.name == "ipss2023")
    #expect(shell.session.localizedSourceName.en == "ipss2023 (built in)")
    #expect(
      shell.execute("show").output.contains(
        "13 municipalities, population 232,140 (2020) → 137,088 (2050), staff 2,624"))
  }

  @Test("--format applies to one command; format changes the session")
  func formats() throws {
    var shell = try makeShell()
    _ = shell.execute("project 2040 Showa --format json")
    #expect(shell.session.format == .table)
    #expect(shell.execute("format md").status == .success)
    #expect(shell.session.format == .md)
    #expect(shell.execute("project 2040 Showa").output.contains("| 昭和村 Showa |"))
    #expect(
      shell.execute("format xml").errors
        == "error: unknown format 'xml' (expected one of table, csv, json, md)\n")
  }

  @Test("labels follow the language; names stay in kanji and romaji")
  func languages() throws {
    var shell = try makeShell(language: .ja)
    let output = shell.execute("project 2040 会津若松市").output
    #expect(output.hasPrefix("将来推計 2040 (R22) — シナリオ aizu\n市町村 "))
    #expect(output.contains("会津若松市 Aizuwakamatsu  95,000"))
    _ = shell.execute("lang en")
    #expect(shell.execute("project 2040 会津若松市").output.hasPrefix("Projection 2040 (R22)"))
  }

  @Test(
    "bad input gets a message naming the argument, with a suggestion",
    arguments: [
      ("projet 2040", "error: unknown command 'projet' (did you mean 'project'?)\n"),
      ("project 2040 会津若松", "error: unknown municipality '会津若松' (did you mean '会津若松市'?)\n"),
      (
        "project 2040 aizuwakamatu",
        "error: unknown municipality 'aizuwakamatu' (did you mean 'Aizuwakamatsu'?)\n"
      ),
      ("project 2010", "error: 2010 is before the base year 2020\n"),
      ("project 2101", "error: 2101 is after 2100, the last year AizuSim projects\n"),
      (
        "project 2040 --stpe 5",
        "error: unknown option '--stpe' for project (did you mean '--step'?)\n"
      ),
      ("show asumptions", "error: unknown topic 'asumptions' (did you mean 'assumptions'?)\n"),
      (
        "set hours_per_fte",
        "error: set needs a path and a value (set PATH VALUE, e.g. set hours_per_fte 1900)\n"
      ),
      (
        "set hours_per_ftee 1900",
        "error: unknown parameter 'hours_per_ftee' in `set hours_per_ftee` (did you mean 'hours_per_fte'?)\n"
      ),
      (
        "set leave_rate 2",
        "error: assumptions.leave_rate: 2 is outside 0 to 1; expected a share (0.25 for 25%)\n"
      ),
      (
        "set staffing targt",
        "error: model.staffing: unknown choice 'targt' (did you mean 'target'?)\n"
      ),
      ("lang fr", "error: unknown language 'fr' (expected ja or en)\n"),
      ("help projet", "error: no command 'projet' (did you mean 'project'?)\n"),
    ])
  func badInput(line: String, message: String) throws {
    var shell = try makeShell()
    let outcome = shell.execute(line)
    #expect(outcome.status == .failure)
    #expect(outcome.errors == message)
    #expect(outcome.output.isEmpty)
  }

  @Test("set and unset change the projection, and the prompt marks unsaved changes")
  func setAndUnset() throws {
    var shell = try makeShell()
    #expect(shell.prompt == "aizu> ")
    #expect(
      shell.execute("set Showa.population.2040 700").output
        == "Showa.population.2040 = 700 (was 650)\n")
    #expect(shell.prompt == "aizu*> ")
    #expect(
      shell.execute("project 2040 Showa --format csv").output.contains("\n昭和村,Showa,2040,700,"))
    #expect(shell.execute("show changes").output == "set Showa.population.2040 700\n")
    #expect(
      shell.execute("unset Showa.population.2040").output
        == "unset municipalities.昭和村.population.2040 = 650 (the file's value)\n")
    #expect(shell.prompt == "aizu> ")
    #expect(
      shell.execute("unset hours_per_fte").errors
        == "error: hours_per_fte was not changed at the prompt (there are no changes)\n")
  }

  @Test("a value needing spaces is taken whole: set recruitment_index { 2040 = 0.5 }")
  func setTable() throws {
    var shell = try makeShell()
    let outcome = shell.execute("set recruitment_index { 2040 = 0.5 }")
    #expect(outcome.output == "recruitment_index = { 2040 = 0.5 } (was { 2020 = 1 })\n")
    #expect(shell.session.scenario.model.recruitmentIndex == YearSeries([2020: 1, 2040: 0.5]))
  }

  @Test("; separates commands, # comments, a trailing backslash continues")
  func commandLanguage() throws {
    var shell = try makeShell()
    #expect(shell.execute("echo a; echo b # not this").output == "a\nb\n")
    #expect(shell.execute("echo 'x # y' \"会津 若松\"").output == "x # y 会津 若松\n")
    let first = shell.execute("echo one \\")
    #expect(first.status == .incomplete)
    #expect(shell.prompt == "...> ")
    #expect(shell.execute("two").output == "one two\n")
    #expect(shell.execute("echo \"open").status == .incomplete)
    shell.cancelPending()
    #expect(shell.prompt == "aizu> ")
  }

  @Test("one failing command on a line does not stop the others, unless bail")
  func failureAndBail() throws {
    var shell = try makeShell()
    let outcome = shell.execute("echo a; nope; echo b")
    #expect(outcome.status == .failure)
    #expect(outcome.output == "a\nb\n")
    shell.session.bail = true
    #expect(shell.execute("echo a; nope; echo b").output == "a\n")
  }

  @Test("quit at the prompt warns once about unsaved changes")
  func quitWithChanges() throws {
    var shell = try makeShell()
    shell.session.isInteractive = true
    _ = shell.execute("set hours_per_fte 1900")
    let first = shell.execute("quit")
    #expect(first.status == .failure)
    #expect(
      first.errors
        == "error: 1 unsaved change (`save FILE` keeps them; quit again to leave without saving)\n")
    #expect(shell.execute("exit").status == .quit(0))
  }
}

@Suite("Files: load, save, reload, run")
struct FileCommandTests {
  static let whatIf = """
    scenario = "low"
    extends = "aizu"
    [assumptions]
    recruitment_index = { 2040 = 0.5 }
    """

  @Test("load replaces the scenario; a bad file lists every problem and changes nothing")
  func load() throws {
    var shell = try makeShell([
      "w/low.toml": Self.whatIf,
      "w/bad.toml": "extends = \"aizu\"\nhorizn = 2050\n[municipalities.会津若松]\nstaff = 1\n",
    ])
    let bad = shell.execute("load w/bad.toml")
    #expect(bad.status == .failure)
    #expect(
      bad.errors == """
        error: cannot load w/bad.toml: 1 problem
          w/bad.toml:3:17: TOML syntax: keys in Japanese must be quoted, saw '会' (write [municipalities."会津若松市"], not [municipalities.会津若松市])

        """)
    #expect(shell.session.scenario.name == "aizu")
    let good = shell.execute("load w/low.toml")
    #expect(
      good.output
        == "loaded w/low.toml: Aizu region, 13 municipalities: baseline (13 municipalities, 2020–2040)\n"
    )
    #expect(shell.prompt == "low> ")
    #expect(shell.session.scenario.model.recruitmentIndex == YearSeries([2020: 1, 2040: 0.5]))
  }

  @Test("a file's diagnostics come all at once, in the order of their lines")
  func allDiagnostics() throws {
    var shell = try makeShell([
      "bad.toml":
        "scenario = \"bad\"\nextends = \"aizu\"\nhorizn = 2050\n[municipalities.\"会津若松\"]\nstaff = 1\n"
    ])
    #expect(
      shell.execute("load bad.toml").errors == """
        error: cannot load bad.toml: 2 problems
          bad.toml:3:1: horizn: unknown key 'horizn' (did you mean 'horizon'?)
          bad.toml:4:1: municipalities.会津若松: unknown municipality (did you mean '会津若松市'?)

        """)
  }

  /// The read step reports a what-if table for a municipality that does not exist;
  /// the session kept only the decode step's errors, so the file loaded without it.
  @Test("a table for an unknown municipality fails load and reload, and changes nothing")
  func unknownMunicipality() throws {
    let files = MemoryFileSystem(["w.toml": Self.whatIf])
    var shell = Interpreter(session: try Session(fileSystem: files))
    let misspelt = "extends = \"aizu\"\n[municipalities.Aizuwakamatu]\nstaff = 800\n"
    try files.write(misspelt, to: "bad.toml", replacing: false)
    let load = shell.execute("load bad.toml")
    #expect(load.status == .failure)
    #expect(
      load.errors == """
        error: cannot load bad.toml: 1 problem
          bad.toml:2:1: municipalities.Aizuwakamatu: unknown municipality (did you mean 'Aizuwakamatsu'?)

        """)
    #expect(shell.session.scenario.name == "aizu")
    #expect(shell.execute("load w.toml").status == .success)
    try files.write(
      Self.whatIf + "\n[municipalities.\"会津若松\"]\nstaff = 800\n", to: "w.toml", replacing: true)
    let reload = shell.execute("reload")
    #expect(reload.status == .failure)
    #expect(reload.errors.contains("w.toml:5:1: municipalities.会津若松: unknown municipality"))
    #expect(shell.session.scenario.name == "low")
    #expect(shell.session.scenario.model.recruitmentIndex == YearSeries([2020: 1, 2040: 0.5]))
  }

  @Test("save writes a what-if atomically, never overwrites silently, and loads it")
  func save() throws {
    let files = MemoryFileSystem(["taken.toml": "x"])
    var session = try Session(fileSystem: files)
    session.language = .en
    var shell = Interpreter(session: session)
    _ = shell.execute("set hours_per_fte 1900")
    let refused = shell.execute("save taken.toml")
    #expect(
      refused.errors
        == "error: 'taken.toml' exists (choose another name, or `save --force taken.toml` to replace it)\n"
    )
    #expect(files["taken.toml"] == "x")
    #expect(shell.execute("save mine.toml").output == "saved 1 change to mine.toml\n")
    #expect(files["mine.toml"]?.contains("hours_per_fte = 1900") == true)
    #expect(shell.prompt == "mine> ")
    #expect(shell.session.scenario.model.hoursPerFTE == 1900)
  }

  @Test("load refuses to drop unsaved changes unless --discard")
  func loadGuardsChanges() throws {
    var shell = try makeShell(["low.toml": Self.whatIf])
    _ = shell.execute("set hours_per_fte 1900")
    #expect(
      shell.execute("load low.toml").errors
        == "error: 1 unsaved change (assumptions.hours_per_fte) (`save FILE` keeps them; `load low.toml --discard` drops them)\n"
    )
    #expect(shell.execute("load low.toml --discard").status == .success)
  }

  @Test("run executes a script; its errors name the script's line")
  func runScript() throws {
    var shell = try makeShell([
      "s/tour.aizu": "echo start\nprojet 2040\n# a comment\necho end \\\n  here\nrun inner.aizu\n",
      "s/inner.aizu": "echo inner\n",
    ])
    let outcome = shell.execute("run s/tour.aizu")
    #expect(outcome.status == .failure)
    #expect(outcome.output == "start\nend here\ninner\n")
    #expect(
      outcome.errors == "s/tour.aizu:2: error: unknown command 'projet' (did you mean 'project'?)\n"
    )
    #expect(outcome.replies.map(\.stream) == [.output, .error, .output, .output])
  }

  /// Found by fuzzing (docs/reliability.md, "Fuzzing"): a script that ran itself twice ran
  /// 2¹⁶ times before the nesting limit stopped it (10 s); three times, 3¹⁶ (hours).
  @Test("a script that runs itself is refused at once, however often it does")
  func recursion() throws {
    var shell = try makeShell(["loop.aizu": "run loop.aizu\nrun ./loop.aizu\n"])
    let outcome = shell.execute("run loop.aizu")
    #expect(outcome.status == .failure)
    let suggestion = "(a script cannot run itself; remove the run line that starts it again)"
    #expect(
      outcome.errors == """
        loop.aizu:1: error: scripts run in a cycle: loop.aizu → loop.aizu \(suggestion)
        loop.aizu:2: error: scripts run in a cycle: loop.aizu → ./loop.aizu \(suggestion)

        """)
  }

  @Test("scripts that run each other in a cycle are refused where the cycle closes")
  func cycle() throws {
    var shell = try makeShell([
      "s/a.aizu": "echo a\nrun b.aizu\n", "s/b.aizu": "echo b\nrun ../s/a.aizu\n",
    ])
    let outcome = shell.execute("run s/a.aizu")
    #expect(outcome.output == "a\nb\n")
    #expect(
      outcome.errors.hasPrefix(
        "s/b.aizu:2: error: scripts run in a cycle: s/a.aizu → s/b.aizu → s/../s/a.aizu"))
  }

  @Test("scripts nest 16 deep at most")
  func nesting() throws {
    var files: [String: String] = [:]
    for level in 1...17 { files["s\(level).aizu"] = "run s\(level + 1).aizu\n" }
    files["s18.aizu"] = "echo deepest\n"
    var shell = try makeShell(files)
    #expect(shell.execute("run s3.aizu").errors.isEmpty)
    let outcome = shell.execute("run s1.aizu")
    #expect(outcome.status == .failure)
    #expect(
      outcome.errors.hasPrefix("s16.aizu:1: error: scripts nested 16 deep: s1.aizu → s2.aizu"))
  }
}

@Suite("A run's tally: when to stop and with what status")
struct RunTallyTests {
  @Test func stopsAtQuitAndAtTheFirstFailureOnlyWithBail() {
    var tally = RunTally()
    #expect(tally.record(.success, bail: true) == nil)
    #expect(tally.record(.failure, bail: false) == nil)
    #expect(tally.status == .failure)
    #expect(tally.record(.quit(3), bail: false) == .quit(3))
    var bailing = RunTally()
    #expect(bailing.record(.failure, bail: true) == .failure)
    #expect(RunTally().status.exitStatus == 0)
    #expect(Outcome.Status.quit(7).exitStatus == 7)
  }
}

/// Words written as years are read as years, and a wrong one says what is wrong and what
/// to write, never "unknown municipality".
@Suite("Years as command arguments")
struct YearArgumentTests {
  @Test(
    "wrong years and ranges",
    arguments: [
      (
        "project 令和0",
        "error: '令和0' does not exist: 令和 began in 2019 with 令和元年 (令和1) (write 令和1 or 2019)"
      ),
      ("project -2040", "error: '-2040' is not a year (write 2025, R7 or 令和7)"),
      ("project 2020-2040", "error: '2020-2040' is not a year or range (write 2020..2040)"),
      ("project R2〜R22", "error: 'R2〜R22' is not a year or range (write R2..R22)"),
      (
        "project 平成32 Showa",
        "error: '平成32' does not exist: 平成 ended in 2019 (平成31) (write 2020 or 令和2)"
      ),
      (
        "project R9223372036854775807",
        "error: 'R9223372036854775807' is not a year: it would be after 9999 (write 2025, R7 or 令和7)"
      ),
      ("project 2040..2030", "error: the range 2040..2030 runs backwards (write 2030..2040)"),
      (
        "project 2020..2030..2040",
        "error: '2020..2030..2040' is not a year or range (write one year, a range as in 2020..2040, or a list as in 2030,2040)"
      ),
      (
        "chart population 令和0",
        "error: '令和0' does not exist: 令和 began in 2019 with 令和元年 (令和1) (write 令和1 or 2019)"
      ),
    ] as [(String, String)])
  func wrongYears(command: String, error: String) throws {
    var shell = try makeShell()
    let outcome = shell.execute(command)
    #expect(outcome.status == .failure)
    #expect(outcome.errors == error + "\n")
  }

  @Test("昭和村 begins with an era's name but is a municipality")
  func showaVillage() throws {
    var shell = try makeShell()
    let outcome = shell.execute("project 2040 昭和村 --format csv")
    #expect(outcome.status == .success)
    #expect(outcome.output.contains("\n昭和村,Showa,2040,650,"))
  }
}
