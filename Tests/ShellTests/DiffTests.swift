import Foundation
import ScenarioFile
import Simulation
import Testing

@testable import Shell

/// Scenarios/whatif-low-recruitment.toml over the built-in scenario, in memory: the
/// recruitment-pool index falls from 1 in 2020 to 0.5 in 2040.
private let lowRecruitment = """
  scenario = "low-recruitment"
  extends = "aizu"

  [assumptions]
  recruitment_index = { 2040 = 0.5 }

  """

@Suite("diff puts two scenarios side by side")
struct DiffTests {
  /// A scenario against itself, however named, differs nowhere: not in any year, place or
  /// verdict; programs read the header alone.
  @Test("a scenario against itself is empty")
  func againstItself() throws {
    var shell = try makeShell(["low.toml": lowRecruitment])
    #expect(
      shell.execute("diff").output
        == "no differences above the tolerance in 2040 (R22) between A (aizu (built in) as loaded) and B (now (aizu, 0 changes))\n"
    )
    #expect(
      shell.execute("diff aizu aizu 2020..2040").output
        == "no differences above the tolerance in 2020 (R2)–2040 (R22) between A (aizu (built in)) and B (aizu (built in))\n"
    )
    #expect(
      shell.execute("diff low.toml low.toml 2020..2040 --step 1").output
        == "no differences above the tolerance in 2020 (R2)–2040 (R22) between A (low.toml) and B (low.toml)\n"
    )
    #expect(shell.execute("diff ipss2023 ipss2023 2020..2050").output.hasPrefix("no differences"))
    _ = shell.execute("set hours_per_fte 1900")
    _ = shell.execute("snapshot mine")
    #expect(shell.execute("diff mine").output.hasPrefix("no differences"))
    #expect(shell.execute("diff mine mine 2025,2030").output.hasPrefix("no differences"))
    #expect(
      shell.execute("diff aizu aizu --format csv").output
        == "municipality,romaji,year,metric,a,b,difference,scenario_a,scenario_b\n")
    #expect(
      shell.execute("diff aizu aizu --verdicts --format csv").output
        == "municipality,romaji,year,guideline,verdict_a,kind_a,verdict_b,kind_b,scenario_a,scenario_b\n"
    )
  }

  /// Changes saved, and the file read back, are the changes: the file as saved and read again
  /// differs neither from the state before saving nor from the file on disk.
  @Test("save, reload and diff is empty")
  func saveReloadDiff() throws {
    var shell = try makeShell(["low.toml": lowRecruitment])
    for command in [
      "load low.toml", "set hours_per_fte 1900", "set Showa.population.2040 700",
      "set staffing ratio", "measure drop shared_systems",
      "measure add joint_visits { name = \"joint home visits\", guideline = 10, kind = \"hybrid\", adopters = \"all\", start = 2026, savings = { hours = 200 } }",
      "snapshot before", "save saved.toml", "reload",
    ] {
      #expect(shell.execute(command).status == .success, "\(command)")
    }
    #expect(shell.execute("diff before 2020..2040 --step 1").output.hasPrefix("no differences"))
    #expect(shell.execute("diff before saved.toml 2020..2040").output.hasPrefix("no differences"))
    #expect(shell.execute("diff").output.hasPrefix("no differences"))
    // And the changes made a difference to begin with.
    #expect(shell.execute("diff low.toml before").output.contains("昭和村 Showa"))
  }

  /// The hiring pool halving by 2040 moves only the staff figures: 昭和村's supply 44.18
  /// (InterpreterTests) falls to 39.29 as the cap on hiring binds sooner; the shortfall moves
  /// as much the other way (demand 32.96 stays), and the face-to-face hours per resident
  /// aged 65+ with it. Population and the 65+ share do not move, so their rows are hidden.
  @Test("diff shows A, B and B − A per place and year, rows under the tolerance hidden")
  func numbers() throws {
    var shell = try makeShell(["low.toml": lowRecruitment])
    let table = shell.execute("diff aizu low.toml 2040 昭和村").output
    #expect(
      table == """
        Differences 2040 (R22) — A: aizu (built in), B: low.toml
        Municipality  Metric                      A     B  B − A
        ------------  ----------------------  -----  ----  -----
        昭和村 Showa  Supply (FTE)             44.2  39.3   -4.9
        昭和村 Showa  Shortfall (FTE)         -11.2  -6.3   +4.9
        昭和村 Showa  Face-to-face h per 65+  113.2  85.8  -27.4
        Rows whose difference rounds to zero as shown (under 0.5 residents, 0.05 points of the 65+ share, 0.05 FTE, 0.05 hours) are hidden; --all shows them.
        No guideline verdict changed.

        """)
    let all = shell.execute("diff aizu low.toml 2040 昭和村 --all --format csv").output
      .split(separator: "\n")
    #expect(all.count == 7)
    #expect(all[1] == "昭和村,Showa,2040,population,650,650,0,aizu,low-recruitment")
    #expect(all[3].hasPrefix("昭和村,Showa,2040,staff_supply,44.177322906"))
    // The region's supply in 2040: the README's 2,360 against the what-if's 2,091.
    let region = shell.execute("diff aizu low.toml 2030,2040").output.split(separator: "\n")
    #expect(
      region.contains(
        "2040  会津地域 Aizu region      Supply (FTE)            2,360.0  2,091.2  -268.9"))
    #expect(!shell.execute("diff aizu low.toml 2020").output.contains("Showa"))
  }

  /// 指針15's verdict in 会津若松市 2030 turns on how many residents aged 65+ an option may
  /// leave unreached: the web exhibition leaves more than 5%, not more than 50%.
  @Test("every guideline verdict that changed, with both verdicts")
  func verdicts() throws {
    var shell = try makeShell()
    _ = shell.execute("set verdict.max_unreached_elderly 0.5")
    let csv = shell.execute("diff 2030 会津若松市 --verdicts --format csv").output
      .split(separator: "\n")
    #expect(csv.count == 2)
    #expect(csv[1].hasPrefix("会津若松市,Aizuwakamatsu,2030,15,"))
    #expect(csv[1].hasSuffix(",analog,aizu,aizu*"))
    _ = shell.execute("undo")
    #expect(
      shell.execute("diff 2030 会津若松市 --verdicts").output
        == "no guideline verdict differs in 2030 (R12) between A (aizu (built in) as loaded) and B (now (aizu, 0 changes))\n"
    )
  }

  @Test("diff names what it cannot read, with a suggestion")
  func errors() throws {
    var shell = try makeShell()
    #expect(
      shell.execute("diff aizu ipss2023 aizu").errors
        == "error: diff compares two scenarios at most (diff [A] [B] [YEAR…] [MUNICIPALITY…], A and B a snapshot, a built-in scenario or a .toml file)\n"
    )
    #expect(
      shell.execute("diff Kaneyam").errors
        == "error: no snapshot, scenario or municipality 'Kaneyam' (did you mean 'Kaneyama'?)\n")
    #expect(shell.execute("diff missing.toml").status == .failure)
  }
}

@Suite("snapshot, use, snapshots and --scenario")
struct SnapshotTests {
  @Test("a snapshot keeps the state; use returns to it, and undo from it")
  func snapshotAndUse() throws {
    var shell = try makeShell()
    _ = shell.execute("set hours_per_fte 1900")
    #expect(
      shell.execute("snapshot high").output
        == "took snapshot 'high': aizu (built in), with 1 unsaved change\n")
    _ = shell.execute("unset all")
    #expect(shell.session.scenario.model.hoursPerFTE == 1800)
    #expect(
      shell.execute("use high").output
        == "using snapshot 'high': aizu (built in), with 1 unsaved change (`undo` goes back)\n")
    #expect(shell.session.scenario.model.hoursPerFTE == 1900)
    #expect(shell.prompt == "aizu*> ")
    _ = shell.execute("undo")
    #expect(shell.session.scenario.model.hoursPerFTE == 1800)
    #expect(
      shell.execute("snapshots --format csv").output
        == "name,scenario_name,file,changes,taken,scenario\nhigh,aizu,aizu,1,1,aizu\n")
    #expect(
      shell.execute("snapshot high").errors
        == "error: snapshot 'high' exists (snapshot high --force replaces it)\n")
    #expect(shell.execute("snapshot high --force").output.hasPrefix("replaced snapshot 'high'"))
    #expect(shell.execute("use hig").errors == "error: no snapshot 'hig' (did you mean 'high'?)\n")
  }

  /// diff and --scenario read a snapshot's name before a file's or a place's: no snapshot
  /// may take one's name.
  @Test("a snapshot's name cannot be mistaken for a scenario, place or year")
  func names() throws {
    var shell = try makeShell()
    let reason = "(choose another, so that diff and --scenario cannot mistake it)"
    #expect(
      shell.execute("snapshot Showa").errors
        == "error: 'Showa' is a municipality's name \(reason)\n")
    #expect(shell.execute("snapshot R22").errors == "error: 'R22' reads as a year \(reason)\n")
    #expect(
      shell.execute("snapshot ipss2023").errors
        == "error: 'ipss2023' is a built-in scenario's name \(reason)\n")
    #expect(shell.execute("snapshot a.toml").status == .failure)
    #expect(
      shell.execute("snapshots").output
        == "there are no snapshots yet: `snapshot NAME` keeps the state as it is\n")
  }

  /// `--scenario` answers once under another scenario: the session keeps its own; programs
  /// read which scenario each row is from.
  @Test("--scenario gives one answer under a file, a built-in scenario or a snapshot")
  func scenarioOption() throws {
    var shell = try makeShell(["low.toml": lowRecruitment])
    _ = shell.execute("set hours_per_fte 1900")
    _ = shell.execute("snapshot mine")
    _ = shell.execute("unset all")
    func last(_ command: String) -> Substring? {
      shell.execute(command).output.split(separator: "\n").last?.split(separator: ",").last
    }
    #expect(last("project 2040 Showa --format csv") == "aizu")
    #expect(last("project 2040 Showa --scenario low.toml --format csv") == "low-recruitment")
    #expect(last("project 2040 Showa --format csv --scenario=ipss2023") == "ipss2023")
    #expect(last("project 2040 Showa --scenario mine --format csv") == "mine")
    #expect(
      shell.execute("project 2040 Showa --scenario mine").output.hasPrefix(
        "Projection 2040 (R22) — scenario mine\n"))
    // 昭和村's supply under the what-if, as diff shows it.
    #expect(
      shell.execute("project 2040 Showa --scenario low.toml --columns staff_supply").output
        .contains("昭和村 Showa    39.3\n"))
    #expect(shell.prompt == "aizu> ")
    #expect(shell.session.overrides.isEmpty)
    #expect(
      shell.execute("project 2040 --scenario lo.toml").errors.hasPrefix(
        "error: project --scenario lo.toml:"))
    #expect(
      shell.execute("project 2040 --scenario min").errors
        == "error: project --scenario min: no snapshot, built-in scenario or file 'min' (did you mean 'mine'?)\n"
    )
    #expect(shell.execute("undo").output.hasPrefix("undid `unset all`"))
  }
}
