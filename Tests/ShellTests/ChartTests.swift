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
    #expect(csv[0] == "label,year,metric,value")
    #expect(csv[1] == "2020,2020,population,1244")
    #expect(csv[3] == "2030,2030,population,899.2218858546537")
    #expect(csv[5] == "2040,2040,population,650")
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
