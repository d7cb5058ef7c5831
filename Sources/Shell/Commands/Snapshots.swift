import Bilingual
import Rendering
import Simulation
import Words

extension Command {
  static let snapshot = Command(
    name: "snapshot",
    usage: "snapshot NAME [--force]",
    summary: Words.Snapshots.snapshotSummary,
    details: Words.Snapshots.snapshotDetails,
    examples: ["snapshot low-recruitment", "snapshot baseline --force"],
    answersFromScenario: false,
    complete: { context in
      context.previous.count == 1
        ? context.session.snapshotNames.filter {
          $0.hasPrefix(context.current)
        } : []
    },
    run: { invocation, session throws(CommandError) in
      var invocation = invocation
      let force = invocation.flag("--force")
      try invocation.rejectUnknownOptions(known: ["--force"])
      guard invocation.arguments.count == 1, let name = invocation.arguments.first else {
        throw CommandError(Words.Snapshots.needsName, suggestion: Words.Snapshots.example)
      }
      let replaced = try session.takeSnapshot(name, replacing: force)
      return .text(Words.Snapshots.taken(name, state: session.stateWords, replaced: replaced))
    })

  static let use = Command(
    name: "use",
    usage: "use NAME",
    summary: Words.Snapshots.useSummary,
    details: Words.Snapshots.useDetails,
    examples: ["use low-recruitment"],
    answersFromScenario: false,
    complete: { context in
      context.previous.count == 1
        ? context.session.snapshotNames.filter {
          $0.hasPrefix(context.current)
        } : []
    },
    run: { invocation, session throws(CommandError) in
      guard invocation.arguments.count == 1, let name = invocation.arguments.first else {
        throw CommandError(
          Words.Snapshots.useNeedsName,
          suggestion: session.snapshots.isEmpty
            ? Words.Snapshots.noneYet : Words.Snapshots.snapshotsListsThem)
      }
      let snapshot = try session.snapshot(named: name)
      // Using the state already in use changes nothing, so there is no step to undo.
      guard snapshot.state != session.state else {
        return .text(Words.Snapshots.alreadyUsing(name, state: session.stateWords))
      }
      // The state it replaces, unsaved changes included, stays in the history: `undo`.
      session.use(snapshot)
      return .text(Words.Snapshots.using(name, state: session.stateWords))
    })

  static let snapshots = Command(
    name: "snapshots",
    usage: "snapshots",
    summary: Words.Snapshots.snapshotsSummary,
    details: Words.Snapshots.snapshotsDetails,
    examples: ["snapshots", "snapshots --format csv"],
    columns: SnapshotsReport.columns.map(\.column),
    answersFromScenario: false,
    run: { invocation, session throws(CommandError) in
      try invocation.rejectUnknownOptions(known: outputOptions)
      guard invocation.arguments.isEmpty else {
        throw CommandError(Words.Shell.takesNoArguments("snapshots"))
      }
      guard !session.snapshots.isEmpty || invocation.settings.format.isForPrograms else {
        return .text(Words.Snapshots.noneYet)
      }
      return .report(SnapshotsReport(snapshots: session.snapshots).report)
    })
}

/// What `snapshots` shows: a row per snapshot, in the order taken; each column declared once.
struct SnapshotsReport {
  let snapshots: [Snapshot]

  typealias S = Words.Snapshots

  static let columns: [ReportColumn<Snapshot>] = [
    .init(S.name, field: "name", alignment: .left, isKey: true) { .text($0.name) },
    .init(S.scenario, field: "scenario_name", alignment: .left, isEssential: true) {
      .text($0.scenario.name)
    },
    .init(S.file, field: "file", alignment: .left, isEssential: true) {
      switch $0.state.origin {
      case .builtin(let name): .words(Words.Files.builtin(name), value: name)
      case .file(let path, _): .text(path)
      }
    },
    .init(S.changes, field: "changes", isEssential: true) { .integer($0.state.overrides.count) },
    .init(S.order, field: "taken") { .integer($0.number) },
  ]

  var report: Report {
    Report(title: S.title, rows: snapshots, columns: Self.columns, notes: [S.note])
  }
}
