import ScenarioFile
import SeedData
import Simulation
import Testing

@Suite("The built-in scenario transcribes the seed")
struct BuiltinScenarioTests {
  @Test("it loads with no diagnostics and 13 municipalities in table 1's order")
  func loads() throws {
    let (_, scenario) = try Fixtures.builtin()
    #expect(scenario.name == "aizu")
    #expect(scenario.region.ja == "会津地域")
    #expect(scenario.baseYear == 2020)
    #expect(scenario.horizon == 2040)
    #expect(scenario.municipalities.map(\.name) == Seed.rows.map(\.name))
  }

  @Test("every municipality's values equal tables 1 to 3", arguments: Seed.rows.map(\.name))
  func municipality(name: String) throws {
    let (_, scenario) = try Fixtures.builtin()
    let row = try #require(Seed.rows.first { $0.name == name })
    let m = try #require(scenario.municipality(named: name))
    #expect(m.romaji == row.romaji)
    #expect(m.population[2015] == row.population2015)
    #expect(m.population[2020] == row.population2020)
    #expect(m.population[2040] == row.population2040)
    #expect(m.elderlyShare[2020] == row.elderly2020 / row.population2020)
    #expect(m.elderlyCount[2020] == row.elderly2020)
    // What `project --format csv` prints: the tables' figures exactly, not 3473.0000000000005.
    let projection = Projection(scenario, through: 2040)
    #expect(projection.state(of: name, in: 2020)?.elderly == row.elderly2020)
    #expect(projection.state(of: name, in: 2040)?.population == row.population2040)
    #expect(m.staff == row.staff2020)
    #expect(m.areaKm2 == row.areaKm2)
    #expect(m.incomePerHeadKyen == row.incomePerHeadKyen)
    #expect(m.fiscalStrength == row.fiscalStrength)
    #expect(
      m.residence
        == StaffResidence(
          staff: row.residence.staff, inside: row.residence.inside, outside: row.residence.outside))
  }

  @Test("region totals are computed and equal table 1, 2 and 3's totals")
  func totals() throws {
    let (_, scenario) = try Fixtures.builtin()
    let ms = scenario.municipalities
    #expect(ms.reduce(0) { $0 + ($1.population[2015] ?? 0) } == Seed.Region.population2015)
    #expect(ms.reduce(0) { $0 + ($1.population[2020] ?? 0) } == Seed.Region.population2020)
    #expect(ms.reduce(0) { $0 + ($1.population[2040] ?? 0) } == Seed.Region.population2040)
    #expect(ms.reduce(0) { $0 + $1.staff } == Seed.Region.staff2020)
    #expect(abs(ms.reduce(0) { $0 + ($1.areaKm2 ?? 0) } - Seed.Region.areaKm2) < 1e-9)
    #expect(ms.reduce(0) { $0 + ($1.residence?.inside ?? 0) } == Seed.Region.residence.inside)
    #expect(ms.reduce(0) { $0 + ($1.residence?.outside ?? 0) } == Seed.Region.residence.outside)
  }

  @Test("values cite their seed table; Bandai's 2040 carries its note")
  func provenance() throws {
    let (_, scenario) = try Fixtures.builtin()
    #expect(scenario.provenance["municipalities.会津若松市.population.2040"] == .source(id: "table2"))
    #expect(scenario.provenance["municipalities.会津若松市.population.2020"] == .source(id: "table1"))
    #expect(scenario.provenance["municipalities.昭和村.residence.inside"] == .source(id: "table3"))
    #expect(
      scenario.municipality(named: "Bandai")?.notes["population.2040"]?.en.contains("希望値") == true)
  }

  @Test("assumptions are stated with their notes and where they were set")
  func assumptions() throws {
    let (_, scenario) = try Fixtures.builtin()
    let hours = try #require(scenario.assumptions.first { $0.name == "hours_per_fte" })
    #expect(hours.value == "1800")
    #expect(hours.origin.hasPrefix("aizu (built in):"))
    #expect(!hours.note.isEmpty)
    let rise = try #require(scenario.assumptions.first { $0.name == "elderly_share_rise" })
    #expect(rise.value == "2020 = 0.289, 2040 = 0.353, 2065 = 0.384")
    #expect(rise.source == "ipss2017")
    #expect(scenario.model == ModelSettings())
  }
}
