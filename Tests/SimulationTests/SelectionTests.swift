import Testing

@testable import Simulation

/// `montecarlo` reads three percentiles of each output: a selection puts them where a sort
/// would, without sorting (docs/performance.md).
@Suite("Percentiles by selection are those of a sort")
struct SelectionTests {
  /// A reproducible list of `n` values with many repeats, from a linear congruential step.
  static func values(_ n: Int, seed: UInt64) -> [Double] {
    var state = seed
    return (0..<n).map { _ in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Double((state >> 33) % 97) - 40
    }
  }

  @Test("every rank of lists of 1 to 40 values, repeats included", arguments: 1...40)
  func everyRank(n: Int) {
    let original = Self.values(n, seed: UInt64(n))
    let sorted = original.sorted()
    for k in 0..<n {
      var values = original
      values.withUnsafeMutableBufferPointer { MonteCarlo.select(k, in: $0, 0..<n) }
      #expect(values[k] == sorted[k], "rank \(k) of \(n)")
      #expect(
        values[..<k].allSatisfy { $0 <= sorted[k] }
          && values[(k + 1)...].allSatisfy { $0 >= sorted[k] })
    }
  }

  @Test("the spreads of 10,000 runs are the sorted columns' percentiles")
  func spreads() {
    let runs = 10_000
    let original = Self.values(3 * runs, seed: 7).enumerated().map { $1 + Double($0 % 13) / 10 }
    var kept = original
    let spreads = MonteCarlo.spreads(&kept, columns: 3, runs: runs)
    for k in 0..<3 {
      let column = Array(original[(k * runs)..<((k + 1) * runs)])
      #expect(spreads[k].spread == MonteCarlo.Spread(sorted: column.sorted()))
      #expect(spreads[k].above0 == column.count { $0 > 0 })
    }
  }
}
