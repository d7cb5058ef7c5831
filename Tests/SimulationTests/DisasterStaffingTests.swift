import SeedData
import Simulation
import Testing

@Suite("Disaster-day staffing from table 3")
struct DisasterStaffingTests {
  let day = DisasterStaffing(seedScenario())

  /// 昭和村 (1,244 residents): 44 of its 50 staff live inside (table 3). Every other
  /// municipality j sends outside_j × 1,244 / (239,190 − P_j) by the default spread:
  /// 166/120,868 + 77/191,836 + 34/236,468 + 30/233,035 + 36/235,747 + 20/225,239
  /// + 45/223,422 + 32/235,996 + 43/235,893 + 12/237,595 + 13/237,192 + 67/219,043,
  /// times 1,244, is 1.7085 + 0.4993 + 0.1789 + 0.1601 + 0.1900 + 0.1105 + 0.2506
  /// + 0.1687 + 0.2268 + 0.0628 + 0.0682 + 0.3805 = 4.0048; 48.0048 with the arrangement.
  @Test("昭和村, worked by hand")
  func showa() throws {
    let row = try #require(day.row(of: "昭和村"))
    #expect(row.inside == 44)
    #expect(close(row.insideShare, 0.88, 1e-12))
    #expect(close(row.receivedStaff, 4.004_793_171_931_3, 1e-9))
    #expect(close(row.withArrangement, 48.004_793_171_931_3, 1e-9))
    #expect(row.received.count == 12)
    #expect(
      close(
        row.received.first { $0.municipality == "会津若松市" }?.staff, 166 * 1_244 / 120_868.0, 1e-12))
    #expect(!row.isSpreadStated)
  }

  /// 北塩原村 (2,722 residents): 29 of 63 live inside (46.0%, the lowest share in
  /// table 3). Received: 2,722 × (166/120,868 + 77/191,836 + 30/233,035 + 36/235,747
  /// + 20/225,239 + 45/223,422 + 32/235,996 + 43/235,893 + 12/237,595 + 13/237,192
  /// + 6/237,946 + 67/219,043) = 8.4402; 37.4402 with the arrangement.
  @Test("北塩原村, worked by hand")
  func kitashiobara() throws {
    let row = try #require(day.row(of: "Kitashiobara"))
    #expect(row.inside == 29)
    #expect(close(row.insideShare, 29 / 63.0, 1e-12))
    #expect(close(row.receivedStaff, 8.440_160_527_847, 1e-9))
    #expect(close(row.withArrangement, 37.440_160_527_847, 1e-9))
  }

  @Test("under the default spread all 581 outside staff of table 3 report somewhere; 1,996 inside")
  func regionTotals() {
    #expect(close(day.regionReceived, Seed.Region.residence.outside, 1e-9))
    #expect(day.rows.reduce(0) { $0 + $1.inside } == Seed.Region.residence.inside)
  }

  /// 北塩原村's 34 outside staff stated as half in 喜多方市, 0.4 in 会津若松市 and 0.1
  /// outside the region: 喜多方市 receives 17 from it instead of the default
  /// 34 × 47,354 / 236,468 = 6.8087; 3.4 report nowhere in the region.
  @Test("a stated spread replaces the default for that municipality only")
  func statedSpread() throws {
    var scenario = seedScenario()
    scenario.outsideResidence["北塩原村"] = OutsideResidence(
      shares: ["喜多方市": 0.5, "会津若松市": 0.4], elsewhere: 0.1)
    let stated = DisasterStaffing(scenario)
    let kitakata = try #require(
      stated.row(of: "喜多方市")?.received.first { $0.municipality == "北塩原村" })
    #expect(close(kitakata.staff, 17, 1e-12))
    let before = try #require(day.row(of: "喜多方市")?.received.first { $0.municipality == "北塩原村" })
    #expect(close(before.staff, 6.808_684_473_163, 1e-9))
    #expect(stated.row(of: "昭和村")?.received.contains { $0.municipality == "北塩原村" } == false)
    #expect(close(stated.row(of: "北塩原村")?.outsideElsewhere, 3.4, 1e-12))
    #expect(stated.row(of: "北塩原村")?.isSpreadStated == true)
    #expect(close(stated.regionReceived, 581 - 3.4, 1e-9))
  }
}
