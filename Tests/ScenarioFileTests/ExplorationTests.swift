import Bilingual
import Foundation
import ScenarioFile
import Simulation
import Testing

/// Goal seek, sensitivity and the Monte Carlo sample on the built-in scenario, checked
/// against figures worked by hand (docs/model.md) and by the bisection of
/// docs/calibration.md.
@Suite("Goal seek, sensitivity and uncertainty on the built-in scenario")
struct ExplorationTests {
  @Test("solve: the region breaks even in 2040 at r(2040) = 0.596, checked by projecting there")
  func breakEven() throws {
    let (document, scenario) = try Fixtures.builtin()
    let r = try ScenarioFile.parameter("recruitment_index", year: 2040, in: scenario).get()
    let output = ModelOutput(.shortfall, in: 2040)
    let result = GoalSeek.solve(scenario, parameter: r, output: output, target: 0)
    guard case .found(let value, let reached, let others) = result else {
      Issue.record("not found: \(result)")
      return
    }
    // docs/calibration.md's bisection over `set` and `project`: 0.595840710425 to
    // 0.595840710426; the goal seek narrows to 1e-12 of the range 0 to 100.
    #expect(abs(value - 0.5958407104255) < 2e-10)
    #expect(others == 0)
    #expect(abs(reached) < 1e-6)
    // Projected at the value found, through `set` and a decode: the shortfall is 0.
    let key = try ScenarioFile.settingPath("recruitment_index.2040", in: document).get()
    let command = "set recruitment_index.2040 \(value)"
    let node = try #require(ScenarioFile.value("\(value)", command: command))
    let decoded = try #require(
      ScenarioFile.decode(document, overrides: [Override(path: key, value: node, command: command)])
        .0)
    let shortfall = try #require(decoded.values(of: [output]).first)
    #expect(shortfall == reached)
    // Either side of it, a shortfall and a surplus (the calibration's +0.02 and −0.03).
    #expect(r.applied(0.5958, to: scenario).values(of: [output])[0] > 0.01)
    #expect(r.applied(0.5959, to: scenario).values(of: [output])[0] < -0.02)
  }

  @Test("solve: 会津若松市 breaks even at 0.768; 昭和村 has a surplus at any index")
  func municipalities() throws {
    let (_, scenario) = try Fixtures.builtin()
    let r = try ScenarioFile.parameter("recruitment_index.2040", in: scenario).get()
    let aizu = GoalSeek.solve(
      scenario, parameter: r, output: ModelOutput(.shortfall, of: "会津若松市", in: 2040), target: 0)
    guard case .found(let value, _, _) = aizu else {
      Issue.record("not found: \(aizu)")
      return
    }
    #expect(abs(value - 0.768) < 0.0005)
    // docs/calibration.md: even a pool falling to nothing by 2040 leaves 昭和村 a surplus.
    let showa = GoalSeek.solve(
      scenario, parameter: r, output: ModelOutput(.shortfall, of: "昭和村", in: 2040), target: 0)
    guard case .unreachable(let lowest, let atLowest, let highest, let atHighest) = showa else {
      Issue.record("found: \(showa)")
      return
    }
    #expect(lowest == 0 && highest == 100)
    #expect(atLowest < 0 && atHighest < atLowest)
  }

  /// 昭和村 in 2030, w = 1: D = 50 × (899.22 / 1,244)^ε (docs/model.md, "Staff demand").
  @Test("sensitivity: ε ±10% moves 昭和村's 2030 demand to 50 × (899.22/1,244)^(ε·0.9 and ε·1.1)")
  func sensitivity() throws {
    let (_, scenario) = try Fixtures.builtin()
    let output = ModelOutput(.staff_demand, of: "昭和村", in: 2030)
    let result = Sensitivity.ranked(
      scenario, parameters: ScenarioFile.parameters(of: scenario), output: output, by: 0.1)
    let epsilon = try ScenarioFile.parameter("elasticity", in: scenario).get().value(in: scenario)
    let ratio = 899.22 / 1_244.0
    #expect(abs(result.base - 50 * pow(ratio, epsilon)) < 0.005)
    // Demand uses ε and w only; w = 1 weighs no one differently here, but a change in it
    // does, so both have an effect, ε the larger.
    let first = try #require(result.effects.first)
    #expect(first.parameter.path == "elasticity")
    #expect(abs(first.outputLow - 50 * pow(ratio, epsilon * 0.9)) < 0.005)
    #expect(abs(first.outputHigh - 50 * pow(ratio, epsilon * 1.1)) < 0.005)
    #expect(abs(first.outputLow - 41.45) < 0.01 && abs(first.outputHigh - 39.76) < 0.01)
    #expect(
      result.effects.filter(\.hasEffect).map(\.parameter.path) == ["elasticity", "elderly_weight"])
  }

  @Test("the random streams: SplitMix64 seeding xoshiro256**, the same numbers everywhere")
  func streams() {
    // SplitMix64's first output from state 0 (Steele, Lea and Flood's reference).
    #expect(RandomStream.mix(0) == 0xE220_A839_7B1D_CDAF)
    var stream = RandomStream(seed: 1, run: 0)
    #expect(stream.next() == 0xE046_5392_2035_90B1)
    #expect(stream.next() == 0xFCF6_982D_1597_38FA)
    #expect(stream.next() == 0xD7CC_E416_2FAB_84DA)
    var unit = RandomStream(seed: 1, run: 0)
    #expect(unit.nextUnit() == 0.8760730964424595)
    #expect(unit.nextUnit() == 0.9881377325123964)
  }

  @Test("each Monte Carlo run draws from the scenario's ranges with its own stream")
  func draws() throws {
    let (_, scenario) = try Fixtures.builtin()
    let draws = try scenario.ranges.map { range in
      MonteCarlo.Draw(
        try ScenarioFile.parameter(range.path, in: scenario).get(), low: range.low, high: range.high
      )
    }
    #expect(
      draws.map(\.parameter.path) == [
        "hours_per_fte", "leave_rate", "elderly_weight", "elasticity", "recruitment_index.2040",
      ])
    let sample = MonteCarlo(scenario, draws: draws, seed: 1, year: 2040)
    // Run 0 of seed 1: the stream's first two units above, on [1740, 1856] and [0.03, 0.04].
    let drawn = sample.drawnValues(ofRun: 0)
    #expect(drawn[0] == 1_740 + 116 * 0.8760730964424595)
    #expect(drawn[1] == 0.03 + (0.04 - 0.03) * 0.9881377325123964)
    #expect(sample.drawnValues(ofRun: 0) == drawn)
    #expect(sample.drawnValues(ofRun: 1) != drawn)
    // The run keeps exactly the projection of the scenario with those values.
    var changed = scenario
    for (draw, value) in zip(draws, drawn) { draw.parameter.apply(value, to: &changed) }
    var kept: [Int: Double] = [:]
    sample.run(0) { kept[$0] = $1 }
    let region = scenario.municipalities.count
    #expect(kept.count == sample.outputCount)
    #expect(
      kept[sample.slot(area: region, metric: 0)]
        == changed.values(of: [ModelOutput(.shortfall, in: 2040)])[0])
  }

  @Test("percentiles by nearest rank: of 1 to 20, P5 = 1, P50 = 10, P95 = 19")
  func percentiles() {
    let values = (1...20).map(Double.init)
    #expect(MonteCarlo.Spread(sorted: values) == MonteCarlo.Spread(p5: 1, p50: 10, p95: 19))
    #expect(MonteCarlo.Spread.percentile(50, ofSorted: [3.0]) == 3)
    #expect(MonteCarlo.Spread.percentile(5, ofSorted: [Double]()).isNaN)
    // 101 values: ranks ⌈5.05⌉ = 6, ⌈50.5⌉ = 51, ⌈95.95⌉ = 96.
    #expect(MonteCarlo.Spread(sorted: (1...101).map(Double.init)) == .init(p5: 6, p50: 51, p95: 96))
  }
}
