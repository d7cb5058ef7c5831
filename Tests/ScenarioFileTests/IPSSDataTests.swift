import ScenarioFile
import SeedData
import Simulation
import Testing

/// IPSS's 2023 municipal projections as the project holds them: the built-in scenario's
/// `age_bands` and the `ipss2023` what-if, each value against the project's copy of the
/// data (`Scenarios/data/ipss2023-aizu.csv`, read by `IPSS2023`).
@Suite("The IPSS 2023 projections: every value of the data, exactly")
struct IPSSDataTests {
  @Test("the copy of the data has 91 rows whose bands add up, for table 1's 13 municipalities")
  func data() {
    #expect(IPSS2023.rows.count == 91)
    #expect(Set(IPSS2023.rows.map(\.municipality)) == Set(Seed.rows.map(\.name)))
    #expect(IPSS2023.rows.map(\.year) == Array(repeating: IPSS2023.years, count: 13).flatMap { $0 })
    for row in IPSS2023.rows {
      #expect(row.age0to14 + row.age15to64 + row.age65plus == row.population, "\(row)")
    }
    #expect(IPSS2023.row("昭和村", 2040)?.age65plus == 391)
  }

  @Test(
    "aizu.toml's age_bands give every value of the data", arguments: IPSS2023.rows.map(\.testName))
  func builtinAgeBands(row name: String) throws {
    let row = try #require(IPSS2023.rows.first { $0.testName == name })
    let (_, scenario) = try Fixtures.builtin()
    let m = try #require(scenario.municipality(named: row.municipality))
    #expect(m.romaji == row.romaji)
    let bands = try #require(m.ageBands)
    #expect(bands.code == row.code)
    #expect(bands.years == IPSS2023.years)
    #expect(bands.population[row.year] == row.population)
    #expect(bands.children[row.year] == row.age0to14)
    #expect(bands.workingAge[row.year] == row.age15to64)
    #expect(bands.elderly[row.year] == row.age65plus)
  }

  @Test("the ipss2023 what-if gives every population and 65+ of the data as anchors")
  func whatIfAnchors() throws {
    let (_, scenario) = try Fixtures.builtin("ipss2023")
    #expect(scenario.name == "ipss2023")
    #expect(scenario.horizon == 2050)
    for row in IPSS2023.rows {
      let m = try #require(scenario.municipality(named: row.municipality))
      #expect(m.population[row.year] == row.population, "\(row.testName)")
      #expect(m.elderlyCount[row.year] == row.age65plus, "\(row.testName)")
      // The bands stay the built-in scenario's: the same figures.
      #expect(m.ageBands?.population[row.year] == row.population)
    }
    // Staff and the other seed values stay the baseline's.
    #expect(scenario.municipality(named: "昭和村")?.staff == 50)
    #expect(scenario.municipality(named: "昭和村")?.population[2015] == 1_322)
  }

  /// Region totals from the data: 232,140 (2020), 213,701, 197,434, 181,738, 166,577 (2040),
  /// 151,689 and 137,088 (2050); residents aged 65+ 81,784 → 72,307 → 64,452.
  @Test("the ipss2023 what-if reproduces the IPSS totals at every five-year point")
  func whatIfTotals() throws {
    let (_, scenario) = try Fixtures.builtin("ipss2023")
    let projection = Projection(scenario, through: scenario.horizon)
    #expect(projection.lastYear == 2050)
    for year in IPSS2023.years {
      let region = projection.region(in: year)
      #expect(region.population == IPSS2023.total(year, \.population), "\(year)")
      #expect(region.elderly == IPSS2023.total(year, \.age65plus), "\(year)")
      #expect(region.elderlyBasis == .data)
    }
    #expect(projection.region(in: 2020).population == 232_140)
    #expect(projection.region(in: 2040).population == 166_577)
    #expect(projection.region(in: 2050).population == 137_088)
    // Between the five-year points: log-linear population, linear 65+ share.
    #expect(projection.region(in: 2042).elderlyBasis == .interpolated)
  }

  @Test("every value cites its source; the citation is the data README's")
  func provenance() throws {
    let (_, aizu) = try Fixtures.builtin()
    #expect(
      aizu.provenance["municipalities.会津若松市.age_bands.age_65_plus.2040"]
        == .source(id: "ipss2023"))
    #expect(aizu.provenance["municipalities.昭和村.age_bands.code"] == .source(id: "ipss2023"))
    let source = try #require(aizu.source("ipss2023"))
    #expect(
      source.citation.en.contains(
        "国立社会保障・人口問題研究所 (IPSS), 『日本の地域別将来推計人口（令和5(2023)年推計）』, published December 2023"))
    #expect(
      source.citation.en.contains(
        "https://www.ipss.go.jp/pp-shicyoson/j/shicyoson23/2gaiyo_hyo/gaiyo.asp"))
    #expect(source.citation.en.contains("commit 19d956a78c573ba4f4774fe2f9d6d35a09876def"))
    // One field naming the table supplies every value under it.
    #expect(source.fields == ["age_bands"])

    let (_, ipss) = try Fixtures.builtin("ipss2023")
    #expect(
      ipss.provenance["municipalities.磐梯町.population.2040"] == .source(id: "ipss2023_anchors"))
    #expect(ipss.provenance["municipalities.磐梯町.elderly.2050"] == .source(id: "ipss2023_anchors"))
    // A value the what-if does not write keeps the base's source.
    #expect(ipss.provenance["municipalities.磐梯町.population.2015"] == .source(id: "table2"))
    #expect(
      ipss.municipality(named: "Bandai")?.notes["population.2040"]?.en.contains("3,500") == true)
  }

  @Test("the baseline's model: the municipal 65+ rule and the working-age pool")
  func model() throws {
    let (_, aizu) = try Fixtures.builtin()
    #expect(aizu.model.elderlyRise == .municipal)
    #expect(aizu.model.recruitmentPool == .workingAge)
  }
}

extension IPSS2023.Row {
  /// `会津若松市 2040`: how a row names itself in test output.
  var testName: String { "\(municipality) \(year)" }
}
