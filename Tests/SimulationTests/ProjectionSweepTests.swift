import Testing

@testable import Simulation

/// The projection reads its series in one pass over the years and carries log-linear growth
/// from year to year (docs/performance.md). These tests hold every year of it to the same
/// rules read at that year alone: the 65+ share and its basis exactly (the rule read for one
/// year, so a reader's state carried from year to year cannot drift), growth, the working-age
/// pool and demand's power to the formulas of docs/model.md within a few units in the last
/// place.
@Suite("The projection's one-pass reading agrees with the per-year rules")
struct ProjectionSweepTests {
  static let variants: [(name: String, model: ModelSettings, ownShares: Bool)] = {
    var national = ModelSettings()
    national.elderlyRise = .national
    var under65 = ModelSettings()
    under65.recruitmentPool = .underSixtyFive
    var trend = ModelSettings()
    trend.populationMethod = .trend
    var ratio = ModelSettings()
    ratio.staffingPolicy = .ratio
    return [
      ("default", ModelSettings(), false), ("own 65+ shares", ModelSettings(), true),
      ("national rise", national, true), ("under 65", under65, false), ("trend", trend, true),
      ("ratio", ratio, false),
    ]
  }()

  /// The seed scenario; with `ownShares`, each municipality's 65+ share given at 2025, 2030
  /// and 2045 instead of 2020, so that years before, between and after its own figures, and
  /// at them, are all read.
  static func scenario(ownShares: Bool) -> Scenario {
    var scenario = seedScenario()
    guard ownShares else { return scenario }
    for i in scenario.municipalities.indices {
      let share = scenario.municipalities[i].elderlyShare.anchors[0].value
      scenario.municipalities[i].elderlyShare = YearSeries([
        2025: share + 0.01, 2030: share + 0.03, 2045: share + 0.08,
      ])
      scenario.municipalities[i].elderlyCount = YearSeries([:])
    }
    return scenario
  }

  @Test(
    "population, 65+, recruitment pool, demand and supply, every year to 2100", arguments: 0..<6)
  func agrees(variant: Int) throws {
    let (name, model, ownShares) = Self.variants[variant]
    var scenario = Self.scenario(ownShares: ownShares)
    scenario.model = model
    let projection = Projection(scenario, through: 2100)
    let epsilon = projection.elasticity
    for path in projection.paths {
      let municipality = path.municipality
      let population =
        model.populationMethod == .trend
        ? YearSeries(
          Dictionary(
            uniqueKeysWithValues: municipality.population.anchors.filter { $0.year <= 2020 }.map {
              ($0.year, $0.value)
            })) : municipality.population
      let base = try #require(path[2020])
      let q0 = base.serviceNeed(weight: model.elderlyWeight)
      for figures in path.years {
        let year = figures.year
        let place = "\(name): \(municipality.name) \(year)"
        let p = population.logLinear(at: year)
        #expect(close(figures.population, p), "\(place): population")
        let (share, basis) = Projection.elderlyShare(of: municipality, in: year, model: model)
        #expect(figures.elderlyBasis == basis, "\(place): basis")
        if municipality.elderlyCount[year] == nil {
          #expect(close(figures.elderly, p * share), "\(place): 65+")
        }
        if model.recruitmentPool == .workingAge, let bands = municipality.ageBands {
          #expect(
            close(figures.recruitmentPool, p * bands.workingAgeShare(at: year)), "\(place): pool")
        }
        let q = figures.serviceNeed(weight: model.elderlyWeight)
        #expect(
          close(figures.staffDemand, municipality.staff * Simulation.pow(q / q0, epsilon)),
          "\(place): demand")
      }
    }
  }

  /// A Monte Carlo run takes the residents of the scenario as it is and works out staffing
  /// again: exactly the figures of a projection from scratch, and from scratch whenever the
  /// change touches the residents.
  @Test("a projection reusing another's residents has the figures of one from scratch")
  func reusing() {
    let base = Self.scenario(ownShares: true)
    let projected = Projection(base, through: 2060)
    var changes: [(String, (inout Scenario) -> Void)] = [
      ("hours_per_fte", { $0.model.hoursPerFTE = 1_750 }),
      ("leave_rate", { $0.model.leaveRate = 0.037 }),
      ("elderly_weight", { $0.model.elderlyWeight = 1.3 }),
      ("elasticity", { $0.model.elasticity = 0.55 }),
      ("recruitment_index", { $0.model.recruitmentIndex.set(0.6, at: 2040) }),
      ("ratio", { $0.model.staffingPolicy = .ratio }),
      ("target", { $0.model.staffingPolicy = .target }),
      ("pool under 65", { $0.model.recruitmentPool = .underSixtyFive }),
      ("national rise", { $0.model.elderlyRise = .national }),
      ("a population", { $0.municipalities[3].population.set(2_000, at: 2040) }),
    ]
    changes.append(("nothing", { _ in }))
    for (name, change) in changes {
      var scenario = base
      change(&scenario)
      let fresh = Projection(scenario, through: 2060)
      let reused = Projection(scenario, through: 2060, reusing: projected)
      #expect(reused.elasticity == fresh.elasticity, "\(name)")
      for (a, b) in zip(reused.paths, fresh.paths) {
        #expect(a.years == b.years, "\(name): \(b.municipality.name)")
        #expect(a.hiringRate == b.hiringRate, "\(name): \(b.municipality.name)")
      }
    }
    // Another horizon: projected from scratch.
    #expect(Projection(base, through: 2050, reusing: projected).lastYear == 2050)
  }

  @Test("linearValues is linear(at:) exactly; LogLinearReader is logLinear(at:) to 1e-13")
  func series() {
    let cases: [YearSeries] = [
      YearSeries([:]), YearSeries([2030: 5]), YearSeries([2020: 100, 2040: 80]),
      YearSeries([2015: 3_473, 2020: 3_100, 2030: 2_700, 2040: 2_000, 2050: 1_500]),
      YearSeries([2020: 10, 2030: 0, 2040: 4]), YearSeries([2025: -1, 2035: 2]),
    ]
    for series in cases {
      for years in [2020...2020, 2010...2060, 2026...2100, 2045...2050] {
        #expect(series.linearValues(over: years) == years.map(series.linear(at:)))
        var reader = LogLinearReader(series)
        for year in years {
          #expect(
            close(reader.value(at: year), series.logLinear(at: year)),
            "\(series.anchors) at \(year)")
        }
      }
    }
  }

  private func close(_ a: Double, _ b: Double) -> Bool {
    a == b || abs(a - b) <= 1e-13 * max(abs(a), abs(b))
  }
}
