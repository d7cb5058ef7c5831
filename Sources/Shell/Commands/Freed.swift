import Bilingual
import Rendering
import Simulation
import Words

extension Command {
  static let freed = Command(
    name: "freed",
    usage: "freed [YEAR|FROM..TO] [MUNICIPALITY…] [--step N]",
    summary: Words.Help.freedSummary,
    details: Words.Help.freedDetails,
    examples: [
      "freed 2030", "freed R7 昭和村 Kitakata", "freed 2022..2040 --step 6",
      "freed 2025..2030 --format csv",
    ],
    columns: FreedReport.columns.map(\.column),
    complete: { context in ledgerCompletions(context, options: ["--step"]) },
    run: { invocation, session throws(CommandError) in
      var invocation = invocation
      let step = try invocation.step()
      try invocation.rejectUnknownOptions(known: ["--step", "--format", "--lang"])
      let (years, chosen) = try session.yearsAndMunicipalities(invocation.arguments, step: step)
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

  /// The hours a measure frees in a place and year, and what it costs there; or, with no
  /// measure, the total of a payer's measures there that year.
  struct Row: PlacedRow {
    var place: ReportPlace
    var year: Int
    /// The measure, or `nil` on a total row.
    var measure: Measure?
    var hours: Double
    /// The cost that year, or `nil` when no measure counted states one.
    var cost: Double?
    var hoursPerFTE: Double
    /// The hours from the range's first year through this one.
    var cumulative: Double = 0
    /// How many measures a total row adds up.
    var count = 0
  }

  typealias L = Words.Ledger

  static let columns: [ReportColumn<Row>] =
    Row.placeColumns(L.place, romaji: true) + [
      .init(L.measure, field: "measure", alignment: .left, isKey: true) { row in
        guard let measure = row.measure else {
          return Report.Cell(display: L.total(measures: row.count), value: .null)
        }
        return .text(measure.id)
      },
      .init(L.adoption, field: "adoption", unit: Words.Projection.share) { row in
        row.measure.map { .percent($0.adoption(in: row.year), decimals: 0) } ?? .empty
      },
      .init(L.hoursFreed, field: "freed_hours", unit: L.hoursPerYear, isEssential: true) {
        .number($0.hours, decimals: 1)
      },
      .init(
        L.cumulative, field: "cumulative_hours", unit: Words.Projection.hours, audience: .people
      ) {
        .number($0.cumulative, decimals: 1)
      },
      .init(
        L.cumulative, field: "cumulative_hours", unit: Words.Projection.hours, audience: .programs
      ) {
        .number($0.cumulative, decimals: 1)
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
    // The cumulative sum counts every year from the first, should the years shown skip some
    // (`--step`): the years between are added in their turn, and not shown.
    var sums: [String: Double] = [:]
    var summed = years.first ?? 0
    for year in years {
      while summed < year {
        for row in self.rows(in: summed) { sums[row.key, default: 0] += row.hours }
        summed += 1
      }
      summed = year + 1
      if !rows.isEmpty { rules.insert(rows.count) }
      for var row in self.rows(in: year) {
        sums[row.key, default: 0] += row.hours
        row.cumulative = sums[row.key] ?? 0
        if row.measure == nil { rules.insert(rows.count) }
        rows.append(row)
      }
      let shown =
        municipalities.isEmpty
        ? ledger.paths : municipalities.compactMap { ledger.path(of: $0.name) }
      isCapped =
        isCapped
        || shown.contains { path in
          path[year].map { $0.potentialFreedHours > $0.routineNeedHours } ?? false
        }
    }
    var columns = Self.columns.droppingYear(for: years)
    // One year: the cumulative sum is the year's own hours; people need not read it twice.
    if years.count == 1 {
      columns.removeAll { $0.column.field == "cumulative_hours" && $0.column.audience == .people }
    }
    return Report(
      title: L.freedTitle(years: Year.label(years), scenario: scenario.name), rows: rows,
      columns: columns, rules: rules.filter { $0 > 0 },
      notes: [L.freedNote(hoursPerFTE: scenario.model.hoursPerFTE)]
        + (years.count > 1 ? [L.cumulativeNote(from: years[0])] : [])
        + (officeNote.map { [$0] } ?? []) + (isCapped ? [L.scaledDown] : []))
  }

  /// The regional office's measures together in the last year shown, the line a lecturer
  /// points at: the seed's grassroots DX, 3,485 minutes = 58.1 hours a year.
  private var officeNote: LocalizedText? {
    guard municipalities.isEmpty, let year = years.last else { return nil }
    let office = scenario.measures.filter { $0.adopters == .regionalOffice }
    let hours = office.reduce(0) { $0 + ledger.freedHours(by: $1.id, in: year) }
    guard hours > 0 else { return nil }
    let sources = Set(office.compactMap(\.source))
    return L.officeTotal(
      measures: office.count, year: year,
      minutes: office.allSatisfy(\.isStatedInMinutes) ? hours * 60 : nil, hours: hours,
      source: sources.count == 1
        ? sources.first.flatMap { scenario.source($0) }.map {
          source in source.title.map { "\(source.id): \($0)" }
        } : nil)
  }

  /// Each measure's hours in `year`: summed over its adopters (on the region's row, or the
  /// regional office's), or in each municipality asked for; after each payer's measures,
  /// their total.
  private func rows(in year: Int) -> [Row] {
    let hoursPerFTE = scenario.model.hoursPerFTE
    guard municipalities.isEmpty else {
      return municipalities.flatMap { municipality -> [Row] in
        guard let entry = ledger.entry(of: municipality.name, in: year) else { return [] }
        let rows = entry.freedByMeasure.compactMap { freed -> Row? in
          guard let measure = scenario.measure(freed.id) else { return nil }
          let cost = ledger.cost(of: measure.id, paidBy: .municipality(municipality.name), in: year)
          return Row(
            place: .municipality(municipality), year: year, measure: measure, hours: freed.hours,
            cost: measure.hasStatedCost ? cost : nil, hoursPerFTE: hoursPerFTE)
        }
        return rows + Self.total(of: rows, at: .municipality(municipality), in: year)
      }
    }
    let rows = scenario.measures.map { measure in
      let costs = ledger.costs.filter { $0.measureID == measure.id && $0.year == year }
      return Row(
        place: measure.adopters == .regionalOffice ? .office : .region(of: scenario), year: year,
        measure: measure, hours: ledger.freedHours(by: measure.id, in: year),
        cost: measure.hasStatedCost ? costs.reduce(0) { $0 + $1.total } : nil,
        hoursPerFTE: hoursPerFTE)
    }
    let atOffice = rows.filter { $0.measure?.adopters == .regionalOffice }
    let inMunicipalities = rows.filter { $0.measure?.adopters != .regionalOffice }
    return atOffice + Self.total(of: atOffice, at: .office, in: year) + inMunicipalities
      + Self.total(of: inMunicipalities, at: .region(of: scenario), in: year)
  }

  /// A payer's total row: the hours of `rows` and their stated costs (none when none is
  /// stated); no row when there are no measures.
  private static func total(of rows: [Row], at place: ReportPlace, in year: Int) -> [Row] {
    guard let first = rows.first else { return [] }
    let costs = rows.compactMap(\.cost)
    return [
      Row(
        place: place, year: year, measure: nil, hours: rows.reduce(0) { $0 + $1.hours },
        cost: costs.isEmpty ? nil : costs.reduce(0, +), hoursPerFTE: first.hoursPerFTE,
        count: rows.count)
    ]
  }
}

extension FreedReport.Row {
  /// Which running sum the row adds to: its place and measure (or total).
  var key: String { "\(place.name)\u{1F}\(measure?.id ?? "")" }
}

extension Measure {
  /// Whether the scenario states any cost for this measure.
  var hasStatedCost: Bool { initialCost != nil || yearlyCost != nil }
}
