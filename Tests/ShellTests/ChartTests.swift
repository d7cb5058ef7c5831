import Bilingual
import Foundation
import Rendering
import Testing

@testable import Shell

@Suite("chart draws lines over the years; bars compares the municipalities")
struct ChartTests {
  /// 昭和村 every year: 1,244 (table 1), √(1,244 × 650) = 899.22 in 2030, 650 (table 2).
  @Test("a line's values are the projection's, every year")
  func yearsOfOneMunicipality() throws {
    var shell = try makeShell()
    let csv = shell.execute("chart population 昭和村 --format csv").output.split(separator: "\n")
    #expect(csv.count == 22)
    #expect(csv[0] == "label,year,metric,value,scenario")
    #expect(csv[1] == "昭和村 Showa,2020,population,1244,aizu")
    #expect(csv[11] == "昭和村 Showa,2030,population,899.2218858546536,aizu")
    #expect(csv[21] == "昭和村 Showa,2040,population,650,aizu")
    let chart = shell.execute("chart population Showa --width 80").output.split(separator: "\n")
    #expect(chart[0] == "Population — 昭和村 Showa — 2020–2040")
    #expect(chart.last == "o 昭和村 Showa")
    #expect(chart.allSatisfy { displayWidth(String($0)) <= 80 })
  }

  /// 2040 is within IPSS's projection: the region's shortfall is −217.3 (ProjectionTests;
  /// docs/calibration.md), 磐梯町's +1.4; the region runs off the municipalities' scale.
  @Test("bars: a bar for each municipality, the region cut where it runs off their scale")
  func municipalitiesInOneYear() throws {
    var shell = try makeShell()
    let chart = shell.execute("bars shortfall 2040 --width 80").output.split(separator: "\n")
    #expect(chart.count == 19)  // title, 13 municipalities, the region, two notes of two lines
    #expect(chart[5].hasPrefix("磐梯町 Bandai^ ") && chart[5].hasSuffix("|#     1.4"))
    #expect(chart[14].hasPrefix("会津地域 Aizu region      <#") && chart[14].hasSuffix("|   -217.3"))
    let later = shell.execute("bars shortfall 2055").output.split(separator: "\n")
    #expect(later[5].hasPrefix("磐梯町 Bandai*^"))
    #expect(later[14].hasPrefix("会津地域 Aizu region*"))
  }

  /// 磐梯町 grows by 57 (3,500 in 2040, the town's hoped-for value, from 3,443 in 2020):
  /// too small for a column beside 会津若松市's −23,322, it still shows which side of zero.
  @Test("bars change: negative left of zero, positive right, a small change as a dot")
  func change() throws {
    var shell = try makeShell()
    let chart = shell.execute("bars change population 2020 2040 --width 80").output
      .split(separator: "\n")
    #expect(chart[0] == "Population — change 2020–2040")
    #expect(chart[1].hasPrefix("会津若松市 Aizuwakamatsu  ###") && chart[1].hasSuffix("|   -23,322"))
    #expect(chart[5].hasPrefix("磐梯町 Bandai^ ") && chart[5].hasSuffix("|.      +57"))
    #expect(chart[14].hasSuffix("|   -59,580"))
  }

  @Test(
    "bad arguments",
    arguments: [
      (
        "chart",
        "error: chart needs a metric (one of population, elderly, elderly_share, staff_supply, staff_demand, shortfall, staff_per_1000, facetime, facetime_per_elderly, facetime_index)\n"
      ),
      ("chart popul", "error: unknown metric 'popul' (did you mean 'population'?)\n"),
      (
        "chart shortfall 2040",
        "error: chart draws lines over the years, and '2040' is one year; bars shows the municipalities in one year (bars shortfall 2040)\n"
      ),
      (
        "chart population Showa Kaneyama Mishima Yanaizu Bandai Yugawa Kitakata",
        "error: chart tells at most 6 lines apart; got 7 (to compare them all: bars population 2040)\n"
      ),
      (
        "chart population --from 2040 --to 2030",
        "error: the first year, 2040, is after the last, 2030\n"
      ),
      (
        "bars change population 2040",
        "error: bars change needs two years, from and to; '2040' alone is not enough (bars change population 2020 2040)\n"
      ),
    ])
  func badArguments(line: String, message: String) throws {
    var shell = try makeShell()
    #expect(shell.execute(line).errors == message)
  }

  /// Each golden file is what the command printed when the file was recorded, read back
  /// character for character: braille lines, markers, axis labels and legend, in English
  /// and Japanese, at 80 and 120 columns (Tests/Golden/pictures).
  @Test(
    "charts render as their golden files",
    arguments: [
      ("chart-ja-80", Language.ja, "chart 高齢化率 会津若松市 金山町 昭和村 --width 80", 80),
      (
        "chart-en-120", .en,
        "chart elderly_share Aizuwakamatsu Kaneyama Showa --width 120 --wareki", 120
      ),
      ("chart-en-80", .en, "chart shortfall --width 80", 80),
      ("chart-ja-120", .ja, "chart 職員見込 昭和村 2040..2060 --width 120", 120),
      ("bars-en-80", .en, "bars change population 2020 2040 --width 80", 80),
      ("bars-ja-120", .ja, "bars shortfall 2040 --width 120", 120),
    ])
  func golden(name: String, language: Language, line: String, width: Int) throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../Golden/pictures/\(name).txt")
    let expected = try String(contentsOf: url, encoding: .utf8)
    var shell = try makeShell(language: language)
    let outcome = shell.execute(line)
    #expect(outcome.errors.isEmpty)
    #expect(outcome.output == expected)
    #expect(outcome.output.split(separator: "\n").allSatisfy { displayWidth(String($0)) <= width })
  }
}

@Suite("chart speaks both languages and shows shares as percentages")
struct ChartWordsTests {
  /// 2040 shares (docs/model.md, "Residents aged 65+"): 会津若松市 0.28916 + (0.40498 −
  /// 0.31394) = 0.38020, 金山町 0.55400, both from IPSS 2023's change (`~`); shown to one
  /// decimal as percentages. By the national rule 金山町 is 0.66510, an assumption (`*`).
  @Test("a share's bars and axis are labelled as percentages; CSV keeps the share")
  func percentages() throws {
    var shell = try makeShell()
    let chart = shell.execute("bars elderly_share 2040").output.split(separator: "\n")
    #expect(chart[0] == "65+ share — 2040 (R22)")
    #expect(chart[1].hasPrefix("会津若松市 Aizuwakamatsu~") && chart[1].hasSuffix("  38.0%"))
    #expect(chart[11].hasPrefix("金山町 Kaneyama~") && chart[11].hasSuffix("  55.4%"))
    let csv = shell.execute("bars elderly_share 2040 --format csv").output.split(separator: "\n")
    #expect(csv[1].hasPrefix("会津若松市 Aizuwakamatsu,2040,elderly_share,0.38020"))
    let lines = shell.execute("chart elderly_share Kaneyama --width 80").output
    #expect(lines.contains("\n60% |"))
    #expect(lines.contains("\n55% |"))
    _ = shell.execute("set elderly_rise national")
    let national = shell.execute("bars elderly_share 2040").output.split(separator: "\n")
    #expect(national[11].hasPrefix("金山町 Kaneyama*") && national[11].hasSuffix("  66.5%"))
  }

  @Test(
    "a metric named in Japanese is the same metric; programs read its English name",
    arguments: [
      ("chart 人口 昭和村", "chart population 昭和村"),
      ("chart 高齢化率 金山町", "chart elderly_share 金山町"),
      ("bars 不足 2040", "bars shortfall 2040"),
      ("chart 対面時間指数 2020..2040 Bandai", "chart facetime_index 2020..2040 Bandai"),
    ])
  func japaneseNames(japanese: String, english: String) throws {
    var shell = try makeShell()
    let chart = shell.execute(japanese)
    #expect(chart.errors.isEmpty)
    #expect(chart.output == shell.execute(english).output)
    #expect(
      shell.execute(japanese + " --format csv").output
        == shell.execute(english + " --format csv").output)
  }

  /// 金山町: 60.1% in 2020 (table 1), 55.4% in 2040 (IPSS 2023's change); the title and
  /// note in Japanese.
  @Test("in Japanese the title, the legend and the note are Japanese")
  func japanese() throws {
    var shell = try makeShell(language: .ja)
    let chart = shell.execute("chart 高齢化率 金山町 --width 80").output.split(separator: "\n")
    #expect(chart[0] == "高齢化率 (65歳以上の割合) — 金山町 Kaneyama — 2020–2040")
    #expect(chart[chart.count - 2] == "o 金山町 Kaneyama~")
    #expect(chart[chart.count - 1] == "~ 市町村の将来推計 (社人研2023年推計、age_bands) に基づく値")
    #expect(
      shell.execute("chart").errors.hasPrefix("エラー: chart には指標を指定します (指標は 人口 (population)、"))
  }

  @Test(
    "Tab completes metrics in both languages",
    arguments: [
      ("chart 高", ["高齢化率"]), ("chart 人", ["人口"]), ("chart el", ["elderly", "elderly_share"]),
      ("chart 対面", ["対面時間", "対面時間指数"]), ("bars ch", ["change"]),
      ("bars change 高", ["高齢化率"]), ("chart 高齢化率 金山町 --w", ["--wareki", "--width"]),
    ])
  func completion(line: String, expected: [String]) throws {
    #expect(try makeShell().completions(for: line).candidates == expected)
  }
}
