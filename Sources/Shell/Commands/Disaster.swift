import Bilingual
import Rendering
import Simulation
import Words

extension Command {
  static let disaster = Command(
    name: "disaster",
    usage: "disaster [MUNICIPALITY…] [--from]",
    summary: Words.Help.disasterSummary,
    details: Words.Help.disasterDetails,
    examples: [
      "disaster", "disaster 北塩原村 Showa", "disaster Aizuwakamatsu --from", "disaster --format csv",
    ],
    columns: DisasterReport.columns.map(\.column) + DisasterReport.originColumns.map(\.column),
    complete: { context in
      context.session.municipalityCandidates(context.current)
        + ["--from", "--format"].filter { $0.hasPrefix(context.current) }
    },
    run: { invocation, session throws(CommandError) in
      var invocation = invocation
      let byOrigin = invocation.flag("--from")
      try invocation.rejectUnknownOptions(known: ["--from", "--format", "--lang"])
      var chosen: [Municipality] = []
      for word in invocation.arguments {
        let found = try session.municipality(word)
        if !chosen.contains(where: { $0.name == found.name }) { chosen.append(found) }
      }
      let report = DisasterReport(scenario: session.scenario, municipalities: chosen)
      return .report(byOrigin ? report.origins : report.staffing)
    })
}

/// What `disaster` shows: a row per municipality, then the region's, of the staff who can
/// reach an office when the roads are cut; or where the staff received work. Each column is
/// declared once below.
struct DisasterReport {
  let scenario: Scenario
  /// The municipalities asked for; empty means all of them, with the region's total.
  let municipalities: [Municipality]

  /// A municipality's or the region's staff on the day.
  struct Row {
    var place: ReportPlace
    /// Table 3's count, or `nil` when the scenario has none.
    var survey: StaffResidence?
    /// Other municipalities' staff who live here.
    var received: Double
    /// Whether the scenario states where its staff living outside live; `nil` for the region.
    var isSpreadStated: Bool?

    var inside: Double { survey?.inside ?? 0 }
  }

  typealias D = Words.Disaster
  typealias P = Words.Projection

  static let columns: [ReportColumn<Row>] = [
    .init(P.municipality, field: "municipality", alignment: .left, isKey: true, audience: .people) {
      .words($0.place.shown)
    },
    .init(P.municipality, field: "municipality", alignment: .left, isKey: true, audience: .programs)
    {
      .text($0.place.name)
    },
    .init(Words.Ledger.romaji, field: "romaji", alignment: .left, audience: .programs) {
      .text($0.place.romaji)
    },
    .init(D.staff, field: "staff_surveyed", unit: P.persons) {
      $0.survey.map { .number($0.staff, decimals: 0) } ?? .notStated
    },
    .init(D.inside, field: "inside", unit: P.persons, isEssential: true) {
      $0.survey.map { .number($0.inside, decimals: 0) } ?? .notStated
    },
    .init(D.insideShare, field: "inside_share", unit: P.share) {
      $0.survey.map { .percent($0.staff > 0 ? $0.inside / $0.staff : 0, decimals: 1) }
        ?? .notStated
    },
    .init(D.outside, field: "outside", unit: P.persons) {
      $0.survey.map { .number($0.outside, decimals: 0) } ?? .notStated
    },
    .init(D.received, field: "received", unit: P.persons, isEssential: true) {
      .number($0.received, decimals: 1).marked("*")
    },
    .init(D.withArrangement, field: "with_arrangement", unit: P.persons, isEssential: true) {
      .number($0.inside + $0.received, decimals: 1).marked("*")
    },
    .init(D.spread, field: "spread", alignment: .left) {
      switch $0.isSpreadStated {
      case true?: .words(D.stated, value: "stated")
      case false?: .words(D.byPopulation, value: "population")
      case nil: .text("")
      }
    },
  ]

  private var shown: [DisasterRow] {
    let day = DisasterStaffing(scenario)
    return municipalities.isEmpty ? day.rows : municipalities.compactMap { day.row(of: $0.name) }
  }

  /// Each municipality's staff on the day and, for all of them, the region's sums.
  var staffing: Report {
    let shown = self.shown
    var rows = shown.map { row in
      Row(
        place: .municipality(row.municipality), survey: row.survey, received: row.receivedStaff,
        isSpreadStated: row.isSpreadStated)
    }
    if municipalities.isEmpty {
      let sum = { (value: (DisasterRow) -> Double) in shown.reduce(0) { $0 + value($1) } }
      let survey = StaffResidence(
        staff: sum { $0.survey?.staff ?? 0 }, inside: sum(\.inside),
        outside: sum { $0.survey?.outside ?? 0 })
      rows.append(
        Row(
          place: .region(of: scenario), survey: survey, received: sum(\.receivedStaff),
          isSpreadStated: nil))
    }
    let sources = surveySources(shown.map(\.municipality))
    return Report(
      title: D.title(scenario: scenario.name), rows: rows, columns: Self.columns,
      rules: municipalities.isEmpty ? [rows.count - 1] : [],
      notes: (sources.isEmpty ? [] : [D.surveyNote(sources)]) + [
        D.columnsNote, D.assumedSpread(region: scenario.region, baseYear: scenario.baseYear),
      ])
  }

  /// Where the survey's figures for `municipalities` come from: each source by its id (its
  /// date and caveats are data, shown by `show sources`), or where the figures were written.
  private func surveySources(_ municipalities: [Municipality]) -> [LocalizedText] {
    var found: [Provenance] = []
    for municipality in municipalities {
      for field in ["staff", "inside", "outside"] {
        let key = "municipalities.\(municipality.name).residence.\(field)"
        if let provenance = scenario.provenance[key], !found.contains(provenance) {
          found.append(provenance)
        }
      }
    }
    return found.map { provenance in
      if case .source(let id) = provenance { return D.surveySource(id) }
      return Words.Measures.provenance(provenance, sourceTitle: nil)
    }
  }

  /// Staff an office receives from one other municipality.
  struct OriginRow {
    var office: ReportPlace
    var origin: ReportPlace
    var staff: Double
  }

  static let originColumns: [ReportColumn<OriginRow>] = [
    .init(D.office, field: "municipality", alignment: .left, isKey: true, audience: .people) {
      .words($0.office.shown)
    },
    .init(D.office, field: "municipality", alignment: .left, isKey: true, audience: .programs) {
      .text($0.office.name)
    },
    .init(Words.Ledger.romaji, field: "romaji", alignment: .left, audience: .programs) {
      .text($0.office.romaji)
    },
    .init(D.origin, field: "from", alignment: .left, audience: .people) {
      .words($0.origin.shown)
    },
    .init(D.origin, field: "from", alignment: .left, audience: .programs) {
      .text($0.origin.name)
    },
    .init(D.originRomaji, field: "from_romaji", alignment: .left, audience: .programs) {
      .text($0.origin.romaji)
    },
    .init(D.staffAssumed, field: "staff", unit: P.persons) { .number($0.staff, decimals: 2) },
  ]

  /// Where each municipality's received staff work.
  var origins: Report {
    let rows = shown.flatMap { row in
      row.received.map { from in
        OriginRow(
          office: .municipality(row.municipality),
          origin: scenario.municipality(named: from.municipality).map(ReportPlace.municipality)
            ?? ReportPlace(
              name: from.municipality, romaji: "", shown: LocalizedText(from.municipality)),
          staff: from.staff)
      }
    }
    return Report(
      title: D.originsTitle, rows: rows, columns: Self.originColumns, notes: [D.assumedOrigins])
  }
}
