import Foundation
import Testing

@testable import ScenarioFile

#if canImport(Glibc)
  import Glibc

  /// Found by fuzzing (docs/reliability.md, "Fuzzing"): TOMLKit 0.6.0, which read TOML before
  /// `CTOML`, never freed the copies its C shim made of keys and strings, so every load of the
  /// built-in scenario kept about 300 KB and a long session grew without bound.
  /// The process's resident memory, from /proc/self/statm (its second field, in pages).
  private func residentBytes() -> Int {
    let statm = (try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8)) ?? ""
    let pages = statm.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
  }

  @Suite("Reading scenarios keeps no memory")
  struct MemoryTests {
    @Test("memory in use is the same after reading the built-in scenario 20 more times")
    func noLeak() async {
      // In a process of its own, so that no other test allocates meanwhile.
      await #expect(processExitsWith: .success) {
        guard let builtin = ScenarioFile.builtin(ScenarioFile.builtinName) else { exit(2) }
        func readAndValue() {
          let (document, _) = ScenarioFile.read(builtin) { _, _ in throw CancellationError() }
          _ = TOMLReader.readValue("{ 2040 = 0.5, note = \"x\" }", origin: .command("set"))
          if let document { _ = ScenarioFile.decode(document) }
        }
        readAndValue()
        let before = residentBytes()
        for _ in 0..<20 { readAndValue() }
        // TOMLKit kept 20 × 300 KB; freed memory is reused, so the process does not grow.
        exit(residentBytes() - before < 2 << 20 ? 0 : 1)
      }
    }
  }
#endif
