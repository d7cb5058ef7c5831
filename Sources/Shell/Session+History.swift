import Bilingual
import ScenarioFile
import Simulation
import Words

/// The changes made in a session, for `undo` and `redo`: every command that changed the
/// state (`set`, `unset`, `measure`, `load`, `reload`, `save`, `use`, `recover`), with the
/// state before and after it.
///
/// The interpreter records a step for each command that changed the state, as typed, so no
/// command records its own. `undo` brings back the state before the last step, `redo` the
/// state after the last step undone; a new change forgets the steps undone. Undo never
/// touches a file: after `save`, the file stays as written and the session returns to the
/// state before, its changes unsaved again (docs/commands.md, "undo, redo").
struct History: Sendable {
  /// One change: the command as typed and the states it went between.
  struct Step: Sendable {
    var command: String
    var before: Session.State
    var after: Session.State
    /// The file the command wrote (`save`), which undoing it leaves on disk as written.
    var wrote: String?
  }

  /// How many steps are kept: the oldest is forgotten beyond it. A step keeps the loaded
  /// file's document and scenario (shared between steps over one file) and the changes, not
  /// the scenario in force, which is decoded again when a step is undone or redone.
  static let depth = 1_000

  private(set) var done: [Step] = []
  private(set) var undone: [Step] = []
  /// How many of the oldest steps were forgotten (beyond `depth`).
  private(set) var forgotten = 0
  /// Counts steps recorded, undone and redone: a command that ran others (`run`, `recover`)
  /// records none of its own when they recorded theirs.
  private(set) var operations = 0
  /// The file `save` just wrote, for the step the interpreter records next.
  var written: String?

  mutating func record(_ step: Step) {
    var step = step
    step.wrote = written
    written = nil
    done.append(step)
    if done.count > Self.depth {
      done.removeFirst(done.count - Self.depth)
      forgotten += 1
    }
    undone = []
    operations += 1
  }

  mutating func popDone() -> Step? {
    guard let step = done.popLast() else { return nil }
    undone.append(step)
    operations += 1
    return step
  }

  mutating func popUndone() -> Step? {
    guard let step = undone.popLast() else { return nil }
    done.append(step)
    operations += 1
    return step
  }
}

extension Session {
  /// Where the history stood before a command ran, for `recordChange(_:from:since:)`.
  struct HistoryMark: Sendable {
    var revision: Int
    var operations: Int
    var state: State
  }

  var historyMark: HistoryMark {
    HistoryMark(revision: revision, operations: history.operations, state: state)
  }

  /// Records `command` as a step when it changed the state and recorded nothing itself
  /// (the commands of a script record their own).
  mutating func recordChange(_ command: String, since mark: HistoryMark) {
    // A command that left the state as it was (`reload` of an unchanged file) is no step.
    guard revision != mark.revision, history.operations == mark.operations, state != mark.state
    else {
      history.written = nil
      return
    }
    history.record(History.Step(command: command, before: mark.state, after: state))
  }

  /// Undoes the last change: the state before it comes back.
  /// - Returns: what `undo` says: the command undone and what came back.
  mutating func undo() throws(CommandError) -> LocalizedText {
    guard let step = history.done.last else {
      throw CommandError(
        Words.Undo.nothingToUndo,
        suggestion: history.forgotten > 0
          ? Words.Undo.onlyKept(History.depth)
          : history.undone.isEmpty ? Words.Undo.noChangeYet : Words.Undo.allUndone)
    }
    let current = state
    try restore(step.before)
    _ = history.popDone()
    return Words.Undo.undid(
      step.command, now: describe(from: current),
      fileKept: step.wrote.map { Words.Undo.fileStays($0) })
  }

  /// Makes the last change undone again.
  mutating func redo() throws(CommandError) -> LocalizedText {
    guard let step = history.undone.last else {
      throw CommandError(Words.Undo.nothingToRedo, suggestion: Words.Undo.redoAfterUndo)
    }
    let current = state
    try restore(step.after)
    _ = history.popUndone()
    return Words.Undo.redid(step.command, now: describe(from: current))
  }

  /// Makes `state` the session's, decoding its scenario again.
  mutating func restore(_ state: State) throws(CommandError) {
    let scenario: Scenario
    if state.overrides.isEmpty {
      scenario = state.fileScenario
    } else {
      // It decoded when it was made, and decoding is a function of the document and the
      // changes; a failure here would be a defect, reported rather than trapped.
      guard
        let decoded = ScenarioFile.decode(state.document, overrides: state.overrides).0
      else { throw CommandError(Words.Undo.cannotRestore) }
      scenario = decoded
    }
    self.state = state
    self.scenario = scenario
    hasWarnedAboutQuitting = false
  }

  /// What the session holds now that it did not in `earlier`: another scenario (with how
  /// many changes), or the values that moved, as they are now.
  func describe(from earlier: State) -> LocalizedText {
    if !state.isSameFile(as: earlier) {
      return Words.Undo.scenarioNow(localizedSourceName, changes: overrides.count)
    }
    var paths: [[String]] = []
    for path in (earlier.overrides + overrides).map(\.path) where !paths.contains(path) {
      paths.append(path)
    }
    let moved = paths.filter { state.value(at: $0) != earlier.value(at: $0) }
    guard !moved.isEmpty else {
      return Words.Undo.scenarioNow(localizedSourceName, changes: overrides.count)
    }
    return Words.Undo.values(
      moved.map { (path: $0.joined(separator: "."), value: state.value(at: $0)) })
  }
}

extension Session.State {
  /// The value at a full path as it stands, the changes laid over the file, written on one
  /// line; `nil` when the scenario has none there.
  func value(at path: [String]) -> String? {
    Self.value(at: path, in: ScenarioFile.merged(document, overrides: overrides))
  }

  /// The value at a full path in the loaded file, without the changes.
  func fileValue(at path: [String]) -> String? {
    Self.value(at: path, in: document.root)
  }

  private static func value(at path: [String], in root: Node) -> String? {
    var node: Node? = root
    // A key under an annotated value (`staff_target.share`) is the value's.
    for key in path { node = node?.table?[key] ?? node?.table?["value"]?.table?[key] }
    guard let node else { return nil }
    let value = node.table?["value"] ?? node
    // A table or array as `set` takes it, so that `x = { 2020 = 1, 2040 = 0.5 }` reads as one
    // value, and a measure's `savings = { hours = 200 }` as written; a word as it is shown.
    return value.shownText
  }

  /// Whether both states hold the same file as it was read (the changes aside).
  func isSameFile(as other: Self) -> Bool {
    origin == other.origin && loadedText == other.loadedText && document == other.document
  }
}
