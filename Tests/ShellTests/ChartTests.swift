import Testing

@testable import Shell

@Suite("chart draws one metric as bars")
struct ChartTests {
  /// 昭和村 every 5 years: 1,244 (table 1), √(1,244 × 650) = 899.22 in 2030, 650 (table 2).
  @Test("years of one municipality, values as the projection gives them")
  func yearsOfOneMunicipality() throws {
    var shell = try makeShell()
    let csv = shell.execute("chart population 昭和村 --format csv").output.split(separator: "\n")
    #expect(csv.count == 6)
    #expect(csv[0] == "label,year,metric,value,scenario")
    #expect(csv[1] == "2020,2020,population,1244,aizu")
    #expect(csv[3] == "2030,2030,population,899.2218858546537,aizu")
    #expect(csv[5] == "2040,2040,population,650,aizu")
    let chart = shell.execute("chart population Showa").output.split(separator: "\n")
    #expect(chart[0] == "Population — 昭和村 Showa — 2020–2040")
    #expect(chart[1].hasPrefix("2020  ###") && chart[1].hasSuffix("  1,244"))
    #expect(chart[5].hasPrefix("2040  ###") && chart[5].hasSuffix("    650"))
    // Bars are proportional: 650/1,244 of the longest, to the nearest column.
    let longest = chart[1].filter { $0 == "#" }.count
    let shortest = chart[5].filter { $0 == "#" }.count
    #expect(abs(Double(shortest) - Double(longest) * 650 / 1_244) <= 1)
  }

  /// 2040 is within IPSS's projection: no value rests on an assumption, and the region's
  /// shortfall is −217.3 (ProjectionTests; docs/calibration.md). 2055 is beyond it: every
  /// bar rests on the national 65+ rise and a held working-age share.
  @Test("one year: a bar for each municipality and the region, assumptions marked")
  func municipalitiesInOneYear() throws {
    var shell = try makeShell()
    let chart = shell.execute("chart shortfall 2040").output.split(separator: "\n")
    #expect(chart.count == 15)  // title, 13 municipalities, the region
    #expect(chart[5].hasPrefix("磐梯町 Bandai ") && chart[5].hasSuffix("|     1.4"))
    #expect(chart[14].hasPrefix("会津地域 Aizu region ") && chart[14].hasSuffix("|  -217.3"))
    let later = shell.execute("chart shortfall 2055").output.split(separator: "\n")
    #expect(later.count == 16)  // and the note
    #expect(later[5].hasPrefix("磐梯町 Bandai*"))
    #expect(later[14].hasPrefix("会津地域 Aizu region*"))
    #expect(
      later[15]
        == "* rests on an assumption (where no municipal projection is used: elderly_share_rise, recruitment_pool)"
    )
  }

  /// The supply of 2052 is hired from 2051's pool, the first year after IPSS's 2050.
  @Test("supply is marked from the year it rests on a held working-age share")
  func supplyMarked() throws {
    var shell = try makeShell()
    let chart = shell.execute("chart staff_supply Showa 2050..2052").output.split(separator: "\n")
    #expect(chart[1].hasPrefix("2050 "))
    #expect(chart[2].hasPrefix("2051 "))
    #expect(chart[3].hasPrefix("2052*"))
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
        "chart population 2020..2040 Showa Bandai",
        "error: chart takes one municipality over years, or several in one year (chart population 2040 Showa Bandai, or chart population Showa)\n"
      ),
    ])
  func badArguments(line: String, message: String) throws {
    var shell = try makeShell()
    #expect(shell.execute(line).errors == message)
  }
}

@Suite("chart speaks both languages and shows shares as percentages")
struct ChartWordsTests {
  /// 2040 shares (docs/model.md, "Residents aged 65+"): 会津若松市 0.28916 + (0.40498 −
  /// 0.31394) = 0.38020, 金山町 0.55400, both from IPSS 2023's change (`~`); shown to one
  /// decimal as percentages. By the national rule 金山町 is 0.66510 (0.601101 + 0.064): set at
  /// the prompt, a value the change moved (`!`); saved as a what-if and loaded, an
  /// assumption (`*`).
  @Test("a share's bars are labelled as percentages; CSV keeps the share")
  func percentages() throws {
    var shell = try makeShell()
    let chart = shell.execute("chart elderly_share 2040").output.split(separator: "\n")
    #expect(chart[0] == "65+ share — 2040 (R22)")
    #expect(chart[1].hasPrefix("会津若松市 Aizuwakamatsu~") && chart[1].hasSuffix("  38.0%"))
    #expect(chart[11].hasPrefix("金山町 Kaneyama~") && chart[11].hasSuffix("  55.4%"))
    let csv = shell.execute("chart elderly_share 2040 --format csv").output.split(separator: "\n")
    #expect(csv[1].hasPrefix("会津若松市 Aizuwakamatsu,2040,elderly_share,0.38020"))
    _ = shell.execute("set elderly_rise national")
    let national = shell.execute("chart elderly_share 2040").output.split(separator: "\n")
    #expect(national[11].hasPrefix("金山町 Kaneyama!") && national[11].hasSuffix("  66.5%"))
    #expect(shell.execute("save national.toml").status == .success)
    let saved = shell.execute("chart elderly_share 2040").output.split(separator: "\n")
    #expect(saved[11].hasPrefix("金山町 Kaneyama*") && saved[11].hasSuffix("  66.5%"))
  }

  @Test(
    "a metric named in Japanese is the same metric; programs read its English name",
    arguments: [
      ("chart 人口 昭和村", "chart population 昭和村"),
      ("chart 高齢化率 金山町", "chart elderly_share 金山町"),
      ("chart 不足 2040", "chart shortfall 2040"),
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
  @Test("in Japanese the title and the note are Japanese")
  func japanese() throws {
    var shell = try makeShell(language: .ja)
    let chart = shell.execute("chart 高齢化率 金山町").output.split(separator: "\n")
    #expect(chart[0] == "高齢化率 (65歳以上の割合) — 金山町 Kaneyama — 2020–2040")
    #expect(chart[1].hasPrefix("2020 ") && chart[1].hasSuffix("  60.1%"))
    #expect(chart[5].hasPrefix("2040~") && chart[5].hasSuffix("  55.4%"))
    #expect(chart[6] == "~ 市町村の将来推計 (社人研2023年推計、age_bands) に基づく値")
    #expect(
      shell.execute("chart").errors.hasPrefix("エラー: chart には指標を指定します (指標は 人口 (population)、"))
  }

  @Test(
    "Tab completes metrics in both languages",
    arguments: [
      ("chart 高", ["高齢化率"]), ("chart 人", ["人口"]), ("chart el", ["elderly", "elderly_share"]),
      ("chart 対面", ["対面時間", "対面時間指数"]),
    ])
  func completion(line: String, expected: [String]) throws {
    #expect(try makeShell().completions(for: line).candidates == expected)
  }
}
