// What is measured, with how many samples, against which budget (issue 14, "Budgets").

import ArgumentParser
import Foundation
import Rendering
import Shell
import Simulation

struct Plan {
  var quick: Bool
  var aizusim: String
  /// The one group of budgets to measure (`Group`), or all of them.
  var only: Group? = nil

  /// The budgets in groups, for `--only`: a look at one part while working on it.
  enum Group: String, CaseIterable, ExpressibleByArgument {
    case model, exploration, processes, replies, scaling
  }

  private func wants(_ group: Group) -> Bool { only == nil || only == group }

  /// Says on standard error what is being measured, so a long run shows where it is.
  func progress(_ name: String) {
    FileHandle.standardError.write(Data("… \(name)\n".utf8))
  }

  private var home: String {
    let path = NSTemporaryDirectory() + "aizusim-bench-home"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  /// The built-in scenario, decoded once as the shell decodes it.
  private func scenario() throws -> Scenario {
    try Session().scenario
  }

  /// A batch size that makes one sample of `body` take about 200 µs.
  private func batch(_ body: () -> Void) -> Int {
    let start = now()
    body()
    let once = Double(now() - start)
    return max(1, Int(200_000 / max(once, 1)))
  }

  private func micro(_ name: String, limit: Double?, _ body: @escaping () -> Void) -> Result {
    progress(name)
    let size = batch(body)
    return Result(
      name: name, unit: .nanoseconds, limit: limit, statistic: .median,
      samples: measure(count: quick ? 30 : 300, batch: size, body))
  }

  func budgets() throws -> [Result] {
    let aizu = try scenario()
    var results: [Result] = []
    if wants(.model) {
      results.append(
        micro("Whole model, Aizu 2020–2040 全モデル", limit: 30_000) { blackHole(wholeModel(aizu)) }
      )
      results.append(
        micro("Projection alone 推計のみ", limit: 4_000) { blackHole(projectionOnly(aizu)) })
      let thousand = syntheticRegion(aizu, municipalities: 1_000)
      results.append(
        micro("1,000 municipalities to 2100 + ledger 千市町村", limit: 20_000_000) {
          blackHole(projectedWithLedger(thousand))
        })
    }
    if wants(.exploration) { results += try exploration() }
    if wants(.processes) { results += processes() }
    if wants(.replies) {
      let replies = try replyTimes(rounds: quick ? 5 : 40)
      results.append(
        Result(
          name: "Interactive reply 応答 (slowest: \(replies.slowest))", unit: .nanoseconds,
          limit: 5_000_000, statistic: .p99, samples: replies.samples))
    }
    return results
  }

  /// The what-if commands, timed as the shell runs them; a command this build lacks is
  /// reported as failed with no samples.
  private func exploration() throws -> [Result] {
    let commands: [(String, String, Double)] = [
      ("montecarlo 10000", "montecarlo 10000 モンテカルロ", 200_000_000),
      ("sensitivity", "sensitivity 感度分析", 50_000_000),
      ("solve recruitment_index 2040 shortfall 会津地域 2040 = 0", "solve ゴールシーク", 20_000_000),
    ]
    return try commands.map { command, name, limit in
      let samples = try commandTime(command, repeats: quick ? 3 : 11)
      return Result(
        name: samples == nil ? name + " (command failed 失敗)" : name, unit: .nanoseconds,
        limit: limit, statistic: .median, samples: samples ?? Samples([.infinity]))
    }
  }

  private func processes() -> [Result] {
    let environment = childEnvironment(home: home)
    let count = quick ? 5 : 40
    var exits: [ProcessRun] = []
    var versions: [ProcessRun] = []
    var pythons: [ProcessRun] = []
    var prompts: [Double] = []
    for _ in 0..<count {
      if let run = runProcess(aizusim, ["-c", "project 2040"], environment: environment) {
        exits.append(run)
      }
      if let run = runProcess(aizusim, ["--version"], environment: environment) {
        versions.append(run)
      }
      if let run = runProcess("/usr/bin/python3", ["-S", "-c", "pass"], environment: environment) {
        pythons.append(run)
      }
      if let time = timeToFirstPrompt(aizusim, environment: environment) { prompts.append(time) }
    }
    let session = [
      "project 2020..2040", "compare all", "services 2040", "freed 2030", "show assumptions",
      "chart population", "bars shortfall 2040",
    ].flatMap { ["-c", $0] }
    var peaks: [Double] = []
    for arguments in [["-c", "project 2040"], session] {
      for _ in 0..<(quick ? 2 : 5) {
        if let peak = peakMemory(aizusim, arguments, environment: environment) {
          peaks.append(peak)
        }
      }
    }
    var results = [
      Result(
        name: "aizusim -c 'project 2040', start to exit 起動〜終了", unit: .nanoseconds,
        limit: 10_000_000, statistic: .median, samples: Samples(exits.map(\.nanoseconds))),
      Result(
        name: "aizusim, start to first prompt 起動〜プロンプト", unit: .nanoseconds,
        limit: 10_000_000, statistic: .median, samples: Samples(prompts)),
      Result(
        name: "aizusim --version (reference 参考)", unit: .nanoseconds, limit: nil,
        statistic: .median, samples: Samples(versions.map(\.nanoseconds))),
      Result(
        name: "python3 -S -c pass (reference 参考)", unit: .nanoseconds, limit: nil,
        statistic: .median, samples: Samples(pythons.map(\.nanoseconds))),
      Result(
        name: "Peak memory, shell session メモリ", unit: .bytes, limit: 30 * 1_048_576,
        statistic: .max, samples: Samples(peaks.isEmpty ? [.infinity] : peaks)),
    ]
    let monteCarlo = peakMemory(aizusim, ["-c", "montecarlo 100000"], environment: environment)
    results.append(
      Result(
        name: "Peak memory, montecarlo 100000 メモリ"
          + (monteCarlo == nil ? " (command failed 失敗)" : ""),
        unit: .bytes, limit: 200 * 1_048_576, statistic: .max,
        samples: Samples([monteCarlo ?? .infinity])))
    return results
  }

  /// The projection with the ledger to 2100, from 10 to 10,000 municipalities: the cost per
  /// municipality-year should stay flat if the model grows linearly.
  func scalingTable() -> Table {
    guard let aizu = try? scenario() else { return Table(columns: []) }
    let counts = quick ? [10, 100, 1_000] : [10, 100, 1_000, 3_000, 10_000]
    let years = Double(Scenario.lastYear - aizu.baseYear + 1)
    let rows: [[Table.Cell]] = counts.map { count in
      let region = syntheticRegion(aizu, municipalities: count)
      let samples = measure(count: quick ? 5 : (count >= 3_000 ? 7 : 25), batch: 1, warmup: 1) {
        blackHole(projectedWithLedger(region))
      }
      let perCell = samples.median / (Double(count) * years)
      return [
        .integer(count), .integer(Int(years)),
        Table.Cell(
          display: Unit.nanoseconds.format(samples.median), value: .number(samples.median)),
        Table.Cell(display: Unit.nanoseconds.format(perCell), value: .number(perCell)),
      ]
    }
    return Table(
      title: "Scaling: projection to 2100 with the ledger 規模と時間",
      columns: [
        .init("市町村 Municipalities", field: "municipalities"),
        .init("年 Years", field: "years"),
        .init("中央値 Median", field: "median"),
        .init("市町村・年あたり Per municipality-year", field: "per_municipality_year"),
      ],
      rows: rows)
  }

  /// Runs one model benchmark over and over for `seconds`, for a profiler to look at.
  static func profile(_ name: String, seconds: Double) throws {
    let aizu = try Session().scenario
    let thousand = syntheticRegion(aizu, municipalities: 1_000)
    let projection = Projection(aizu, through: aizu.horizon)
    let bodies: [String: () -> Double] = [
      "whole": { wholeModel(aizu) },
      "compare": { comparisonsOnly(projection, year: aizu.horizon) },
      "projection": { projectionOnly(aizu) },
      "region": { projectedWithLedger(thousand) },
    ]
    guard let body = bodies[name] else {
      throw ValidationError(
        "--profile: unknown benchmark '\(name)' (whole, compare, projection, region)")
    }
    let end = now() + UInt64(seconds * 1e9)
    var runs = 0
    while now() < end {
      blackHole(body())
      runs += 1
    }
    print("\(name): \(runs) runs in \(seconds) s")
  }
}
