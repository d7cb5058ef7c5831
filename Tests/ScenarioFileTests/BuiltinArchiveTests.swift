import Foundation
import Testing

@testable import ScenarioFile

/// The built-in scenario is compiled in twice: as its text (`Scenarios/aizu.toml`, for `show`,
/// `save` and diagnostics) and as its nodes (`Sources/ScenarioFile/aizu.nodes`), which start-up
/// reads instead of parsing the text (docs/performance.md, "Start-up").
@Suite("The built-in scenario's archived nodes")
struct BuiltinArchiveTests {
  /// Set to write the archive again from the text, into the source tree.
  static let regenerate = "AIZUSIM_WRITE_ARCHIVE"
  static let command = "\(regenerate)=1 swift test --filter BuiltinArchiveTests"

  static func parsedText() throws -> Node {
    let source = try #require(ScenarioFile.builtin(ScenarioFile.builtinName))
    return try TOMLReader.read(source.text, name: source.name).get()
  }

  @Test("the archive holds exactly what parsing the text gives, origins included")
  func archiveMatchesText() throws {
    let parsed = try Self.parsedText()
    let archive = NodeArchive.encode(parsed)
    if ProcessInfo.processInfo.environment[Self.regenerate] != nil {
      let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/ScenarioFile/aizu.nodes").standardized
      try Data(archive).write(to: url)
      Issue.record("wrote \(url.path); build again and run the tests without \(Self.regenerate)")
      return
    }
    #expect(
      ScenarioFile.builtinArchive == archive,
      "Sources/ScenarioFile/aizu.nodes is not Scenarios/aizu.toml: run `\(Self.command)`")
    #expect(NodeArchive.decode(ScenarioFile.builtinArchive) == parsed)
  }

  @Test("reading the built-in scenario gives the parsed text's nodes")
  func builtinReadsArchive() throws {
    let (document, _) = try Fixtures.builtin()
    #expect(document.root == (try Self.parsedText()))
  }

  @Test("the built-in scenarios are within the limits, so reading them need not measure them")
  func builtinWithinLimits() throws {
    for name in ScenarioFile.builtinNames {
      let source = try #require(ScenarioFile.builtin(name))
      #expect(ScenarioFile.oversize(source) == nil, "\(name)")
    }
  }

  @Test("a scenario's heading, read from its nodes, is the decoded scenario's name and title")
  func heading() throws {
    for name in ScenarioFile.builtinNames {
      let (document, scenario) = try Fixtures.builtin(name)
      let heading = ScenarioFile.heading(of: document)
      #expect(heading.name == scenario.name)
      #expect(heading.title == scenario.title)
    }
    let (document, scenario) = try Fixtures.builtin()
    let quick = try #require(ScenarioFile.builtinHeading(ScenarioFile.builtinName))
    #expect(quick.name == scenario.name && quick.title == scenario.title)
    #expect(ScenarioFile.builtinHeading("ipss2023") == nil)
    let kept = try #require(NodeArchive.decode(ScenarioFile.builtinArchive, keeping: ["title"]))
    #expect(kept.table?.keys == ["title"])
    #expect(kept.table?["title"] == document.root.table?["title"])
    #expect(kept.origin == document.root.origin)
    let archive = ScenarioFile.builtinArchive
    for length in [0, 3, 10, archive.count / 2, archive.count - 1] {
      #expect(NodeArchive.decode(Array(archive.prefix(length)), keeping: ["title"]) == nil)
    }
    let empty = ScenarioDocument(files: [], root: Node(.table(NodeTable()), at: .command("")))
    #expect(ScenarioFile.heading(of: empty).name == "scenario")
  }

  @Test("a table of archived entries is refused when two keys are the same, small or large")
  func uniqueEntries() {
    let node = Node(.integer(1), at: .command(""))
    for count in [1, 2, 8, 9, 40] {
      let keys = (0..<count).map { "k\($0)" }
      #expect(NodeTable(uniqueEntries: keys.map { ($0, node) }) != nil)
      let repeated = keys + [keys[count / 2]]
      #expect(NodeTable(uniqueEntries: repeated.map { ($0, node) }) == nil)
    }
  }

  @Test("every kind of value and origin comes back as it was")
  func roundTrip() throws {
    let file = Origin.file(name: "x.toml", line: 3, column: 7)
    let root = Node(
      .table(
        NodeTable([
          ("text", Node(.string("会津 \u{1F600}"), at: file)),
          ("big", Node(.integer(Int.max), at: file)), ("small", Node(.integer(Int.min), at: file)),
          ("negative", Node(.integer(-1), at: file)),
          ("share", Node(.float(-0.125), at: .command("set share -0.125"))),
          ("flag", Node(.bool(true), at: file)), ("off", Node(.bool(false), at: file)),
          ("day", Node(.date("2026-11-29"), at: file)),
          ("list", Node(.array([Node(.table(NodeTable()), at: file)]), at: file)),
          ("empty", Node(.array([]), at: file)),
        ])), at: .file(name: "x.toml", line: 1, column: 1))
    #expect(NodeArchive.decode(NodeArchive.encode(root)) == root)
  }

  @Test("damaged bytes are refused, never trusted")
  func damaged() throws {
    let archive = ScenarioFile.builtinArchive
    #expect(NodeArchive.decode([]) == nil)
    #expect(NodeArchive.decode(Array("AZN0".utf8) + archive.dropFirst(4)) == nil)
    for length in [5, 100, archive.count / 2, archive.count - 1] {
      #expect(NodeArchive.decode(Array(archive.prefix(length))) == nil)
    }
    #expect(NodeArchive.decode(archive + [0]) == nil)
    // Bytes of the tree flipped one at a time: whatever comes back, reading does not trap.
    var bytes = archive
    for index in stride(from: archive.count - 2000, to: archive.count, by: 29) {
      bytes[index] ^= 0xFF
      _ = NodeArchive.decode(bytes)
      bytes[index] ^= 0xFF
    }
  }
}
