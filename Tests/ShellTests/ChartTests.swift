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

  @Test("one year: a bar for each municipality and the region, assumptions marked")
  func municipalitiesInOneYear() throws {
    var shell = try makeShell()
    let chart = shell.execute("chart shortfall 2040").output.split(separator: "\n")
    #expect(chart.count == 16)  // title, 13 municipalities, the region, the note
    #expect(chart[5].hasPrefix("磐梯町 Bandai*") && chart[5].hasSuffix("|#     2.6"))
    #expect(chart[14].hasPrefix("会津地域 Aizu region*") && chart[14].hasSuffix("|   -221.2"))
    #expect(chart[15] == "* rests on an assumption (65+ after 2020: elderly_share_rise)")
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
