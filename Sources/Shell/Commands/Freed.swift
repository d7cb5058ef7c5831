import Bilingual
import Rendering
import Simulation
import Words

extension Command {
  static let freed = Command(
    name: "freed",
    usage: "freed [YEAR|FROM..TO] [MUNICIPALITY…]",
    summary: Words.Help.freedSummary,
    details: Words.Help.freedDetails,
    examples: ["freed 2030", "freed R7 昭和村 Kitakata", "freed 2025..2030 --format csv"],
    columns: FreedReport.columns.map(\.column),
    complete: { context in ledgerCompletions(context) },
    run: { invocation, session throws(CommandError) in
      try invocation.rejectUnknownOptions(known: ["--format", "--lang"])
      let (years, chosen) = try session.yearsAndMunicipalities(invocation.arguments)
      return .report(
        FreedReport(
          scenario: session.scenario, ledger: session.ledger(through: years.last), years: years,
          municipalities: chosen
        ).report)
    })

  /// Years and municipalities, as `project` completes them.
  static func ledgerCompletions(_ context: CompletionContext, options: [String] = []) -> [String] {
    if context.current.first?.isNumber == true || context.current.first == "R" {
      return ["2025", "2030", "2035", "2040", "2050"].filter { $0.hasPrefix(context.current) }
    }
    return context.session.municipalityCandidates(context.current)
      + (options + ["--format"]).filter { $0.hasPrefix(context.current) }
  }
}

/// What `freed` shows: a row per measure and place (the region, the regional office, or a
/// municipality) and year; each column declared once below.
struct FreedReport {
  let scenario: Scenario
  let ledger: Ledger
  let years: [Int]
  /// The municipalities asked for; empty means each measure's sum over its adopters.
  let municipalities: [Municipality]

  /// The hours a measure frees in a place and year, and what it costs there.
  struct Row: PlacedRow {
    var place: ReportPlace
    var year: Int
    var measure: Measure
    var hours: Double
    /// The cost that year, or `nil` when the measure states none.
    var cost: Double?
    var hoursPerFTE: Double
  }

  typealias L = Words.Ledger

  static let columns: [ReportColumn<Row>] =
    Row.placeColumns(L.place, romaji: true) + [
      .init(L.measure, field: "measure", alignment: .left, isKey: true) { .text($0.measure.id) },
      .init(L.adoption, field: "adoption", unit: Words.Projection.share) {
        .percent($0.measure.adoption(in: $0.year), decimals: 0)
      },
      .init(L.hoursFreed, field: "freed_hours", unit: L.hoursPerYear, isEssential: true) {
        .number($0.hours, decimals: 0)
      },
      .init(L.fteFreed, field: "freed_fte", unit: Words.Projection.fte) {
        .number($0.hours / $0.hoursPerFTE, decimals: 2)
      },
      .init(L.cost, field: "cost_yen", unit: Words.Measures.yen, isEssential: true) {
        .yen($0.cost)
      },
    ]

  var report: Report {
    var rows: [Row] = []
    var rules: Set<Int> = []
    var isCapped = false
    for year in years {
      if !rows.isEmpty { rules.insert(rows.count) }
      rows += self.rows(in: year)
      let shown =
        municipalities.isEmpty
        ? ledger.paths : municipalities.compactMap { ledger.path(of: $0.name) }
      isCapped =
        isCapped
        || shown.contains { path in
          path[year].map { $0.potentialFreedHours > $0.routineNeedHours } ?? false
        }
    }
    return Report(
      title: L.freedTitle(years: Year.label(years), scenario: scenario.name), rows: rows,
      columns: Self.columns.droppingYear(for: years), rules: rules,
      notes: [L.freedNote(hoursPerFTE: scenario.model.hoursPerFTE)]
        + (isCapped ? [L.scaledDown] : []))
  }

  /// Each measure's hours in `year`: summed over its adopters (on the region's row, or the
  /// regional office's), or in each municipality asked for.
  private func rows(in year: Int) -> [Row] {
    let hoursPerFTE = scenario.model.hoursPerFTE
    guard municipalities.isEmpty else {
      return municipalities.flatMap { municipality -> [Row] in
        guard let entry = ledger.entry(of: municipality.name, in: year) else { return [] }
        return entry.freedByMeasure.compactMap { freed in
          guard let measure = scenario.measure(freed.id) else { return nil }
          let cost = ledger.cost(of: measure.id, paidBy: .municipality(municipality.name), in: year)
          return Row(
            place: .municipality(municipality), year: year, measure: measure, hours: freed.hours,
            cost: measure.hasStatedCost ? cost : nil, hoursPerFTE: hoursPerFTE)
        }
      }
    }
    return scenario.measures.map { measure in
      let costs = ledger.costs.filter { $0.measureID == measure.id && $0.year == year }
      return Row(
        place: measure.adopters == .regionalOffice ? .office : .region(of: scenario), year: year,
        measure: measure, hours: ledger.freedHours(by: measure.id, in: year),
        cost: measure.hasStatedCost ? costs.reduce(0) { $0 + $1.total } : nil,
        hoursPerFTE: hoursPerFTE)
    }
  }
}

extension Measure {
  /// Whether the scenario states any cost for this measure.
  var hasStatedCost: Bool { initialCost != nil || yearlyCost != nil }
}
