import Foundation
import ScenarioFile
import Simulation
import Testing

@testable import Shell

/// `save` never loses a file: onto the loaded file it writes the file's own keys plus the
/// changes, onto a file the scenario extends it refuses, and whatever it writes loads again.
@Suite("save keeps every file whole")
struct SaveTests {
  static let whatIf = """
    # Half the staff by 2040: a planner's notes stay.
    scenario = "half"
    extends = "aizu"

    [model]
    staffing = "target"  # the 2040 strategy's premise

    [assumptions]
    staff_target = { year = 2040, share = 0.5 }

    """

  @Test("save --force onto the loaded file writes its own keys plus the changes, comments kept")
  func ontoTheLoadedFile() throws {
    let files = MemoryFileSystem(["half.toml": Self.whatIf])
    var shell = try makeShell(files)
    #expect(shell.execute("load half.toml").status == .success)
    #expect(shell.execute("set hours_per_fte 1900").status == .success)
    #expect(shell.execute("set staff_target.share 0.6").status == .success)
    #expect(shell.execute("set Showa.population.2040 600").status == .success)
    #expect(shell.execute("set staffing recruitment").status == .success)
    let refused = shell.execute("save half.toml")
    #expect(refused.status == .failure)
    #expect(refused.errors.contains("'half.toml' is the loaded scenario"))
    #expect(files["half.toml"] == Self.whatIf)

    let saved = shell.execute("save half.toml --force")
    #expect(saved.errors.isEmpty)
    #expect(saved.output == "saved 4 changes to half.toml\n")
    #expect(
      files["half.toml"] == """
        # Half the staff by 2040: a planner's notes stay.
        scenario = "half"
        extends = "aizu"

        [model]
        staffing = "recruitment"  # the 2040 strategy's premise

        [assumptions]
        staff_target = { year = 2040, share = 0.6 }
        hours_per_fte = 1900

        [municipalities."昭和村"]
        population.2040 = 600

        """)
    #expect(shell.prompt == "half> ")
    #expect(shell.session.scenario.model.hoursPerFTE == 1900)
    // The file loads again on its own, meaning the same as the session did.
    var fresh = try makeShell(files)
    #expect(fresh.execute("load half.toml").status == .success)
    #expect(fresh.session.scenario == shell.session.scenario)
  }

  @Test("a file changed on disk since it was loaded is not overwritten")
  func changedOnDisk() throws {
    let files = MemoryFileSystem(["half.toml": Self.whatIf])
    var shell = try makeShell(files)
    _ = shell.execute("load half.toml")
    _ = shell.execute("set hours_per_fte 1900")
    let edited = Self.whatIf.replacingOccurrences(
      of: "scenario = \"half\"\n", with: "scenario = \"half\"\nhorizon = 2045\n")
    try files.write(edited, to: "half.toml", replacing: true)
    let outcome = shell.execute("save half.toml --force")
    #expect(outcome.status == .failure)
    #expect(
      outcome.errors
        == "error: 'half.toml' changed on disk since it was loaded (`reload` reads it again and keeps your changes; then save)\n"
    )
    #expect(files["half.toml"] == edited)
    #expect(shell.execute("reload").status == .success)
    #expect(shell.execute("save half.toml --force").status == .success)
  }

  @Test("saving onto a file the loaded scenario extends is refused with the reason")
  func ontoABase() throws {
    let base = Self.whatIf
    let top = "scenario = \"top\"\nextends = \"half.toml\"\nhorizon = 2045\n"
    let files = MemoryFileSystem(["half.toml": base, "top.toml": top])
    var shell = try makeShell(files)
    #expect(shell.execute("load top.toml").status == .success)
    _ = shell.execute("set hours_per_fte 1900")
    let outcome = shell.execute("save half.toml --force")
    #expect(outcome.status == .failure)
    #expect(
      outcome.errors
        == "error: 'half.toml' is a scenario the loaded one extends (top.toml extends half.toml) (writing the changes there would change every scenario built on it; save them to a new file, or `load half.toml` and change it there)\n"
    )
    #expect(files["half.toml"] == base)
    #expect(files["top.toml"] == top)
    #expect(shell.session.isModified)
  }

  @Test(
    "the scenario's name and base are not set at the prompt", arguments: ["scenario", "extends"])
  func nameAndBase(key: String) throws {
    var shell = try makeShell()
    let outcome = shell.execute("set \(key) \"other\"")
    #expect(outcome.status == .failure)
    #expect(outcome.errors.contains("is not set at the prompt"))
    #expect(!shell.session.isModified)
  }

  /// Every path `set` completes, set to its value as it stands, section by section, saved
  /// both ways and loaded again: each saved file must load, and mean the scenario the
  /// session had (the name and the base aside).
  @Test("every settable path saves as a what-if and into the loaded file, and loads again")
  func everySettablePath() throws {
    let files = MemoryFileSystem(["half.toml": Self.whatIf])
    var shell = try makeShell(files)
    #expect(shell.execute("load half.toml").status == .success)
    let loaded = shell.session
    let paths = ScenarioFile.settablePaths(loaded.document)
    #expect(paths.count > 500)
    let sections = Dictionary(grouping: paths) { path -> String in
      let full = (try? ScenarioFile.settingPath(path, in: loaded.document).get()) ?? []
      return full.first ?? ""
    }
    #expect(
      sections.keys.sorted() == [
        "assumptions", "checks", "facetime", "guidelines", "horizon", "measures", "model",
        "municipalities", "verdict",
      ])
    var tried = 0
    for (section, paths) in sections.sorted(by: { $0.key < $1.key }) {
      var session = loaded
      for path in paths {
        let full = try ScenarioFile.settingPath(path, in: loaded.document).get()
        guard let value = Self.node(at: full, in: loaded.document.root) else { continue }
        try session.set(path, to: value.tomlText)
        tried += 1
      }
      let expected = Self.meaning(
        ScenarioFile.merged(session.document, overrides: session.overrides))
      var copy = session
      do throws(CommandError) {
        try copy.save(to: "saved.toml", replacing: true)
        #expect(Self.meaning(copy.document.root).isSameValue(as: expected), "what-if: \(section)")
        try session.save(to: "half.toml", replacing: true)
        #expect(
          Self.meaning(session.document.root).isSameValue(as: expected), "in place: \(section)")
      } catch {
        Issue.record("\(section): \(error) \(error.details)")
      }
      try files.write(Self.whatIf, to: "half.toml", replacing: true)
    }
    #expect(tried > 500)
  }

  static func node(at path: [String], in root: Node) -> Node? {
    var node: Node? = root
    for key in path { node = node?.table?[key] }
    return node
  }

  /// What a scenario means, without its name and what it extends.
  static func meaning(_ root: Node) -> Node {
    guard var table = root.table else { return root }
    table["scenario"] = nil
    table["extends"] = nil
    return Node(.table(table), at: root.origin)
  }
}
