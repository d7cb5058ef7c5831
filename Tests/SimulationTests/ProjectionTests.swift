import SeedData
import Simulation
import Testing

@Suite("Projection against the seed's tables")
struct ProjectionTests {
  let projection = Projection(seedScenario(), through: 2040)

  @Test("the region's 2020 totals are table 1's 会津地域計 row")
  func regionTotals2020() {
    let region = projection.region(in: 2020)
    #expect(region.population == 239_190)
    #expect(region.elderly.rounded() == 79_527)
    #expect(region.staffSupply == 2_624)
    #expect((region.staffPer1000 * 10).rounded() / 10 == Seed.Region.staffPer1000)
  }

  @Test(
    "staff per 1,000 and aging rate match table 1 to its rounding", arguments: Seed.rows.map(\.name)
  )
  func perMunicipalityRates(name: String) throws {
    let row = try #require(seedRow(name))
    let state = try #require(projection.state(of: name, in: 2020))
    #expect((state.staffPer1000 * 10).rounded() / 10 == row.staffPer1000)
    #expect((state.elderlyShare * 10_000).rounded() / 100 == row.agingRatePercent)
  }

  /// Exactly, not within a rounding error: 西会津町's 2040 was 3,473.0000000000005 and
  /// 三島町's 869.9999999999999 when the growth formula was evaluated at the anchor.
  @Test(
    "anchored population reproduces table 2 exactly in 2015, 2020 and 2040, and 65+ table 1",
    arguments: Seed.rows.map(\.name))
  func anchoredReproducesTable2(name: String) throws {
    let row = try #require(seedRow(name))
    let path = try #require(projection.path(of: name))
    #expect(path.municipality.population.logLinear(at: 2015) == row.population2015)
    #expect(path[2020]?.population == row.population2020)
    #expect(path[2040]?.population == row.population2040)
    #expect(path[2020]?.elderly == row.elderly2020)
  }

  @Test("the trend method keeps the base year's population as it is")
  func trendAtAnchors() throws {
    var model = ModelSettings()
    model.populationMethod = .trend
    let trend = Projection(seedScenario(model: model), through: 2040)
    for row in Seed.rows {
      #expect(trend.state(of: row.name, in: 2020)?.population == row.population2020)
      #expect(trend.state(of: row.name, in: 2020)?.elderly == row.elderly2020)
    }
  }

  @Test("the region's 2040 population is table 2's 179,610")
  func region2040() {
    #expect(abs(projection.region(in: 2040).population - 179_610) < 1e-6)
  }

  @Test("ε fitted by least squares of log staff on log population is about 0.64")
  func fittedElasticity() {
    // Worked in docs/model.md: slope of ln(staff) on ln(Q) over the 13 rows of table 1, w = 1.
    #expect(projection.isElasticityFitted)
    #expect(abs(projection.elasticity - 0.6417689719322403) < 1e-12)
  }

  /// 会津若松市 in 2030, the midpoint of 2020–2040, by hand:
  /// P = √(118,322 × 95,000) = 106,021.65;
  /// 65+ share = 34,214/118,322 + (IPSS 2030 − IPSS 2020) = 0.289160 + (37,958/103,057 −
  /// 36,849/117,376) = 0.289160 + (0.368320 − 0.313940) = 0.343541, E = 36,422.75;
  /// demand = 966 × (106,021.65/118,322)^0.64177 = 900.29 (w = 1: the 65+ share does not move it).
  @Test("会津若松市 in 2030, worked by hand")
  func aizuwakamatsu2030() throws {
    let state = try #require(projection.state(of: "会津若松市", in: 2030))
    #expect(abs(state.population - 106_021.648_732_7) < 1e-6)
    #expect(abs(state.elderlyShare - 0.343_540_715_258_835) < 1e-12)
    #expect(abs(state.elderly - 36_422.753_038_55) < 1e-6)
    #expect(abs(state.staffDemand - 900.291_999_789_5) < 1e-6)
    #expect(state.elderlyBasis == .municipalProjection)
  }

  /// The worked values: 会津若松市 2040 = 0.28916 + (0.40498 − 0.31394) = 38.02%
  /// (36,314/89,668 and 36,849/117,376); 昭和村 2040 = 692/1,244 + (391/791 − 693/1,246) =
  /// 0.556270 + (0.494311 − 0.556180) = 49.44%, where the national rule gave 62.03%.
  @Test("the 65+ share in 2040 moves with the municipality's own IPSS change")
  func elderlyShare2040() throws {
    let aizu = try #require(projection.state(of: "会津若松市", in: 2040))
    let aizuShare: Double = 34_214 / 118_322 + (36_314 / 89_668 - 36_849 / 117_376)
    #expect(abs(aizu.elderlyShare - aizuShare) < 1e-12)
    #expect((aizu.elderlyShare * 10_000).rounded() == 3_802)
    let showa = try #require(projection.state(of: "昭和村", in: 2040))
    let showaShare: Double = 692 / 1_244 + (391 / 791 - 693 / 1_246)
    #expect(abs(showa.elderlyShare - showaShare) < 1e-12)
    #expect((showa.elderlyShare * 10_000).rounded() == 4_944)
    #expect(abs(showa.elderly - 650 * 0.494_401_319_917_900_9) < 1e-9)
  }

  /// 昭和村 in 2030: P = √(1,244 × 650) = 899.22; share = 0.556270 + (506/960 − 693/1,246)
  /// = 0.556270 + (0.527083 − 0.556180) = 0.527174, E = 474.05;
  /// demand = 50 × (899.22/1,244)^0.64177 = 40.60; supply 48.03 (below), so −7.43.
  @Test("昭和村 in 2030, worked by hand")
  func showa2030() throws {
    let state = try #require(projection.state(of: "Showa", in: 2030))
    #expect(abs(state.population - 899.221_885_854_65) < 1e-9)
    #expect(abs(state.elderly - 474.046_087_786_28) < 1e-9)
    #expect(abs(state.staffDemand - 40.598_539_825_37) < 1e-9)
    #expect(abs(state.staffSupply - 48.031_069_327_35) < 1e-9)
    #expect(abs(state.shortfallFTE - (40.598_539_825_37 - 48.031_069_327_35)) < 1e-9)
    #expect(abs(state.shortfallHours - state.shortfallFTE * 1_800) < 1e-9)
  }

  /// 昭和村's supply under `recruitment` from the working-age pool, q = 0.035, r = 1.
  /// w (IPSS 15–64 share) = 487/1,246 = 0.390851 in 2020 and 417/1,079 = 0.386469 in 2025,
  /// so 0.389974 in 2021, 0.389098 in 2022. W(2020) = 1,244 × 0.390851 = 486.218;
  /// h = 0.035 × 50 / 486.218 = 0.0035992; hires(2020) = min(1.75, h × 486.218) = 1.75,
  /// staff(2021) = 50 × 0.965 + 1.75 = 50.
  /// W(2021) = 1,204.273 × 0.389974 = 469.636; hires = min(1.75, 1.690316) = 1.690316,
  /// staff(2022) = 48.25 + 1.690316 = 49.940316.
  /// W(2022) = 1,165.815 × 0.389098 = 453.616; hires = min(1.747911, 1.632659) = 1.632659,
  /// staff(2023) = 48.192405 + 1.632659 = 49.825064.
  @Test("three years of 昭和村's supply path, worked by hand")
  func showaSupplyPath() throws {
    let path = try #require(projection.path(of: "昭和村"))
    #expect(path[2020]?.staffSupply == 50)
    #expect(abs((path[2020]?.recruitmentPool ?? 0) - 486.218_298_555_377) < 1e-9)
    #expect(abs((path[2021]?.recruitmentPool ?? 0) - 469.635_688_694_84) < 1e-9)
    #expect(abs((path[2021]?.staffSupply ?? 0) - 50) < 1e-12)
    #expect(abs((path[2022]?.staffSupply ?? 0) - 49.940_315_764_869_1) < 1e-9)
    #expect(abs((path[2023]?.staffSupply ?? 0) - 49.825_063_545_337_1) < 1e-9)
    #expect(path.years.allSatisfy { !$0.isSupplyAssumed })
  }

  /// 会津若松市: w = 66,754/117,376 = 0.568719 (2020) and 59,889/109,725 = 0.545810 (2025);
  /// W(2020) = 118,322 × 0.568719 = 67,292.01; h = 0.035 × 966 / 67,292.01 = 0.00050244;
  /// staff(2021) = 966. W(2021) = 117,030.32 × 0.564137 = 66,021.19; hires = min(33.81,
  /// 33.171493) = 33.171493, staff(2022) = 932.19 + 33.171493 = 965.361493.
  /// W(2022) = 115,752.75 × 0.559556 = 64,770.10; hires = min(33.787652, 32.542898),
  /// staff(2023) = 931.573841 + 32.542898 = 964.116740.
  @Test("three years of 会津若松市's supply path, worked by hand")
  func aizuwakamatsuSupplyPath() throws {
    let path = try #require(projection.path(of: "会津若松市"))
    #expect(abs((path[2020]?.recruitmentPool ?? 0) - 67_292.008_485_550_7) < 1e-6)
    #expect(abs((path[2021]?.staffSupply ?? 0) - 966) < 1e-9)
    #expect(abs((path[2022]?.staffSupply ?? 0) - 965.361_493_479_018) < 1e-9)
    #expect(abs((path[2023]?.staffSupply ?? 0) - 964.116_739_604_976) < 1e-9)
  }

  @Test("the 65+ share is data in 2020 and the municipality's projection after")
  func elderlyBasis() throws {
    let showa = try #require(projection.path(of: "昭和村"))
    #expect(showa[2020]?.elderlyBasis == .data)
    #expect(showa[2040]?.elderlyBasis == .municipalProjection)
    #expect(showa[2040]?.elderlyBasis.isProjectionData == true)
    #expect(showa[2040]?.elderlyBasis.isAssumption == false)
    #expect(projection.region(in: 2040).elderlyBasis == .municipalProjection)
    #expect(!projection.region(in: 2040).isSupplyAssumed)
  }

  /// After 2050, the last year of IPSS's projection, the share at 2050 plus the national
  /// rise since (IPSS 2017: 0.353 + 0.031 × 11/25 = 0.36664 in 2051 against 0.3654 in 2050):
  /// 昭和村 2051 = 0.556270 + (0.480597 − 0.556180) + 0.00124 = 0.481927, an assumption.
  /// The 15–64 share is held at 2050's, an assumption too, so the supply of 2052 (hired
  /// from 2051's pool) rests on it; 2051's does not.
  @Test("after 2050 the national rise and a held working-age share: assumptions")
  func beyondTheProjection() throws {
    let long = Projection(seedScenario(), through: 2052)
    let showa = try #require(long.path(of: "昭和村"))
    #expect(showa[2050]?.elderlyBasis == .municipalProjection)
    #expect(showa[2051]?.elderlyBasis == .nationalRise)
    let projected: Double = 692 / 1_244 + (322 / 670 - 693 / 1_246)
    let rise: Double = 0.031 * 11 / 25 - 0.031 * 10 / 25
    let expected = projected + rise
    #expect(abs((showa[2051]?.elderlyShare ?? 0) - expected) < 1e-12)
    #expect(showa[2051]?.isSupplyAssumed == false)
    #expect(showa[2052]?.isSupplyAssumed == true)
    #expect(long.region(in: 2052).isSupplyAssumed)
  }
}

/// Without age bands, and with the rules the bands replace, the model is what it was:
/// the 65+ share rises as the national one does, and hiring draws on residents under 65.
@Suite("The national 65+ rise and the under-65 pool: the fallback and the what-if")
struct NationalRuleTests {
  let projection = Projection(seedScenario(ageBands: false), through: 2040)

  /// 会津若松市 in 2030: 65+ share = 34,214/118,322 + (national 2030 − 2020) = 0.289160 +
  /// 0.032 = 0.321160, E = 106,021.65 × 0.321160 = 34,049.92.
  @Test("会津若松市 in 2030 by the national rule")
  func aizuwakamatsu2030() throws {
    let state = try #require(projection.state(of: "会津若松市", in: 2030))
    #expect(abs(state.elderlyShare - 0.321_160_088_571_863) < 1e-12)
    #expect(abs(state.elderly - 34_049.922_097_5) < 1e-6)
    #expect(state.elderlyBasis == .nationalRise)
  }

  /// 昭和村's supply from residents under 65, q = 0.035, r = 1:
  /// h = 0.035 × 50 / (1,244 − 692) = 0.0031703; hires(2020) = min(1.75, h × 552) = 1.75,
  /// so staff(2021) = 50 × 0.965 + 1.75 = 50.
  /// W(2021) = P(2021)·(1 − share(2021)) = 1,204.273 × (1 − 0.559470) = 530.518;
  /// hires(2021) = min(1.75, h × 530.518) = 1.681897, staff(2022) = 48.25 + 1.681897 = 49.931897.
  /// W(2022) = 509.846; hires = min(1.747616, 1.616361), staff(2023) = 48.184281 + 1.616361 = 49.800640.
  /// The pool rests on the assumed 65+ share from 2021, so supply is an assumption from 2022.
  @Test("three years of 昭和村's supply path from residents under 65")
  func showaSupplyPath() throws {
    let path = try #require(projection.path(of: "昭和村"))
    #expect(path[2020]?.staffSupply == 50)
    #expect(abs((path[2021]?.staffSupply ?? 0) - 50) < 1e-12)
    #expect(abs((path[2022]?.staffSupply ?? 0) - 49.931_896_993_130_8) < 1e-9)
    #expect(abs((path[2023]?.staffSupply ?? 0) - 49.800_639_589_199_3) < 1e-9)
    #expect(path[2021]?.isSupplyAssumed == false)
    #expect(path[2022]?.isSupplyAssumed == true)
  }

  @Test("bands present, with elderly_rise = national and recruitment_pool = under_65: the same")
  func whatIf() throws {
    var model = ModelSettings()
    model.elderlyRise = .national
    model.recruitmentPool = .underSixtyFive
    let chosen = Projection(seedScenario(model: model), through: 2040)
    for name in Seed.rows.map(\.name) {
      #expect(chosen.path(of: name)?.years == projection.path(of: name)?.years)
    }
    #expect(abs(chosen.region(in: 2040).shortfallFTE - -221.165_285_838_755) < 1e-6)
    // 692/1,244 + (0.353 − 0.289) = 0.620270
    let showa = try #require(chosen.state(of: "昭和村", in: 2040))
    #expect(abs(showa.elderlyShare - 0.620_270_096_463_022_6) < 1e-12)
    #expect(showa.elderlyBasis == .nationalRise)
  }

  /// The municipal 65+ rule with the under-65 pool: e(2021) = 0.556270 + 0.2 × (605/1,079 −
  /// 693/1,246) = 0.557175, W(2021) = 1,204.273 × (1 − 0.557175) = 533.282, hires =
  /// min(1.75, 0.0031703 × 533.282 = 1.690659): staff(2022) = 48.25 + 1.690659 = 49.940659.
  @Test("the under-65 pool with the municipal 65+ share")
  func underSixtyFiveWithBands() throws {
    var model = ModelSettings()
    model.recruitmentPool = .underSixtyFive
    let path = try #require(Projection(seedScenario(model: model), through: 2030).path(of: "昭和村"))
    #expect(abs((path[2021]?.recruitmentPool ?? 0) - 533.282_273_888_647) < 1e-9)
    #expect(abs((path[2022]?.staffSupply ?? 0) - 49.940_659_382_799_2) < 1e-9)
    #expect(path.years.allSatisfy { !$0.isSupplyAssumed })
  }
}

@Suite("Other methods and policies")
struct PolicyTests {
  @Test("trend continues the 2015→2020 rate: 昭和村 2040 = 1,244 × (1,244/1,322)^4 = 975.39")
  func trendMethod() throws {
    var model = ModelSettings()
    model.populationMethod = .trend
    let projection = Projection(seedScenario(model: model), through: 2040)
    let showa = try #require(projection.state(of: "昭和村", in: 2040))
    #expect(abs(showa.population - 975.385_019_505_484) < 1e-9)
  }

  @Test("fixed keeps 2020 staff; ratio keeps staff per 1,000; target draws a straight line")
  func staffingPolicies() throws {
    var model = ModelSettings()
    model.staffingPolicy = .fixed
    #expect(
      Projection(seedScenario(model: model), through: 2040).state(of: "会津若松市", in: 2040)?
        .staffSupply == 966)

    model.staffingPolicy = .ratio
    let ratio = try #require(
      Projection(seedScenario(model: model), through: 2040).state(of: "会津若松市", in: 2040))
    #expect(abs(ratio.staffSupply - 775.595_409_137_776) < 1e-9)  // 966 × 95,000 / 118,322

    model.staffingPolicy = .target
    let target = Projection(seedScenario(model: model), through: 2050)
    #expect(target.state(of: "会津若松市", in: 2030)?.staffSupply == 724.5)  // halfway to 483
    #expect(target.state(of: "会津若松市", in: 2040)?.staffSupply == 483)
    #expect(target.state(of: "会津若松市", in: 2050)?.staffSupply == 483)
  }

  @Test("a set elasticity is used as given")
  func setElasticity() throws {
    var model = ModelSettings()
    model.elasticity = 1
    let projection = Projection(seedScenario(model: model), through: 2040)
    #expect(!projection.isElasticityFitted)
    let showa = try #require(projection.state(of: "昭和村", in: 2040))
    #expect(abs(showa.staffDemand - 50 * 650 / 1_244) < 1e-9)
  }

  @Test("a lower recruitment index lowers supply")
  func recruitmentIndex() throws {
    var model = ModelSettings()
    model.recruitmentIndex = YearSeries([2020: 1, 2040: 0.5])
    let low = try #require(
      Projection(seedScenario(model: model), through: 2040).state(of: "会津若松市", in: 2040))
    let base = try #require(Projection(seedScenario(), through: 2040).state(of: "会津若松市", in: 2040))
    #expect(low.staffSupply < base.staffSupply - 50)
  }

  @Test("projections stop at 2100")
  func lastYear() {
    let projection = Projection(seedScenario(), through: 2150)
    #expect(projection.lastYear == 2100)
    #expect(projection.region(in: 2100).population > 0)
  }
}
