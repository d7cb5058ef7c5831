import Bilingual
import Simulation
import Testing

/// `AgeBands` on its own, and a municipality that has no 65+ data of its own.
@Suite("Age bands: shares read linearly, and the years they cover")
struct AgeBandsTests {
  /// The example on `AgeBands`: 昭和村's 2020 and 2040 only, so 2030 is halfway:
  /// (693/1,246 + 391/791) / 2 = (0.556180 + 0.494311) / 2 = 0.525245.
  let showa = AgeBands(
    population: YearSeries([2020: 1_246, 2040: 791]), children: YearSeries([2020: 66, 2040: 39]),
    workingAge: YearSeries([2020: 487, 2040: 361]), elderly: YearSeries([2020: 693, 2040: 391]))

  @Test("shares at the years, linear between, held beyond; covers its years only")
  func shares() {
    #expect(showa.elderlyShare(at: 2040) == 391.0 / 791)
    let midpoint: Double = (693.0 / 1_246 + 391.0 / 791) / 2
    #expect(abs(showa.elderlyShare(at: 2030) - midpoint) < 1e-15)
    #expect(showa.workingAgeShare(at: 2050) == 361.0 / 791)
    #expect(showa.covers(2020) && showa.covers(2033) && showa.covers(2040))
    #expect(!showa.covers(2019) && !showa.covers(2041))
    #expect(showa.years == [2020, 2040])
  }

  /// A town with bands but no 65+ of its own takes the bands' share as it is: 0.5 in
  /// 2020, 0.6 in 2030 (300/500), so 0.55 in 2025 with P = √(1,000 × 500) = 707.11 and
  /// E = 388.91; its pool is P × 15–64 share = 707.11 × (0.4 + 0.3)/2 = 247.49.
  /// A town without bands beside it keeps the national rule and the under-65 pool.
  @Test("a municipality with bands and no 65+ data; another without bands")
  func mixed() throws {
    let bands = AgeBands(
      population: YearSeries([2020: 1_000, 2030: 500]),
      children: YearSeries([2020: 100, 2030: 50]),
      workingAge: YearSeries([2020: 400, 2030: 150]),
      elderly: YearSeries([2020: 500, 2030: 300]))
    let banded = Municipality(
      name: "帯町", romaji: "Obi", population: YearSeries([2020: 1_000, 2030: 500]),
      elderlyShare: YearSeries([:]), staff: 10, ageBands: bands)
    let plain = Municipality(
      name: "素村", romaji: "Su", population: YearSeries([2020: 1_000]),
      elderlyShare: YearSeries([2020: 0.4]), staff: 10)
    let scenario = Scenario(
      name: "t", title: LocalizedText(ja: "t", en: "t"), region: LocalizedText(ja: "r", en: "r"),
      municipalities: [banded, plain])
    let projection = Projection(scenario, through: 2030)
    let obi = try #require(projection.state(of: "Obi", in: 2025))
    #expect(abs(obi.population - 707.106_781_186_547_5) < 1e-9)
    #expect(abs(obi.elderlyShare - 0.55) < 1e-12)
    #expect(obi.elderlyBasis == .municipalProjection)
    #expect(abs(obi.recruitmentPool - 707.106_781_186_547_5 * 0.35) < 1e-9)
    let su = try #require(projection.state(of: "Su", in: 2025))
    // 0.4 + (national 2025 − 2020) = 0.4 + 0.016
    #expect(abs(su.elderlyShare - 0.416) < 1e-12)
    #expect(su.elderlyBasis == .nationalRise)
    #expect(abs(su.recruitmentPool - 1_000 * (1 - 0.416)) < 1e-9)
    #expect(projection.region(in: 2025).elderlyBasis == .nationalRise)
  }
}
