// aizusim-bench: measures AizuSim against the budgets of issue 14 and prints each with
// pass or fail (docs/performance.md). Run on a release build:
//
//   swift run -c release aizusim-bench            (about a minute)
//   swift run -c release aizusim-bench --quick    (fewer samples, a few seconds)
//
// Exit status: 0 when every budget passed, 1 when any failed, 2 for bad usage.

import ArgumentParser
import Rendering
import Shell
import Simulation

#if canImport(Glibc)
  import Glibc
#endif

struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "aizusim-bench",
    abstract: "Measure AizuSim against its speed and memory budgets (docs/performance.md).")

  @Flag(help: "Take fewer samples: a quick look, not a record.")
  var quick = false

  @Option(help: ArgumentHelp("Print the tables as text, md or csv.", valueName: "FORMAT"))
  var format: String = "table"

  @Option(
    help: ArgumentHelp(
      "The aizusim binary to start (default: the one beside this program).", valueName: "PATH"))
  var aizusim: String?

  @Option(
    help: ArgumentHelp(
      "Run one model benchmark in a loop for SECONDS instead (whole, compare, projection or region), for perf or valgrind.",
      valueName: "NAME"))
  var profile: String?

  @Option(help: ArgumentHelp("How long --profile runs.", valueName: "SECONDS"))
  var seconds: Double = 5

  @Option(
    help: ArgumentHelp(
      "Measure one group of budgets only: model, exploration, processes, replies or scaling.",
      valueName: "GROUP"))
  var only: Plan.Group?

  func run() throws {
    if let profile {
      try Plan.profile(profile, seconds: seconds)
      return
    }
    guard let output = OutputFormat(rawValue: format) else {
      throw ValidationError("--format: unknown format '\(format)' (table, md, csv)")
    }
    let plan = Plan(quick: quick, aizusim: aizusim ?? builtAizusim(), only: only)
    let results = only == .scaling ? [] : try plan.budgets()
    if only != .scaling {
      print(Self.table(results).rendered(as: output), terminator: "")
      print("")
    }
    if only == nil || only == .scaling {
      print(plan.scalingTable().rendered(as: output), terminator: "")
    }
    let failed = results.filter { $0.passed == false }
    print("")
    print(
      failed.isEmpty
        ? "All \(results.filter { $0.limit != nil }.count) budgets passed. 全予算内。"
        : "\(failed.count) budget(s) failed: 予算超過 \(failed.count) 件: "
          + failed.map(\.name).joined(separator: "; "))
    if !failed.isEmpty { throw ExitCode(1) }
  }

  static func table(_ results: [Result]) -> Table {
    Table(
      title: "AizuSim budgets 予算 (issue 14)",
      columns: [
        .init("測定 Measurement", field: "measurement", alignment: .left, isKey: true),
        .init("統計 Statistic", field: "statistic", alignment: .left),
        .init("予算 Budget", field: "budget"),
        .init("測定値 Measured", field: "measured"),
        .init("中央値 Median", field: "median"),
        .init("p99", field: "p99"),
        .init("最小–最大 Min–max", field: "range"),
        .init("n", field: "samples"),
        .init("判定 Result", field: "result", alignment: .left),
      ],
      rows: results.map { result in
        let unit = result.unit
        return [
          .text(result.name),
          .text(result.statistic.rawValue),
          Table.Cell(
            display: result.limit.map(unit.format) ?? "–",
            value: result.limit.map(Table.Value.number) ?? .null),
          Table.Cell(display: unit.format(result.measured), value: .number(result.measured)),
          Table.Cell(
            display: unit.format(result.samples.median), value: .number(result.samples.median)),
          Table.Cell(display: unit.format(result.samples.p99), value: .number(result.samples.p99)),
          .text(unit.format(result.samples.min) + " – " + unit.format(result.samples.max)),
          .integer(result.samples.values.count),
          .text(result.passed.map { $0 ? "pass 合格" : "FAIL 超過" } ?? "(info 参考)"),
        ]
      },
      notes: [
        "Times in nanoseconds (ns), microseconds (µs), milliseconds (ms); memory is peak resident set size.",
        "時間は中央値ほか、メモリは最大常駐セットサイズ。",
      ])
  }
}

if CommandLine.arguments.dropFirst().first == childRSSFlag {
  reportChildRSS(Array(CommandLine.arguments.dropFirst(2)))
}
BenchCommand.main()
