import Shell
import Simulation
import Testing

@testable import AizuBench

/// The benchmark's own arithmetic: its statistics and the synthetic regions it measures.
@Suite("aizusim-bench: statistics and synthetic regions")
struct AizuBenchTests {
  /// Nearest rank: of 1…100, the median is the 50th value and p99 the 99th; of 1…10,
  /// p99 is the 10th (⌈9.9⌉), the median the 5th.
  @Test("percentiles by the nearest-rank rule")
  func percentiles() {
    let hundred = Samples((1...100).reversed().map(Double.init))
    #expect(hundred.median == 50)
    #expect(hundred.p99 == 99)
    #expect(hundred.min == 1)
    #expect(hundred.max == 100)
    let ten = Samples((1...10).map(Double.init))
    #expect(ten.median == 5)
    #expect(ten.p99 == 10)
    #expect(Samples([]).median.isNaN)
  }

  @Test("times and sizes read as a person writes them")
  func units() {
    #expect(Unit.nanoseconds.format(950) == "950 ns")
    #expect(Unit.nanoseconds.format(29_400) == "29.4 µs")
    #expect(Unit.nanoseconds.format(4_000) == "4.00 µs")
    #expect(Unit.nanoseconds.format(12_345_678) == "12.3 ms")
    #expect(Unit.bytes.format(30 * 1_048_576) == "30.0 MB")
    #expect(Unit.nanoseconds.format(.infinity) == "–")
  }

  /// Two copies of the 13 municipalities: the region's 2040 population is twice table 2's
  /// 179,610, and every name stays unique.
  @Test("a synthetic region of 26 municipalities is the Aizu region twice")
  func syntheticRegionDoubles() throws {
    let aizu = try Session().scenario
    let region = syntheticRegion(aizu, municipalities: 26)
    #expect(region.municipalities.count == 26)
    #expect(Set(region.municipalities.map(\.name)).count == 26)
    #expect(region.municipalities[13].name == "会津若松市・1")
    #expect(region.horizon == 2100)
    let projection = Projection(region, through: 2040)
    #expect(abs(projection.region(in: 2040).population - 2 * 179_610) < 1e-6)
    let thousand = syntheticRegion(aizu, municipalities: 1_000)
    #expect(thousand.municipalities.count == 1_000)
    #expect(Set(thousand.municipalities.map(\.romaji)).count == 1_000)
  }

  /// The failure path of a budget: more than the limit fails, the limit itself passes.
  @Test("a budget passes at its limit and fails above it")
  func budgets() {
    let at = Result(
      name: "x", unit: .nanoseconds, limit: 30_000, statistic: .median,
      samples: Samples([29_000, 30_000, 31_000]))
    #expect(at.passed == true)
    let over = Result(
      name: "x", unit: .nanoseconds, limit: 30_000, statistic: .p99,
      samples: Samples([29_000, 30_000, 31_000]))
    #expect(over.measured == 31_000)
    #expect(over.passed == false)
    let info = Result(
      name: "x", unit: .bytes, limit: nil, statistic: .max, samples: Samples([1]))
    #expect(info.passed == nil)
  }
}
