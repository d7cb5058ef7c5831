import Bilingual
import ScenarioFile
import Simulation
import Testing

private func close(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-6) -> Bool {
  guard let a else { return false }
  return abs(a - b) <= tolerance
}

@Suite("The built-in scenario's measures and ledger")
struct BuiltinMeasuresTests {
  /// The seed's slide 「草の根DX」: five proposals at the regional office saved
  /// 240 + 800 + 1,200 + 1,040 + 205 = 3,485 minutes.
  @Test("the grassroots DX measures save 240 + 800 + 1,200 + 1,040 + 205 = 3,485 minutes")
  func grassroots() throws {
    let (_, scenario) = try Fixtures.builtin()
    let atOffice = scenario.measures.filter { $0.adopters == .regionalOffice }
    let minutes = atOffice.map { $0.savings.hours(population: 0, elderly: 0, routineHours: 0) * 60 }
    #expect(
      atOffice.map(\.id) == [
        "grassroots_audit", "grassroots_wildlife", "grassroots_parks", "grassroots_groundwater",
        "grassroots_risk",
      ])
    #expect(zip(minutes, [240.0, 800, 1_200, 1_040, 205]).allSatisfy { close($0, $1, 1e-9) })
    #expect(close(minutes.reduce(0, +), 3_485, 1e-9))
    let ledger = Ledger(Projection(scenario, through: 2040))
    #expect(close(ledger.officeEntry(in: 2025)?.freedHours, 3_485 / 60.0, 1e-9))
    // Before R4 (2022), the assumed start, nothing is freed.
    #expect(ledger.officeEntry(in: 2021)?.freedHours == 0)
    // The office's hours are in no municipality's ledger.
    #expect(
      ledger.paths.allSatisfy { path in
        path.years.allSatisfy {
          $0.freedByMeasure.allSatisfy { !$0.id.hasPrefix("grassroots_") || $0.hours == 0 }
        }
      })
  }

  @Test("the seed's minutes cite the slide; the period, start and guideline are assumptions")
  func grassrootsProvenance() throws {
    let (_, scenario) = try Fixtures.builtin()
    let audit = try #require(scenario.measure("grassroots_audit"))
    #expect(!audit.isAssumption("savings"))
    #expect(audit.isAssumption("start"))
    #expect(audit.isAssumption("guideline"))
    #expect(audit.initialCost == nil && audit.yearlyCost == nil)
    #expect(audit.note.en.contains("per year"))
    #expect(
      scenario.provenance["measures.grassroots_audit.savings.minutes"] == .source(id: "grassroots"))
    #expect(
      scenario.provenance["measures.grassroots_audit.start"]
        == .assumption(name: "measures.grassroots_audit.start"))
    #expect(
      scenario.provenance["measures.online_procedures.savings.per_case.uptake.elderly"]
        == .assumption(name: "measures.online_procedures.savings.per_case.uptake.elderly"))
    #expect(scenario.provenance["measures.online_procedures.start"] == .source(id: "roadmap"))
  }

  @Test("the spread to the municipalities is a what-if that is off: no hours, no costs")
  func spreadIsOff() throws {
    let (_, scenario) = try Fixtures.builtin()
    let spread = try #require(scenario.measure("grassroots_spread"))
    #expect(spread.maxAdoption == 0)
    #expect(spread.adopters == .all)
    let ledger = Ledger(Projection(scenario, through: 2040))
    #expect(ledger.years.allSatisfy { ledger.freedHours(by: "grassroots_spread", in: $0) == 0 })
    #expect(!ledger.costs.contains { $0.measureID == "grassroots_spread" })
  }

  /// Roadmap: all municipalities R7 to R9, so adoption is 1/3 in 2025 (R7), 2/3 in
  /// 2026 and full from 2027 (R9); nothing before.
  @Test("online procedures ramp up over the roadmap's R7 to R9")
  func onlineRamp() throws {
    let (_, scenario) = try Fixtures.builtin()
    let online = try #require(scenario.measure("online_procedures"))
    #expect(online.adoption(in: 2024) == 0)
    #expect(close(online.adoption(in: 2025), 1 / 3.0, 1e-12))
    #expect(close(online.adoption(in: 2026), 2 / 3.0, 1e-12))
    #expect(online.adoption(in: 2027) == 1)
    #expect(
      online.savings
        == .perCase(minutes: 10, casesPer1000: 1_000, uptake: Reach(under65: 0.5, elderly: 0.2)))
  }

  /// Shared systems, 2025: ¥300M + ¥60M split by 2025 population. 会津若松市:
  /// 118,322 × (95,000/118,322)^(5/20) = 112,003.10 of the region's 222,451.63
  /// (the sum of the 13 anchored populations in 2025), 0.503494, so ¥181,257,895.
  @Test("the shared systems' costs are split by each municipality's population")
  func sharedSystemsCost() throws {
    let (_, scenario) = try Fixtures.builtin()
    let ledger = Ledger(Projection(scenario, through: 2040))
    let paid = ledger.cost(of: "shared_systems", paidBy: .municipality("会津若松市"), in: 2025)
    #expect(close(paid, 360_000_000 * 112_003.096_034_665_55 / 222_451.631_544_152_9, 1e-3))
    #expect(close(paid, 181_257_895, 1))
    let all = ledger.costs.filter { $0.measureID == "shared_systems" && $0.year == 2025 }
    #expect(all.count == 13)
    #expect(close(all.reduce(0) { $0 + $1.total }, 360_000_000, 1e-3))
    #expect(
      close(
        ledger.cost(of: "online_procedures", paidBy: .municipality("昭和村"), in: 2025), 12_000_000))
  }

  /// docs/model.md, "Hours ledger": 昭和村 in 2030. S = 48.0311, D = 40.5985,
  /// P = 899.22, E = 474.05 (ProjectionTests). A = 48.0311 × 1,800 = 86,455.92;
  /// G = 0.75 × D × 1,800 = 54,808.03.
  /// Online: (425.18 × 0.5 + 474.05 × 0.2) × 10/60 = 307.397 / 6 = 51.233; shared systems:
  /// 0.03 × 54,808.03 = 1,644.24. R = 54,808.03 − 1,695.47 = 53,112.56; F = 33,343.37;
  /// F/E = 70.338; L = 0.25 × 50 × 1,800 / 692 = 32.514; index 2.1633. Home visits
  /// 0.30 × F = 10,003.01.
  @Test("昭和村 in 2030, the docs' worked example")
  func showa2030() throws {
    let (_, scenario) = try Fixtures.builtin()
    let e = try #require(Ledger(Projection(scenario, through: 2040)).entry(of: "昭和村", in: 2030))
    #expect(close(e.availableHours, 86_455.924_789_2))
    #expect(close(e.routineNeedHours, 54_808.028_764_2))
    #expect(
      close(e.freedByMeasure.first { $0.id == "online_procedures" }?.hours, 51.232_852_765_2)
    )
    #expect(
      close(e.freedByMeasure.first { $0.id == "shared_systems" }?.hours, 1_644.240_862_927_3)
    )
    #expect(close(e.facetimeHours, 33_343.369_740_7))
    #expect(close(e.baseLevel, 0.25 * 50 * 1_800 / 692, 1e-12))
    #expect(close(e.facetimeIndex, 2.163_278_818_010))
    #expect(
      close(e.facetimeByCategory.first { $0.id == "home_visits" }?.hours, 10_003.010_922_2))
  }

  /// docs/model.md: 磐梯町 (its 2040 figure is the hoped-for 希望値) falls below its
  /// level in 2021: P = 3,443 × (3,500/3,443)^(1/20) = 3,445.83; 65+ share 1,213/3,443 +
  /// (IPSS 2021 − 2020) = 0.352309 + 0.2 × (1,186/3,069 − 1,246/3,322) = 0.354583, so
  /// E = 1,221.83; F = 138,600 − 0.75 × 77.0406 × 1,800 = 34,595.2, 28.31 per 65+ against
  /// L = 0.25 × 77 × 1,800 / 1,213 = 28.57; 28.57 × 1,221.83 − 34,595.2 = 307.1 hours short.
  @Test("磐梯町 falls below its 2020 level in 2021; every other municipality holds to 2040")
  func bandai() throws {
    let (_, scenario) = try Fixtures.builtin()
    let ledger = Ledger(Projection(scenario, through: 2040))
    #expect(ledger.path(of: "Bandai")?.firstYearBelowBase == 2021)
    #expect(close(ledger.entry(of: "Bandai", in: 2021)?.extraFreedNeeded, 307.074_194_928))
    #expect(
      ledger.paths.filter { $0.firstYearBelowBase != nil }.map(\.municipality.name) == ["磐梯町"])
  }

  @Test("f0 and the face-to-face categories are stated assumptions; the shares add up to 1")
  func facetimeAssumptions() throws {
    let (_, scenario) = try Fixtures.builtin()
    let f0 = try #require(scenario.assumptions.first { $0.name == "facetime_share_2020" })
    #expect(f0.value == "0.25")
    #expect(f0.origin.hasPrefix("aizu (built in):"))
    #expect(!f0.note.isEmpty)
    #expect(
      scenario.facetimeCategories.map(\.id) == [
        "home_visits", "counter", "community", "disaster_preparedness",
      ])
    #expect(close(scenario.facetimeCategories.reduce(0) { $0 + $1.share }, 1, 1e-12))
    #expect(scenario.facetimeCategories.allSatisfy { $0.note.en.hasPrefix("Assumption") })
    #expect(
      scenario.provenance["facetime.categories.counter.share"]
        == .assumption(name: "facetime.categories.counter.share"))
    #expect(scenario.outsideResidence.isEmpty)
  }
}

@Suite("What-ifs change measures field by field")
struct MeasureWhatIfTests {
  @Test("one field changed, a measure added, f0 and a residence spread stated")
  func whatIf() throws {
    let (scenario, diagnostics) = try Fixtures.load("whatif-measures.toml")
    #expect(diagnostics.isEmpty)
    let s = try #require(scenario)
    let online = try #require(s.measure("online_procedures"))
    #expect(online.maxAdoption == 0.9)
    #expect(online.start == 2026)  // 令和8
    #expect(online.rampYears == 3)  // kept from the built-in scenario
    #expect(
      s.provenance["measures.online_procedures.max_adoption"]
        == .file(location: "whatif-measures.toml:10:1"))
    #expect(
      s.provenance["measures.online_procedures.savings.per_case.minutes"]
        == .assumption(name: "measures.online_procedures.savings.per_case.minutes"))
    #expect(s.measure("grassroots_spread")?.maxAdoption == 1)
    let joint = try #require(s.measure("joint_visits"))
    #expect(joint.adopters == .shared(["三島町", "金山町", "昭和村"]))
    #expect(joint.approach == .hybrid)
    #expect(joint.start == 2026)
    #expect(joint.initialCost == 3_000_000 && joint.yearlyCost == nil)
    #expect(s.model.facetimeShare2020 == 0.3)
    #expect(
      s.outsideResidence["北塩原村"]
        == OutsideResidence(
          shares: ["喜多方市": 0.5, "会津若松市": 0.4], elsewhere: 0.1,
          note: LocalizedText("Illustration only: not from the seed.")))
    // The spread, switched on, frees 3,485 minutes a year in each municipality from R9.
    let ledger = Ledger(Projection(s, through: 2040))
    #expect(close(ledger.freedHours(by: "grassroots_spread", in: 2030), 13 * 3_485 / 60.0, 1e-9))
  }

  @Test("a measure's field set at the prompt is the user's change")
  func setAtPrompt() throws {
    let (document, _) = try Fixtures.builtin()
    let command = "set measures.online_procedures.max_adoption 0.9"
    let path = try ScenarioFile.settingPath("measures.online_procedures.max_adoption", in: document)
      .get()
    let value = try #require(ScenarioFile.value("0.9", command: command))
    let (scenario, diagnostics) = ScenarioFile.decode(
      document, overrides: [Override(path: path, value: value, command: command)])
    #expect(diagnostics.isEmpty)
    #expect(scenario?.measure("online_procedures")?.maxAdoption == 0.9)
    #expect(
      scenario?.provenance["measures.online_procedures.max_adoption"] == .user(command: command))
  }
}
