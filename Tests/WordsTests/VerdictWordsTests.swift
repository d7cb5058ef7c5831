import Bilingual
import Rendering
import ScenarioFile
import Simulation
import Testing

@testable import Words

/// The verdict's sentences, on verdicts whose figures are worked by hand in
/// `ScenarioFileTests/GuidelineTests.swift`, `SimulationTests/ComparisonTests.swift` and
/// docs/model.md, "Verdict". The model decides; these words only phrase its figures.
@Suite("The verdict in plain words")
struct VerdictWordsTests {
  let projection: Projection
  /// The same under the national rule for the 65+ share (the what-if `elderly_rise =
  /// national`), under which 金山町's 65+ share rises to 66.5% by 2040.
  let national: Projection

  init() throws {
    let source = try #require(ScenarioFile.builtin("aizu"))
    let (document, problems) = ScenarioFile.read(source) { _, _ in
      throw NoFile()
    }
    #expect(problems.isEmpty)
    let (decoded, more) = ScenarioFile.decode(try #require(document))
    #expect(more.isEmpty)
    var scenario = try #require(decoded)
    projection = Projection(scenario, through: 2040)
    scenario.model.elderlyRise = .national
    scenario.model.recruitmentPool = .underSixtyFive
    national = Projection(scenario, through: 2040)
  }

  struct NoFile: Error {}

  func compared(
    _ number: Int, _ municipality: String, _ year: Int, nationalRule: Bool = false
  ) throws -> Comparison {
    let projection = nationalRule ? national : projection
    let guideline = try #require(projection.scenario.guideline(number))
    return try #require(
      Comparison(projection, guideline: guideline, area: .municipality(municipality), year: year))
  }

  /// 指針18, 会津若松市, 2030: the tape reaches everyone at ¥8.77 a resident reached, the
  /// app's ¥223.53 (GuidelineTests) is 25.48 times that: "about 1/25".
  @Test("lowest cost, analog: enough, at about 1/N of the rival's cost")
  func tapeVersusApp() throws {
    let verdict = try compared(18, "会津若松市", 2030).verdict
    #expect(
      Words.Verdict.sentence(verdict).ja
        == "アナログ（床の色テープ）で十分: 全員に届き、住民1人に届く費用はQR コードとアプリの庁舎案内の約 1/25。")
    #expect(
      Words.Verdict.sentence(verdict).en
        == "Analog (coloured floor tape) is enough: it reaches everyone, at about 1/25 of the cost per resident reached of town-hall guidance by QR code and app."
    )
  }

  /// 指針18 for the region in 2020: the app takes effect in 2021, so it reaches nobody and
  /// has no cost per resident reached; the tape wins with nothing to set it against.
  @Test("lowest cost with no cost to compare: the sentence ends after whom it reaches")
  func nothingToCompare() throws {
    let guideline = try #require(projection.scenario.guideline(18))
    let verdict = try #require(Comparison(projection, guideline: guideline, year: 2020)).verdict
    #expect(verdict.costRatio == nil)
    #expect(Words.Verdict.sentence(verdict).ja == "アナログ（床の色テープ）で十分: 全員に届く。")
    #expect(
      Words.Verdict.sentence(verdict).en
        == "Analog (coloured floor tape) is enough: it reaches everyone.")
  }

  /// 指針4, 会津若松市, 2030: 207.50 / 182.98 = 1.134, under twice: 1 − 1/1.134 = 12% less.
  @Test("lowest cost, digital: best, a percentage less, and not in a disaster")
  func digitalWins() throws {
    let verdict = try compared(4, "会津若松市", 2030).verdict
    #expect(
      Words.Verdict.sentence(verdict).ja
        == "デジタル（文書の電子化と電子決裁）がよい: 全員に届き、住民1人に届く費用は紙のファイリングシステムより約12%安い。停電や通信障害の時は使えない。")
  }

  /// 指針1, 会津若松市, 2030 (GuidelineTests): online leaves 36,422.753039 × 0.8 = 29,138.20
  /// aged 65+ out; it frees 18,667.93 hours, the visits as its fallback use 7,702.14.
  @Test("a hybrid that pays for itself says whom the digital option misses and the hours")
  func hybridForTheDivide() throws {
    let verdict = try compared(1, "会津若松市", 2030).verdict
    #expect(
      Words.Verdict.sentence(verdict).ja
        == "併用（オンライン申請＋窓口と出張・訪問）がよい: オンライン申請だけでは65歳以上の住民29,138人に届かない（指針9）。オンライン申請で浮く職員の時間（年18,668時間）で、窓口と出張・訪問に要る時間（年7,702時間）をまかなえる。"
    )
  }

  /// 指針1, 金山町, under the national rule (SimulationTests/ComparisonTests): in 2040
  /// online leaves 523.57 aged 65+ (80%) out and frees 120.52 hours, fewer than the visits'
  /// 132.87; in 2025 (65+ share 61.71%) online + visits won; in 2040 the share is 66.51%.
  @Test("金山町 in 2040: the verdict, and why it changed since 2025, in both languages")
  func verdictFlips() throws {
    let early = try compared(1, "金山町", 2025, nationalRule: true)
    let late = try compared(1, "Kaneyama", 2040, nationalRule: true)
    #expect(
      Words.Verdict.sentence(late.verdict).ja
        == "アナログ（窓口と出張・訪問）がよい: 住民1人に届く費用が最も安いオンライン申請だけでは65歳以上の住民524人（65歳以上の80%）に届かない（指針9）。オンライン申請で浮く時間（年121時間）では、窓口と出張・訪問に要る時間（年133時間）をまかなえない。"
    )
    let why = Words.Verdict.change(try #require(late.change(since: early)))
    #expect(
      why.ja
        == "2025年は併用（オンライン申請＋窓口と出張・訪問）だった。2025年から2040年に65歳以上の割合が61.7%から66.5%に上がり、オンライン申請で浮く時間（年121時間）では、窓口と出張・訪問に要る時間（年133時間）をまかなえない。"
    )
    #expect(
      why.en
        == "In 2025 the verdict was both (online applications + counter and home visits). From 2025 to 2040 the share of residents aged 65+ rises from 61.7% to 66.5%, and the 121 staff hours a year freed by online applications do not pay for the 133 needed by counter and home visits."
    )
  }

  /// The other things an earlier winner can lack, on figures made up for the words: an
  /// option not in effect, one now leaving 8.04% of the 65+ out against a 5% limit, one
  /// whose cost per resident reached rose from ¥1,000 to ¥1,500 above the winner's
  /// ¥1,200, and a change of rule; and a share that falls.
  @Test("why a verdict changed, for each thing the earlier winner can lack")
  func causes() throws {
    let tape = figures(option("tape", .analog, initial: 0, hours: 0))
    let app = figures(option("app", .digital, initial: 0, hours: 0))
    func change(_ cause: Comparison.Change.Cause) -> LocalizedText {
      Words.Verdict.change(
        Comparison.Change(
          earlierYear: 2025, earlierWinner: tape, year: 2040, earlierElderlyShare: 0.4,
          elderlyShare: 0.3, cause: cause))
    }
    let opening = (
      ja: "2025年はアナログ（tape）だった。2025年から2040年に65歳以上の割合が40%から30%に下がり、",
      en:
        "In 2025 the verdict was analog (tape). From 2025 to 2040 the share of residents aged 65+ falls from 40% to 30%, and "
    )
    #expect(change(.notInEffect).ja == opening.ja + "tapeは使えない。")
    #expect(change(.notInEffect).en == opening.en + "tape is not in effect.")
    let unreached = change(.leavesElderlyUnreached(share: 0.0804, limit: 0.05))
    #expect(unreached.ja == opening.ja + "tapeだけでは65歳以上の住民の8%に届かず、5%を超える（指針9）。")
    #expect(
      unreached.en
        == opening.en
        + "tape alone would leave 8% of the residents aged 65+ unreached, above 5% (指針9).")
    let costs = change(.costsMore(from: 1_000, to: 1_500.4, winner: app, winnerCost: 1_200))
    #expect(costs.ja == opening.ja + "tapeの住民1人に届く費用が1,000円から1,500円になり、app（1,200円）より高くなる。")
    #expect(
      costs.en
        == opening.en
        + "tape costs ¥1,500 per resident reached instead of ¥1,000, more than app (¥1,200).")
    let rule = change(.ruleChanged(from: .lowestCost, to: .mostHours))
    #expect(rule.ja == opening.ja + "決め手が「住民1人に届く費用が最も安い」から「費用が同程度で職員時間が最多」に変わる。")
    #expect(
      rule.en
        == opening.en
        + "what decides changes from 'lowest cost per resident reached' to 'same cost, most staff hours freed'."
    )
  }

  /// 試験町 (SimulationTests/ComparisonTests.swift): two options reaching all 1,000
  /// residents at ¥1,000 and ¥1,050 each tie within 10%; the digital one frees 200 hours
  /// against 100.
  @Test("most hours: within the tie, and the hours more")
  func tieGoesToHours() throws {
    let (projection, guideline) = town([
      option("cheap", .analog, initial: 1_000_000, hours: 100),
      option("busy", .digital, initial: 1_050_000, hours: 200),
    ])
    let tied = try #require(Comparison(projection, guideline: guideline, year: 2020))
    #expect(
      Words.Verdict.sentence(tied.verdict).en
        == "Digital (busy) is best: its cost per resident reached is within 10% of that of cheap, and it frees 100 more staff hours a year. It does not work when power or the network is down."
    )
  }

  @Test("no option in effect yet: the year, and no verdict")
  func notYetInEffect() throws {
    let (projection, guideline) = town([option("a", .analog, initial: 0, hours: 0, lead: 2)])
    let early = try #require(Comparison(projection, guideline: guideline, year: 2021))
    #expect(Words.Verdict.sentence(early.verdict).ja == "2021年にはまだどの方法も始まっていない。")
    #expect(Words.Verdict.sentence(early.verdict).en == "No option is in effect yet in 2021.")
  }

  /// One word per kind, in tables and sentences: `compare`, `guidelines` and `measures`
  /// said "Both" and "hybrid" for the same kind.
  @Test("one word per kind")
  func kinds() {
    #expect(Words.Verdict.kind(.digital) == LocalizedText(ja: "デジタル", en: "digital"))
    #expect(Words.Verdict.kind(.analog) == LocalizedText(ja: "アナログ", en: "analog"))
    #expect(Words.Verdict.kind(.hybrid) == LocalizedText(ja: "併用", en: "both"))
    #expect(Words.Verdict.kindHeading(.hybrid) == LocalizedText(ja: "併用", en: "Both"))
  }

  /// The rules name the `guidelines` column 決め手, which must leave room at 80 columns for
  /// the number (4), the option (34 for 指針3's in Japanese) and its kind (8), two apart.
  @Test("every rule and place in the verdict has words in both languages, short in Japanese")
  func labels() {
    for reason in Verdict.Reason.allCases {
      let words = Words.Verdict.reason(reason)
      #expect(!words.ja.isEmpty && !words.en.isEmpty)
      #expect(words.ja.unicodeScalars.allSatisfy { !($0.properties.isAlphabetic && $0.isASCII) })
      #expect(displayWidth(words.ja) <= 28, "\(reason)")
    }
    for status in Comparison.Status.allCases {
      #expect(!Words.Verdict.status(status).en.isEmpty)
    }
  }

  /// Words are written from computed values, which a scenario's ranges keep sensible but
  /// cannot keep finite in every case: a cost of 0 against 1e-15 yen gave a ratio of
  /// 3.2e22, beyond `Int`, and an infinite ratio looped for ever scaling it down.
  @Test("numbers in sentences never trap, whatever the value")
  func numbers() {
    #expect(Words.Verdict.whole(12_345.4) == "12,345")
    #expect(Words.Verdict.whole(-1_234.5) == "-1,235")
    #expect(Words.Verdict.whole(1e25) == "10,000,000,000,000,000,000,000,000")
    #expect(Words.Verdict.whole(.nan) == "nan")
    #expect(Words.Verdict.whole(.infinity) == "inf")
    #expect(Words.Verdict.share(0.617) == "61.7%")
    #expect(Words.Verdict.share(0.05) == "5%")
    #expect(Words.Verdict.share(-.infinity) == "-inf%")
    #expect(Words.Verdict.share(.nan) == "nan%")
    #expect(Words.Verdict.denominator(3.2) == "3")
    #expect(Words.Verdict.denominator(24.97) == "25")
    #expect(Words.Verdict.denominator(137) == "140")
    #expect(Words.Verdict.denominator(3.2e22) == "32,000,000,000,000,000,000,000")
    #expect(Words.Verdict.denominator(.infinity) == "inf")
    #expect(Words.Verdict.denominator(.nan) == "nan")
  }

  /// 試験町: 1,000 residents every year, 40% aged 65+ in 2020.
  func town(_ options: [ServiceOption]) -> (Projection, Guideline) {
    let municipality = Municipality(
      name: "試験町", romaji: "Shiken", population: YearSeries([2020: 1000]),
      elderlyShare: YearSeries([2020: 0.4]), staff: 20)
    let guideline = Guideline(
      number: 9, title: LocalizedText(ja: "試験", en: "test"), group: .administrative,
      options: options)
    let scenario = Scenario(
      name: "test", title: LocalizedText(ja: "試験", en: "test"),
      region: LocalizedText(ja: "地域", en: "region"),
      municipalities: [municipality], guidelines: [guideline])
    return (Projection(scenario, through: 2040), guideline)
  }

  /// `option`'s figures where 1,000 residents, 400 aged 65+, are all reached.
  func figures(_ option: ServiceOption) -> OptionFigures {
    OptionFigures(
      option: option, isInEffect: true, population: 1_000, elderly: 400, reached: 1_000,
      unreachedElderly: 0, costToHorizon: 0, netHours: 0,
      worksInDisaster: option.worksInDisaster)
  }

  func option(_ id: String, _ approach: Approach, initial: Double, hours: Double, lead: Int = 0)
    -> ServiceOption
  {
    ServiceOption(
      id: id, name: LocalizedText(ja: id, en: id), approach: approach,
      cost: OptionCost(initial: initial, yearly: 0), savings: .hoursPerYear(hours),
      reach: .everyone, worksInDisaster: approach == .analog, leadYears: lead)
  }
}
