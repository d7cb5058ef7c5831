import ScenarioFile
import Testing

/// Malformed TOML is a located syntax error, never a crash.
@Suite("TOML syntax errors")
struct SyntaxTests {
  /// Found by fuzzing (docs/reliability.md, "Fuzzing"): toml++ checks an invariant of its own
  /// with assert() before reporting a table header with no key as an error, so a file with `[`
  /// and a line break aborted the shell. A table header being typed is an ordinary mistake.
  @Test(
    "a table header without a key",
    arguments: [
      (
        "[\n",
        "x.toml:1:2: TOML syntax: key: expected bare key starting character or string delimiter, saw '\\n'"
      ),
      (
        "extends = \"aizu\"\n[[ \n",
        "x.toml:2:4: TOML syntax: key: expected bare key starting character or string delimiter, saw '\\n'"
      ),
      (
        "[\u{0}]",
        "x.toml:1:2: TOML syntax: key: expected bare key starting character or string delimiter, saw '\\u0000'"
      ),
      ("[", "x.toml:1:2: TOML syntax: table header: encountered end-of-file"),
    ])
  func headerWithoutKey(text: String, message: String) {
    let source = ScenarioText(name: "x.toml", identity: "/x.toml", text: text)
    let (document, diagnostics) = ScenarioFile.read(source) { _, _ in
      throw CancellationError()
    }
    #expect(document == nil)
    #expect(diagnostics.map(\.description) == [message])
  }
}
