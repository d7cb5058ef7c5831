import Bilingual
import Rendering
import Simulation
import Words

extension Command {
  static let undo = Command(
    name: "undo",
    usage: "undo",
    summary: Words.Undo.undoSummary,
    details: Words.Undo.undoDetails,
    examples: ["undo"],
    answersFromScenario: false,
    run: { invocation, session throws(CommandError) in
      guard invocation.arguments.isEmpty else {
        throw CommandError(Words.Shell.takesNoArguments("undo"))
      }
      return .text(try session.undo())
    })

  static let redo = Command(
    name: "redo",
    usage: "redo",
    summary: Words.Undo.redoSummary,
    details: Words.Undo.redoDetails,
    examples: ["redo"],
    answersFromScenario: false,
    run: { invocation, session throws(CommandError) in
      guard invocation.arguments.isEmpty else {
        throw CommandError(Words.Shell.takesNoArguments("redo"))
      }
      return .text(try session.redo())
    })

  static let changes = Command(
    name: "changes",
    usage: "changes",
    summary: Words.Undo.changesSummary,
    details: Words.Undo.changesDetails,
    examples: ["changes", "changes --format csv"],
    columns: ChangesReport.columns.map(\.column),
    run: { invocation, session throws(CommandError) in
      try invocation.rejectUnknownOptions(known: outputOptions)
      guard invocation.arguments.isEmpty else {
        throw CommandError(Words.Shell.takesNoArguments("changes"))
      }
      // Programs read an empty table; people, that there is nothing.
      guard session.isModified || invocation.settings.format.isForPrograms else {
        return .text(Words.Show.noUnsavedChanges)
      }
      return .report(ChangesReport(session: session).report)
    })
}

/// What `changes` shows: a row per change made at the prompt, with the loaded file's value
/// and the value now; each column declared once below.
struct ChangesReport {
  let session: Session

  /// One change: its path, the values before and after it, and the command.
  struct Row {
    var path: String
    var fileValue: String?
    var value: String?
    var command: String
  }

  typealias U = Words.Undo

  static let columns: [ReportColumn<Row>] = [
    .init(U.path, field: "path", alignment: .left, isKey: true) { .text($0.path) },
    .init(U.fileValue, field: "file_value", alignment: .left, isEssential: true) {
      $0.fileValue.map { .text($0) } ?? .empty
    },
    .init(U.value, field: "value", alignment: .left, isEssential: true) {
      $0.value.map { .text($0) } ?? .empty
    },
    .init(U.command, field: "command", alignment: .left) { .text($0.command) },
  ]

  var report: Report {
    let state = session.state
    let rows = state.overrides.map {
      Row(
        path: $0.pathText, fileValue: state.fileValue(at: $0.path),
        value: state.value(at: $0.path), command: $0.command)
    }
    return Report(
      title: U.changesTitle(session.localizedSourceName), rows: rows, columns: Self.columns,
      notes: [U.changesNote])
  }
}
