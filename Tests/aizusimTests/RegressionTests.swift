import Foundation
import Shell
import Testing

/// Every transcript under `Scenarios/regression` (docs/transcripts.md), run in a
/// fresh session each, as `aizusim test Scenarios/regression` runs them: any change
/// in any answer fails here with a unified diff naming the transcript line.
@Suite("Scenario regression transcripts")
struct RegressionTests {
  static let folder: String = {
    // Tests/aizusimTests/RegressionTests.swift → the package root.
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
      .deletingLastPathComponent()
    return root.appendingPathComponent("Scenarios/regression").path
  }()

  static let transcripts = TranscriptRunner().transcripts(under: [folder])

  @Test("there are transcripts to run")
  func found() {
    #expect(Self.transcripts.count >= 14)
  }

  @Test("each transcript gives the answers it records", arguments: transcripts)
  func transcript(path: String) {
    let result = TranscriptRunner().run(path)
    if !result.isPassing {
      // The diff alone, readable in CI's log; `aizusim test --update` rewrites it.
      Issue.record(Comment(rawValue: result.report))
    }
  }
}
