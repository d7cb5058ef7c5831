import Testing

@testable import ScenarioFile

@Suite("Finding where keys are written")
struct KeyLocatorTests {
  /// Found by fuzzing (docs/reliability.md, "Fuzzing"): a comment whose `#` is followed by a
  /// combining mark is one character to Swift, so the locator did not see a comment; it stood
  /// still on the `}` that followed, for ever, in a file toml++ had accepted.
  @Test(
    "a combining mark after TOML punctuation does not stop the locator",
    arguments: [
      "#\u{0F9A}con\" }\n", "#\u{3099}]]\n", "a = [\"\u{301}x\", }]\n", "t = { \"\u{301}\" }\n",
    ])
  func combiningMark(line: String) {
    let locator = KeyLocator(line + "share = 0.1\n[table]\nkey = 1\n")
    #expect(locator.positions[["share"]]?.line == 2)
    let key = locator.positions[["table", "key"]]
    #expect(key?.line == 4 && key?.column == 1)
  }

  @Test("the fuzzer's input reads as a scenario file with an error, at once")
  func fuzzerInput() {
    let text = "#\u{0F9A}\u{FFFD}\u{FFFD}con\u{FFFD}ns\" }\nshare = 0.1\n"
    let source = ScenarioText(name: "x.toml", identity: "/x.toml", text: text)
    let (document, diagnostics) = ScenarioFile.read(source) { _, _ in throw CancellationError() }
    #expect(diagnostics.isEmpty)
    #expect(document?.root.table?["share"]?.origin == .file(name: "x.toml", line: 2, column: 1))
  }
}
