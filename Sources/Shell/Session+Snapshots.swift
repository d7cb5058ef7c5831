import Bilingual
import ScenarioFile
import Simulation
import Words

/// A state kept by `snapshot NAME`: the loaded file and the changes, with the scenario they
/// decode to.
struct Snapshot: Sendable {
  var name: String
  var state: Session.State
  var scenario: Scenario
  /// Its place in the order snapshots were taken in this session, from 1.
  var number: Int
}

extension Session {
  /// The longest snapshot name.
  static let snapshotNameLimit = 40

  /// The snapshots' names, in the order taken.
  var snapshotNames: [String] { snapshots.map(\.name) }

  /// Keeps the state as it is under `name`; an existing snapshot of that name is replaced
  /// only with `replacing`.
  /// - Returns: whether one was replaced.
  mutating func takeSnapshot(_ name: String, replacing: Bool) throws(CommandError) -> Bool {
    try checkSnapshotName(name)
    let number = (snapshots.map(\.number).max() ?? 0) + 1
    let snapshot = Snapshot(name: name, state: state, scenario: scenario, number: number)
    guard let index = snapshots.firstIndex(where: { $0.name == name }) else {
      snapshots.append(snapshot)
      return false
    }
    guard replacing else {
      throw CommandError(
        Words.Snapshots.exists(name), suggestion: Words.Snapshots.forceReplaces(name))
    }
    snapshots.remove(at: index)
    snapshots.append(snapshot)
    return true
  }

  /// Refuses a name `diff` or `--scenario` would read as something else: a built-in
  /// scenario, a municipality, a year, a file or an option.
  private func checkSnapshotName(_ name: String) throws(CommandError) {
    let S = Words.Snapshots.self
    let isWord = name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
    guard !name.isEmpty, name.count <= Self.snapshotNameLimit, isWord, !name.hasPrefix("-")
    else {
      throw CommandError(S.notAName(name), suggestion: S.nameHint(maximum: Self.snapshotNameLimit))
    }
    if ScenarioFile.builtinNames.contains(name) {
      throw CommandError(S.isBuiltin(name), suggestion: S.chooseAnotherName)
    }
    if scenario.municipality(named: name) != nil {
      throw CommandError(S.isMunicipality(name), suggestion: S.chooseAnotherName)
    }
    if Year.looksLikeYear(name) {
      throw CommandError(S.isYear(name), suggestion: S.chooseAnotherName)
    }
  }

  /// The snapshot named `name`, or an error with a did-you-mean.
  func snapshot(named name: String) throws(CommandError) -> Snapshot {
    if let found = snapshots.first(where: { $0.name == name }) { return found }
    let S = Words.Snapshots.self
    if ScenarioFile.builtinNames.contains(name) {
      throw CommandError(S.unknown(name), suggestion: S.loadInstead(name))
    }
    throw CommandError(
      S.unknown(name),
      suggestion: snapshots.isEmpty
        ? S.noneYet : Suggestion.guess(name, among: snapshotNames) ?? S.snapshotsListsThem)
  }

  /// Makes a snapshot's state the session's (`use`); the state it replaces stays in the
  /// history, for `undo`.
  mutating func use(_ snapshot: Snapshot) {
    state = snapshot.state
    scenario = snapshot.scenario
    hasWarnedAboutQuitting = false
  }

  /// The scenario loaded and how many changes it holds, as `snapshot` and `use` say it.
  var stateWords: LocalizedText {
    Words.Undo.scenarioNow(localizedSourceName, changes: overrides.count)
  }

  // MARK: - Answers under another scenario

  /// The name machine formats carry in their `scenario` field: the scenario's name as the
  /// prompt shows it (`aizu`, `aizu*` with unsaved changes), or a snapshot's name when the
  /// answer comes from one (`--scenario NAME`).
  var answerLabel: String {
    labelOverride ?? scenario.name + (isModified ? "*" : "")
  }

  /// Puts the scenario `reference` names in place, for one answer: a snapshot's state, a
  /// built-in scenario or a scenario file (in that order: `./low` names a file when a
  /// snapshot is called `low`).
  mutating func answer(from reference: String) throws(CommandError) {
    if let found = snapshots.first(where: { $0.name == reference }) {
      use(found)
      labelOverride = found.name
      // Titles name the scenario the answer is under: the snapshot (`— scenario low`).
      scenario.name = found.name
      return
    }
    if ScenarioFile.builtin(reference) == nil, !reference.hasSuffix(".toml"),
      !fileSystem.exists(reference)
    {
      let S = Words.Snapshots.self
      throw CommandError(
        S.unknownScenario(reference),
        suggestion: Suggestion.guess(reference, among: snapshotNames + ScenarioFile.builtinNames)
          ?? S.scenarioNames(snapshots: snapshotNames, builtins: ScenarioFile.builtinNames))
    }
    try load(reference)
    labelOverride = nil
  }

  /// The session as it would be under `reference` (see `answer(from:)`), this one unchanged.
  func answering(from reference: String) throws(CommandError) -> Session {
    var other = self
    try other.answer(from: reference)
    return other
  }

  /// Candidates for a word naming a scenario: snapshots, built-in scenarios, `.toml` files.
  func scenarioCandidates(_ context: CompletionContext) -> [String] {
    (snapshotNames + ScenarioFile.builtinNames).filter { $0.hasPrefix(context.current) }
      + Command.fileCandidates(context, extensions: [".toml"])
  }
}
