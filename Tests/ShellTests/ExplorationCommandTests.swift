import Bilingual
import ScenarioFile
import Simulation
import Synchronization
import Testing

@testable import Shell

/// `sweep`, `sensitivity`, `montecarlo` and `solve` from the prompt: values worked by
/// hand, the same sample on any number of threads, and every bad argument located.
@Suite("Exploring commands: sweep, sensitivity, montecarlo, solve")
struct ExplorationCommandTests {
  /// 昭和村, docs/model.md's worked example of supply: S(2021) = 50, W(2020) = 486.218,
  /// W(2021) = 469.636, h = q × 50 / W(2020), S(2022) = 50 (1 − q) + min(50 q, h W(2021)).
  /// q = 0.035: 48.25 + 1.75 × 469.636 / 486.218 = 49.9403;
  /// q = 0.045: 47.75 + 2.25 × 469.636 / 486.218 = 49.9233.
  @Test("sweep: 昭和村's 2022 supply at q = 0.035 and 0.045, worked by hand")
  func sweepByHand() throws {
    var shell = try makeShell()
    let reply = shell.execute(
      "sweep leave_rate 0.035 0.045 0.005 staff_supply 昭和村 2022 --format csv")
    #expect(reply.errors.isEmpty)
    let rows = reply.output.split(separator: "\n").map { $0.split(separator: ",") }
    #expect(rows.first == ["parameter", "value", "staff_supply_showa_2022", "scenario"])
    #expect(rows.count == 4)
    let values = rows.dropFirst().map { (Double($0[1]) ?? .nan, Double($0[2]) ?? .nan) }
    #expect(values.map(\.0) == [0.035, 0.04, 0.045])
    #expect(abs(values[0].1 - 49.9403) < 0.0001)
    #expect(abs(values[2].1 - 49.9233) < 0.0001)
    // Each row is the scenario with `set leave_rate VALUE`.
    #expect(shell.execute("set leave_rate 0.045").errors.isEmpty)
    let project = shell.execute("project 2022 昭和村 --format csv --columns staff_supply").output
    let showa = project.split(separator: "\n").first { $0.hasPrefix("昭和村,") }
    #expect(showa?.split(separator: ",")[1] == rows[3][2])
  }

  @Test("sweep: the values tried are the digits typed, the last one TO itself")
  func sweepGrid() throws {
    let grid = try SweepGrid(
      from: "0.03", to: "0.04", step: "0.0025", fromValue: 0.03, toValue: 0.04, stepValue: 0.0025)
    #expect(grid.values == [0.03, 0.0325, 0.035, 0.0375, 0.04])
    let uneven = try SweepGrid(
      from: "1", to: "2", step: "0.4", fromValue: 1, toValue: 2, stepValue: 0.4)
    #expect(uneven.values == [1, 1.4, 1.8, 2])
    #expect(throws: SweepGrid.TooManyRows.self) {
      try SweepGrid(from: "0", to: "1", step: "0.0001", fromValue: 0, toValue: 1, stepValue: 0.0001)
    }
  }

  @Test(
    "sweep: a bad argument is named with what to write instead",
    arguments: [
      (
        "sweep leave_rat 0.03 0.04 0.01",
        "error: sweep: 'leave_rat' is not an assumption sweep can vary (did you mean 'leave_rate'?)"
      ),
      ("sweep leave_rate 0.03 0.04 0", "error: sweep: STEP '0' must be above 0"),
      (
        "sweep leave_rate 0.04 0.03 0.01",
        "error: sweep: FROM '0.04' is above TO '0.03' (write the smaller first: sweep leave_rate 0.03 0.04 0.01)"
      ),
      ("sweep leave_rate 0.03 0.04 -0.01", "error: sweep: STEP '-0.01' must be above 0"),
      (
        "sweep leave_rate 0 1 0.0001",
        "error: sweep: 10,001 rows; at most 1,000 (use a STEP of at least 0.001001)"
      ),
      ("sweep leave_rate 0.03 2 0.1", "error: sweep: TO '2'"),
      ("sweep leave_rate 0.03 x 0.1", "error: sweep: TO 'x' is not a number"),
      ("sweep leave_rate 0.03 0.04", "error: sweep: leave_rate needs FROM TO STEP"),
      (
        "sweep leave_rate 0.03 0.04 0.01 shortfal",
        "error: sweep: 'shortfal' comes before any metric (did you mean 'shortfall'?)"
      ),
    ])
  func sweepErrors(line: String, start: String) throws {
    var shell = try makeShell()
    let reply = shell.execute(line)
    #expect(reply.output.isEmpty)
    #expect(reply.errors.hasPrefix(start), "\(reply.errors)")
  }

  @Test("montecarlo: the same seed gives the same percentiles, on 1, 2 or 5 threads, every time")
  func determinism() throws {
    let shell = try makeShell()
    let request = try MonteCarloRequest(["300"], seed: "7", scenario: shell.session.scenario)
    func sample(_ workers: Int) throws -> MonteCarlo.Summary {
      try request.sample(workers: workers, isCancelled: { false }, progress: { _, _ in })
    }
    let one = try sample(1)
    #expect(try sample(2) == one)
    #expect(try sample(5) == one)
    #expect(try sample(1) == one)
    // Worked without threads: every run in turn, each output's 300 values sorted.
    let n = 300
    var kept = [Double](repeating: .nan, count: request.sample.outputCount * n)
    for run in 0..<n { request.sample.run(run) { kept[$0 * n + run] = $1 } }
    #expect(request.sample.summary(&kept, runs: n) == one)
    let region = try #require(one.region)
    let shortfalls = (0..<n).map { run -> Double in
      var value = Double.nan
      let slot = request.sample.slot(area: request.sample.scenario.municipalities.count, metric: 0)
      request.sample.run(run) { if $0 == slot { value = $1 } }
      return value
    }.sorted()
    // Nearest rank of 300: the 15th, 150th and 285th values.
    #expect(
      region.shortfall
        == MonteCarlo.Spread(p5: shortfalls[14], p50: shortfalls[149], p95: shortfalls[284]))
    #expect(region.shortRuns == shortfalls.count { $0 > 0 })
    // Chosen outputs (`montecarlo N OUTPUT…`) on any number of threads: the region's
    // shortfall has the same spread, and its runs above 0 are the runs short.
    let chosen = [
      ModelOutput(.shortfall, in: 2040), ModelOutput(.staff_supply, of: "昭和村", in: 2030),
    ]
    let spreads = try (1...3).map { workers in
      try request.sample(chosen, workers: workers, isCancelled: { false }, progress: { _, _ in })
    }
    #expect(spreads.allSatisfy { $0.map(\.spread) == spreads[0].map(\.spread) })
    #expect(spreads[0][0].spread == region.shortfall)
    #expect(spreads[0][0].above0 == region.shortRuns)
    // Another seed, another sample.
    let other = try MonteCarloRequest(["300"], seed: "8", scenario: shell.session.scenario)
    #expect(try other.sample(workers: 2, isCancelled: { false }, progress: { _, _ in }) != one)
  }

  @Test("montecarlo: Ctrl-C stops it with no percentiles, and progress ends with a last call")
  func cancel() throws {
    let shell = try makeShell()
    let request = try MonteCarloRequest(["1000"], seed: nil, scenario: shell.session.scenario)
    let calls = Calls()
    #expect(throws: CommandError.self) {
      try request.sample(workers: 2, isCancelled: { true }) { done, isLast in
        calls.add(done, isLast)
      }
    }
    #expect(calls.last?.isLast == true)
    #expect(calls.last?.done == 0)
  }

  @Test(
    "montecarlo: N bounded, a seed a whole number, each error named",
    arguments: [
      ("montecarlo", "error: montecarlo needs"),
      ("montecarlo 0", "error: montecarlo: N"),
      ("montecarlo 100001", "error: montecarlo: N"),
      ("montecarlo 1.5", "error: montecarlo: N"),
      ("montecarlo 99999999999999999999999", "error: montecarlo: N"),
      ("montecarlo 10 --seed -1", "error: montecarlo: --seed"),
      ("montecarlo 10 20", "error: montecarlo"),
    ])
  func montecarloErrors(line: String, start: String) throws {
    var shell = try makeShell()
    let reply = shell.execute(line)
    #expect(reply.output.isEmpty)
    #expect(reply.errors.hasPrefix(start), "\(reply.errors)")
  }

  @Test("solve: the value found, projected with set, gives the target")
  func solveThenProject() throws {
    var shell = try makeShell()
    let reply = shell.execute(
      "solve recruitment_index 2040 shortfall 会津地域 2040 = 0 --format csv")
    #expect(reply.errors.isEmpty)
    let lines = reply.output.split(separator: "\n")
    let header = lines[0].split(separator: ",").map(String.init)
    let row = lines[1].split(separator: ",").map(String.init)
    let value = try #require(header.firstIndex(of: "value").map { row[$0] })
    #expect(abs((Double(value) ?? 0) - 0.5958407104) < 1e-9)
    #expect(shell.execute("set recruitment_index.2040 \(value)").errors.isEmpty)
    let csv = shell.execute("project 2040 --format csv --columns shortfall_fte").output
    let table = csv.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
    let column = try #require(table.first?.firstIndex(of: "shortfall_fte"))
    let region = try #require(table.last?[column])
    #expect(table.last?.first == "会津地域")
    #expect(abs(Double(region) ?? 1) < 1e-6)
  }

  @Test(
    "solve: no value in range, or a bad request, is an error that says so",
    arguments: [
      (
        "solve recruitment_index 2040 shortfall 昭和村 2040 = 0",
        "error: solve: no value of recruitment_index.2040 from 0 to 100"
      ),
      ("solve recruitment_index 2040 shortfall 2040", "error: solve needs"),
      ("solve recruitment_index 2040 = 0", "error: solve: no output"),
      ("solve leave_rate shortfall = x", "error: solve: VALUE 'x' is not a number"),
      (
        "solve horizon shortfall = 0",
        "error: solve: 'horizon' is a value `set` changes, not a numeric assumption"
      ),
      ("solve leave_rate shortfall = 0 = 1", "error: solve"),
    ])
  func solveErrors(line: String, start: String) throws {
    var shell = try makeShell()
    let reply = shell.execute(line)
    #expect(reply.output.isEmpty)
    #expect(reply.errors.hasPrefix(start), "\(reply.errors)")
  }

  @Test("outputs: a metric in either language, then an area and a year in any order")
  func outputs() throws {
    let shell = try makeShell()
    let session = shell.session
    let chosen = try session.chosenOutputs(
      ["不足", "会津地域", "2040", "facetime_per_elderly", "2030", "金山町", "population"],
      command: "sweep")
    #expect(
      chosen.map(\.output) == [
        ModelOutput(.shortfall, in: 2040), ModelOutput(.facetime_per_elderly, of: "金山町", in: 2030),
        ModelOutput(.population, in: 2040),
      ])
    #expect(
      chosen.map(\.field) == [
        "shortfall_region_2040", "facetime_per_elderly_kaneyama_2030", "population_region_2040",
      ])
    #expect(chosen[0].label == LocalizedText(ja: "不足 会津地域 2040", en: "shortfall Aizu region 2040"))
    #expect(throws: CommandError.self) { try session.chosenOutputs(["2040"], command: "sweep") }
    #expect(throws: CommandError.self) {
      try session.chosenOutputs(["shortfall", "昭和村", "金山町"], command: "sweep")
    }
  }

  @Test("sensitivity: ranked by size of effect, the range and the base named")
  func sensitivityRanked() throws {
    var shell = try makeShell()
    let csv = shell.execute("sensitivity staff_demand 昭和村 2030 --by 10 --format csv").output
    let rows = csv.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
    #expect(rows.first?.prefix(3) == ["parameter", "base", "low"])
    #expect(rows.dropFirst().map(\.[0]) == ["elasticity", "elderly_weight"])
    #expect(
      shell.execute("sensitivity --by 0").errors.hasPrefix("error: sensitivity: --by"))
    #expect(
      shell.execute("sensitivity shortfall population").errors.hasPrefix("error: sensitivity"))
  }
}

/// What a progress hook was told, from any thread.
private final class Calls: Sendable {
  private let calls = Mutex<[(done: Int, isLast: Bool)]>([])
  func add(_ done: Int, _ isLast: Bool) { calls.withLock { $0.append((done, isLast)) } }
  var last: (done: Int, isLast: Bool)? { calls.withLock { $0.last } }
}
