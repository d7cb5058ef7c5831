import Bilingual
import Rendering
import Simulation
import Words

extension Command {
  static let guidelines = Command(
    name: "guidelines",
    usage: "guidelines [MUNICIPALITY] [YEAR]",
    summary: Words.Help.guidelinesSummary,
    details: Words.Help.guidelinesDetails,
    examples: ["guidelines", "guidelines 金山町 2040", "guidelines Showa --format csv"],
    columns: GuidelineReport.columns.map(\.column),
    complete: { context in yearsOrMunicipalities(context) },
    run: { invocation, session throws(CommandError) in
      try invocation.rejectUnknownOptions(known: outputOptions)
      let (year, chosen) = try session.yearAndMunicipalities(
        invocation.arguments, command: "guidelines")
      guard chosen.count <= 1 else {
        throw CommandError(
          Words.Guidelines.oneMunicipality("guidelines"), suggestion: Words.Guidelines.orRegion)
      }
      guard !session.scenario.guidelines.isEmpty else {
        throw CommandError(
          Words.Guidelines.noGuidelines, suggestion: Words.Guidelines.builtinHasAll)
      }
      return .report(
        try GuidelineReport(session: session, year: year, municipality: chosen.first).report)
    })
}

/// What `guidelines` shows: a row per guideline with the option to choose and what
/// decided it; each column declared once below.
struct GuidelineReport {
  let year: Int
  let area: AreaName
  let comparisons: [Comparison]

  init(session: Session, year: Int, municipality: Municipality?) throws(CommandError) {
    self.year = year
    area = AreaName(municipality, in: session.scenario)
    let projection = session.projection(through: year)
    var comparisons: [Comparison] = []
    for guideline in session.scenario.guidelines {
      comparisons.append(
        try session.comparison(guideline, in: municipality, year: year, projection: projection))
    }
    self.comparisons = comparisons
  }

  /// One row: a guideline's verdict in the area.
  struct Row {
    var comparison: Comparison
    var area: String
    var guideline: Guideline { comparison.guideline }
    var winner: OptionFigures? { comparison.verdict.winner }
  }

  typealias G = Words.Guidelines
  typealias P = Words.Projection

  static let columns: [ReportColumn<Row>] = [
    .init(G.guideline, field: "guideline", isKey: true) { .integer($0.guideline.number) },
    .init(G.title, field: "title", alignment: .left) { .words($0.guideline.title) },
    .init(G.group, field: "group", alignment: .left, audience: .programs) {
      .words(G.groupName($0.guideline.group), value: $0.guideline.group.rawValue)
    },
    .init(P.municipality, field: "municipality", alignment: .left, audience: .programs) {
      .text($0.area)
    },
    .init(P.year, field: "year", audience: .programs) { .year($0.comparison.year) },
    // The verdict: the option to choose, shown first on a narrow screen.
    .init(G.verdict, field: "option", alignment: .left, isEssential: true) { row in
      row.winner.map { .words(Words.Verdict.option($0), value: $0.id) }
        ?? Report.Cell(display: LocalizedText("-"), value: .null)
    },
    .init(G.kind, field: "kind", alignment: .left) { row in
      row.winner.map {
        .words(Words.Verdict.kind($0.approach), value: $0.approach.rawValue)
      } ?? .empty
    },
    .init(G.decidedBy, field: "reason", alignment: .left) {
      let reason = $0.comparison.verdict.reason
      return .words(Words.Verdict.reason(reason), value: reason.rawValue)
    },
  ]

  var report: Report {
    let rows = comparisons.map { Row(comparison: $0, area: area.field) }
    let firstCommunity = comparisons.firstIndex { $0.guideline.group == .community }
    return Report(
      title: G.listTitle(count: comparisons.count, area: area.title, year: Year.label(year)),
      rows: rows, columns: Self.columns, rules: firstCommunity.map { [$0] } ?? [],
      notes: [G.groupsNote(groups)])
  }

  /// Each group of guidelines with its first and last number, in the scenario's order.
  private var groups: [(group: Guideline.Group, first: Int, last: Int)] {
    Guideline.Group.allCases.compactMap { group in
      let numbers = comparisons.map(\.guideline).filter { $0.group == group }.map(\.number)
      guard let first = numbers.min(), let last = numbers.max() else { return nil }
      return (group, first, last)
    }
  }
}
