import Bilingual
import Rendering
import Simulation
import Words

extension Command {
  static let services = Command(
    name: "services",
    usage: "services [YEAR|FROM..TO] [MUNICIPALITY…] [--step N] [--categories]",
    summary: Words.Help.servicesSummary,
    details: Words.Help.servicesDetails,
    examples: [
      "services 2040", "services 2030 昭和村 Bandai", "services 2020..2040 Showa --step 5",
      "services 2040 --categories", "services R22 --format csv",
    ],
    columns: ServicesReport.columns.map(\.column) + ServicesReport.categoryColumns.map(\.column),
    complete: { context in ledgerCompletions(context, options: ["--categories", "--step"]) },
    run: { invocation, session throws(CommandError) in
      var invocation = invocation
      let byCategory = invocation.flag("--categories")
      let step = try invocation.step()
      try invocation.rejectUnknownOptions(known: ["--categories", "--step", "--format", "--lang"])
      let (years, chosen) = try session.yearsAndMunicipalities(invocation.arguments, step: step)
      let report = ServicesReport(
        scenario: session.scenario, ledger: session.ledger(through: years.last), years: years,
        municipalities: chosen)
      return .report(byCategory ? report.categories : report.hours)
    })
}

/// What `services` shows: the staff-hours ledger, a row per municipality and year and then
/// the region's, or face-to-face hours by category; each column declared once below.
struct ServicesReport {
  let scenario: Scenario
  let ledger: Ledger
  let years: [Int]
  /// The municipalities asked for; empty means all of them, with the region's total.
  let municipalities: [Municipality]

  /// A municipality's or the region's ledger in a year.
  struct Row: PlacedRow {
    var place: ReportPlace
    var entry: LedgerEntry
    /// The first year below the base year's level, if any.
    var firstBelow: Int?
    /// Whether its 65+ figures rest on the 65+ assumption (`*`).
    var isAssumption: Bool

    var year: Int { entry.year }
    var mark: Character? { isAssumption ? "*" : nil }
  }

  typealias L = Words.Ledger

  static let columns: [ReportColumn<Row>] =
    Row.placeColumns(Words.Projection.municipality) + [
      .init(L.available, field: "available_hours", unit: L.hoursPerYear) {
        .number($0.entry.availableHours, decimals: 0)
      },
      .init(L.routine, field: "routine_hours", unit: L.hoursPerYear) {
        .number($0.entry.routineHours, decimals: 0)
      },
      .init(L.freed, field: "freed_hours", unit: L.hoursPerYear, isEssential: true) {
        .number($0.entry.freedHours, decimals: 0)
      },
      .init(L.facetime, field: "facetime_hours", unit: L.hoursPerYear, isEssential: true) {
        .number($0.entry.facetimeHours, decimals: 0)
      },
      .init(L.byNeed, field: "facetime_need_hours", unit: L.hoursPerYear) {
        .number($0.entry.facetimeFromNeed, decimals: 0)
      },
      .init(L.bySurplus, field: "facetime_surplus_hours", unit: L.hoursPerYear) {
        .number($0.entry.facetimeFromSurplus, decimals: 0)
      },
      .init(L.byMeasures, field: "facetime_measures_hours", unit: L.hoursPerYear) {
        .number($0.entry.facetimeFromMeasures, decimals: 0)
      },
      .init(L.perElderly, field: "facetime_per_elderly", unit: L.hoursPerElderly, isEssential: true)
      {
        .number($0.entry.facetimePerElderly, decimals: 1).marked($0.mark)
      },
      .init(L.index, field: "facetime_index", unit: L.ratio, isEssential: true) {
        .number($0.entry.facetimeIndex, decimals: 2).marked($0.mark)
      },
      .init(L.uncovered, field: "uncovered_hours", unit: L.hoursPerYear) {
        .number($0.entry.uncoveredHours, decimals: 0)
      },
      .init(L.firstYearBelow, field: "first_year_below", isEssential: true) {
        $0.firstBelow.map(Report.Cell.year) ?? .notStated
      },
      .init(L.extraFreed, field: "extra_freed_hours", unit: L.hoursPerYear, isEssential: true) {
        .number($0.entry.extraFreedNeeded, decimals: 0)
      },
    ]

  /// The ledger: every municipality asked for in every year, the region after them when all
  /// are shown.
  var hours: Report {
    var rows: [Row] = []
    var rules: Set<Int> = []
    for year in years {
      if !rows.isEmpty { rules.insert(rows.count) }
      let shown = self.rows(in: year)
      if municipalities.isEmpty, years.count == 1 { rules.insert(rows.count + shown.count - 1) }
      rows += shown
    }
    var notes: [LocalizedText] = []
    if rows.contains(where: \.isAssumption) {
      notes.append(scenario.elderlyAssumptionNote(through: years[years.count - 1]))
    }
    notes.append(
      L.servicesNote(
        baseYear: scenario.baseYear, facetimeShare: ledger.facetimeShare2020,
        hoursPerFTE: scenario.model.hoursPerFTE))
    notes.append(L.facetimeSourcesNote)
    let unreachable = ledger.paths.contains { path in
      years.contains { year in path[year].map { !$0.canReachBaseLevel } ?? false }
    }
    if unreachable { notes.append(L.cannotReachBaseLevel(baseYear: scenario.baseYear)) }
    return Report(
      title: L.servicesTitle(years: Year.label(years), scenario: scenario.name), rows: rows,
      columns: Self.columns.droppingYear(for: years), rules: rules, notes: notes)
  }

  /// Each municipality's ledger in `year` and, for all of them, the region's.
  private func rows(in year: Int) -> [Row] {
    let names =
      municipalities.isEmpty ? scenario.municipalities.map(\.name) : municipalities.map(\.name)
    var rows = names.compactMap { name -> Row? in
      guard let path = ledger.path(of: name), let entry = path[year] else { return nil }
      let figures = ledger.projection.state(of: name, in: year)
      return Row(
        place: .municipality(path.municipality), entry: entry,
        firstBelow: path.firstYearBelowBase,
        isAssumption: figures?.elderlyBasis.isAssumption ?? false)
    }
    if municipalities.isEmpty {
      rows.append(
        Row(
          place: .region(of: scenario), entry: ledger.region(in: year),
          firstBelow: ledger.regionFirstYearBelowBase,
          isAssumption: ledger.projection.region(in: year).elderlyBasis.isAssumption))
    }
    return rows
  }

  /// One category's face-to-face hours in a municipality or the region, in a year.
  struct CategoryRow: PlacedRow {
    var place: ReportPlace
    var year: Int
    var category: FacetimeCategory
    var hours: Double
    /// Residents aged 65+ there that year.
    var elderly: Double
  }

  static let categoryColumns: [ReportColumn<CategoryRow>] =
    CategoryRow.placeColumns(Words.Projection.municipality) + [
      .init(L.category, field: "category", alignment: .left, isKey: true) {
        .words($0.category.name, value: $0.category.id)
      },
      .init(L.share, field: "share", unit: Words.Projection.share) {
        .percent($0.category.share, decimals: 0)
      },
      .init(L.hours, field: "facetime_hours", unit: L.hoursPerYear) {
        .number($0.hours, decimals: 0)
      },
      .init(L.perElderly, field: "per_elderly", unit: L.hoursPerElderly) {
        .number($0.elderly > 0 ? $0.hours / $0.elderly : 0, decimals: 2)
      },
    ]

  /// Face-to-face hours split into the scenario's categories.
  var categories: Report {
    var rows: [CategoryRow] = []
    for year in years {
      for row in self.rows(in: year) {
        for (category, hours) in zip(scenario.facetimeCategories, row.entry.facetimeByCategory) {
          rows.append(
            CategoryRow(
              place: row.place, year: year, category: category, hours: hours.hours,
              elderly: row.entry.elderly))
        }
      }
    }
    let notes =
      scenario.facetimeCategories.isEmpty
      ? [L.noCategories]
      : scenario.facetimeCategories.map { c in c.note.map { "\(c.id): \($0)" } }
    return Report(
      title: L.categoriesTitle(years: Year.label(years), scenario: scenario.name), rows: rows,
      columns: Self.categoryColumns.droppingYear(for: years), notes: notes)
  }
}
