import Bilingual
import SeedData
import Simulation

/// The seed's 13 municipalities as a scenario, built in Swift so the model can be
/// tested without the file parser; `ScenarioFileTests` checks `aizu.toml` says the same.
func seedScenario(model: ModelSettings = ModelSettings()) -> Scenario {
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
          staff: row.residence.staff, inside: row.residence.inside, outside: row.residence.outside))
    },
    model: model)
}

func seedRow(_ name: String) -> Seed.Row? {
  Seed.rows.first { $0.name == name }
}
