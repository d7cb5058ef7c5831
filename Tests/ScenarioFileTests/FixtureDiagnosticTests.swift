import ScenarioFile
import ScenarioFixtures
import Testing

/// Each fixture's diagnostics, from the table `aizusimTests` also checks the binary
/// against (`ScenarioFixtures.all`).
@Suite("Every fixture gives exactly its diagnostics, each at file:line:column")
struct FixtureDiagnosticTests {
  @Test("the fixture's diagnostics, in file order", arguments: ScenarioFixtures.all)
  func diagnostics(fixture: ScenarioFixtures.Fixture) throws {
    let (_, diagnostics) = try Fixtures.load(fixture.file)
    #expect(diagnostics.inFileOrder.map(\.description) == fixture.diagnostics)
    #expect(diagnostics.hasErrors == !fixture.diagnostics.isEmpty)
  }

  @Test("every fixture in the folder is in the table, once")
  func everyFixture() throws {
    let files = ScenarioFixtures.all.map(\.file)
    #expect(files == Array(Set(files)).sorted())
    #expect(try ScenarioFixtures.filesInFolder() == files)
  }
}
