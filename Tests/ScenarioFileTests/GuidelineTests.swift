import ScenarioFile
import SeedData
import Simulation
import Testing

/// The built-in scenario's 18 guidelines and the verdicts its figures give, worked by
/// hand (docs/model.md, "Guidelines and options" and "Verdict").
@Suite("The 18 guidelines and their verdicts")
struct GuidelineTests {
  let scenario: Scenario
  let projection: Projection

  init() throws {
    scenario = try Fixtures.builtin().1
    projection = Projection(scenario, through: 2040)
  }

  func compared(_ number: Int, _ municipality: String, _ year: Int) throws -> Comparison {
    let guideline = try #require(scenario.guideline(number))
    return try #require(
      Comparison(projection, guideline: guideline, area: .municipality(municipality), year: year))
  }

  func figures(_ comparison: Comparison, _ id: String) throws -> OptionFigures {
    try #require((comparison.options + comparison.hybrids).first { $0.id == id })
  }

  @Test("the built-in scenario lists 指針1–18 with the seed's titles and groups")
  func titles() {
    #expect(scenario.guidelines.map(\.number) == Array(1...18))
    #expect(scenario.guidelines.map(\.title.ja) == Seed.guidelineTitles)
    #expect(scenario.guidelines.allSatisfy { !$0.title.en.isEmpty })
    #expect(
      scenario.guidelines.filter { $0.group == .administrative }.map(\.number) == Array(1...9))
    #expect(scenario.guidelines.filter { $0.group == .community }.map(\.number) == Array(10...18))
  }

  @Test("every guideline has at least one analog and one digital option", arguments: 1...18)
  func analogAndDigital(number: Int) throws {
    let guideline = try #require(scenario.guideline(number))
    #expect(guideline.options.contains { $0.approach == .analog })
    #expect(guideline.options.contains { $0.approach == .digital })
    #expect(guideline.options.allSatisfy { !$0.note.isEmpty })
  }

  /// 指針18 in 会津若松市 in 2030: P = 106,021.648733, E = 36,422.753039 (ProjectionTests),
  /// P − E = 69,598.895694.
  /// Floor tape, in effect from 2020: C = 300,000 + 30,000 × 21 = 930,000; R = P;
  /// c = 930,000 / 106,021.648733 = 8.771793; hours = 1/60 × 500/1,000 × P = 883.513739.
  /// QR app, in effect from 2021: C = 3,000,000 + 300,000 × 20 = 9,000,000;
  /// R = 69,598.895694 × 0.5 + 36,422.753039 × 0.15 = 40,262.860803; c = 223.531061;
  /// 65+ unreached 36,422.753039 × 0.85 = 30,959.340083.
  /// The tape is cheapest (223.53 is not within 10% of 8.77) and reaches everyone:
  /// analog, by the lowest cost per resident reached, 223.53 / 8.77 = 25.48 → "1/25".
  @Test("floor tape beats the QR-code app: analog, a 25th of the cost per resident reached")
  func tapeVersusApp() throws {
    let comparison = try compared(18, "会津若松市", 2030)
    let tape = try figures(comparison, "floor_tape")
    let app = try figures(comparison, "qr_app")
    #expect(tape.costToHorizon == 930_000)
    #expect(abs(tape.reached - 106_021.648_733) < 1e-6)
    #expect(abs((tape.costPerReached ?? 0) - 8.771_793) < 1e-6)
    #expect(abs(tape.netHours - 883.513_739) < 1e-6)
    #expect(app.costToHorizon == 9_000_000)
    #expect(abs(app.reached - 40_262.860_803) < 1e-6)
    #expect(abs((app.costPerReached ?? 0) - 223.531_061) < 1e-6)
    #expect(abs(app.unreachedElderly - 30_959.340_083) < 1e-6)
    #expect(comparison.verdict.winner?.id == "floor_tape")
    #expect(comparison.verdict.reason == .lowestCost)
    #expect(comparison.status(of: app) == .notAlone)
    #expect(comparison.verdict.rival?.id == "qr_app")
    #expect(abs((comparison.verdict.costRatio ?? 0) - 223.531_061 / 8.771_793) < 1e-5)
    #expect(tape.unreached < 0.5)
  }

  /// 指針4 in 会津若松市 in 2030. Both options serve everyone (R = P = 106,021.648733).
  /// Electronic records, in effect from 2022: C = 8,000,000 + 600,000 × 19 = 19,400,000,
  /// c = 182.981497. Paper filing, from 2021: C = 2,000,000 + 1,000,000 × 20 = 22,000,000,
  /// c = 207.504790. 207.50 / 182.98 = 1.134, more than the 10% tie: digital wins on cost,
  /// about 1 − 1/1.134 = 12% less per resident reached.
  @Test("electronic records cost less than paper filing: digital wins")
  func digitalWins() throws {
    let comparison = try compared(4, "会津若松市", 2030)
    let records = try figures(comparison, "electronic_records")
    let paper = try figures(comparison, "paper_filing")
    #expect(records.costToHorizon == 19_400_000)
    #expect(paper.costToHorizon == 22_000_000)
    #expect(abs((records.costPerReached ?? 0) - 182.981_497) < 1e-6)
    #expect(abs((paper.costPerReached ?? 0) - 207.504_790) < 1e-6)
    #expect(comparison.verdict.winner?.id == "electronic_records")
    #expect(comparison.verdict.reason == .lowestCost)
    #expect(comparison.verdict.rival?.id == "paper_filing")
    #expect(abs((comparison.verdict.costRatio ?? 0) - 207.504_790 / 182.981_497) < 1e-6)
    #expect(records.worksInDisaster == false)
  }

  /// 指針1 in 会津若松市 in 2030. Online, from 2021: C = 2,000,000 + 500,000 × 20 =
  /// 12,000,000; R = 69,598.895694 × 0.7 + 36,422.753039 × 0.2 = 56,003.777594;
  /// c = 214.271260. Visits, from 2020: C = 3,000,000 + 1,500,000 × 21 = 34,500,000;
  /// R = P; c = 325.405240. Online is cheapest but leaves 36,422.753039 × 0.8 =
  /// 29,138.202431 aged 65+ unreached, 27.5% of residents > 5%: not alone (指針9).
  /// Online + visits as fallback: online frees 20/60 × 56,003.777594 = 18,667.925865 h;
  /// the visits, for those online misses, use 69,598.895694 × 0.02 × 0.3 +
  /// 36,422.753039 × 0.25 × 0.8 = 417.593374 + 7,284.550608 = 7,702.143982 h.
  /// Net 10,965.781883 ≥ 0 and everyone reached: the hybrid pays for itself.
  @Test("the digital divide makes online applications with visits the answer")
  func hybridForTheDivide() throws {
    let comparison = try compared(1, "会津若松市", 2030)
    let online = try figures(comparison, "online")
    #expect(online.costToHorizon == 12_000_000)
    #expect(abs(online.reached - 56_003.777_594) < 1e-6)
    #expect(abs((online.costPerReached ?? 0) - 214.271_260) < 1e-6)
    #expect(abs(((try figures(comparison, "visits")).costPerReached ?? 0) - 325.405_240) < 1e-6)
    #expect(abs(online.unreachedElderly - 29_138.202_431) < 1e-6)
    #expect(comparison.verdict.cheapest?.id == "online")
    let both = try figures(comparison, "online+visits")
    #expect(abs(both.ownHours - 18_667.925_865) < 1e-6)
    #expect(abs((both.fallbackHours ?? 0) + 7_702.143_982) < 1e-6)
    #expect(abs(both.netHours - 10_965.781_883) < 1e-6)
    #expect(both.costToHorizon == 46_500_000)
    #expect(both.unreachedElderly == 0)
    #expect(comparison.verdict.winner?.id == "online+visits")
    #expect(comparison.verdict.reason == .hybridPaysForItself)
    #expect(comparison.verdict.rival?.id == "online")
    #expect(both.paysForItself)
  }

  /// 指針1 in 金山町 with IPSS 2023's projection, where the 65+ share falls (1,134/1,862 =
  /// 60.9% in 2020, 553/984 = 56.2% in 2040). 2025: P = 1,998 × (984/1,998)^¼ = 1,673.768489,
  /// share 1,201/1,998 + (965/1,573 − 1,134/1,862) = 0.601101 + 0.004454 = 0.605556,
  /// E = 1,013.560512, P − E = 660.207978. Online reaches 660.207978 × 0.7 + 1,013.560512 ×
  /// 0.2 = 664.857687 and frees 221.619229 h; the visits as fallback use 660.207978 × 0.006 +
  /// 1,013.560512 × 0.2 = 206.673350 h: net 14.945879, it pays.
  /// 2040: P = 984, share 0.601101 + (553/984 − 1,134/1,862) = 0.554070, E = 545.205288,
  /// P − E = 438.794712. Online reaches 416.197356, frees 138.732452 h; the visits use
  /// 2.632768 + 109.041058 = 111.673826 h: net 27.058626, it still pays. Same verdict.
  @Test("金山町 with its own projection: online with visits in 2025 and in 2040")
  func verdictHolds() throws {
    let early = try compared(1, "金山町", 2025)
    let late = try compared(1, "Kaneyama", 2040)
    #expect(abs(early.elderlyShare - 0.605_555_976) < 1e-6)
    #expect(abs(late.elderlyShare - 0.554_070_415) < 1e-6)
    let before = try figures(early, "online+visits")
    #expect(abs(before.ownHours - 221.619_229) < 1e-6)
    #expect(abs((before.fallbackHours ?? 0) + 206.673_350) < 1e-6)
    let after = try figures(late, "online+visits")
    #expect(abs(after.ownHours - 138.732_452) < 1e-6)
    #expect(abs((after.fallbackHours ?? 0) + 111.673_826) < 1e-6)
    #expect(abs(after.netHours - 27.058_626) < 1e-6)
    #expect(early.verdict.winner?.id == "online+visits")
    #expect(late.verdict.winner?.id == "online+visits")
    #expect(late.verdict.reason == .hybridPaysForItself)
    #expect(late.change(since: early) == nil)
  }

  /// The same under the national rule (the what-if `elderly_rise = "national"`), where the
  /// share rises as the country's does. 2025: P = 1,673.768489, 65+ share
  /// 1,201/1,998 + 0.016 = 0.617101, E = 1,032.884378, P − E = 640.884112. Online
  /// reaches 640.884112 × 0.7 + 1,032.884378 × 0.2 = 655.195754 (c = ¥18,315 < visits'
  /// ¥20,612) and frees 655.195754 / 3 = 218.398585 h; the visits as fallback use
  /// 640.884112 × 0.006 + 1,032.884378 × 0.2 = 210.422180 h: net 7.976404, it pays.
  /// 2040: P = 984, share 0.665101, E = 654.459483, P − E = 329.540517. Online reaches
  /// 361.570258, frees 120.523419 h; the visits use 1.977243 + 130.891897 = 132.869140 h:
  /// net −12.345720, it does not pay, so the best option meeting 指針9 wins: the visits.
  @Test("金山町 by the national rule: online with visits in 2025, visits alone in 2040")
  func verdictFlips() throws {
    var national = scenario
    national.model.elderlyRise = .national
    let projection = Projection(national, through: 2040)
    let guideline = try #require(national.guideline(1))
    let early = try #require(
      Comparison(projection, guideline: guideline, area: .municipality("金山町"), year: 2025))
    let late = try #require(
      Comparison(projection, guideline: guideline, area: .municipality("Kaneyama"), year: 2040))
    #expect(abs(early.elderlyShare - 0.617_101) < 1e-6)
    let before = try figures(early, "online+visits")
    #expect(abs(before.ownHours - 218.398_585) < 1e-6)
    #expect(abs((before.fallbackHours ?? 0) + 210.422_180) < 1e-6)
    #expect(early.verdict.winner?.id == "online+visits")
    #expect(early.verdict.reason == .hybridPaysForItself)

    let after = try figures(late, "online+visits")
    #expect(abs(after.ownHours - 120.523_419) < 1e-6)
    #expect(abs((after.fallbackHours ?? 0) + 132.869_140) < 1e-6)
    #expect(!after.paysForItself)
    #expect(late.verdict.cheapest?.id == "online")
    #expect(late.verdict.winner?.id == "visits")
    #expect(late.verdict.reason == .elderlyUnreached)
    #expect(late.referenceYear == 2025)
    let why = try #require(late.change(since: early))
    #expect(why.earlierYear == 2025 && why.year == 2040)
    #expect(why.earlierWinner.id == "online+visits")
    #expect(abs(why.earlierElderlyShare - 0.617_101) < 1e-6)
    #expect(abs(why.elderlyShare - 0.665_101) < 1e-6)
    #expect(why.cause == .hybridDoesNotPay(after))
    #expect(early.change(since: early) == nil)
  }

  @Test("option figures are assumptions of the built-in file, or cite the seed")
  func provenance() {
    #expect(
      scenario.provenance["guidelines.18.options.floor_tape.initial_cost_yen"]
        == .assumption(name: "guidelines.18.options.floor_tape.initial_cost_yen"))
    #expect(
      scenario.provenance["guidelines.1.options.online.reach.elderly"]
        == .assumption(name: "guidelines.1.options.online.reach.elderly"))
    #expect(
      scenario.provenance["guidelines.12.options.pilot.initial_cost_yen"]
        == .source(id: "nikkei2023"))
    #expect(
      scenario.provenance["guidelines.8.options.spreadsheet.savings.hours"]
        == .source(id: "kusanone"))
  }

  @Test("the verdict's thresholds are listed as assumptions")
  func thresholds() throws {
    #expect(
      scenario.verdictRule
        == VerdictRule(maxUnreachedElderly: 0.05, costTie: 0.1, referenceYear: 2025))
    let limit = try #require(
      scenario.assumptions.first { $0.name == "verdict.max_unreached_elderly" })
    #expect(limit.value == "0.05")
    #expect(limit.unit.en == "share of residents aged 65+")
    #expect(limit.origin.hasPrefix("aizu (built in):"))
    #expect(limit.note.en.contains("指針9"))
    let reference = try #require(scenario.assumptions.first { $0.name == "verdict.reference_year" })
    #expect(reference.source == "guidelines2022")
  }

  @Test("an option may state its savings in minutes a year, as a measure may")
  func optionInMinutes() throws {
    let (changed, diagnostics) = try Fixtures.load("whatif-option-minutes.toml")
    #expect(diagnostics.isEmpty)
    let s = try #require(changed)
    let macros = try #require(s.guideline(8)?.option("macros"))
    #expect(macros.savings == .hoursPerYear(40))
  }

  @Test("a what-if changes one figure of an option and keeps the rest")
  func whatIf() throws {
    let (changed, diagnostics) = try Fixtures.load("whatif-online-reach.toml")
    #expect(diagnostics.isEmpty)
    let s = try #require(changed)
    let online = try #require(s.guideline(1)?.option("online"))
    #expect(online.reach == Reach(under65: 0.7, elderly: 0.6))
    #expect(
      online.savings
        == .perCase(minutes: 20, casesPer1000: 1000, uptake: Reach(under65: 0.7, elderly: 0.6)))
    #expect(
      s.provenance["guidelines.1.options.online.reach.elderly"]
        == .file(location: "whatif-online-reach.toml:6:11"))
    #expect(
      s.provenance["guidelines.1.options.online.reach.under65"]
        == .assumption(name: "guidelines.1.options.online.reach.under65"))
    #expect(s.verdictRule.maxUnreachedElderly == 0.1)
  }
}
