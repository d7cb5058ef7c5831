import Bilingual
import Rendering
import Simulation
import Testing

@testable import Shell

/// `compare` and `guidelines` on the built-in scenario. The figures are worked by hand
/// in `ScenarioFileTests/GuidelineTests.swift` and docs/model.md, "Verdict".
@Suite("compare and guidelines weigh the options and say why")
struct GuidelineCommandTests {
  /// 指針18, 会津若松市, 2030: tape C = 930,000, R = P = 106,021.648733, c = 8.771793,
  /// 883.5 hours; QR app C = 9,000,000, R = 40,262.860803, c = 223.531061, 30,959.34
  /// aged 65+ unreached (29.2% of residents), 1/60 × 0.5 × R = 335.5 hours: not alone;
  /// the tape is recommended. (The tape's R is (P − E) + E, so its last digits move with E.)
  @Test("compare in CSV has the issue's fields, at full precision")
  func compareCSV() throws {
    var shell = try makeShell()
    let outcome = shell.execute("compare 18 会津若松市 2030 --format csv")
    #expect(outcome.status == .success)
    #expect(
      outcome.output == """
        guideline,option,kind,municipality,year,reached,unreached_elderly,cost_to_horizon_yen,cost_per_reached_yen,net_staff_hours,works_in_disaster,verdict,scenario
        18,qr_app,digital,会津若松市,2030,40262.86080285649,30959.340082769788,9000000,223.53106114510086,335.5238400238041,false,not_alone,aizu
        18,floor_tape,analog,会津若松市,2030,106021.64873269986,0,930000,8.77179341310473,883.5137394391655,true,recommended,aizu

        """)
  }

  /// 指針1, 金山町, 2040, with IPSS 2023's projection (65+ share 55.4%): online frees 138.7
  /// hours, the visits as its fallback need 111.7: online + visits pays, as in 2025, and
  /// compare has no change to explain.
  /// By the national rule (`set elderly_rise national`, 65+ share 66.5%): online reaches
  /// 361.57 and frees 120.52 hours; the visits as its fallback need 132.87, so online +
  /// visits does not pay (net −12.35); online alone leaves 523.57 aged 65+ out (80% of
  /// them): the counter and visits. In 2025 (the reference year) online + visits paid for
  /// itself (218.4 ≥ 210.4 hours). (GuidelineTests works both by hand.)
  @Test("compare says in the shell's language why 金山町's verdict changed since 2025")
  func compareExplainsChange() throws {
    var shell = try makeShell(language: .ja)
    let own = shell.execute("compare 1 金山町 2040").output
    #expect(
      own.contains(
        "併用（オンライン申請＋窓口と出張・訪問）がよい: オンライン申請だけでは65歳以上の住民436人に届かない（指針9）。オンライン申請で浮く職員の時間（年139時間）で、窓口と出張・訪問に要る時間（年112時間）をまかなえる。"
      ))
    #expect(!own.contains("2025年は"))
    #expect(shell.execute("set elderly_rise national").status == .success)
    let output = shell.execute("compare 1 金山町 2040").output
    let lines = output.split(separator: "\n").map(String.init)
    #expect(lines.first == "指針1 業務効率化と住民サービスの充実 — 金山町 Kaneyama, 2040 (R22)")
    #expect(
      lines.contains {
        $0.hasPrefix(
          "窓口と出張・訪問                  アナログ     984           0             0  34,500,000")
      })
    #expect(
      lines.contains(
        "アナログ（窓口と出張・訪問）がよい: 住民1人に届く費用が最も安いオンライン申請だけでは65歳以上の住民524人（65歳以上の80%）に届かない（指針9）。オンライン申請で浮く時間（年121時間）では、窓口と出張・訪問に要る時間（年133時間）をまかなえない。"
      ))
    #expect(
      lines.contains(
        "2025年は併用（オンライン申請＋窓口と出張・訪問）だった。2025年から2040年に65歳以上の割合が61.7%から66.5%に上がり、オンライン申請で浮く時間（年121時間）では、窓口と出張・訪問に要る時間（年133時間）をまかなえない。"
      ))
    let same = shell.execute("compare 1 金山町 2025").output
    #expect(same.contains("併用（オンライン申請＋窓口と出張・訪問）がよい"))
    #expect(!same.contains("2025年は"))
  }

  @Test("compare all marks the verdicts that differ from the reference year's")
  func compareAll() throws {
    var shell = try makeShell()
    let output = shell.execute("compare all 2040").output
    #expect(
      output.hasPrefix(
        "Verdicts by guideline — 2040 (R22)\nMunicipality              Digital  Analog"))
    #expect(output.contains("\n金山町 Kaneyama           4 8 14   2 3 5-7 9-13 16-18  1 15\n"))
    #expect(output.contains("\n会津地域 Aizu region      4 8 14   2 3 6 7 9-13 16-18  1 5 15\n"))
    #expect(!output.contains("differs"))
    let csv = shell.execute("compare all Kaneyama --format csv").output.split(separator: "\n")
    #expect(csv.first == "municipality,year,guideline,option,kind,reason,scenario")
    #expect(csv.count == 19)
    #expect(csv[1] == "金山町,2040,1,online+visits,hybrid,hybrid_pays_for_itself,aizu")
    // By the national rule 金山町's 65+ share rises to 66.5% and 指針1 turns to the visits.
    #expect(shell.execute("set elderly_rise national").status == .success)
    let national = shell.execute("compare all 2040").output
    #expect(
      national.contains(
        "\n金山町 Kaneyama           4 8 14   1* 2 3 5-7 9-13 16-18  15\n"))
    #expect(national.contains("* the verdict differs from 2025's (compare says why)"))
  }

  @Test("guidelines lists all 18 with their verdicts, for the region or a municipality")
  func guidelines() throws {
    var shell = try makeShell()
    let csv = shell.execute("guidelines Kaneyama --format csv").output.split(separator: "\n").map(
      String.init)
    #expect(csv.first == "guideline,title,group,municipality,year,option,kind,reason,scenario")
    #expect(csv.count == 19)
    #expect(
      csv[1]
        == "1,Efficient work and better service for residents,administrative,金山町,2040,online+visits,hybrid,hybrid_pays_for_itself,aizu"
    )
    #expect(
      csv[4]
        == "4,Good use of data and care of personal information,administrative,金山町,2040,electronic_records,digital,lowest_cost,aizu"
    )
    #expect(
      csv[18] == "18,Respect for diversity,community,金山町,2040,floor_tape,analog,lowest_cost,aizu")
    var japanese = try makeShell(language: .ja)
    let table = japanese.execute("guidelines 2030").output
    #expect(table.hasPrefix("18の指針 — 会津地域, 2030 (R12)\n指針  題名"))
    #expect(table.contains("\n  18  多様性の尊重  "))
    #expect(table.contains("  床の色テープ                        アナログ  住民1人に届く費用が最も安い\n"))
  }

  /// A lecturer's projector: 80 columns. Each table keeps its key, its verdict and the
  /// columns that decided it (for 指針18, the cost per resident reached), in one piece.
  @Test(
    "at 80 columns, compare and guidelines fit as one table with the verdict, in both languages",
    arguments: [
      (Language.ja, "compare 18 会津若松市 2030", ["方法", "1人あたり費用(円)", "判定", "推奨"]),
      (.en, "compare 18 会津若松市 2030", ["Option", "Yen per reached", "Verdict", "recommended"]),
      // The hybrid pays for itself: the staff hours decide.
      (.ja, "compare 1 金山町 2040", ["職員時間/年", "判定", "推奨"]),
      (.en, "compare 1 金山町 2040", ["Staff hours/yr", "Verdict", "recommended"]),
      (.ja, "guidelines 金山町 2040", ["指針", "判定", "名簿と地区担当による戸別の安否確認", "決め手"]),
      (
        .en, "guidelines 金山町 2040",
        ["No.", "Verdict", "door-to-door safety checks with a list and a person per district"]
      ),
      (.ja, "compare all 2040", ["デジタル", "アナログ", "併用", "2 3 5-7 9-13 16-18"]),
      (.en, "compare all 2040", ["Digital", "Analog", "Both"]),
    ])
  func fitsAProjector(language: Language, line: String, shown: [String]) throws {
    var shell = try makeShell(language: language)
    shell.session.measureWidth = { 80 }
    let output = shell.execute(line).output
    let lines = output.split(separator: "\n").map(String.init)
    #expect(lines.allSatisfy { displayWidth($0) <= 80 }, "\(output)")
    // One header and one rule under it: neither parts nor records.
    let rules = line.hasPrefix("guidelines") || line.hasPrefix("compare all") ? 2 : 1
    #expect(lines.filter { $0.hasPrefix("--") }.count == rules)
    #expect(!output.contains("-[ "))
    for text in shown { #expect(output.contains(text), "\(text)") }
  }

  @Test(
    "bad arguments get a message with a fix",
    arguments: [
      ("compare", "error: compare needs a guideline (compare 1 to compare 18, or compare all)\n"),
      (
        "compare 19",
        "error: unknown guideline '19' (the guidelines are numbered 1 to 18; `guidelines` lists them)\n"
      ),
      ("compare 1 2025..2040", "error: compare takes one year, not the range '2025..2040'\n"),
      (
        "compare 1 Showa Kaneyama",
        "error: compare takes one municipality (or none, for the region; `compare all` lists them all)\n"
      ),
      ("compare 1 Kaneyam", "error: unknown municipality 'Kaneyam' (did you mean 'Kaneyama'?)\n"),
      ("compare 1 2010", "error: 2010 is before the base year 2020\n"),
      (
        "compare 1 --yaer 2040", "error: unknown option '--yaer' for compare (see `help compare`)\n"
      ),
      (
        "guidelines Showa Kaneyama",
        "error: guidelines takes one municipality (or none, for the region)\n"
      ),
    ])
  func badArguments(line: String, message: String) throws {
    var shell = try makeShell()
    let outcome = shell.execute(line)
    #expect(outcome.status == .failure)
    #expect(outcome.errors == message)
  }

  @Test(
    "completion offers all and the guideline numbers, then municipalities and years",
    arguments: [
      ("compare ", ["all"] + (1...18).map(String.init)),
      ("compare 1", ["1", "10", "11", "12", "13", "14", "15", "16", "17", "18"]),
      ("compare a", ["all"]),
      ("compare 1 kane", ["Kaneyama"]),
      ("compare 1 金山町 20", ["2025", "2030", "2035", "2040", "2050"]),
      ("guidelines 昭", ["昭和村"]),
      ("help com", ["compare"]),
    ])
  func completion(line: String, expected: [String]) throws {
    #expect(try makeShell().completions(for: line).candidates == expected)
  }

  @Test("help explains compare with its usage and examples, in both languages")
  func help() throws {
    var shell = try makeShell()
    let english = shell.execute("help compare").output
    #expect(english.hasPrefix("usage: compare GUIDELINE|all [MUNICIPALITY] [YEAR]\n"))
    #expect(english.contains("\n  compare 1 金山町 2040\n"))
    #expect(
      shell.execute("help --lang ja guidelines").output.hasPrefix(
        "使い方: guidelines [MUNICIPALITY] [YEAR]\n"))
    #expect(
      shell.execute("help").output.contains(
        "  compare      Compare a guideline's analog and digital options\n"))
  }
}
