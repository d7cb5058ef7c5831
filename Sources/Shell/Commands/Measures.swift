import Bilingual
import Foundation
import Rendering
import ScenarioFile
import Simulation
import Words

extension Command {
  static let measures = Command(
    name: "measures",
    usage: "measures [ID]",
    summary: Words.Help.measuresSummary,
    details: Words.Help.measuresDetails,
    examples: ["measures", "measures online_procedures", "measures --format csv"],
    columns: (MeasureReport.columns.map(\.column) + MeasureReport.detailColumns.map(\.column)),
    complete: { context in
      context.previous.count == 1 ? context.session.measureCandidates(context.current) : []
    },
    run: { invocation, session throws(CommandError) in
      try invocation.rejectUnknownOptions(known: ["--format", "--lang"])
      guard invocation.arguments.count <= 1 else {
        throw CommandError(
          Words.Measures.tooManyMeasures, suggestion: Words.Measures.measuresUsage)
      }
      let report = MeasureReport(scenario: session.scenario)
      guard let id = invocation.arguments.first else { return .report(report.list) }
      return .report(report.detail(try session.measure(id)))
    })

  static let measureActions = ["add", "set", "drop"]

  static let measure = Command(
    name: "measure",
    usage: "measure add ID { … } | measure set ID FIELD VALUE | measure drop ID",
    summary: Words.Help.measureSummary,
    details: Words.Help.measureDetails,
    examples: [
      "measure set online_procedures max_adoption 0.9",
      "measure set grassroots_spread max_adoption 1",
      """
      measure add joint_visits { name = "joint home visits", guideline = 10, \
      kind = "hybrid", adopters = { shared = ["Mishima", "Kaneyama", "Showa"] }, \
      start = "R8", savings = { hours = 200 } }
      """,
      "measure drop shared_systems",
    ],
    answersFromScenario: false,
    complete: { context in
      let session = context.session
      switch context.previous.count {
      case 1: return measureActions.filter { $0.hasPrefix(context.current) }
      case 2 where context.previous[1] != "add": return session.measureCandidates(context.current)
      case 3 where context.previous[1] == "set":
        return ScenarioFile.measureKeys.filter { $0.hasPrefix(context.current) }
      default: return []
      }
    },
    run: { invocation, session throws(CommandError) in
      guard let action = invocation.arguments.first else {
        throw CommandError(Words.Measures.needsAction, suggestion: Words.Measures.seeHelp)
      }
      switch action {
      case "add": return .text(try addMeasure(invocation, &session))
      case "set": return .text(try setMeasure(invocation, &session))
      case "drop": return .text(try dropMeasure(invocation, &session))
      default:
        throw CommandError(
          Words.Measures.unknownAction(action),
          suggestion: Suggestion.guess(action, among: measureActions)
            ?? Words.Measures.expectedAction)
      }
    })

  private static func addMeasure(_ invocation: Invocation, _ session: inout Session)
    throws(CommandError) -> LocalizedText
  {
    guard invocation.arguments.count >= 3 else {
      throw CommandError(Words.Measures.addNeedsTable, suggestion: Words.Measures.addExample("ID"))
    }
    let id = invocation.arguments[1]
    guard !id.isEmpty,
      id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") })
    else {
      throw CommandError(Words.Measures.notAnID(id), suggestion: Words.Measures.idHint)
    }
    if session.scenario.measure(id) != nil {
      throw CommandError(Words.Measures.exists(id), suggestion: Words.Measures.changeWithSet(id))
    }
    let table = rawArguments(after: 2, in: invocation.rawArguments)
    guard table.hasPrefix("{") else {
      throw CommandError(Words.Measures.tableInBraces, suggestion: Words.Measures.addExample(id))
    }
    try session.set("measures.\(id)", to: table, as: "measure \(invocation.rawArguments)")
    return Words.Measures.added(id)
  }

  private static func setMeasure(_ invocation: Invocation, _ session: inout Session)
    throws(CommandError) -> LocalizedText
  {
    guard invocation.arguments.count >= 4 else {
      throw CommandError(
        Words.Measures.setNeedsArguments, suggestion: Words.Measures.setExample)
    }
    let measure = try session.measure(invocation.arguments[1])
    let field = invocation.arguments[2]
    let top = String(field.prefix { $0 != "." })
    let keys = ScenarioFile.measureKeys
    guard keys.contains(top) else {
      throw CommandError(
        Words.Measures.unknownField(field),
        suggestion: Suggestion.guess(top, among: keys) ?? Words.Measures.knownFields(keys))
    }
    let value = rawArguments(after: 3, in: invocation.rawArguments)
    let previous = try session.set(
      "measures.\(measure.id).\(field)", to: value, as: "measure \(invocation.rawArguments)")
    return Words.Measures.changed("\(measure.id).\(field)", to: value, was: previous)
  }

  private static func dropMeasure(_ invocation: Invocation, _ session: inout Session)
    throws(CommandError) -> LocalizedText
  {
    guard invocation.arguments.count == 2 else {
      throw CommandError(Words.Measures.dropNeedsID, suggestion: Words.Measures.dropUsage)
    }
    let measure = try session.measure(invocation.arguments[1])
    if session.overrides.contains(where: { $0.path == ["measures", measure.id] }) {
      _ = try session.unset("measures.\(measure.id)")
      return Words.Measures.droppedAdded(measure.id)
    }
    let previous = try session.set(
      "measures.\(measure.id).max_adoption", to: "0", as: "measure \(invocation.rawArguments)")
    return Words.Measures.switchedOff(measure.id, was: previous ?? "1")
  }

  /// The raw text after the first `count` words, as typed (quotes and braces kept).
  static func rawArguments(after count: Int, in raw: String) -> String {
    var rest = Substring(raw)
    for _ in 0..<count {
      rest = rest.drop(while: \.isWhitespace)
      rest = rest.dropFirst(rawWordLength(String(rest)))
    }
    return rest.trimmingCharacters(in: .whitespaces)
  }
}

extension Session {
  /// The measure with this id, or an error with a did-you-mean.
  func measure(_ id: String) throws(CommandError) -> Measure {
    if let found = scenario.measure(id) { return found }
    throw CommandError(
      Words.Measures.unknownMeasure(id),
      suggestion: Suggestion.guess(id, among: scenario.measures.map(\.id))
        ?? Words.Measures.measuresListsThem)
  }

  /// Measure ids starting with `prefix`.
  func measureCandidates(_ prefix: String) -> [String] {
    scenario.measures.map(\.id).filter { $0.hasPrefix(prefix) }
  }

  /// The hours ledger of the scenario, through `year` (at least the horizon).
  func ledger(through year: Int? = nil) -> Ledger {
    Ledger(projection(through: year))
  }
}

/// What `measures` shows: a row per measure, each column declared once below; and, for
/// `measures ID`, every value of one measure with its source.
struct MeasureReport {
  let scenario: Scenario

  /// One measure, with what the scenario says of it; it reads as the measure (`$0.start`).
  @dynamicMemberLookup
  struct Row {
    var measure: Measure
    /// How many municipalities the scenario has (`all 13`).
    var municipalityCount: Int
    /// The fields whose values are assumptions, in the scenario file's order; a cost only
    /// when it is stated.
    var assumed: [String]

    subscript<Value>(dynamicMember path: KeyPath<Measure, Value>) -> Value {
      measure[keyPath: path]
    }

    var adopterWords: LocalizedText {
      M.adopters(measure.adopters, municipalities: municipalityCount)
    }

    var savingsWords: LocalizedText {
      M.savings(measure.savings, inMinutes: measure.isStatedInMinutes)
    }
  }

  typealias M = Words.Measures
  typealias P = Words.Projection

  static let columns: [ReportColumn<Row>] = [
    .init(M.id, field: "id", alignment: .left, isKey: true) { .text($0.id) },
    .init(M.name, field: "name", alignment: .left, audience: .people) { .words($0.name) },
    .init(M.nameJa, field: "name_ja", alignment: .left, audience: .programs) { .text($0.name.ja) },
    .init(M.nameEn, field: "name_en", alignment: .left, audience: .programs) { .text($0.name.en) },
    .assumable(M.guideline, field: "guideline") { .integer($0.guideline) },
    .assumable(M.kind, field: "kind", .left, isEssential: true) {
      .words(Words.Verdict.kind($0.approach), value: $0.approach.rawValue)
    },
    .assumable(M.adopters, field: "adopters", .left, isEssential: true) {
      .words($0.adopterWords, value: adoptersValue($0.adopters))
    },
    .assumable(M.start, field: "start", isEssential: true) { .yearLabel($0.start) },
    .assumable(M.ramp, field: "ramp_years", unit: M.years) { .integer($0.rampYears) },
    .assumable(M.maxAdoption, field: "max_adoption", unit: P.share, isEssential: true) {
      .percent($0.maxAdoption, decimals: 0)
    },
    .assumable(M.savings, field: "savings", .left) {
      .words($0.savingsWords, value: savingsValue($0.measure))
    },
    .assumable(M.initialCost, field: "initial_cost_yen", unit: M.yen) { .yen($0.initialCost) },
    .assumable(M.yearlyCost, field: "yearly_cost_yen", unit: M.yen) { .yen($0.yearlyCost) },
    .init(M.source, field: "source", alignment: .left, audience: .programs) {
      .text($0.source ?? "")
    },
    .init(M.assumedFields, field: "assumptions", alignment: .left, audience: .programs) {
      .text($0.assumed.joined(separator: ","))
    },
  ]

  /// Every measure, one row each, with assumptions marked and each measure's note.
  var list: Report {
    let written = writtenAssumptions()
    let rows = scenario.measures.map { measure in
      Row(
        measure: measure, municipalityCount: scenario.municipalities.count,
        assumed: assumedFields(of: measure, written: written[measure.id] ?? [:]))
    }
    let notes =
      (rows.contains { !$0.assumed.isEmpty } ? [M.assumedNote] : [])
      + scenario.measures.filter { !$0.note.isEmpty }.map { m in m.note.map { "\(m.id): \($0)" } }
    return Report(
      title: M.title(scenario: scenario.name), rows: rows, columns: Self.columns, notes: notes)
  }

  /// One value of a measure as the scenario file names it, and where it came from.
  struct Field {
    var name: String
    var value: Report.Cell
    var source: LocalizedText
  }

  static let detailColumns: [ReportColumn<Field>] = [
    .init(M.field, field: "field", alignment: .left, isKey: true) { .text($0.name) },
    .init(M.value, field: "value", alignment: .left, isEssential: true) { $0.value },
    .init(M.source, field: "source", alignment: .left, isEssential: true) { .words($0.source) },
  ]

  /// Every value of one measure with its source: for programs as the scenario file writes
  /// it, for people with shares as percentages.
  func detail(_ measure: Measure) -> Report {
    var fields = [
      Field(
        name: "name", value: .words(measure.name, value: "\(measure.name.ja) / \(measure.name.en)"),
        source: LocalizedText(""))
    ]
    func add(_ field: String, _ value: Report.Cell) {
      let provenance = scenario.provenance["measures.\(measure.id).\(field)"]
      let source =
        provenance.map { M.provenance($0, sourceTitle: sourceTitle($0)) } ?? M.defaultValue
      fields.append(Field(name: field, value: value, source: source))
    }
    // A share as the percentage it is, with the decimals it has (50%, 2.5%).
    func share(_ x: Double) -> Report.Cell {
      let scales: [Double] = [1, 10, 100, 1000]
      let decimals =
        scales.indices.first { abs(x * 100 * scales[$0] - (x * 100 * scales[$0]).rounded()) < 1e-6 }
        ?? scales.count
      return Report.Cell(
        display: LocalizedText(NumberFormat.percent(x, decimals: decimals)),
        value: .text(NumberFormat.plain(x)))
    }
    add("guideline", .text(NumberFormat.grouped(measure.guideline)))
    add("kind", .text(measure.approach.rawValue))
    add(
      "adopters",
      .words(M.adopters(measure.adopters, municipalities: scenario.municipalities.count)))
    add("start", .text(Year.label(measure.start)))
    add("ramp_years", .text(NumberFormat.grouped(measure.rampYears)))
    add("max_adoption", share(measure.maxAdoption))
    switch measure.savings {
    case .hoursPerYear(let hours):
      if measure.isStatedInMinutes {
        add("savings.minutes", .text(NumberFormat.grouped(hours * 60, decimals: 0)))
      } else {
        add("savings.hours", .text(NumberFormat.plain(hours)))
      }
    case .perCase(let minutes, let cases, let uptake):
      add("savings.per_case.minutes", .text(NumberFormat.plain(minutes)))
      add("savings.per_case.cases_per_1000", .text(NumberFormat.plain(cases)))
      add("savings.per_case.uptake.under65", share(uptake.under65))
      add("savings.per_case.uptake.elderly", share(uptake.elderly))
    case .shareOfRoutine(let routine):
      add("savings.routine_share", share(routine))
    }
    if let cost = measure.initialCost {
      add("initial_cost_yen", .text(NumberFormat.grouped(cost, decimals: 0)))
    }
    if let cost = measure.yearlyCost {
      add("yearly_cost_yen", .text(NumberFormat.grouped(cost, decimals: 0)))
    }
    return Report(
      title: M.detailTitle(id: measure.id, name: measure.name), rows: fields,
      columns: Self.detailColumns, notes: measure.note.isEmpty ? [] : [measure.note])
  }

  private func sourceTitle(_ provenance: Provenance) -> LocalizedText? {
    guard case .source(let id) = provenance else { return nil }
    return scenario.source(id)?.title
  }

  /// The fields of `measure` that rest on an assumption, as `assumptions` lists them: not
  /// its name, note and sources, nor a cost it does not state.
  /// `written`: the measure's fields written in the scenario, and whether any value
  /// written under each rests on an assumption (`writtenAssumptions`).
  private func assumedFields(of measure: Measure, written: [String: Bool]) -> [String] {
    let unstated =
      (measure.initialCost == nil ? ["initial_cost_yen"] : [])
      + (measure.yearlyCost == nil ? ["yearly_cost_yen"] : [])
    return ScenarioFile.measureKeys.filter {
      !(["name", "note", "source", "source_fields"] + unstated).contains($0)
        && (written[$0] ?? measure.isAssumption($0))
    }
  }

  /// For each measure, by id, each field the scenario writes a value under (`savings` for
  /// `measures.ID.savings.minutes`) and whether any of those values rests on an assumption.
  /// One pass over the provenance: a pass per measure and field, building a string per
  /// entry, made `measures` the slowest reply of the shell (docs/performance.md).
  private func writtenAssumptions() -> [String: [String: Bool]] {
    var written: [String: [String: Bool]] = [:]
    let prefix = "measures."
    for (key, provenance) in scenario.provenance where key.utf8.starts(with: prefix.utf8) {
      let path = key.dropFirst(prefix.count)
      // A measure's id is a bare TOML key: no dot in it.
      guard let dot = path.firstIndex(of: ".") else { continue }
      let id = String(path[..<dot])
      let field = String(path[path.index(after: dot)...].prefix { $0 != "." })
      let isAssumed: Bool
      if case .assumption = provenance { isAssumed = true } else { isAssumed = false }
      written[id, default: [:]][field, default: false] =
        written[id]?[field] == true || isAssumed
    }
    return written
  }

  /// Adopters for programs: `all`, `shared`, `shared:三島町;金山町`, `regional_office`,
  /// or kanji names separated by `;`.
  static func adoptersValue(_ adopters: Adopters) -> String {
    switch adopters {
    case .all: "all"
    case .listed(let names): names.joined(separator: ";")
    case .shared(nil): "shared"
    case .shared(let names?): "shared:" + names.joined(separator: ";")
    case .regionalOffice: "regional_office"
    }
  }

  /// Savings for programs, as key paths under `savings` in the scenario file joined
  /// by `;`: `minutes=240`, `hours=200`, `routine_share=0.03`, or
  /// `per_case.minutes=10;per_case.cases_per_1000=1000;per_case.uptake.under65=0.5;`
  /// `per_case.uptake.elderly=0.2` (one line).
  static func savingsValue(_ measure: Measure) -> String {
    switch measure.savings {
    case .hoursPerYear(let hours):
      return measure.isStatedInMinutes
        ? "minutes=\(NumberFormat.plain(hours * 60))" : "hours=\(NumberFormat.plain(hours))"
    case .perCase(let minutes, let cases, let uptake):
      return [
        "per_case.minutes=\(NumberFormat.plain(minutes))",
        "per_case.cases_per_1000=\(NumberFormat.plain(cases))",
        "per_case.uptake.under65=\(NumberFormat.plain(uptake.under65))",
        "per_case.uptake.elderly=\(NumberFormat.plain(uptake.elderly))",
      ].joined(separator: ";")
    case .shareOfRoutine(let share):
      return "routine_share=\(NumberFormat.plain(share))"
    }
  }
}

extension ReportColumn where Row == MeasureReport.Row {
  /// A column of one of a measure's fields, its cells marked `*` where the scenario assumes
  /// that field's value.
  fileprivate static func assumable(
    _ header: LocalizedText, field: String, _ alignment: Alignment = .right,
    unit: LocalizedText? = nil, isEssential: Bool = false,
    cell: @escaping @Sendable (Row) -> Report.Cell
  ) -> ReportColumn {
    ReportColumn(
      header, field: field, unit: unit, alignment: alignment, isEssential: isEssential
    ) { row in
      cell(row).marked(row.assumed.contains(field) ? "*" : nil)
    }
  }
}
