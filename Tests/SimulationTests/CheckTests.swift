import Bilingual
import Simulation
import Testing

/// `Check`: an output compared with a number or with another year's value, on 手計算町's
/// ledger (LedgerTests): F/E = 36 in 2020 and 5,418 / 450 = 12.04 in 2021; the
/// population 1,000 and 900; the shortfall 36 − 30 = 6 FTE in 2021.
@Suite("Checks decide as docs/model.md, \"Checks\", says")
struct CheckTests {
  let ledger = Ledger(Projection(tekeisan(), through: 2022))

  func check(
    _ metric: Metric, at place: Check.Place = .municipality("手計算町"), year: Int = 2021,
    _ relation: Check.Relation, _ bound: Check.Bound
  ) -> Check {
    Check(
      id: "c", title: LocalizedText("c"), metric: metric, place: place, year: year,
      relation: relation, bound: bound)
  }

  @Test("a relative bound: the other year's value times the factor, equality within 1e-9")
  func relative() throws {
    // 12.04 / 36 = 0.334444…: the value equals its bound up to rounding, so at_least holds
    // and below does not.
    let exact = 12.04 / 36
    let held = check(.facetime_per_elderly, .atLeast, .relative(year: 2020, times: exact))
    let result = try #require(held.results(in: ledger).first)
    #expect(result.passed)
    #expect(close(result.value, 12.04) && close(result.reference, 36) && close(result.bound, 12.04))
    #expect(
      check(.facetime_per_elderly, .below, .relative(year: 2020, times: exact))
        .results(in: ledger).first?.passed == false)
    // 90% of 2020's is 32.4: 12.04 fails it, with its values.
    let kept = check(.facetime_per_elderly, .atLeast, .relative(year: 2020, times: 0.9))
    let failed = try #require(kept.results(in: ledger).first)
    #expect(!failed.passed && close(failed.bound, 32.4))
    #expect(close(failed.margin(.atLeast), (12.04 - 32.4) / 32.4))
  }

  @Test("a number, the region, and each municipality")
  func places() throws {
    #expect(
      check(.population, at: .region, .below, .relative(year: 2020, times: 1))
        .results(in: ledger).map(\.passed) == [true])
    let shortfall = check(.shortfall, at: .each, .atMost, .value(0)).results(in: ledger)
    #expect(shortfall.map(\.municipality) == ["手計算町"])
    #expect(shortfall.map(\.passed) == [false] && close(shortfall.first?.value, 6))
    #expect(check(.shortfall, .atMost, .value(6)).results(in: ledger).first?.passed == true)
    #expect(check(.shortfall, .above, .value(6)).results(in: ledger).first?.passed == false)
    // A year the ledger does not reach gives no result, rather than a made-up one.
    #expect(check(.population, year: 2030, .below, .value(1)).results(in: ledger).isEmpty)
  }
}
