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

  /// 指針18 in 会津若松市 in 2030: P = 106,021.648733, E = 34,049.922098 (ProjectionTests),
  /// P − E = 71,971.726635.
  /// Floor tape, in effect from 2020: C = 300,000 + 30,000 × 21 = 930,000; R = P;
  /// c = 930,000 / 106,021.648733 = 8.771793; hours = 1/60 × 500/1,000 × P = 883.513739.
  /// QR app, in effect from 2021: C = 3,000,000 + 300,000 × 20 = 9,000,000;
  /// R = 71,971.726635 × 0.5 + 34,049.922098 × 0.15 = 41,093.351632; c = 219.013530;
  /// 65+ unreached 34,049.922098 × 0.85 = 28,942.433783.
  /// The tape is cheapest (219.01 is not within 10% of 8.77) and reaches everyone:
  /// analog, by the lowest cost per resident reached, 219.01 / 8.77 = 24.97 → "1/25".
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
    #expect(abs(app.reached - 41_093.351_632) < 1e-6)
    #expect(abs((app.costPerReached ?? 0) - 219.013_530) < 1e-6)
    #expect(abs(app.unreachedElderly - 28_942.433_783) < 1e-6)
    #expect(comparison.verdict.winner?.id == "floor_tape")
    #expect(comparison.verdict.reason == .lowestCost)
    #expect(comparison.status(of: app) == .notAlone)
    #expect(
      comparison.verdict.sentence(in: .ja)
        == "アナログ（床の色テープ）で十分: 全員に届き、住民1人に届く費用はQR コードとアプリの庁舎案内の約 1/25。")
    #expect(
      comparison.verdict.sentence(in: .en)
        == "Analog (coloured floor tape) is enough: it reaches everyone, at about 1/25 of the cost per resident reached of town-hall guidance by QR code and app."
    )
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
    #expect(
      comparison.verdict.sentence(in: .ja)
        == "デジタル（文書の電子化と電子決裁）がよい: 全員に届き、住民1人に届く費用は紙のファイリングシステムより約12%安い。停電や通信障害の時は使えない。")
  }

  /// 指針1 in 会津若松市 in 2030. Online, from 2021: C = 2,000,000 + 500,000 × 20 =
  /// 12,000,000; R = 71,971.726635 × 0.7 + 34,049.922098 × 0.2 = 57,190.193064;
  /// c = 209.826184. Visits, from 2020: C = 3,000,000 + 1,500,000 × 21 = 34,500,000;
  /// R = P; c = 325.405240. Online is cheapest but leaves 34,049.922098 × 0.8 =
  /// 27,239.937678 aged 65+ unreached, 25.7% of residents > 5%: not alone (指針9).
  /// Online + visits as fallback: online frees 20/60 × 57,190.193064 = 19,063.397688 h;
  /// the visits, for those online misses, use 71,971.726635 × 0.02 × 0.3 +
  /// 34,049.922098 × 0.25 × 0.8 = 431.830360 + 6,809.984420 = 7,241.814780 h.
  /// Net 11,821.582908 ≥ 0 and everyone reached: the hybrid pays for itself.
  @Test("the digital divide makes online applications with visits the answer")
  func hybridForTheDivide() throws {
    let comparison = try compared(1, "会津若松市", 2030)
    let online = try figures(comparison, "online")
    #expect(online.costToHorizon == 12_000_000)
    #expect(abs(online.reached - 57_190.193_064) < 1e-6)
    #expect(abs((online.costPerReached ?? 0) - 209.826_184) < 1e-6)
    #expect(abs(((try figures(comparison, "visits")).costPerReached ?? 0) - 325.405_240) < 1e-6)
    #expect(abs(online.unreachedElderly - 27_239.937_678) < 1e-6)
    #expect(comparison.verdict.cheapest?.id == "online")
    let both = try figures(comparison, "online+visits")
    #expect(abs(both.ownHours - 19_063.397_688) < 1e-6)
    #expect(abs((both.fallbackHours ?? 0) + 7_241.814_780) < 1e-6)
    #expect(abs(both.netHours - 11_821.582_908) < 1e-6)
    #expect(both.costToHorizon == 46_500_000)
    #expect(both.unreachedElderly == 0)
    #expect(comparison.verdict.winner?.id == "online+visits")
    #expect(comparison.verdict.reason == .hybridPaysForItself)
    #expect(
      comparison.verdict.sentence(in: .ja)
        == "併用（オンライン申請＋窓口と出張・訪問）がよい: オンライン申請だけでは65歳以上の住民27,240人に届かない（指針9）。オンライン申請で浮く職員の時間（年19,063時間）で、窓口と出張・訪問に要る時間（年7,242時間）をまかなえる。"
    )
  }

  /// 指針1 in 金山町. 2025: P = 1,998 × (984/1,998)^¼ = 1,673.768489, 65+ share
  /// 1,201/1,998 + 0.016 = 0.617101, E = 1,032.884378, P − E = 640.884112. Online
  /// reaches 640.884112 × 0.7 + 1,032.884378 × 0.2 = 655.195754 (c = ¥18,315 < visits'
  /// ¥20,612) and frees 655.195754 / 3 = 218.398585 h; the visits as fallback use
  /// 640.884112 × 0.006 + 1,032.884378 × 0.2 = 210.422180 h: net 7.976404, it pays.
  /// 2040: P = 984, share 0.665101, E = 654.459483, P − E = 329.540517. Online reaches
  /// 361.570258, frees 120.523419 h; the visits use 1.977243 + 130.891897 = 132.869140 h:
  /// net −12.345720, it does not pay, so the best option meeting 指針9 wins: the visits.
  @Test("金山町 ages: online with visits in 2025, the counter and visits alone in 2040")
  func verdictFlips() throws {
    let early = try compared(1, "金山町", 2025)
    let late = try compared(1, "Kaneyama", 2040)
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
    #expect(
      why.ja
        == "2025年は併用（オンライン申請＋窓口と出張・訪問）だった。2025年から2040年に65歳以上の割合が61.7%から66.5%に上がり、オンライン申請で浮く時間（年121時間）では、窓口と出張・訪問に要る時間（年133時間）をまかなえない。"
    )
    #expect(
      why.en
        == "In 2025 the verdict was both (online applications + counter and home visits). From 2025 to 2040 the share of residents aged 65+ rises from 61.7% to 66.5%, and the 121 staff hours a year freed by online applications do not pay for the 133 needed by counter and home visits."
    )
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
