import Bilingual
import Simulation
import Testing

/// A small documented fixture: 14 five-year groups (0–4 … 60–64, 65+), the same for
/// both sexes: 50 in each group and 200 aged 65+; survival 0.99 (0.80 for the 65+
/// staying 65+); net migration −2% of survivors; 0.2 children per woman aged 15–49,
/// half of them boys.
let cohortFixture = CohortData(
  year: 2020,
  male: Array(repeating: 50, count: 13) + [200],
  female: Array(repeating: 50, count: 13) + [200],
  survivalMale: Array(repeating: 0.99, count: 13) + [0.80],
  survivalFemale: Array(repeating: 0.99, count: 13) + [0.80],
  migrationMale: Array(repeating: -0.02, count: 13),
  migrationFemale: Array(repeating: -0.02, count: 13),
  childWomanRatio: 0.2, maleShareOfChildren: 0.5)

@Suite("Cohort-component method")
struct CohortTests {
  /// One step by hand: groups 5–9 … 60–64 become 50 × 0.99 × 0.98 = 48.51; the 65+
  /// become (50 × 0.99 + 200 × 0.80) × 0.98 = 205.31; women 15–49 are 7 × 48.51 =
  /// 339.57, so children 0–4 are 0.2 × 339.57 = 67.914, 33.957 of each sex.
  /// Total 2 × (33.957 + 12 × 48.51 + 205.31) = 1,642.774; 65+ 410.62.
  @Test("one five-year step, worked by hand")
  func oneStep() {
    let next = cohortFixture.advanced()
    #expect(next.year == 2025)
    #expect(abs(next.male[1] - 48.51) < 1e-9)
    #expect(abs(next.female[12] - 48.51) < 1e-9)
    #expect(abs(next.male[13] - 205.31) < 1e-9)
    #expect(abs(next.male[0] - 33.957) < 1e-9)
    #expect(abs(next.female[0] - 33.957) < 1e-9)
    #expect(abs(next.total - 1_642.774) < 1e-9)
    #expect(abs(next.elderly - 410.62) < 1e-9)
  }

  @Test("years between steps are log-linear: 2023 = 1,700 × (1,642.774/1,700)^(3/5)")
  func yearlyValues() throws {
    let municipality = Municipality(
      name: "試験村", romaji: "Shiken", population: YearSeries([2020: 1700]),
      elderlyShare: YearSeries([2020: 400.0 / 1700]), staff: 20, populationMethod: .cohort,
      cohort: cohortFixture)
    let scenario = Scenario(
      name: "cohort", title: LocalizedText(ja: "", en: ""), region: LocalizedText(ja: "", en: ""),
      municipalities: [municipality])
    let projection = Projection(scenario, through: 2030)
    let path = try #require(projection.path(of: "試験村"))
    #expect(path[2020]?.population == 1_700)
    #expect(abs((path[2023]?.population ?? 0) - 1_665.429_530_148_407) < 1e-6)
    #expect(abs((path[2025]?.elderly ?? 0) - 410.62) < 1e-9)
    #expect(path[2025]?.elderlyBasis == .cohort)
  }
}
