import Foundation
import Testing

@testable import Shell

/// `explain`: each input's value and where it comes from, worked by hand from the seed.
@Suite("explain names every input of an output and where it comes from")
struct ExplainCommandTests {
  /// The CSV rows of an `explain` as `[symbol: (value, source, source_kind, command)]`.
  struct Input {
    var value: Double
    var source: String
    var kind: String
    var command: String
  }

  static func inputs(_ line: String, shell: inout Interpreter) throws -> [(String, Input)] {
    let outcome = shell.execute(line + " --format csv")
    #expect(outcome.errors.isEmpty, "\(line)")
    let rows = outcome.output.split(separator: "\n").map(String.init)
    #expect(rows.first == "symbol,meaning,value,unit,source,source_kind,command,scenario")
    return try rows.dropFirst().map { row in
      let fields = csvFields(row)
      try #require(fields.count == 8 && fields[7].hasPrefix("aizu"), "\(row)")
      return (
        fields[0],
        Input(
          value: try #require(Double(fields[2])), source: fields[4], kind: fields[5],
          command: fields[6])
      )
    }
  }

  /// A CSV row's fields, quotes taken off (the sources hold commas).
  static func csvFields(_ row: String) -> [String] {
    var fields: [String] = []
    var field = ""
    var quoted = false
    for character in row {
      switch character {
      case "\"": quoted.toggle()
      case "," where !quoted:
        fields.append(field)
        field = ""
      default: field.append(character)
      }
    }
    return fields + [field]
  }

  func close(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-6) -> Bool {
    guard let a else { return false }
    return abs(a - b) <= tolerance * max(1, abs(b))
  }

  /// 金山町 in 2040 (table 1: P = 1,998, E = 1,201, 75 staff in 2020; table 2: P = 984 in
  /// 2040; w = 1, so Q = P): D = 75 × (984 / 1,998)^ε, ε = 0.641769 fitted to table 1,
  /// = 75 × 0.492492^0.641769 = 75 × 0.634765 = 47.607. S comes from the supply path
  /// (63.27); the shortfall is D − S = −15.67, a surplus.
  @Test("explain shortfall 金山町 2040: D and S, each another output to explain in turn")
  func shortfallKaneyama() throws {
    var shell = try makeShell()
    let inputs = try Self.inputs("explain shortfall 金山町 2040", shell: &shell)
    #expect(inputs.map(\.0) == ["D(2040)", "S(2040)"])
    let demand = inputs[0].1
    let supply = inputs[1].1
    let epsilon = 0.641_768_971_932_240_3
    #expect(close(demand.value, 75 * pow(984.0 / 1_998, epsilon)))
    #expect(close(demand.value, 47.607, 1e-4))
    #expect(demand.kind == "output" && demand.command == "explain staff_demand 金山町 2040")
    #expect(supply.kind == "output" && supply.command == "explain staff_supply 金山町 2040")
    // The supply the projection shows, the same number.
    let projected = shell.execute("project 2040 金山町 --format csv").output
    #expect(projected.contains(",\(supply.value),"))
    let table = shell.execute("explain shortfall 金山町 2040").output
    #expect(table.contains("shortfall(t) = D(t) − S(t)"))
    #expect(table.contains("金山町 Kaneyama 2040 (R22): -15.7"))

    // The demand in turn: every input of D = S(b) · (Q(t) / Q(b))^ε from the seed.
    let terms = try Self.inputs(demand.command, shell: &shell)
    #expect(
      terms.map(\.0) == [
        "S(2020)", "P(2040)", "E(2040)", "w", "Q(2040)", "P(2020)", "E(2020)", "Q(2020)", "ε",
      ])
    let values = Dictionary(terms, uniquingKeysWith: { a, _ in a })
    #expect(values["S(2020)"]?.value == 75 && values["S(2020)"]?.source == "table1")
    #expect(values["S(2020)"]?.kind == "source")
    #expect(values["P(2040)"]?.value == 984 && values["P(2020)"]?.value == 1_998)
    #expect(values["E(2020)"]?.value == 1_201)
    #expect(values["P(2040)"]?.command == "explain population 金山町 2040")
    #expect(values["w"]?.value == 1 && values["w"]?.kind == "assumption")
    #expect(values["w"]?.source.hasPrefix("assumption elderly_weight, aizu (built in):") == true)
    // w = 1: the service need is the population.
    #expect(values["Q(2040)"]?.value == 984 && values["Q(2040)"]?.kind == "computed")
    #expect(values["Q(2020)"]?.value == 1_998)
    #expect(close(values["ε"]?.value, epsilon, 1e-12) && values["ε"]?.kind == "fitted")
    // The population of 2040 in turn: table 2's figure.
    let population = try Self.inputs("explain population 金山町 2040", shell: &shell)
    #expect(population.map(\.0) == ["P(2040)"])
    #expect(population.first?.1.value == 984 && population.first?.1.source == "table2")
  }

  /// 昭和村 in 2030 (docs/model.md, "Hours ledger"): S = 48.0311, D = 40.5985, H = 1,800,
  /// f0 = 0.25, E = 474.046. A = 86,455.92; G = 0.75 × 40.5985 × 1,800 = 54,808.03;
  /// X = 51.233 + 1,644.241 = 1,695.47; R = 53,112.56; F = A − R = 33,343.37;
  /// F / E = 70.3378. Of F: the need's part 0.25 × 40.5985 × 1,800 = 18,269.34, the
  /// surplus (48.0311 − 40.5985) × 1,800 = 13,378.55, the measures' 1,695.47.
  @Test("explain facetime_per_elderly 昭和村 2030, and face-to-face hours in turn")
  func facetimeShowa() throws {
    var shell = try makeShell()
    let ratio = try Self.inputs("explain facetime_per_elderly 昭和村 2030", shell: &shell)
    #expect(ratio.map(\.0) == ["F(2030)", "E(2030)"])
    #expect(close(ratio[0].1.value, 33_343.369_740_674))
    #expect(ratio[0].1.command == "explain facetime 昭和村 2030")
    #expect(close(ratio[1].1.value, 474.046_087_786_28))
    #expect(ratio[1].1.command == "explain elderly 昭和村 2030")
    #expect(shell.execute("explain facetime_per_elderly 昭和村 2030").output.contains(": 70.3"))

    let facetime = try Self.inputs("explain facetime 昭和村 2030", shell: &shell)
    let values = Dictionary(facetime, uniquingKeysWith: { a, _ in a })
    let s = 48.031_069_327_35
    let d = 40.598_539_825_37
    #expect(close(values["S(2030)"]?.value, s))
    #expect(values["H(2030)"] == nil && values["H"]?.value == 1_800)
    #expect(values["H"]?.source.hasPrefix("assumption hours_per_fte, aizu (built in):") == true)
    #expect(close(values["A(2030)"]?.value, s * 1_800))
    #expect(close(values["D(2030)"]?.value, d))
    #expect(values["f₀"]?.value == 0.25 && values["f₀"]?.kind == "assumption")
    #expect(close(values["G(2030)"]?.value, 0.75 * d * 1_800))
    #expect(close(values["X(2030)"]?.value, 1_695.473_715_692_56))
    #expect(values["X(2030)"]?.kind == "freed" && values["X(2030)"]?.command == "freed 2030 昭和村")
    #expect(close(values["R(2030)"]?.value, 0.75 * d * 1_800 - 1_695.473_715_692_56))
    #expect(close(values["F_need(2030)"]?.value, 0.25 * d * 1_800))
    #expect(close(values["F_surplus(2030)"]?.value, (s - d) * 1_800))
    #expect(close(values["F_measures(2030)"]?.value, 1_695.473_715_692_56))
  }

  /// A `set` shows as the user's change, with the command that made it; the region's
  /// shortfall is the sum of the 13 shown.
  @Test("the user's change is named as such, and the region's sum adds up")
  func changeAndRegion() throws {
    var shell = try makeShell()
    _ = shell.execute("set hours_per_fte 1700")
    let inputs = try Self.inputs("explain facetime 昭和村 2030", shell: &shell)
    let h = try #require(inputs.first { $0.0 == "H" }?.1)
    #expect(h.value == 1_700 && h.kind == "user")
    #expect(h.source == "your change: set hours_per_fte 1700")
    // A part of a table-valued assumption: 0.4 × 50 = 20 staff for 昭和村 by 2040.
    _ = shell.execute("set staffing target")
    _ = shell.execute("set staff_target.share 0.4")
    let target = try Self.inputs("explain staff_supply 昭和村 2040", shell: &shell)
    let t = try #require(target.first { $0.0 == "T" }?.1)
    #expect(t.value == 20 && t.kind == "user")
    #expect(t.source == "your change: set staff_target.share 0.4")
    _ = shell.execute("unset staffing")
    let region = try Self.inputs("explain shortfall region 2040", shell: &shell)
    #expect(region.count == 13)
    let sum = region.reduce(0) { $0 + $1.1.value }
    let projected = shell.execute("project 2040 --format csv").output.split(separator: "\n")
    let regionRow = try #require(projected.last { $0.hasPrefix("会津地域,") })
    let shortfall = try #require(Double(regionRow.split(separator: ",")[8]))
    #expect(close(sum, shortfall, 1e-9))
    #expect(region.first?.1.command == "explain shortfall 会津若松市 2040")
  }

  @Test(
    "bad explain arguments are errors naming the argument, with a suggestion",
    arguments: [
      (
        "explain bogus 昭和村 2030",
        "error: unknown output 'bogus' (one of population, elderly, elderly_share, staff_supply, staff_demand, shortfall, staff_per_1000, facetime, facetime_per_elderly, facetime_index)\n"
      ),
      ("explain shortfall 金山 2040", "error: unknown municipality '金山' (did you mean '金山町'?)\n"),
      ("explain shortfall 金山町 2300", "error: 2300 is after 2100, the last year AizuSim projects\n"),
    ])
  func badArguments(line: String, error: String) throws {
    var shell = try makeShell()
    let outcome = shell.execute(line)
    #expect(outcome.output.isEmpty)
    #expect(outcome.errors == error)
  }
}
