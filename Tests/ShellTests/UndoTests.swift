import Foundation
import ScenarioFile
import Simulation
import Testing

@testable import Shell

/// A what-if over the built-in scenario, in memory: the recruitment-pool index halves by 2040
/// (as Scenarios/whatif-low-recruitment.toml), written on line 3.
private let lowRecruitment = """
  scenario = "low"
  extends = "aizu"
  assumptions.recruitment_index = { 2040 = 0.5 }

  """

/// What a session holds that a change can change, and the scenario it decodes to.
private func snapshot(_ shell: Interpreter) -> (Session.State, Scenario) {
  (shell.session.state, shell.session.scenario)
}

@Suite("undo and redo: every change taken back and made again, saying what comes back")
struct UndoTests {
  /// Every kind of change, one after another; then as many undos, each bringing back the state
  /// and scenario before its change, and as many redos, each the state after it.
  @Test("undo and redo round trips over set, unset, measure, load, reload, save and use")
  func roundTrip() throws {
    let files = MemoryFileSystem(["low.toml": lowRecruitment])
    var shell = try makeShell(files)
    let commands = [
      "set hours_per_fte 1900", "set Showa.population.2040 700", "unset hours_per_fte",
      "measure set online_procedures max_adoption 0.9",
      """
      measure add joint_visits { name = "joint home visits", guideline = 10, kind = "hybrid", \
      adopters = { shared = ["Mishima", "Kaneyama", "Showa"] }, start = "R8", savings = { hours = 200 } }
      """,
      "measure drop shared_systems", "snapshot mine", "unset all", "load low.toml",
      "edit low.toml", "reload", "set leave_rate 0.04", "save saved.toml", "use mine",
    ]
    var states = [snapshot(shell)]
    for command in commands {
      // The file changes on disk, so that `reload` reads something new.
      if command == "edit low.toml" {
        try files.write(
          lowRecruitment.replacingOccurrences(of: "0.5", with: "0.6"), to: "low.toml",
          replacing: true)
        continue
      }
      let outcome = shell.execute(command)
      #expect(outcome.status == .success, "\(command): \(outcome.errors)")
      // `snapshot` changes no state, so there is nothing of it to undo.
      if command.hasPrefix("snapshot") { continue }
      states.append(snapshot(shell))
    }
    let steps = states.count - 1
    #expect(steps == 12)
    for index in stride(from: steps - 1, through: 0, by: -1) {
      #expect(shell.execute("undo").status == .success)
      #expect(shell.session.state == states[index].0, "undo to step \(index)")
      #expect(shell.session.scenario == states[index].1, "undo to step \(index)")
    }
    #expect(
      shell.execute("undo").errors
        == "error: nothing to undo (every change made in this session is undone; `redo` makes them again)\n"
    )
    for index in 1...steps {
      #expect(shell.execute("redo").status == .success)
      #expect(shell.session.state == states[index].0, "redo to step \(index)")
      #expect(shell.session.scenario == states[index].1, "redo to step \(index)")
    }
    #expect(shell.execute("redo").status == .failure)
    // A reload that reads the file as it was changes nothing, so it is no step to undo.
    _ = shell.execute("load low.toml --discard")
    _ = shell.execute("reload")
    #expect(shell.execute("undo").output.hasPrefix("undid `load low.toml --discard`"))
  }

  @Test("with no change made, undo and redo say so")
  func nothingYet() throws {
    var shell = try makeShell()
    #expect(
      shell.execute("undo").errors
        == "error: nothing to undo (no change was made in this session)\n")
    #expect(shell.execute("redo").errors.hasPrefix("error: nothing to redo"))
  }

  /// `set` replaces 1,800 hours (the built-in file's, line 64) with 1,900; undo brings 1,800
  /// back, redo 1,900. `unset` returns to the file's value whatever came between; undo of
  /// it returns to the change before.
  @Test("undo and redo say which command and what value comes back; unset says the file's")
  func replies() throws {
    var shell = try makeShell()
    _ = shell.execute("set hours_per_fte 1900")
    _ = shell.execute("set hours_per_fte 2000")
    #expect(
      shell.execute("undo").output
        == "undid `set hours_per_fte 2000`; now assumptions.hours_per_fte = 1900\n")
    #expect(
      shell.execute("redo").output
        == "redid `set hours_per_fte 2000`; now assumptions.hours_per_fte = 2000\n")
    #expect(
      shell.execute("unset hours_per_fte").output
        == "unset assumptions.hours_per_fte = 1800 (the file's value)\n")
    #expect(
      shell.execute("undo").output
        == "undid `unset hours_per_fte`; now assumptions.hours_per_fte = 2000\n")
    #expect(shell.session.scenario.model.hoursPerFTE == 2000)
    // A new change forgets what could be redone.
    _ = shell.execute("undo")
    _ = shell.execute("set leave_rate 0.04")
    #expect(shell.execute("redo").errors.hasPrefix("error: nothing to redo"))
    // A measure added and taken back is no longer in the scenario.
    _ = shell.execute(
      "measure add extra { name = \"x\", guideline = 1, kind = \"analog\", adopters = \"all\", start = 2025, savings = { hours = 10 } }"
    )
    #expect(
      shell.execute("undo").output.hasSuffix("now measures.extra (not in the file)\n"))
    #expect(shell.session.scenario.measure("extra") == nil)
    var japanese = try makeShell(language: .ja)
    _ = japanese.execute("set hours_per_fte 1900")
    #expect(
      japanese.execute("undo").output
        == "`set hours_per_fte 1900` を取り消しました。今: assumptions.hours_per_fte = 1800\n")
  }

  /// `load` replaces the scenario and drops the changes (with --discard); undo brings both back.
  @Test("undo of load brings back the scenario and its unsaved changes")
  func undoLoad() throws {
    var shell = try makeShell(["low.toml": lowRecruitment])
    _ = shell.execute("set hours_per_fte 1900")
    _ = shell.execute("load low.toml --discard")
    #expect(shell.prompt == "low> ")
    #expect(
      shell.execute("undo").output
        == "undid `load low.toml --discard`; now aizu (built in), with 1 unsaved change\n")
    #expect(shell.prompt == "aizu*> ")
    #expect(shell.session.scenario.model.hoursPerFTE == 1900)
  }

  /// Undoing `save` writes nothing: the file keeps what save wrote, and the changes are
  /// unsaved again (the prompt says so, and quitting warns).
  @Test("undo after save leaves the file as written and the changes unsaved")
  func undoSave() throws {
    let files = MemoryFileSystem()
    var shell = try makeShell(files)
    _ = shell.execute("set hours_per_fte 1900")
    _ = shell.execute("save a.toml")
    let written = try #require(files["a.toml"])
    #expect(shell.prompt == "a> ")
    #expect(
      shell.execute("undo").output
        == "undid `save a.toml`; now aizu (built in), with 1 unsaved change; a.toml stays on disk as saved (undo changes no file)\n"
    )
    #expect(files["a.toml"] == written)
    #expect(shell.prompt == "aizu*> ")
    #expect(shell.session.isModified)
  }

  /// The journal a crash would leave is the script of the state in force: after undo, the
  /// state undo brought back; with no change left, none.
  @Test("the recovery journal follows undo and redo")
  func journal() throws {
    var shell = try makeShell()
    _ = shell.execute("set hours_per_fte 1900")
    let one = Recovery.script(for: shell.session)
    _ = shell.execute("set leave_rate 0.04")
    #expect(
      Recovery.script(for: shell.session)?.contains("set assumptions.leave_rate 0.04") == true)
    _ = shell.execute("undo")
    #expect(Recovery.script(for: shell.session) == one)
    _ = shell.execute("undo")
    #expect(Recovery.script(for: shell.session) == nil)
    _ = shell.execute("redo")
    #expect(Recovery.script(for: shell.session) == one)
  }

  @Test("commands that change the session refuse --scenario; undo takes no argument")
  func refusals() throws {
    var shell = try makeShell()
    #expect(
      shell.execute("set hours_per_fte 1900 --scenario ipss2023").errors
        == "error: set takes no --scenario: it changes the session or does not answer from a scenario (to go on under another scenario: `load FILE`, or `snapshot` and `use`)\n"
    )
    #expect(!shell.session.isModified)
    #expect(shell.execute("undo 2").errors == "error: undo takes no arguments\n")
  }
}

@Suite("changes, and where changed values come from")
struct ChangesTests {
  /// recruitment_index: the built-in file gives { 2020 = 1 }; `set` merges { 2040 = 0.5 } in.
  @Test("changes lists each change with the file's value, the value now and its command")
  func changes() throws {
    var shell = try makeShell()
    #expect(shell.execute("changes").output == "no unsaved changes\n")
    _ = shell.execute("set recruitment_index { 2040 = 0.5 }")
    _ = shell.execute("measure set online_procedures max_adoption 0.9")
    let csv = shell.execute("changes --format csv").output.split(separator: "\n")
    #expect(csv[0] == "path,file_value,value,command,scenario")
    #expect(
      csv[1]
        == "assumptions.recruitment_index,{ 2020 = 1 },\"{ 2020 = 1, 2040 = 0.5 }\",set recruitment_index { 2040 = 0.5 },aizu*"
    )
    #expect(
      csv[2]
        == "measures.online_procedures.max_adoption,1,0.9,measure set online_procedures max_adoption 0.9,aizu*"
    )
  }

  /// A table laid over the built-in file's keeps that file's place as its own; the place
  /// named is the latest layer's that wrote part of it.
  @Test("a table-valued assumption names the what-if's line or the command that changed it")
  func provenance() throws {
    var shell = try makeShell(["low.toml": lowRecruitment])
    func origin(_ name: String) -> String? {
      shell.session.scenario.assumptions.first { $0.name == name }?.origin
    }
    #expect(origin("recruitment_index") == "aizu (built in):97:1")
    _ = shell.execute("set recruitment_index { 2040 = 0.5 }")
    #expect(origin("recruitment_index") == "set recruitment_index { 2040 = 0.5 }")
    _ = shell.execute("set staff_target.share 0.6")
    #expect(origin("staff_target") == "set staff_target.share 0.6")
    _ = shell.execute("load low.toml --discard")
    #expect(origin("recruitment_index") == "low.toml:3:35")
    #expect(origin("elderly_share_rise") == "aizu (built in):106:1")
  }

  /// With r(2040) = 0.5 the cap on hiring binds sooner: 昭和村's supply in 2040 moves (the
  /// what-if's 39.3 against 44.2), while 2020's, before any hire, and the population stay.
  @Test("values a change moved are marked !, supply included, with the note")
  func marks() throws {
    var shell = try makeShell()
    _ = shell.execute("set recruitment_index { 2040 = 0.5 }")
    let table = shell.execute("project 2020..2040 Showa --step 20").output.split(separator: "\n")
    #expect(
      table[3]
        == "2020  昭和村 Showa       1,244  692      55.6%    50.0     50.0       0.0         40.2")
    #expect(
      table[4]
        == "2040  昭和村 Showa         650  321~     49.4%~   39.3!    33.0      -6.3!        60.4!")
    #expect(
      table[5]
        == "! moved by the changes made at the prompt (differs from the loaded file's answer): `changes` lists them, `diff` shows by how much"
    )
    _ = shell.execute("undo")
    #expect(!shell.execute("project 2040 Showa").output.contains("!"))
  }

  /// `unset` completes the short names `set` does, for the paths with a change under them.
  @Test("unset completes set's short names among the changed paths")
  func unsetCompletion() throws {
    var shell = try makeShell()
    #expect(shell.completions(for: "unset hou").candidates == [])
    _ = shell.execute("set hours_per_fte 1900")
    _ = shell.execute("set Showa.population.2040 700")
    #expect(shell.completions(for: "unset hou").candidates == ["hours_per_fte"])
    #expect(shell.completions(for: "unset Sho").candidates == ["Showa."])
    #expect(
      shell.completions(for: "unset Showa.population.").candidates == ["Showa.population.2040"])
    #expect(shell.completions(for: "unset a").candidates == ["all", "assumptions.hours_per_fte"])
  }
}
