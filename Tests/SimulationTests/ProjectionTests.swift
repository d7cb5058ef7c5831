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
  /// 65+ share = 34,214/118,322 + (national 2030 − 2020) = 0.289160 + 0.032 = 0.321160,
  /// E = 106,021.65 × 0.321160 = 34,049.92;
  /// demand = 966 × (106,021.65/118,322)^0.64177 = 900.29.
  @Test("会津若松市 in 2030, worked by hand")
  func aizuwakamatsu2030() throws {
    let state = try #require(projection.state(of: "会津若松市", in: 2030))
    #expect(abs(state.population - 106_021.648_732_7) < 1e-6)
    #expect(abs(state.elderlyShare - 0.321_160_088_571_863) < 1e-12)
    #expect(abs(state.elderly - 34_049.922_097_5) < 1e-6)
    #expect(abs(state.staffDemand - 900.291_999_789_5) < 1e-6)
    #expect(state.elderlyBasis == .nationalRise)
  }

  /// 昭和村 in 2030: P = √(1,244 × 650) = 899.22; share = 692/1,244 + 0.032 = 0.588270,
  /// E = 528.99; demand = 50 × (899.22/1,244)^0.64177 = 40.60.
  @Test("昭和村 in 2030, worked by hand")
  func showa2030() throws {
    let state = try #require(projection.state(of: "Showa", in: 2030))
    #expect(abs(state.population - 899.221_885_854_65) < 1e-9)
    #expect(abs(state.elderly - 528.985_345_533_4) < 1e-9)
    #expect(abs(state.staffDemand - 40.598_539_825_37) < 1e-9)
    #expect(abs(state.shortfallFTE - (40.598_539_825_37 - 47.476_110_566_5)) < 1e-9)
    #expect(abs(state.shortfallHours - state.shortfallFTE * 1_800) < 1e-9)
  }

  /// 昭和村's supply under `recruitment`, q = 0.035, r = 1:
  /// h = 0.035 × 50 / (1,244 − 692) = 0.0031703; hires(2020) = min(1.75, h × 552) = 1.75,
  /// so staff(2021) = 50 × 0.965 + 1.75 = 50.
  /// W(2021) = P(2021)·(1 − share(2021)) = 1,204.273 × (1 − 0.559470) = 530.518;
  /// hires(2021) = min(1.75, h × 530.518) = 1.681897, staff(2022) = 48.25 + 1.681897 = 49.931897.
  /// W(2022) = 509.846; hires = min(1.747616, 1.616361), staff(2023) = 48.184281 + 1.616361 = 49.800640.
  @Test("three years of 昭和村's supply path, worked by hand")
  func showaSupplyPath() throws {
    let path = try #require(projection.path(of: "昭和村"))
    #expect(path[2020]?.staffSupply == 50)
    #expect(abs((path[2021]?.staffSupply ?? 0) - 50) < 1e-12)
    #expect(abs((path[2022]?.staffSupply ?? 0) - 49.931_896_993_130_8) < 1e-9)
    #expect(abs((path[2023]?.staffSupply ?? 0) - 49.800_639_589_199_3) < 1e-9)
  }

  @Test("the 65+ share is data in 2020 and the national-rise assumption after")
  func elderlyBasis() throws {
    let showa = try #require(projection.path(of: "昭和村"))
    #expect(showa[2020]?.elderlyBasis == .data)
    #expect(showa[2040]?.elderlyBasis == .nationalRise)
    // 692/1,244 + (0.353 − 0.289) = 0.620270
    #expect(abs((showa[2040]?.elderlyShare ?? 0) - 0.620_270_096_463_022_6) < 1e-12)
    #expect(projection.region(in: 2040).elderlyBasis.isAssumption)
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
