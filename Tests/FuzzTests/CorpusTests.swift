import Foundation
import FuzzHarness
import Testing

/// The fuzzing targets on their seed corpora and on every finding kept with them
/// (Tests/Fuzz/TARGET/), in the normal test run: a finding that comes back crashes or fails
/// here, and a change that breaks a target is seen before anyone fuzzes.
@Suite("Fuzzing corpora replayed")
struct CorpusTests {
  static let fuzz = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fuzz")

  static func inputs(_ target: String) throws -> [[UInt8]] {
    let files = Fuzzing.files(at: fuzz.appendingPathComponent(target).path)
    return try files.map { try Array(Data(contentsOf: URL(fileURLWithPath: $0))) }
  }

  @Test("scenario: the seeds read and decode, and most of them load")
  func scenario() throws {
    let inputs = try Self.inputs("scenario")
    #expect(inputs.count >= 20)
    let loaded = inputs.filter { ScenarioTarget.run($0) }
    // The built-in scenario and the what-ifs in Scenarios/ load; fixtures with errors do not.
    #expect(loaded.count >= 6)
  }

  @Test("shell: the seeds run, in both modes")
  func shell() throws {
    let inputs = try Self.inputs("shell")
    #expect(inputs.count >= 20)
    #expect(inputs.contains { $0.first == ShellTarget.commandsMode })
    for input in inputs {
      #expect(!ShellTarget.run(input).isEmpty)
    }
  }

  @Test("transcript: the seeds parse, compare and update")
  func transcript() throws {
    let inputs = try Self.inputs("transcript")
    #expect(inputs.count >= 20)
    let parsed = inputs.filter { TranscriptTarget.run($0) }
    #expect(parsed.count >= inputs.count / 2)
  }
}
