import Bilingual
import Rendering
import Simulation
import Words

extension Command {
  static let check = Command(
    name: "check",
    usage: "check [ID…] [--all]",
    summary: Words.Help.checkSummary,
    details: Words.Help.checkDetails,
    examples: ["check", "check facetime_kept --all", "check --format csv"],
    columns: CheckReport.columns.map(\.column),
    complete: { context in
      context.session.scenario.checks.map(\.id).filter { $0.hasPrefix(context.current) }
        + ["--all"].filter { $0.hasPrefix(context.current) && context.current.hasPrefix("-") }
    },
    run: { invocation, session throws(CommandError) in
      var invocation = invocation
      let all = invocation.flag("--all")
      try invocation.rejectUnknownOptions(known: ["--all"] + Interpreter.outputOptions)
      let scenario = session.scenario
      guard !scenario.checks.isEmpty else { return .text(Words.Check.noChecks) }
      var chosen: [Check] = []
      for id in invocation.arguments {
        guard let check = scenario.checks.first(where: { $0.id == id }) else {
          throw CommandError(
            Words.Check.unknownCheck(id),
            suggestion: Suggestion.guess(id, among: scenario.checks.map(\.id))
              ?? Words.Check.checksAre(scenario.checks.map(\.id)))
        }
        if !chosen.contains(where: { $0.id == id }) { chosen.append(check) }
      }
      let checks = chosen.isEmpty ? scenario.checks : chosen
      let report = CheckReport(
        scenario: scenario,
        ledger: session.ledger(through: checks.map(\.lastYear).max()), checks: checks,
        showsAll: all)
      return Output(items: [.report(report.report)], failed: report.failures > 0)
    })
}

/// What `check` shows: a row per check (per municipality that fails an `each` check, or
/// every municipality with `--all`), with the values compared; each column declared once.
struct CheckReport {
  let scenario: Scenario
  let ledger: Ledger
  let checks: [Check]
  /// Whether an `each` check shows every municipality, not only those that fail.
  let showsAll: Bool

  /// One comparison of a check.
  struct Row {
    var check: Check
    var result: Check.Result
    /// Where, as people read it: a municipality, the region, or the closest of all.
    var place: LocalizedText
    var placeName: String
  }

  typealias C = Words.Check

  static let columns: [ReportColumn<Row>] = [
    .init(C.check, field: "check", alignment: .left, isKey: true) { .text($0.check.id) },
    .init(C.place, field: "municipality", alignment: .left, isKey: true, audience: .people) {
      .words($0.place)
    },
    .init(C.place, field: "municipality", alignment: .left, audience: .programs) {
      .text($0.placeName)
    },
    .init(C.metric, field: "metric", alignment: .left) { .text($0.check.metric.rawValue) },
    .init(Words.Projection.year, field: "year") { .year($0.check.year) },
    .init(C.value, field: "value", isEssential: true) { $0.check.metric.cell($0.result.value) },
    .init(C.condition, field: "relation", alignment: .left, isEssential: true) { row in
      .words(C.condition(row.check.relation, bound: row.bound), value: row.check.relation.rawValue)
    },
    .init(C.bound, field: "bound", isEssential: true) { $0.check.metric.cell($0.result.bound) },
    .init(C.result, field: "passed", alignment: .left, isEssential: true) {
      .bool($0.result.passed, display: $0.result.passed ? C.pass : C.fail)
    },
    .init(C.referenceYear, field: "reference_year", audience: .programs) { row in
      if case .relative(let year, _) = row.check.bound { return .year(year) }
      return .empty
    },
    .init(C.referenceValue, field: "reference_value", audience: .programs) {
      $0.result.reference.map { .number($0, decimals: 0) } ?? .empty
    },
    .init(C.times, field: "times", audience: .programs) { row in
      if case .relative(_, let times) = row.check.bound { return .number(times, decimals: 2) }
      return .empty
    },
  ]

  /// How many comparisons fail, over every municipality of `each` checks.
  var failures: Int {
    checks.reduce(0) { $0 + $1.results(in: ledger).count { !$0.passed } }
  }

  var report: Report {
    var rows: [Row] = []
    var notes: [LocalizedText] = []
    var failed = 0
    for check in checks {
      let results = check.results(in: ledger)
      let failing = results.filter { !$0.passed }
      if !failing.isEmpty { failed += 1 }
      notes.append(check.title.map { [id = check.id] in "\(id): \($0)" })
      guard check.place == .each else {
        rows += results.map { row(check, $0, place: place(of: $0)) }
        continue
      }
      if showsAll {
        rows += results.map { row(check, $0, place: place(of: $0)) }
      } else if failing.isEmpty,
        let closest = results.min(by: { $0.margin(check.relation) < $1.margin(check.relation) })
      {
        rows.append(
          row(check, closest, place: C.eachClosest(results.count, closest: place(of: closest))))
      } else {
        rows += failing.map { row(check, $0, place: place(of: $0)) }
        notes.append(C.eachFailing(check.id, failing: failing.count, of: results.count))
      }
    }
    notes.append(C.summary(checks: checks.count, failed: failed))
    return Report(
      title: C.title(scenario: scenario.name), rows: rows, columns: Self.columns, notes: notes)
  }

  private func row(_ check: Check, _ result: Check.Result, place: LocalizedText) -> Row {
    Row(
      check: check, result: result, place: place,
      placeName: result.municipality ?? scenario.region.ja)
  }

  private func place(of result: Check.Result) -> LocalizedText {
    guard let name = result.municipality, let m = scenario.municipality(named: name) else {
      return ReportPlace.region(of: scenario).shown
    }
    return ReportPlace.municipality(m).shown
  }
}

extension CheckReport.Row {
  /// The bound in words: a number, or the other year's value times the factor.
  var bound: Words.Check.Bound {
    switch check.bound {
    case .value(let x): .value(check.metric.cell(x).display.en)
    case .relative(let year, let times):
      .relative(
        year: year,
        percent: NumberFormat.percent(
          times, decimals: (times * 100).rounded() == times * 100 ? 0 : 1))
    }
  }
}
