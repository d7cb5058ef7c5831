import Foundation
import ScenarioFixtures
import Testing

/// Every scenario fixture loaded by the real binary: each diagnostic the decoder's
/// tests expect (`ScenarioFixtures.all`) must reach the user, and fail the run.
@Suite("aizusim --scenario prints every fixture's diagnostics")
struct FixtureScenarioTests {
  @Test(
    "each expected line on stderr and a non-zero exit; exit 0 for a valid one",
    arguments: ScenarioFixtures.all)
  func fixture(fixture: ScenarioFixtures.Fixture) throws {
    // Run beside the fixtures, so that diagnostics name them as the table does.
    let run = try Binary.run(
      ["--scenario", fixture.file, "-c", "quit"], directory: ScenarioFixtures.folder.path)
    guard !fixture.diagnostics.isEmpty else {
      #expect(run.status == 0)
      #expect(run.stderr.isEmpty)
      return
    }
    #expect(run.status != 0)
    let lines = run.stderr.split(separator: "\n").map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    for diagnostic in fixture.diagnostics {
      #expect(lines.contains(diagnostic), "missing on stderr: \(diagnostic)\n\(run.stderr)")
    }
  }
}
