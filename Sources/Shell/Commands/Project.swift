import Bilingual
import Rendering
import Simulation
import Words

extension Command {
  static let project = Command(
    name: "project",
    usage: "project [YEAR|FROM..TO] [MUNICIPALITY…] [--step N]",
    summary: Words.Help.projectSummary,
    details: Words.Help.projectDetails,
    examples: [
      "project 2040", "project 2040 会津若松市 Showa", "project 2020..2040 昭和村 --step 5",
      "project R22 --format csv",
    ],
    columns: ProjectionReport.columns.map(\.column),
    complete: { context in
      context.current.first?.isNumber == true || context.current.first == "R"
        ? ["2025", "2030", "2035", "2040", "2050"].filter { $0.hasPrefix(context.current) }
        : context.session.municipalityCandidates(context.current)
          + ["--step"].filter { $0.hasPrefix(context.current) }
    },
    run: { invocation, session throws(CommandError) in
      var invocation = invocation
      let step = try invocation.step()
      try invocation.rejectUnknownOptions(known: ["--step"])
      let (years, chosen) = try session.yearsAndMunicipalities(invocation.arguments, step: step)
      return .report(
        ProjectionReport(
          scenario: session.scenario, projection: session.projection(through: years.last),
          years: years, municipalities: chosen,
          fileProjection: session.fileProjection(through: years.last)
        ).report)
    })
}

/// What `project` shows: a row per municipality and year, then the region's total; each
/// column declared once below.
struct ProjectionReport {
  let scenario: Scenario
  let projection: Projection
  let years: [Int]
  /// The municipalities asked for; empty means all of them, with the region's total.
  let municipalities: [Municipality]
  /// The loaded file's projection, without the changes made at the prompt, when there are
  /// any: values they moved are marked `!`.
  var fileProjection: Projection? = nil

  /// One row: a municipality's or the region's figures in a year.
  struct Row {
    var name: String
    var romaji: String
    var figures: Figures
    /// Whether a note from the data stands behind its population (`^`).
    var hasPopulationNote: Bool
    /// The same figures from the loaded file without the changes, if there are changes.
    var fileFigures: Figures? = nil

    /// `!` when the changes moved the value `value` reads, else `other`: what a change
    /// moved is what the planner asks about first.
    func mark(_ value: (Figures) -> Double, else other: Character?) -> Character? {
      guard let fileFigures else { return other }
      return Figures.differ(value(figures), value(fileFigures)) ? "!" : other
    }

    /// Whether the changes moved any value of the row.
    var isMoved: Bool {
      ProjectionReport.markedValues.contains { mark($0, else: nil) != nil }
    }
  }

  /// The values of a row the `!` mark is checked on, as its columns show them.
  static let markedValues: [@Sendable (Figures) -> Double] = [
    \.population, \.elderly, \.elderlyShare, \.staffSupply, \.staffDemand, \.shortfallFTE,
    \.staffPer1000,
  ]

  typealias P = Words.Projection

  static let columns: [ReportColumn<Row>] = [
    .init(P.year, field: "year", isKey: true, audience: .people) { .year($0.figures.year) },
    .init(P.municipality, field: "municipality", alignment: .left, isKey: true, audience: .people) {
      .text("\($0.name) \($0.romaji)")
    },
    .init(P.municipality, field: "municipality", alignment: .left, isKey: true, audience: .programs)
    {
      .text($0.name)
    },
    .init(LocalizedText("romaji"), field: "romaji", alignment: .left, audience: .programs) {
      .text($0.romaji)
    },
    .init(P.year, field: "year", audience: .programs) { .year($0.figures.year) },
    .init(P.population, field: "population", unit: P.persons, isEssential: true) {
      .number($0.figures.population, decimals: 0)
        .marked($0.mark(\.population, else: $0.hasPopulationNote ? "^" : nil))
    },
    .init(P.elderly, field: "elderly", unit: P.persons) {
      .number($0.figures.elderly, decimals: 0)
        .marked($0.mark(\.elderly, else: elderlyMark($0.figures)))
    },
    .init(P.elderlyShare, field: "elderly_share", unit: P.share, isEssential: true) {
      .percent($0.figures.elderlyShare, decimals: 1)
        .marked($0.mark(\.elderlyShare, else: elderlyMark($0.figures)))
    },
    .init(P.staffSupply, field: "staff_supply", unit: P.fte, isEssential: true) {
      .number($0.figures.staffSupply, decimals: 1)
        .marked($0.mark(\.staffSupply, else: $0.figures.isSupplyAssumed ? "*" : nil))
    },
    .init(P.staffDemand, field: "staff_demand", unit: P.fte, isEssential: true) {
      .number($0.figures.staffDemand, decimals: 1).marked($0.mark(\.staffDemand, else: nil))
    },
    .init(P.shortfall, field: "shortfall_fte", unit: P.fte, isEssential: true) {
      .number($0.figures.shortfallFTE, decimals: 1).marked($0.mark(\.shortfallFTE, else: nil))
    },
    .init(P.staffPer1000, field: "staff_per_1000", unit: P.perThousand) {
      .number($0.figures.staffPer1000, decimals: 1).marked($0.mark(\.staffPer1000, else: nil))
    },
    .init(P.shortfallHours, field: "shortfall_hours", unit: P.hours, audience: .programs) {
      .number($0.figures.shortfallHours, decimals: 0)
    },
    .init(P.elderlyIsAssumption, field: "elderly_is_assumption", audience: .programs) {
      .bool($0.figures.elderlyBasis.isAssumption, display: LocalizedText(""))
    },
    .init(P.elderlyIsProjectionData, field: "elderly_is_projection_data", audience: .programs) {
      .bool($0.figures.elderlyBasis.isProjectionData, display: LocalizedText(""))
    },
    .init(P.supplyIsAssumption, field: "staff_supply_is_assumption", audience: .programs) {
      .bool($0.figures.isSupplyAssumed, display: LocalizedText(""))
    },
    .init(P.recruitmentPool, field: "recruitment_pool", unit: P.persons, audience: .programs) {
      .number($0.figures.recruitmentPool, decimals: 0)
    },
  ]

  /// `~`: the municipality's own projection (IPSS 2023); `*`: an assumption.
  private static func elderlyMark(_ figures: Figures) -> Character? {
    figures.elderlyBasis.isAssumption ? "*" : figures.elderlyBasis.isProjectionData ? "~" : nil
  }

  var report: Report {
    let names =
      municipalities.isEmpty ? scenario.municipalities.map(\.name) : municipalities.map(\.name)
    var rows: [Row] = []
    var rules: Set<Int> = []
    var populationNotes: [LocalizedText] = []
    for year in years {
      if !rows.isEmpty, names.count > 1 { rules.insert(rows.count) }
      for name in names {
        guard let path = projection.path(of: name), let figures = path[year] else { continue }
        let note = scenario.populationNote(path.municipality, year: year)
        if let note, !populationNotes.contains(note) { populationNotes.append(note) }
        rows.append(
          Row(
            name: path.municipality.name, romaji: path.municipality.romaji, figures: figures,
            hasPopulationNote: note != nil,
            fileFigures: fileProjection?.state(of: path.municipality.name, in: year)))
      }
      if municipalities.isEmpty {
        if years.count == 1 { rules.insert(rows.count) }
        rows.append(
          Row(
            name: scenario.region.ja, romaji: scenario.region.en,
            figures: projection.region(in: year), hasPopulationNote: false,
            fileFigures: fileProjection?.region(in: year)))
      }
    }
    var columns = Self.columns
    // One year: the year is in the title, and a column of it would say nothing to people.
    if years.count == 1 { columns.removeFirst() }
    var marks: [LocalizedText] = []
    if rows.contains(where: { $0.figures.elderlyBasis.isProjectionData }) {
      marks.append(P.projectedElderly(baseYear: scenario.baseYear, source: ageBandsSource))
    }
    if rows.contains(where: { $0.figures.elderlyBasis.isAssumption }) {
      marks.append(scenario.elderlyAssumptionNote(through: years[years.count - 1]))
    }
    if rows.contains(where: { $0.figures.isSupplyAssumed }) { marks.append(P.assumedSupply) }
    if rows.contains(where: \.isMoved) { marks.insert(Words.Undo.movedNote, at: 0) }
    return Report(
      title: P.title(years: Year.label(years), scenario: scenario.name), rows: rows,
      columns: columns,
      rules: rules, notes: marks + populationNotes + [modelNote, shortfallInHours])
  }

  /// The source the age bands cite, as the scenario names it.
  private var ageBandsSource: String? {
    scenario.sources.first { $0.fields.contains("age_bands") }?.id
  }

  private var modelNote: LocalizedText {
    P.model(
      elasticity: projection.elasticity, isFitted: projection.isElasticityFitted,
      policy: Words.staffing(scenario.model.staffingPolicy),
      pool: scenario.model.staffingPolicy == .recruitment
        ? Words.recruitmentPool(scenario.model.recruitmentPool) : nil,
      hoursPerFTE: scenario.model.hoursPerFTE)
  }

  /// The shortfall of the last year shown in hours: the region's, or the sum of the
  /// municipalities asked for (docs/model.md, "Shortfall").
  private var shortfallInHours: LocalizedText {
    let year = years[years.count - 1]
    let figures =
      municipalities.isEmpty
      ? [projection.region(in: year)]
      : municipalities.compactMap { projection.state(of: $0.name, in: year) }
    let whose =
      municipalities.isEmpty
      ? scenario.region
      : municipalities.count == 1
        ? LocalizedText(municipalities[0].name) : P.together(municipalities.count)
    return P.shortfallInHours(
      year: year, whose: whose, fte: figures.reduce(0) { $0 + $1.shortfallFTE },
      hours: figures.reduce(0) { $0 + $1.shortfallHours })
  }
}

extension Figures {
  /// Whether two values of the model differ beyond the last digits of a double, which two
  /// computations of one value may not share: what the `!` mark and `diff --all` tell apart.
  static func differ(_ x: Double, _ y: Double) -> Bool {
    abs(x - y) > 1e-9 * max(1, abs(x), abs(y))
  }
}
