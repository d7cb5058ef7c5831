import Bilingual
import Simulation
import Testing

/// The comparison and verdict rule on small scenarios built in Swift, each worked by
/// hand (docs/model.md, "Guidelines and options" and "Verdict"). The built-in
/// scenario's verdicts are tested in `ScenarioFileTests/GuidelineTests.swift`.
@Suite("Comparing a guideline's options")
struct ComparisonTests {
  /// 試験町: 1,000 residents every year (one anchor, held), 40% aged 65+ in 2020
  /// (data), the national rise after: 2021 = 0.4 + 0.0032.
  func town(_ options: [ServiceOption], rule: VerdictRule = VerdictRule()) -> (
    Projection, Guideline
  ) {
    let municipality = Municipality(
      name: "試験町", romaji: "Shiken", population: YearSeries([2020: 1000]),
      elderlyShare: YearSeries([2020: 0.4]), staff: 20)
    let guideline = Guideline(
      number: 9, title: LocalizedText(ja: "試験", en: "test"), group: .administrative,
      options: options)
    let scenario = Scenario(
      name: "test", title: LocalizedText(ja: "試験", en: "test"),
      region: LocalizedText(ja: "地域", en: "region"),
      municipalities: [municipality], guidelines: [guideline], verdictRule: rule)
    return (Projection(scenario, through: 2040), guideline)
  }

  func option(
    _ id: String, _ approach: Approach, cost: OptionCost = OptionCost(initial: 0, yearly: 0),
    savings: Savings = .hoursPerYear(0), reach: Reach = .everyone, lead: Int = 0
  ) -> ServiceOption {
    ServiceOption(
      id: id, name: LocalizedText(ja: id, en: id), approach: approach, cost: cost, savings: savings,
      reach: reach, worksInDisaster: approach == .analog, leadYears: lead)
  }

  /// Cost: 100,000 + 1,000 × 1,000 residents of 2020, then (10,000 + 100 × 1,000) a
  /// year for 2022–2040, 19 years: 1,100,000 + 19 × 110,000 = 3,190,000. In 2021 it
  /// has not taken effect: reaches nobody, frees nothing, all 403.2 aged 65+ left out.
  @Test("per-resident costs, and nothing reached or freed before it takes effect")
  func costsAndLead() throws {
    let cost = OptionCost(
      initial: 100_000, yearly: 10_000, initialPerResident: 1_000, yearlyPerResident: 100)
    let (projection, guideline) = town([
      option("a", .analog, cost: cost, savings: .hoursPerYear(50), lead: 2)
    ])
    let early = try #require(
      Comparison(projection, guideline: guideline, area: .municipality("Shiken"), year: 2021))
    let waiting = try #require(early.options.first)
    #expect(waiting.costToHorizon == 3_190_000)
    #expect(!waiting.isInEffect)
    #expect(waiting.reached == 0 && waiting.netHours == 0)
    #expect(abs(waiting.unreachedElderly - 403.2) < 1e-9)
    #expect(early.verdict.winner == nil && early.verdict.reason == .notYetInEffect)
    #expect(early.verdict.year == 2021)
    let later = try #require(
      Comparison(projection, guideline: guideline, area: .municipality("試験町"), year: 2022))
    #expect(later.options.first?.reached == 1_000 && later.options.first?.netHours == 50)
    #expect(later.verdict.winner?.id == "a")
  }

  /// Both reach everyone in 2020: c = 1,000,000/1,000 = 1,000 and 1,050,000/1,000 = 1,050;
  /// 1,050 ≤ 1,000 × 1.1, a tie, won by the 200 hours against 100: 100 more, with the
  /// 10% tie the words cite. With a 1% tie the cheaper wins on cost.
  @Test("costs within the tie go to the most hours freed; the tie is settable")
  func tieGoesToHours() throws {
    let options = [
      option(
        "cheap", .analog, cost: OptionCost(initial: 1_000_000, yearly: 0),
        savings: .hoursPerYear(100)),
      option(
        "busy", .digital, cost: OptionCost(initial: 1_050_000, yearly: 0),
        savings: .hoursPerYear(200)),
    ]
    let (projection, guideline) = town(options)
    let tied = try #require(Comparison(projection, guideline: guideline, area: .region, year: 2020))
    #expect(tied.verdict.winner?.id == "busy")
    #expect(tied.verdict.reason == .mostHours)
    #expect(tied.verdict.rival?.id == "cheap")
    #expect(tied.verdict.extraHours == 100)
    #expect(tied.verdict.rule.costTie == 0.1)
    #expect(tied.verdict.winner?.worksInDisaster == false)
    let (strict, same) = town(options, rule: VerdictRule(costTie: 0.01))
    let apart = try #require(Comparison(strict, guideline: same, year: 2020))
    #expect(apart.verdict.winner?.id == "cheap")
    #expect(apart.verdict.reason == .lowestCost)
  }

  /// 2020, P = 1,000, E = 400. Digital d: c = 1,000,000 / (600 × 0.5 + 400 × 0.25) =
  /// 2,500, cheapest against the analog's 3,000,000 / 1,000 = 3,000; but it leaves
  /// 400 × 0.75 = 300 aged 65+ out, 30% > 5%. It frees 30/60 × (600 × 0.5 + 400 × 0.25)
  /// = 200 h; the analog as fallback uses 60/60 × (600 × 0.1 × 0.5 + 400 × 0.5 × 0.75)
  /// = 30 + 150 = 180 h. Net 20 ≥ 0: the hybrid, reaching everyone, wins.
  @Test("a hybrid is put together when the digital option's hours pay for the fallback")
  func hybridPaysForItself() throws {
    let digital = option(
      "d", .digital, cost: OptionCost(initial: 1_000_000, yearly: 0),
      savings: .perCase(
        minutes: 30, casesPer1000: 1000, uptake: Reach(under65: 0.5, elderly: 0.25)),
      reach: Reach(under65: 0.5, elderly: 0.25))
    let analog = option(
      "a", .analog, cost: OptionCost(initial: 3_000_000, yearly: 0),
      savings: .perCase(minutes: -60, casesPer1000: 1000, uptake: Reach(under65: 0.1, elderly: 0.5))
    )
    let (projection, guideline) = town([digital, analog])
    let comparison = try #require(Comparison(projection, guideline: guideline, year: 2020))
    #expect(comparison.verdict.cheapest?.id == "d")
    let hybrid = try #require(comparison.verdict.winner)
    #expect(hybrid.id == "d+a")
    #expect(comparison.verdict.reason == .hybridPaysForItself)
    #expect(abs(hybrid.ownHours - 200) < 1e-9)
    #expect(abs((hybrid.fallbackHours ?? 0) + 180) < 1e-9)
    #expect(abs(hybrid.netHours - 20) < 1e-9)
    #expect(hybrid.reached == 1_000 && hybrid.costToHorizon == 4_000_000)
    #expect(hybrid.approach == .hybrid)

    // A hybrid the scenario lists itself stops AizuSim putting one together.
    let listed = option("both", .hybrid, cost: OptionCost(initial: 5_000_000, yearly: 0))
    let (other, withHybrid) = town([digital, analog, listed])
    let own = try #require(Comparison(other, guideline: withHybrid, year: 2020))
    #expect(own.hybrids.isEmpty)
    #expect(own.verdict.winner?.id == "a")
    #expect(own.verdict.reason == .elderlyUnreached)
  }

  /// 2020: the digital option (c = 1,000,000 / (600 + 400 × 0.8) = 1,086.96) leaves
  /// 80 aged 65+ out (8%), the analog (c = 2,000,000 / (600 + 400 × 0.5) = 2,500) 200
  /// (20%): neither meets 5%. The hybrid would leave 400 × 0.2 × 0.5 = 40 (4%) but the
  /// digital option frees no hours to pay for it. The fewest left out: the digital, 80.
  @Test("when no option meets 指針9, the one leaving the fewest aged 65+ out")
  func fewestLeftOut() throws {
    let (projection, guideline) = town([
      option(
        "d", .digital, cost: OptionCost(initial: 1_000_000, yearly: 0),
        reach: Reach(under65: 1, elderly: 0.8)),
      option(
        "a", .analog, cost: OptionCost(initial: 2_000_000, yearly: 0),
        reach: Reach(under65: 1, elderly: 0.5)),
    ])
    let comparison = try #require(Comparison(projection, guideline: guideline, year: 2020))
    #expect(comparison.hybrids.map(\.id) == ["d+a"])
    #expect(abs((comparison.hybrids.first?.unreachedElderly ?? 0) - 40) < 1e-9)
    #expect(comparison.verdict.winner?.id == "d")
    #expect(comparison.verdict.reason == .fewestLeftOut)
    #expect(abs((comparison.verdict.winner?.unreachedElderly ?? 0) - 80) < 1e-9)
  }

  /// Each of the 13 municipalities adopts an option costing ¥1,000,000: the region pays
  /// 13,000,000 and reaches table 1's 239,190 residents in 2020, table 2's 179,610 in 2040.
  @Test("the region sums the municipalities, each adopting the option")
  func regionSums() throws {
    let guideline = Guideline(
      number: 1, title: LocalizedText(ja: "t", en: "t"), group: .administrative,
      options: [option("a", .analog, cost: OptionCost(initial: 1_000_000, yearly: 0))])
    var scenario = seedScenario()
    scenario.guidelines = [guideline]
    let projection = Projection(scenario, through: 2040)
    let region = try #require(Comparison(projection, guideline: guideline, year: 2020))
    #expect(region.options.first?.costToHorizon == 13_000_000)
    #expect(region.options.first?.reached == 239_190)
    let later = try #require(Comparison(projection, guideline: guideline, year: 2040))
    #expect(abs((later.options.first?.reached ?? 0) - 179_610) < 1e-6)
    #expect(Comparison(projection, guideline: guideline, year: 2019) == nil)
    #expect(
      Comparison(projection, guideline: guideline, area: .municipality("Aizu"), year: 2030) == nil)
  }
}
