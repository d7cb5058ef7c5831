import Bilingual
import SeedData
import Simulation

/// The seed's 13 municipalities as a scenario, built in Swift so the model can be
/// tested without the file parser; `ScenarioFileTests` checks `aizu.toml` says the same.
/// With `ageBands`, each municipality has IPSS 2023's bands, as `aizu.toml` does;
/// without, the model falls back to the national 65+ rise and the residents under 65.
func seedScenario(model: ModelSettings = ModelSettings(), ageBands: Bool = true) -> Scenario {
  Scenario(
    name: "seed", title: LocalizedText(ja: "種", en: "seed"),
    region: LocalizedText(ja: "会津地域", en: "Aizu region"),
    municipalities: Seed.rows.map { row in
      Municipality(
        name: row.name, romaji: row.romaji,
        population: YearSeries([
          2015: row.population2015, 2020: row.population2020, 2040: row.population2040,
        ]),
        elderlyShare: YearSeries([2020: row.elderly2020 / row.population2020]),
        elderlyCount: YearSeries([2020: row.elderly2020]), staff: row.staff2020,
        residence: StaffResidence(
          staff: row.residence.staff, inside: row.residence.inside, outside: row.residence.outside),
        ageBands: ageBands ? ipssBands(row.name) : nil)
    },
    model: model)
}

func seedRow(_ name: String) -> Seed.Row? {
  Seed.rows.first { $0.name == name }
}

/// IPSS 2023's age bands for a municipality, from the project's copy of the data.
func ipssBands(_ name: String) -> AgeBands {
  let rows = IPSS2023.rows.filter { $0.municipality == name }
  func series(_ value: (IPSS2023.Row) -> Double) -> YearSeries {
    YearSeries(Dictionary(uniqueKeysWithValues: rows.map { ($0.year, value($0)) }))
  }
  return AgeBands(
    code: rows.first?.code, population: series(\.population), children: series(\.age0to14),
    workingAge: series(\.age15to64), elderly: series(\.age65plus))
}
