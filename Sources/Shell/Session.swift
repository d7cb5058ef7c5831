import Bilingual
import Rendering
import ScenarioFile
import Simulation
import Words

/// Everything a shell session holds: the scenario and where it came from, the
/// changes typed at the prompt, and the output settings.
public struct Session: Sendable {
  /// Where the loaded scenario came from.
  public enum Origin: Sendable, Equatable {
    case builtin(String)
    /// A file, by the path the user gave and its absolute form.
    case file(path: String, absolute: String)
  }

  /// Everything a change can change, and `undo` brings back: the loaded file and the changes
  /// made at the prompt. The scenario in force is decoded from it.
  public struct State: Sendable, Equatable {
    public internal(set) var origin: Origin
    public internal(set) var document: ScenarioDocument
    /// The loaded file's scenario, without the changes made at the prompt: what `changes`,
    /// `diff` and the `!` mark compare with.
    public internal(set) var fileScenario: Scenario
    /// Values set at the prompt, in the order they were set.
    public internal(set) var overrides: [Override] = []
    /// Warnings the scenario loaded with.
    public internal(set) var warnings: [Diagnostic] = []
    /// The loaded file's text as it was read, to tell whether it changed on disk before a save.
    var loadedText: String?
  }

  public let fileSystem: any FileSystem
  /// The loaded file and the changes; every change to it is counted, for `undo`.
  public internal(set) var state: State {
    didSet { revision &+= 1 }
  }
  /// The scenario in force: the document with the overrides laid over it.
  public internal(set) var scenario: Scenario
  /// How many times the state changed: the interpreter records a command in the history when
  /// it moved this.
  private(set) var revision = 0
  /// The changes made in this session, for `undo` and `redo` (Session+History.swift).
  var history = History()
  /// States kept by `snapshot NAME`, in the order taken (Session+Snapshots.swift).
  var snapshots: [Snapshot] = []
  /// The name machine formats give the scenario answers come from, when it is not the
  /// scenario's own: a snapshot's, for `--scenario NAME`.
  var labelOverride: String?

  public var origin: Origin { state.origin }
  public var document: ScenarioDocument { state.document }
  public var overrides: [Override] { state.overrides }
  public var warnings: [Diagnostic] { state.warnings }

  public var format: OutputFormat = .table
  public var language: Language = .en
  /// The terminal's width for wrapping tables, measured when a command runs (the window
  /// may have been resized), or `nil` (scripts: never wrap).
  public var measureWidth: @Sendable () -> Int? = { nil }
  /// The width to wrap to now.
  public var width: Int? { measureWidth() }
  public var style: TextStyle = .plain
  /// How rows are laid out in text output (`layout`).
  public var layout: OutputSettings.Layout = .auto
  /// The last report a command showed, for `export`.
  public internal(set) var lastReport: Report?
  /// The last chart a command drew, for `export FILE.svg`.
  public internal(set) var lastChart: Picture?
  /// Whether a person is at the keyboard (the prompt asks before discarding changes).
  public var isInteractive = false
  /// Whether a script stops at its first failing command.
  public var bail = false
  /// Polled by long commands: true once the user pressed Ctrl-C.
  public var isCancelled: @Sendable () -> Bool = { false }
  /// Told how far a long command (`montecarlo`) has got, from any thread, one call at a
  /// time; the executable draws it on a terminal. Silent unless set.
  public var progress: @Sendable (Progress) -> Void = { _ in }
  /// Journals of unsaved changes left by sessions that ended abruptly, for `recover`;
  /// the executable finds them at the start of an interactive session.
  public var recoverable: [Recovery.Journal] = []
  /// Set when the user was warned that quitting discards changes.
  var hasWarnedAboutQuitting = false
  /// Shows one screen of a presentation and waits for the lecturer's key: given by the
  /// executable at a terminal; `nil` elsewhere, where `present` runs straight through.
  public var presentScreen: (@Sendable (_ screen: [Reply]) -> Presentation.Action)?
  /// Called once when a presentation given with `presentScreen` ends, however it ends, so
  /// that the executable can give back the screen as it was before the talk.
  public var presentEnded: (@Sendable () -> Void)?
  /// Whether a presentation is running, so that a step cannot start another.
  var isPresenting = false

  /// A session with the built-in scenario loaded.
  public init(fileSystem: any FileSystem = LocalFileSystem()) throws(CommandError) {
    self.fileSystem = fileSystem
    let loaded = try Self.loadBuiltin(ScenarioFile.builtinName)
    state = State(
      origin: .builtin(ScenarioFile.builtinName), document: loaded.document,
      fileScenario: loaded.scenario, warnings: loaded.warnings)
    scenario = loaded.scenario
  }

  /// Whether there are changes not yet saved to a file.
  public var isModified: Bool { !overrides.isEmpty }

  /// The name of the loaded file as messages give it: `whatif.toml`, or `aizu (built in)`,
  /// `aizu (内蔵)`.
  var localizedSourceName: LocalizedText {
    switch origin {
    case .builtin(let name): Words.Files.builtin(name)
    case .file(let path, _): LocalizedText(path)
    }
  }

  // MARK: - Loading

  private struct Loaded {
    var document: ScenarioDocument
    var scenario: Scenario
    var warnings: [Diagnostic]
  }

  private static func loadBuiltin(_ name: String) throws(CommandError) -> Loaded {
    guard let text = ScenarioFile.builtin(name) else {
      throw CommandError(
        Words.Files.noBuiltin(name), suggestion: Words.Files.builtinIs(ScenarioFile.builtinName))
    }
    return try load(text, fileSystem: nil)
  }

  /// The built-in scenario's name and title as a session loading it has them, read from its
  /// nodes without decoding them (`StartingSession`); `nil` when they cannot be read, which
  /// loading it then reports.
  static var builtinHeading: (name: String, title: LocalizedText)? {
    if let heading = ScenarioFile.builtinHeading(ScenarioFile.builtinName) { return heading }
    guard let text = ScenarioFile.builtin(ScenarioFile.builtinName),
      case (let document?, let problems) = read(text, fileSystem: nil), !problems.hasErrors
    else { return nil }
    return ScenarioFile.heading(of: document)
  }

  /// Reads a scenario file and every file it extends, relative to the file naming them.
  private static func read(_ text: ScenarioText, fileSystem: (any FileSystem)?)
    -> (ScenarioDocument?, [Diagnostic])
  {
    ScenarioFile.read(text) { reference, from in
      guard let fileSystem else { throw FileError(Words.Files.noFileSystem) }
      let path = fileSystem.resolve(reference, relativeTo: from.name)
      return ScenarioText(
        name: path, identity: fileSystem.absolute(path), text: try fileSystem.read(path))
    }
  }

  private static func load(_ text: ScenarioText, fileSystem: (any FileSystem)?) throws(CommandError)
    -> Loaded
  {
    let (document, problems) = read(text, fileSystem: fileSystem)
    guard let document else { throw failure(loading: text.name, problems) }
    // Decoded even when reading found errors (an unknown municipality, dropped from the
    // document), so that the user sees every problem at once; any error fails the load.
    let (scenario, more) = ScenarioFile.decode(document)
    let all = problems + more
    guard let scenario, !all.hasErrors else { throw failure(loading: text.name, all) }
    return Loaded(document: document, scenario: scenario, warnings: all.filter { !$0.isError })
  }

  private static func failure(loading name: String, _ diagnostics: [Diagnostic]) -> CommandError {
    return CommandError(
      Words.Files.cannotLoad(name, problems: diagnostics.count(where: \.isError)),
      details: diagnostics.inFileOrder.map(\.localizedText))
  }

  /// Loads a scenario file (or a built-in scenario by name), replacing the current
  /// one and its changes; on any error nothing changes.
  public mutating func load(_ path: String) throws(CommandError) {
    let loaded: Loaded
    let newOrigin: Origin
    var loadedFileText: String?
    if let builtin = ScenarioFile.builtin(path) {
      loaded = try Self.load(builtin, fileSystem: nil)
      newOrigin = .builtin(path)
    } else {
      let text: String
      do {
        text = try fileSystem.read(path)
      } catch {
        let isMissing = error as? FileError == .noSuchFile
        throw CommandError(
          Words.Files.cannotRead(path, reason: FileError.reason(of: error)),
          suggestion: !isMissing || path.hasSuffix(".toml")
            ? nil : Words.Files.tomlHint(builtins: ScenarioFile.builtinNames))
      }
      let absolute = fileSystem.absolute(path)
      loadedFileText = text
      loaded = try Self.load(
        ScenarioText(name: path, identity: absolute, text: text), fileSystem: fileSystem)
      newOrigin = .file(path: path, absolute: absolute)
    }
    state = State(
      origin: newOrigin, document: loaded.document, fileScenario: loaded.scenario,
      warnings: loaded.warnings, loadedText: loadedFileText)
    scenario = loaded.scenario
    hasWarnedAboutQuitting = false
  }

  /// Reads the current file again, keeping the changes made at the prompt.
  public mutating func reload() throws(CommandError) {
    let kept = overrides
    let path: String
    switch origin {
    case .builtin(let name): path = name
    case .file(let p, _): path = p
    }
    var fresh = self
    try fresh.load(path)
    let (scenario, problems) = ScenarioFile.decode(fresh.document, overrides: kept)
    guard let scenario else {
      throw CommandError(
        Words.Files.cannotReload(path), suggestion: Words.Files.unsetOrDiscard(path),
        details: problems.map(\.localizedText))
    }
    fresh.state.overrides = kept
    fresh.scenario = scenario
    self = fresh
  }

  // MARK: - Changes at the prompt

  /// Sets a value, checking it with the rest of the scenario; on error nothing changes.
  /// - Returns: the value it replaces, as written, if any.
  @discardableResult
  /// - Parameter command: the command as typed, which provenance names (`measure add …`);
  ///   by default `set PATH VALUE`.
  public mutating func set(_ pathText: String, to valueText: String, as command: String? = nil)
    throws(CommandError) -> String?
  {
    let command = command ?? "set \(pathText) \(valueText)"
    let path: [String]
    switch ScenarioFile.settingPath(pathText, in: document) {
    case .success(let p): path = p
    case .failure(let diagnostic):
      throw CommandError(
        Words.Changes.inCommand(diagnostic.message, command: "set \(pathText)"),
        suggestion: diagnostic.suggestion)
    }
    switch path {
    case ["scenario"]:
      throw CommandError(
        Words.Changes.scenarioNameNotSet, suggestion: Words.Changes.saveNamesScenario)
    case ["extends"]:
      throw CommandError(Words.Changes.extendsNotSet, suggestion: Words.Changes.loadThenSave)
    default: break
    }
    guard let value = ScenarioFile.value(valueText, command: command) else {
      throw CommandError(Words.Changes.notAValue(valueText), suggestion: Words.Changes.valueHint)
    }
    let previous = currentValue(at: path)
    let candidate =
      overrides.filter { $0.path != path } + [Override(path: path, value: value, command: command)]
    let (scenario, problems) = ScenarioFile.decode(document, overrides: candidate)
    guard let scenario else {
      let errors = problems.filter(\.isError)
      if errors.count == 1, let only = errors.first {
        throw CommandError(
          only.path.isEmpty ? only.message : only.message.map { "\(only.path): \($0)" },
          suggestion: only.suggestion)
      }
      throw CommandError(Words.Changes.cannotSet(pathText), details: errors.map(\.localizedText))
    }
    state.overrides = candidate
    self.scenario = scenario
    hasWarnedAboutQuitting = false
    return previous
  }

  /// Removes the changes made at the prompt under `pathText`: the file's values come back.
  /// - Returns: the changes removed.
  @discardableResult
  public mutating func unset(_ pathText: String) throws(CommandError) -> [Override] {
    let path: [String]
    switch ScenarioFile.settingPath(pathText, in: document) {
    case .success(let p): path = p
    case .failure(let diagnostic):
      throw CommandError(diagnostic.message, suggestion: diagnostic.suggestion)
    }
    let removed = overrides.filter { $0.path.starts(with: path) }
    guard !removed.isEmpty else {
      throw CommandError(
        Words.Changes.notChanged(pathText),
        suggestion: overrides.isEmpty
          ? Words.Changes.noChanges : Words.Changes.changed(overrides.map(\.pathText)))
    }
    let kept = overrides.filter { !$0.path.starts(with: path) }
    let (scenario, problems) = ScenarioFile.decode(document, overrides: kept)
    guard let scenario else {
      throw CommandError(
        Words.Changes.cannotUnset(pathText), details: problems.map(\.localizedText))
    }
    state.overrides = kept
    self.scenario = scenario
    return removed
  }

  /// Removes every change made at the prompt: the loaded file's scenario comes back.
  /// - Returns: the changes removed.
  @discardableResult
  public mutating func unsetAll() -> [Override] {
    let removed = overrides
    guard !removed.isEmpty else { return [] }
    state.overrides = []
    scenario = state.fileScenario
    return removed
  }

  /// The value at a full path as it stands, written on one line.
  func currentValue(at path: [String]) -> String? {
    state.value(at: path)
  }

  // MARK: - Saving

  /// Saves the changes made at the prompt, then loads what was written.
  ///
  /// - Onto the loaded file (with `replacing`): the file's own keys plus the changes,
  ///   edited in place so its comments stay, and only after reading the result back shows
  ///   it means the scenario as it stands. Refused when the file changed on disk since it
  ///   was loaded.
  /// - Onto a file the loaded scenario extends: refused, since it would change every
  ///   scenario built on it and could make the loaded file extend itself.
  /// - Anywhere else: a short what-if that extends the loaded scenario.
  ///
  /// Writes are atomic and replace an existing file only with `replacing`.
  public mutating func save(to path: String, replacing: Bool) throws(CommandError) {
    let target = fileSystem.canonical(path)
    if case .file(let loaded, _) = origin, fileSystem.canonical(loaded) == target {
      try saveIntoLoadedFile(path, replacing: replacing)
      return
    }
    let builtin = ScenarioFile.builtin(ScenarioFile.builtinName)?.name
    if let base = document.files.dropLast().first(where: {
      $0 != builtin && fileSystem.canonical($0) == target
    }) {
      throw CommandError(
        Words.Files.extendedByLoaded(path, loaded: localizedSourceName, base: base),
        suggestion: Words.Files.saveElsewhere(path))
    }
    if !replacing, fileSystem.exists(path) {
      throw CommandError(
        Words.Files.fileExists(path), suggestion: Words.Files.chooseAnotherName(path))
    }
    let base: String
    switch origin {
    case .builtin(let name): base = name
    case .file(_, let absolute): base = relativePath(from: fileSystem.absolute(path), to: absolute)
    }
    let name = Self.stem(of: path)
    let text = ScenarioFile.whatIfText(extending: base, name: name, overrides: overrides)
    try write(text, to: path, replacing: replacing)
    history.written = path
    try load(path)
  }

  /// Writes the changes into the loaded file itself (see `save`).
  private mutating func saveIntoLoadedFile(_ path: String, replacing: Bool) throws(CommandError) {
    guard replacing else {
      throw CommandError(
        Words.Files.isLoadedScenario(path), suggestion: Words.Files.forceWritesInto(path))
    }
    let current: String
    do {
      current = try fileSystem.read(path)
    } catch {
      throw CommandError(Words.Files.cannotRead(path, reason: FileError.reason(of: error)))
    }
    guard current == state.loadedText else {
      throw CommandError(
        Words.Files.changedOnDisk(path), suggestion: Words.Files.reloadThenSave)
    }
    let refusal = CommandError(
      Words.Files.cannotKeepMeaning(path), suggestion: Words.Files.saveToNewFile(extending: path))
    guard let text = ScenarioFile.text(current, updatedWith: overrides) else { throw refusal }
    // Read back, the edited file must mean exactly the scenario as it stands.
    let (written, problems) = Self.read(
      ScenarioText(name: path, identity: fileSystem.absolute(path), text: text),
      fileSystem: fileSystem)
    guard let written, !problems.hasErrors,
      written.root.isSameValue(as: ScenarioFile.merged(document, overrides: overrides))
    else { throw refusal }
    try write(text, to: path, replacing: true)
    history.written = path
    try load(path)
  }

  private func write(_ text: String, to path: String, replacing: Bool) throws(CommandError) {
    do {
      try fileSystem.write(text, to: path, replacing: replacing)
    } catch {
      throw CommandError(Words.Files.cannotWrite(path, reason: FileError.reason(of: error)))
    }
  }

  /// The file name without folders and extension: the saved scenario's name.
  static func stem(of path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    return name.hasSuffix(".toml") ? String(name.dropLast(5)) : name
  }

  /// A path to `target` from the folder of `file`, both absolute.
  func relativePath(from file: String, to target: String) -> String {
    let from = file.split(separator: "/").dropLast()
    let to = target.split(separator: "/")
    var common = 0
    while common < from.count, common < to.count - 1, from[from.startIndex + common] == to[common] {
      common += 1
    }
    let ups = Array(repeating: "..", count: from.count - common)
    let rest = to[common...].map(String.init)
    return common == 0 ? target : (ups + rest).joined(separator: "/")
  }

  // MARK: - Projections

  /// The scenario projected through `year` (at least the horizon).
  public func projection(through year: Int? = nil) -> Projection {
    Projection(scenario, through: max(year ?? scenario.horizon, scenario.horizon))
  }

  /// The loaded file's scenario, without the changes, projected through `year` (at least the
  /// horizon of either): what the `!` mark compares with; `nil` when nothing was changed.
  public func fileProjection(through year: Int? = nil) -> Projection? {
    guard isModified else { return nil }
    let file = state.fileScenario
    return Projection(file, through: max(year ?? scenario.horizon, scenario.horizon, file.horizon))
  }
}
