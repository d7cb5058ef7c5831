import Simulation
import Testing

@testable import ScenarioFile

/// The caps of docs/reliability.md, "Limits": each a located error, never a hang.
@Suite("Scenario files have documented caps, each a located error")
struct LimitsTests {
  /// Reads `files` from memory, the first one named.
  private func read(_ name: String, _ files: [String: String]) -> (ScenarioDocument?, [String]) {
    let text = ScenarioText(name: name, identity: name, text: files[name] ?? "")
    let (document, diagnostics) = ScenarioFile.read(text) { reference, _ in
      guard let text = files[reference] else { throw Fixtures.NotFound(name: reference) }
      return ScenarioText(name: reference, identity: reference, text: text)
    }
    return (document, diagnostics.map(\.description))
  }

  @Test("a file over 1 MiB is refused unread")
  func fileSize() {
    let line = "# " + String(repeating: "x", count: 1000) + "\n"
    let text = "extends = \"aizu\"\n" + String(repeating: line, count: 1100)
    #expect(
      read("big.toml", ["big.toml": text]).1 == [
        "big.toml:1:1: the file has \(text.utf8.count) bytes; a scenario file may have at most 1048576 (1 MiB) (is it a scenario file? Split a large one with extends)"
      ])
  }

  @Test("a line over 4,096 characters is refused at the column where it goes over")
  func lineLength() {
    let text = "extends = \"aizu\"\n\n# " + String(repeating: "会", count: 5000) + "\n"
    #expect(
      read("long.toml", ["long.toml": text]).1 == [
        "long.toml:3:4097: line 3 is longer than 4096 characters, the most a scenario file's line may have (break a long list or table over several lines)"
      ])
  }

  @Test("a chain of more than 16 files extending one another is refused at the 16th")
  func extendsDepth() {
    var files: [String: String] = ["f17.toml": "extends = \"aizu\"\n"]
    for i in 1...16 { files["f\(i).toml"] = "scenario = \"f\(i)\"\nextends = \"f\(i + 1).toml\"\n" }
    let (document, diagnostics) = read("f1.toml", files)
    #expect(document == nil)
    let chain = (1...16).map { "f\($0).toml" }.joined(separator: " → ")
    #expect(
      diagnostics == [
        "f16.toml:2:1: extends: more than 16 files extend one another: \(chain) → f17.toml (merge some of the what-ifs into one file)"
      ])
    // 15 files and the built-in scenario: 16 in all.
    files["f15.toml"] = "extends = \"aizu\"\n"
    #expect(read("f1.toml", files).1.isEmpty)
  }
}

/// A year written twice in one layer is a conflict; in two layers the later one wins.
@Suite("Of two values for one year, the later layer wins")
struct LayerTests {
  @Test("R22 set at the prompt replaces the file's 2040, and 2040 set later replaces R22")
  func prompt() throws {
    let (document, _) = try Fixtures.builtin()
    let r22 = try Fixtures.override("Showa.population.R22", "700", in: document)
    let (first, problems) = ScenarioFile.decode(document, overrides: [r22])
    #expect(problems.isEmpty)
    #expect(first?.municipality(named: "昭和村")?.population[2040] == 700)
    let again = try Fixtures.override("Showa.population.2040", "600", in: document)
    let (second, more) = ScenarioFile.decode(document, overrides: [r22, again])
    #expect(more.isEmpty)
    #expect(second?.municipality(named: "昭和村")?.population[2040] == 600)
    let (third, _) = ScenarioFile.decode(document, overrides: [again, r22])
    #expect(third?.municipality(named: "昭和村")?.population[2040] == 700)
  }

  @Test("a what-if's 2040 over its base's R22 wins, whatever order the keys merge in")
  func files() throws {
    let files = [
      "top.toml":
        "extends = \"middle.toml\"\n[municipalities.Showa]\npopulation = { 2040 = 600 }\n",
      "middle.toml": "extends = \"aizu\"\n[municipalities.Showa]\npopulation = { R22 = 700 }\n",
    ]
    let text = ScenarioText(name: "top.toml", identity: "top.toml", text: files["top.toml"] ?? "")
    let (document, read) = ScenarioFile.read(text) { reference, _ in
      ScenarioText(name: reference, identity: reference, text: files[reference] ?? "")
    }
    #expect(read.isEmpty)
    let (scenario, diagnostics) = ScenarioFile.decode(try #require(document))
    #expect(diagnostics.isEmpty)
    #expect(scenario?.municipality(named: "昭和村")?.population[2040] == 600)
  }

  /// A value typed at the prompt has no key order (TOML tables have none), so its keys
  /// come in sorted order: 2040 before R22.
  @Test("a what-if's R22 replaces its base's 2040, and its 65+ share the base's count")
  func whatIf() throws {
    let (scenario, diagnostics) = try Fixtures.load("whatif-later-year.toml")
    #expect(diagnostics.isEmpty)
    let showa = try #require(scenario?.municipality(named: "昭和村"))
    #expect(showa.population == YearSeries([2015: 1322, 2020: 1244, 2040: 700]))
    #expect(showa.elderlyShare == YearSeries([2020: 0.6]))
    #expect(showa.elderlyCount.isEmpty)
  }

  @Test("one year twice in one command is a conflict naming both")
  func command() throws {
    let (document, _) = try Fixtures.builtin()
    let both = try Fixtures.override("recruitment_index", "{ R22 = 0.5, 2040 = 0.6 }", in: document)
    let (scenario, diagnostics) = ScenarioFile.decode(document, overrides: [both])
    #expect(scenario == nil)
    #expect(
      diagnostics.map(\.description) == [
        "\(both.command): assumptions.recruitment_index.R22: year 2040 is given twice: here and as assumptions.recruitment_index.2040 at \(both.command) (keep one of them)"
      ])
  }
}
