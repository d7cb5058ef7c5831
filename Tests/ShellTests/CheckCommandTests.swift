import Foundation
import Testing

@testable import Shell

/// `check`: the checks a scenario states (`[checks.ID]`), each failure with its values.
@Suite("check runs the scenario's checks and reports each failure with its values")
struct CheckCommandTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The built-in scenario's three hold. The population: table 2's 179,610 in 2040 below
  /// table 1's 239,190 in 2020. Face-to-face hours per resident aged 65+: 2020's level is
  /// L = f0 · S(b) · H / E(b); the closest to failing is 磐梯町, L = 0.25 × 77 × 1,800 /
  /// 1,213 = 28.566, so the bound is 0.9 × 28.566 = 25.709, and it has 28.20 in 2040.
  /// The region's shortfall in 2040: −217.3 FTE, at most 0.
  @Test("the built-in scenario's three checks pass, the closest municipality named")
  func builtinPasses() throws {
    var shell = try makeShell()
    let outcome = shell.execute("check --format csv")
    #expect(outcome.status == .success)
    let rows = outcome.output.split(separator: "\n").map {
      $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
    #expect(
      rows.first == [
        "check", "municipality", "metric", "year", "value", "relation", "bound", "passed",
        "reference_year", "reference_value", "times", "scenario",
      ])
    #expect(
      rows.dropFirst().map { $0[0] } == [
        "population_falls", "facetime_kept", "staff_cover_demand",
      ])
    #expect(rows[1][1] == "会津地域" && rows[1][4] == "179610" && rows[1][6] == "239190")
    #expect(rows[1][5] == "below" && rows[1][7] == "true" && rows[1][8] == "2020")
    #expect(rows[2][1] == "磐梯町" && rows[2][5] == "at_least" && rows[2][7] == "true")
    let level = 0.25 * 77 * 1_800 / 1_213
    #expect(abs((Double(rows[2][6]) ?? 0) - 0.9 * level) < 1e-9)
    #expect(abs((Double(rows[2][9]) ?? 0) - level) < 1e-9)
    #expect(abs((Double(rows[2][4]) ?? 0) - 28.2) < 0.01 && rows[2][10] == "0.9")
    #expect(rows[3][1] == "会津地域" && rows[3][6] == "0" && rows[3][7] == "true")
    #expect(abs((Double(rows[3][4]) ?? 0) - -217.3) < 0.05)
    let table = shell.execute("check").output
    #expect(table.contains("all 13 (closest: 磐梯町 Bandai)"))
    #expect(table.hasSuffix("3 checks: all pass\n"))
  }

  /// With the hiring pool halved by 2040, 会津若松市 (8.75 against 0.9 × 12.70 = 11.43) and
  /// 磐梯町 (13.75 against 25.71) fall below 90% of their 2020 level, and the region is
  /// short of 51.6 FTE: two checks fail, each failure with its values, and the command
  /// fails.
  @Test("the low-recruitment what-if fails two checks, each failure with its values")
  func lowRecruitmentFails() throws {
    let read = { (name: String) in
      try String(
        contentsOf: Self.root.appendingPathComponent("Scenarios/" + name), encoding: .utf8)
    }
    var shell = try makeShell([
      "low.toml": try read("whatif-low-recruitment.toml"), "aizu.toml": try read("aizu.toml"),
    ])
    #expect(shell.execute("load low.toml").errors.isEmpty)
    let outcome = shell.execute("check")
    #expect(outcome.status != .success)
    let lines = outcome.output.split(separator: "\n").map(String.init)
    let failing = lines.filter { $0.hasSuffix("FAIL") }
    #expect(failing.count == 3)
    #expect(failing[0].contains("会津若松市 Aizuwakamatsu") && failing[0].contains("8.7"))
    #expect(failing[0].contains("11.4"))
    #expect(failing[1].contains("磐梯町 Bandai") && failing[1].contains("13.8"))
    #expect(failing[1].contains("25.7"))
    #expect(failing[2].hasPrefix("staff_cover_demand") && failing[2].contains("51.6"))
    #expect(lines.contains("facetime_kept: 2 of 13 municipalities fail (--all shows every one)"))
    #expect(lines.last == "3 checks: 2 fail")
    // --all: every municipality of the `each` check, the other 11 passing.
    let all = shell.execute("check facetime_kept --all --format csv").output
    #expect(all.split(separator: "\n").count == 14)
    #expect(all.components(separatedBy: ",false,").count - 1 == 2)
    // One check by its id; a passing one succeeds.
    #expect(shell.execute("check population_falls").status == .success)
  }

  @Test("an unknown check is an error with a did-you-mean")
  func unknownCheck() throws {
    var shell = try makeShell()
    let outcome = shell.execute("check facetime_kep")
    #expect(
      outcome.errors == "error: unknown check 'facetime_kep' (did you mean 'facetime_kept'?)\n")
  }
}
