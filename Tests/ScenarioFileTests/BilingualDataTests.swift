import Bilingual
import Testing

@testable import ScenarioFile
@testable import Simulation

/// Notes, units, titles and citations are shown to users, so the built-in scenario gives them
/// in both languages, and a scenario file may give one or both.
@Suite("Scenario data shown to users is bilingual")
struct BilingualDataTests {
  /// Every text of the built-in scenario a user reads, with where it is.
  static func builtinTexts() throws -> [(String, LocalizedText)] {
    let (_, scenario) = try Fixtures.builtin()
    var texts: [(String, LocalizedText)] = []
    for source in scenario.sources {
      texts += [("sources.\(source.id).title", source.title)]
      if !source.citation.isEmpty { texts += [("sources.\(source.id).citation", source.citation)] }
    }
    for a in scenario.assumptions where a.origin != "default" {
      texts += [("\(a.name).unit", a.unit), ("\(a.name).note", a.note)]
    }
    for m in scenario.municipalities {
      texts += m.notes.map { ("municipalities.\(m.name).notes.\($0.key)", $0.value) }
    }
    texts += scenario.measures.map { ("measures.\($0.id).note", $0.note) }
    texts += scenario.facetimeCategories.map { ("facetime.categories.\($0.id).note", $0.note) }
    for guideline in scenario.guidelines {
      texts += guideline.options.map { ("guidelines.\(guideline.number).\($0.id).note", $0.note) }
    }
    return texts
  }

  @Test("every note, unit, title and citation of the built-in scenario has its Japanese")
  func builtinIsBilingual() throws {
    let texts = try Self.builtinTexts()
    #expect(texts.count > 90)
    for (path, text) in texts {
      #expect(!text.en.isEmpty, "\(path) has no text")
      // A translation differs from the English; a text given once is the same in both.
      #expect(text.ja != text.en, "\(path) has no Japanese: \(text.en)")
    }
  }

  @Test("a note in one language serves both; a table may give one language or both")
  func oneOrBoth() throws {
    let scenario = try Self.decode(
      """
      extends = "aizu"
      [measures.online_procedures]
      note = "plain"
      [measures.shared_systems]
      note = { en = "English only" }
      [facetime.categories.counter]
      note = { ja = "日本語", en = "English" }
      [assumptions.hours_per_fte]
      unit = { ja = "時間" }
      """)
    #expect(scenario.measure("online_procedures")?.note == LocalizedText("plain"))
    #expect(scenario.measure("shared_systems")?.note == LocalizedText("English only"))
    #expect(
      scenario.facetimeCategories.first { $0.id == "counter" }?.note
        == LocalizedText(ja: "日本語", en: "English"))
    let hours = try #require(scenario.assumptions.first { $0.name == "hours_per_fte" })
    #expect(hours.unit == LocalizedText("時間"))
    // The annotated assumption's note, not written here, is the built-in's, in both.
    #expect(hours.note.ja.hasPrefix("常勤職員"))
  }

  @Test("a what-if's text replaces its base's whole: no Japanese of the old note stays")
  func replacedWhole() throws {
    let scenario = try Self.decode(
      """
      extends = "aizu"
      [measures.online_procedures]
      note = { en = "A new note." }
      """)
    #expect(scenario.measure("online_procedures")?.note == LocalizedText("A new note."))
  }

  @Test(
    "a text that is neither a string nor { ja, en } is an error at its place",
    arguments: [
      (
        "title = { jp = \"資料\" }",
        "w.toml:3:11: sources.extra.title.jp: unknown key 'jp' (did you mean 'ja'?)"
      ),
      ("title = 5", "w.toml:3:1: sources.extra.title: expected a string in quotes, found a number"),
      ("title = {}", "w.toml:3:1: sources.extra.title: expected { ja = \"…\", en = \"…\" }"),
    ] as [(String, String)])
  func wrongText(line: String, diagnostic: String) throws {
    let text = "extends = \"aizu\"\n[sources.extra]\n\(line)\n"
    let source = ScenarioText(name: "w.toml", identity: "w", text: text)
    let (document, read) = ScenarioFile.read(source) { _, _ in throw Fixtures.NotFound(name: "") }
    let (_, decoded) = ScenarioFile.decode(try #require(document))
    #expect((read + decoded).map(\.description) == [diagnostic])
  }

  private static func decode(_ text: String) throws -> Scenario {
    let source = ScenarioText(name: "w.toml", identity: "w", text: text)
    let (document, read) = ScenarioFile.read(source) { _, _ in throw Fixtures.NotFound(name: "") }
    let (scenario, decoded) = ScenarioFile.decode(try #require(document))
    #expect(read + decoded == [])
    return try #require(scenario)
  }
}
