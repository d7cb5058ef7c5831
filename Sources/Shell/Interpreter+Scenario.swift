import Bilingual
import Rendering
import Words

/// `--scenario FILE|NAME`: one answer under another scenario, for every command that answers
/// from one, handled here once; and the `scenario` field machine formats carry.
extension Interpreter {
  /// Runs `command` on a copy of the session with the scenario `reference` names in place;
  /// the session keeps its own scenario and changes, and only the report shown (for
  /// `export`).
  static func executeElsewhere(
    _ command: Command, _ invocation: Invocation, scenario reference: String,
    session: inout Session, location: Location?
  ) -> Outcome {
    var other: Session
    do {
      other = try session.answering(from: reference)
    } catch {
      var error = error
      error.message = Words.Snapshots.inOption(
        error.message, command: invocation.name, value: reference)
      return Outcome(
        [
          errorReply(
            error, location: location, language: invocation.settings.language,
            width: session.width)
        ], status: .failure)
    }
    let outcome = run(command, invocation, session: &other, location: location)
    session.lastReport = other.lastReport
    return outcome
  }
}

extension Invocation {
  /// Removes `--scenario VALUE` from the arguments: the scenario to answer under, if given.
  /// A command that changes the session, or does not answer from a scenario, refuses it.
  mutating func takeScenarioOption(_ command: Command) throws(CommandError) -> String? {
    guard arguments.contains(where: { $0 == "--scenario" || $0.hasPrefix("--scenario=") }) else {
      return nil
    }
    guard command.answersFromScenario else {
      throw CommandError(
        Words.Snapshots.takesNoScenario(name), suggestion: Words.Snapshots.loadOrUse)
    }
    return try option("--scenario")
  }
}

extension Command {
  /// The option every command that answers from a scenario takes (beside the output
  /// options), for completion and did-you-mean.
  static let scenarioOption = "--scenario"
}

extension Report {
  /// The report with a `scenario` column for programs, naming the scenario its rows come
  /// from, so that the csv or json of two runs can be joined; last, so that the fields
  /// before it keep their places. A report that names its scenarios already is kept.
  func naming(scenario name: String) -> Report {
    guard !Report.Column.namesScenario(columns) else { return self }
    var named = self
    named.columns.append(.scenario)
    named.rows = rows.map { row in
      row + Array(repeating: .empty, count: max(0, columns.count - row.count)) + [.text(name)]
    }
    return named
  }
}

extension Report.Column {
  /// The `scenario` field of csv and json (docs/commands.md, "Output formats").
  static let scenario = Report.Column(
    Words.Snapshots.scenarioField, field: "scenario", alignment: .left, isKey: true,
    audience: .programs)

  /// Whether `columns` name the scenarios their rows come from already: `scenario`, or
  /// `diff`'s `scenario_a` and `scenario_b`; an empty report has no rows to name.
  static func namesScenario(_ columns: [Report.Column]) -> Bool {
    columns.isEmpty
      || columns.contains { [scenario.field, "scenario_a", "scenario_b"].contains($0.field) }
  }
}
