import Foundation
import TestSupport
import Testing

/// `aizusim --check FILE`, the binary: 0 when every check passes, 1 when any fails, 2 when
/// the file cannot be checked or the usage is bad.
@Suite("aizusim --check FILE exits 0, 1 or 2")
struct CheckOptionTests {
  static let scenarios = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Scenarios")

  @Test("the built-in scenario's checks pass: status 0, the report on stdout")
  func passes() throws {
    let run = try Binary.run(["--check", Self.scenarios.appendingPathComponent("aizu.toml").path])
    #expect(run.status == 0)
    #expect(run.stdout.hasSuffix("3 checks: all pass\n"))
    #expect(run.stderr.isEmpty)
    let named = try Binary.run(["--check", "aizu", "--format", "csv"])
    #expect(named.status == 0)
    #expect(named.stdout.hasPrefix("check,municipality,metric,year,value,relation,bound,passed,"))
  }

  @Test("the low-recruitment what-if fails two: status 1, each failure with its values")
  func fails() throws {
    let file = Self.scenarios.appendingPathComponent("whatif-low-recruitment.toml").path
    let run = try Binary.run(["--check", file, "--lang", "ja"])
    #expect(run.status == 1)
    #expect(run.stdout.hasSuffix("チェック3件: 2件が満たさない\n"))
    #expect(run.stdout.components(separatedBy: "満たさない\n").count - 1 >= 3)
  }

  @Test("a bad check is a located error and status 2; so is a missing file, and bad usage")
  func badFile() throws {
    let folder = try TemporaryDirectory()
    let path = folder.path + "/bad.toml"
    try """
    extends = "aizu"

    [checks.typo]
    metric = "populaton"
    where = "region"
    year = 2040
    below = { year = 2020 }
    """.write(toFile: path, atomically: true, encoding: .utf8)
    let run = try Binary.run(["--check", path])
    #expect(run.status == 2)
    #expect(run.stdout.isEmpty)
    #expect(
      run.stderr.contains(
        "\(path):4:1: checks.typo.metric: unknown metric 'populaton' (did you mean 'population'?)"))
    #expect(try Binary.run(["--check", folder.path + "/none.toml"]).status == 2)
    let usage = try Binary.run(["--check", "aizu", "-c", "project"])
    #expect(usage.status == 2)
    #expect(usage.stderr.contains("--check FILE runs alone"))
  }
}
