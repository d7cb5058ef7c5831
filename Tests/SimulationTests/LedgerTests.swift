import Bilingual
import SeedData
import Simulation
import Testing

/// 手計算町 (Tekeisan), a one-municipality town whose ledger can be worked by hand:
/// population 1,000 in 2020 and 810 in 2022 (so 900 in 2021), half of it aged 65+
/// throughout (the national share is held at 0.3, so it adds no rise); 40 staff,
/// falling on a straight line to half in 2022 (the `target` policy: 40, 30, 20);
/// ε = 1 and w = 1, so demand is 40 × P/1,000: 40, 36, 32.4. H = 1,800, f0 = 0.25.
///
/// Measures: `online`, 12 minutes per case, 500 cases per 1,000 residents, uptake
/// 0.6 under 65 and 0.2 aged 65+, from 2021 over 2 years; `standard`, 10% of
/// routine work, from 2022, at most half adopted; `office`, 1,000 hours a year at
/// the regional office from 2020. Face-to-face categories: visits 0.6, counter 0.4.
func tekeisan(measures: [Measure] = tekeisanMeasures) -> Scenario {
  var model = ModelSettings()
  model.staffingPolicy = .target
  model.staffTarget = StaffTarget(year: 2022, share: 0.5)
  model.elasticity = 1
  model.nationalElderlyShare = YearSeries([2020: 0.3])
  return Scenario(
    name: "tekeisan", title: LocalizedText(ja: "手計算町", en: "Tekeisan"),
    region: LocalizedText(ja: "手計算町", en: "Tekeisan"),
    municipalities: [
      Municipality(
        name: "手計算町", romaji: "Tekeisan", population: YearSeries([2020: 1_000, 2022: 810]),
        elderlyShare: YearSeries([2020: 0.5]), staff: 40)
    ],
    model: model, measures: measures,
    facetimeCategories: [
      FacetimeCategory(id: "visits", name: LocalizedText(ja: "訪問", en: "visits"), share: 0.6),
      FacetimeCategory(id: "counter", name: LocalizedText(ja: "窓口", en: "counter"), share: 0.4),
    ])
}

let tekeisanMeasures = [
  Measure(
    id: "online", name: LocalizedText(ja: "オンライン", en: "online"), guideline: 1,
    approach: .digital, adopters: .all, start: 2021, rampYears: 2,
    savings: .perCase(minutes: 12, casesPer1000: 500, uptake: Reach(under65: 0.6, elderly: 0.2))),
  Measure(
    id: "standard", name: LocalizedText(ja: "標準化", en: "standard"), guideline: 2,
    approach: .digital, adopters: .shared(nil), start: 2022, maxAdoption: 0.5,
    savings: .shareOfRoutine(0.10)),
  Measure(
    id: "office", name: LocalizedText(ja: "振興局", en: "office"), guideline: 1,
    approach: .digital, adopters: .regionalOffice, start: 2020, savings: .hoursPerYear(1_000)),
]

func close(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-6) -> Bool {
  guard let a else { return false }
  return abs(a - b) <= tolerance
}

@Suite("The hours ledger")
struct LedgerTests {
  let ledger = Ledger(Projection(tekeisan(), through: 2022))

  /// 2020: A = 40 × 1,800 = 72,000; G = 0.75 × 40 × 1,800 = 54,000; no measure yet
  /// (online starts 2021), so R = 54,000, F = 18,000 = f0 × S × H, U = 0;
  /// E = 500, F/E = 36 = L, the level to keep; index 1.
  @Test("2020 reproduces the 2020 staffing")
  func year2020() throws {
    let e = try #require(ledger.entry(of: "手計算町", in: 2020))
    #expect(close(e.availableHours, 72_000))
    #expect(close(e.routineNeedHours, 54_000))
    #expect(close(e.freedHours, 0))
    #expect(close(e.routineHours, 54_000))
    #expect(close(e.facetimeHours, 18_000))
    #expect(close(e.uncoveredHours, 0))
    #expect(close(e.facetimePerElderly, 36))
    #expect(close(e.baseLevel, 36))
    #expect(close(e.facetimeIndex, 1))
    #expect(close(e.extraFreedNeeded, 0))
  }

  /// 2021: S = 30, D = 36, P = 900, E = 450.
  /// A = 30 × 1,800 = 54,000; G = 0.75 × 36 × 1,800 = 48,600.
  /// online: adoption (2021 − 2021 + 1)/2 = 0.5; users = 450 × 0.6 + 450 × 0.2 = 360;
  /// 12/60 × 500/1,000 × 360 = 36 hours, × 0.5 = 18. X = 18, R = 48,582.
  /// F = 54,000 − 48,582 = 5,418; F/E = 12.04; index 12.04/36 = 0.334444;
  /// extra = 36 × 450 − 5,418 = 10,782. Visits 0.6 × 5,418 = 3,250.8, counter 2,167.2.
  @Test("2021: the staff fall faster than the work; face-to-face hours fall below 2020's")
  func year2021() throws {
    let e = try #require(ledger.entry(of: "Tekeisan", in: 2021))
    #expect(close(e.availableHours, 54_000))
    #expect(close(e.routineNeedHours, 48_600))
    #expect(e.freedByMeasure.map(\.id) == ["online", "standard"])
    #expect(close(e.freedByMeasure.first?.hours, 18))
    #expect(close(e.freedByMeasure.last?.hours, 0))
    #expect(close(e.routineHours, 48_582))
    #expect(close(e.facetimeHours, 5_418))
    #expect(close(e.facetimePerElderly, 12.04))
    #expect(close(e.facetimeIndex, 0.334_444_444_4))
    #expect(close(e.extraFreedNeeded, 10_782))
    #expect(
      e.facetimeByCategory == [
        AttributedHours(id: "visits", hours: e.facetimeHours * 0.6),
        AttributedHours(id: "counter", hours: e.facetimeHours * 0.4),
      ])
    #expect(close(e.facetimeByCategory.first?.hours, 3_250.8))
  }

  /// 2022: S = 20, D = 32.4, P = 810, E = 405.
  /// A = 36,000; G = 0.75 × 32.4 × 1,800 = 43,740.
  /// online: full adoption; users = 405 × 0.6 + 405 × 0.2 = 324; 0.1 × 324 = 32.4.
  /// standard: 0.10 × 43,740 × 0.5 = 2,187. X = 2,219.4; R = 41,520.6 > A:
  /// F = 0, U = 5,520.6 uncovered. extra = 36 × 405 + 5,520.6 = 20,100.6, and it
  /// can be reached by freeing hours, since 36 × 405 = 14,580 ≤ 36,000.
  @Test("2022: routine work cannot be covered; the shortfall is reported")
  func year2022() throws {
    let e = try #require(ledger.entry(of: "手計算町", in: 2022))
    #expect(close(e.availableHours, 36_000))
    #expect(close(e.routineNeedHours, 43_740))
    #expect(close(e.freedByMeasure.first?.hours, 32.4))
    #expect(close(e.freedByMeasure.last?.hours, 2_187))
    #expect(close(e.freedHours, 2_219.4))
    #expect(close(e.routineHours, 41_520.6))
    #expect(e.facetimeHours == 0)
    #expect(close(e.uncoveredHours, 5_520.6))
    #expect(e.facetimeIndex == 0)
    #expect(close(e.extraFreedNeeded, 20_100.6))
    #expect(e.canReachBaseLevel)
  }

  /// Where F comes from (docs/model.md, "Where face-to-face hours come from"):
  /// 2020: A = 72,000, G = 54,000, S = D: F₀ = 18,000 = f0 · D · H, no surplus, no measure.
  /// 2021: S = 30 < D = 36: F₀ = 54,000 − 48,600 = 5,400, no surplus (the shortfall of
  /// 6 × 1,800 = 10,800 comes out of the need's 0.25 × 64,800 = 16,200), the measures 18.
  /// 2022: A < G and X < G − A: F = 0, every part 0.
  @Test("face-to-face hours split into the need's, the surplus's and the measures'")
  func facetimeSources() throws {
    let parts = { (e: LedgerEntry) in
      [e.facetimeFromNeed, e.facetimeFromSurplus, e.facetimeFromMeasures]
    }
    let e2020 = try #require(ledger.entry(of: "手計算町", in: 2020))
    #expect(zip(parts(e2020), [18_000, 0, 0]).allSatisfy { close($0, $1) })
    let e2021 = try #require(ledger.entry(of: "手計算町", in: 2021))
    #expect(zip(parts(e2021), [5_400, 0, 18]).allSatisfy { close($0, $1) })
    #expect(close(parts(e2021).reduce(0, +), e2021.facetimeHours))
    let e2022 = try #require(ledger.entry(of: "手計算町", in: 2022))
    #expect(parts(e2022) == [0, 0, 0])
    // A < G, but the measures free more than G − A: what is left is all theirs.
    // A = 36,000, G = 43,740, X = 10,000: R = 33,740, F = 2,260 = X − (G − A).
    let split = LedgerEntry.facetimeSources(
      facetime: 2_260, available: 36_000, need: 43_740, demand: 58_320)
    #expect(split.need == 0 && split.surplus == 0 && split.measures == 2_260)
    // Staff above demand: S = 50, D = 40 (H = 1,800), X = 100: F = 90,000 − 54,000 + 100.
    let above = LedgerEntry.facetimeSources(
      facetime: 36_100, available: 90_000, need: 54_000, demand: 72_000)
    #expect(above.need == 18_000 && above.surplus == 18_000 && above.measures == 100)
    // The region's parts are the municipalities' summed, and add up to its F.
    let region = ledger.region(in: 2021)
    #expect(close(parts(region).reduce(0, +), region.facetimeHours))
  }

  @Test("the first year below the 2020 level is 2021")
  func firstYearBelow() {
    #expect(ledger.path(of: "手計算町")?.firstYearBelowBase == 2021)
    // With staff held at 40 the town never falls below: demand falls, supply does not.
    var scenario = tekeisan()
    scenario.model.staffingPolicy = .fixed
    #expect(Ledger(Projection(scenario, through: 2030)).path(of: "手計算町")?.firstYearBelowBase == nil)
  }

  @Test("the regional office's hours are reported but enter no municipality's ledger")
  func office() {
    #expect(ledger.officeEntry(in: 2020)?.freedHours == 1_000)
    #expect(
      ledger.entry(of: "手計算町", in: 2020)?.freedByMeasure.contains { $0.id == "office" }
        == false)
    #expect(ledger.freedHours(by: "office", in: 2021) == 1_000)
    #expect(close(ledger.freedHours(by: "standard", in: 2022), 2_187))
  }

  @Test(
    "adoption: 0 before the start, then max · (t − start + 1)/ramp up to max",
    arguments: [(2020, 0.0), (2021, 0.3), (2022, 0.6), (2023, 0.9), (2024, 0.9), (2040, 0.9)])
  func adoption(year: Int, expected: Double) {
    let measure = Measure(
      id: "m", name: LocalizedText(ja: "m", en: "m"), guideline: 1, approach: .analog,
      adopters: .all, start: 2021, rampYears: 3, maxAdoption: 0.9, savings: .hoursPerYear(1))
    #expect(close(measure.adoption(in: year), expected, 1e-12))
  }
}

/// A Monte Carlo run keeps the ledger of the one year it reads: the entries of a ledger of
/// some years are those of the whole ledger, and it has no others.
@Suite("A ledger of some years")
struct LedgerYearsTests {
  @Test("the entries, the region and its base level are the whole ledger's")
  func someYears() throws {
    var scenario = seedScenario()
    scenario.measures = tekeisanMeasures
    let projection = Projection(scenario, through: 2040)
    let whole = Ledger(projection, withCosts: false)
    let some = Ledger(projection, withCosts: false, years: 2030...2035)
    #expect(some.years == 2030...2035)
    #expect(some.regionBaseLevel == whole.regionBaseLevel)
    for year in 2030...2035 {
      #expect(some.region(in: year) == whole.region(in: year))
      for path in whole.paths {
        let name = path.municipality.name
        #expect(some.entry(of: name, in: year) == whole.entry(of: name, in: year))
      }
    }
    #expect(some.officeEntry(in: 2030) == whole.officeEntry(in: 2030))
    #expect(some.freedHours(by: "standard", in: 2031) == whole.freedHours(by: "standard", in: 2031))
    #expect(some.entry(of: "昭和村", in: 2029) == nil)
    #expect(some.entry(of: "昭和村", in: 2036) == nil)
    // Years beyond the projection's are clamped to them.
    #expect(Ledger(projection, withCosts: false, years: 2050...2060).years == 2040...2040)
  }
}

@Suite("Freed hours never exceed routine hours")
struct LedgerBoundsTests {
  /// Aggressive measures in every municipality from 2020: 10 million hours a year,
  /// 90% of routine work, and 10 hours per resident. Their potential is far above
  /// any municipality's routine work, so without the cap routine hours would go
  /// negative and face-to-face hours would exceed the hours available.
  static let aggressive = [
    Measure(
      id: "hours", name: LocalizedText(ja: "h", en: "h"), guideline: 1, approach: .digital,
      adopters: .all, start: 2020, savings: .hoursPerYear(10_000_000)),
    Measure(
      id: "share", name: LocalizedText(ja: "s", en: "s"), guideline: 2, approach: .hybrid,
      adopters: .shared(nil), start: 2025, rampYears: 5, savings: .shareOfRoutine(0.9)),
    Measure(
      id: "cases", name: LocalizedText(ja: "c", en: "c"), guideline: 1, approach: .digital,
      adopters: .listed(["昭和村", "会津若松市"]), start: 2030, rampYears: 10,
      savings: .perCase(minutes: 600, casesPer1000: 1_000, uptake: .everyone)),
  ]

  @Test("every municipality, every year to 2100", arguments: StaffingPolicy.allCases)
  func bounded(policy: StaffingPolicy) {
    var model = ModelSettings()
    model.staffingPolicy = policy
    var scenario = seedScenario(model: model)
    scenario.measures = Self.aggressive
    let ledger = Ledger(Projection(scenario, through: 2100))
    var checked = 0
    for path in ledger.paths {
      for e in path.years {
        let tolerance = 1e-9 * max(1, e.routineNeedHours)
        #expect(
          e.freedHours <= e.routineNeedHours + tolerance, "\(path.municipality.name) \(e.year)")
        #expect(e.freedByMeasure.allSatisfy { $0.hours >= 0 })
        #expect(e.routineHours >= 0)
        #expect(e.facetimeHours <= e.availableHours + tolerance)
        #expect(
          abs((e.facetimeHours - e.uncoveredHours) - (e.availableHours - e.routineHours))
            <= tolerance)
        checked += 1
      }
    }
    #expect(checked == 13 * 81)
    // The cap binds: all routine work is freed, so face-to-face hours are all the hours.
    let showa = ledger.entry(of: "昭和村", in: 2050)
    #expect(showa.map { $0.potentialFreedHours > $0.routineNeedHours } == true)
    #expect(close(showa?.freedHours, showa?.routineNeedHours ?? -1))
    #expect(close(showa?.facetimeHours, showa?.availableHours ?? -1))
  }
}

@Suite("Costs of measures")
struct CostTests {
  /// Three towns: A 6,000 residents in 2020 and 7,000 in 2021; B 3,000; C 1,000.
  static func towns(_ measures: [Measure]) -> Scenario {
    func town(_ name: String, _ population: [Int: Double]) -> Municipality {
      Municipality(
        name: name, romaji: name, population: YearSeries(population),
        elderlyShare: YearSeries([2020: 0.4]), staff: 50)
    }
    return Scenario(
      name: "towns", title: LocalizedText(ja: "町", en: "towns"),
      region: LocalizedText(ja: "町", en: "towns"),
      municipalities: [
        town("A", [2020: 6_000, 2021: 7_000]), town("B", [2020: 3_000]), town("C", [2020: 1_000]),
      ],
      measures: measures)
  }

  /// Shared by A and B from 2021: ¥90M once and ¥9M a year for the group. In 2021,
  /// A has 7,000 of the group's 10,000 residents: it pays 0.7 × (90M + 9M) = 69.3M,
  /// B pays 0.3 × 99M = 29.7M, C nothing. In 2022 A has 6,000 × (7/6)² = 8,166.67,
  /// so 8,166.67 / 11,166.67 = 0.731343 of ¥9M = ¥6,582,089.55.
  @Test("a shared measure's costs are split by population, year by year")
  func sharedSplit() {
    let shared = Measure(
      id: "joint", name: LocalizedText(ja: "共同", en: "joint"), guideline: 2, approach: .digital,
      adopters: .shared(["A", "B"]), start: 2021, rampYears: 2, initialCost: 90_000_000,
      yearlyCost: 9_000_000, savings: .shareOfRoutine(0.01))
    let ledger = Ledger(Projection(Self.towns([shared]), through: 2023))
    #expect(ledger.cost(of: "joint", paidBy: .municipality("A"), in: 2020) == 0)
    #expect(close(ledger.cost(of: "joint", paidBy: .municipality("A"), in: 2021), 69_300_000))
    #expect(close(ledger.cost(of: "joint", paidBy: .municipality("B"), in: 2021), 29_700_000))
    #expect(ledger.cost(of: "joint", paidBy: .municipality("C"), in: 2021) == 0)
    #expect(
      close(ledger.cost(of: "joint", paidBy: .municipality("A"), in: 2022), 6_582_089.552_238_8))
    for year in 2021...2023 {
      let paid = ledger.costs.filter { $0.year == year }.reduce(0) { $0 + $1.total }
      #expect(close(paid, year == 2021 ? 99_000_000 : 9_000_000))
    }
  }

  /// Each adopter of an `all` measure pays the whole cost: from 2022, ¥1M once and
  /// ¥0.5M a year, three times over; a measure switched off (max 0) costs nothing;
  /// a measure with no cost stated has no cost rows.
  @Test("each adopter pays its own; an inactive or unpriced measure costs nothing")
  func ownCosts() {
    let own = Measure(
      id: "own", name: LocalizedText(ja: "各", en: "own"), guideline: 1, approach: .analog,
      adopters: .all, start: 2022, initialCost: 1_000_000, yearlyCost: 500_000,
      savings: .hoursPerYear(10))
    var off = own
    off.id = "off"
    off.maxAdoption = 0
    var unpriced = own
    unpriced.id = "unpriced"
    unpriced.initialCost = nil
    unpriced.yearlyCost = nil
    let ledger = Ledger(Projection(Self.towns([own, off, unpriced]), through: 2023))
    #expect(ledger.cost(of: "own", paidBy: .municipality("C"), in: 2022) == 1_500_000)
    #expect(ledger.cost(of: "own", paidBy: .municipality("A"), in: 2023) == 500_000)
    #expect(ledger.costs.filter { $0.measureID == "own" }.count == 6)
    #expect(!ledger.costs.contains { $0.measureID == "off" || $0.measureID == "unpriced" })
  }
}

/// `Metric`, the one list of outputs, reads the same numbers as the ledger's own tests.
@Suite("Metrics read from the ledger")
struct MetricTests {
  let ledger = Ledger(Projection(tekeisan(), through: 2022))

  /// 2021 as worked in `LedgerTests.year2021`: F = 5,418, F/E = 12.04, index 0.334444.
  /// S = 30, D = 36: shortfall 6; P = 900: 30 staff per 1,000 is 33.3.
  @Test("2021's figures for the one municipality and the region")
  func tekeisan2021() {
    func value(_ metric: Metric, _ name: String?) -> Double? {
      metric.value(of: name, in: 2021, ledger: ledger)
    }
    #expect(close(value(.facetime, "手計算町"), 5_418))
    #expect(close(value(.facetime_per_elderly, "手計算町"), 12.04))
    #expect(close(value(.facetime_index, "手計算町"), 0.334_444_444_4))
    #expect(close(value(.population, "手計算町"), 900))
    #expect(close(value(.elderly_share, "手計算町"), 0.5))
    #expect(close(value(.staff_supply, "手計算町"), 30))
    #expect(close(value(.staff_demand, "手計算町"), 36))
    #expect(close(value(.shortfall, "手計算町"), 6))
    #expect(close(value(.staff_per_1000, "手計算町"), 30.0 / 0.9))
    // One municipality: the region is the same.
    #expect(close(value(.shortfall, nil), 6))
    #expect(close(value(.facetime_index, nil), 0.334_444_444_4))
  }

  @Test("no value outside the ledger's years or for a name it does not hold")
  func outside() {
    #expect(Metric.population.value(of: "手計算町", in: 2023, ledger: ledger) == nil)
    #expect(Metric.population.value(of: "昭和村", in: 2021, ledger: ledger) == nil)
  }
}
