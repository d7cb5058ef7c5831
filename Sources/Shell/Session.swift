import Rendering
import ScenarioFile
import Simulation

/// Everything a shell session holds: the scenario and where it came from, the
/// changes typed at the prompt, and the output settings.
public struct Session: Sendable {
  /// Where the loaded scenario came from.
  public enum Origin: Sendable, Equatable {
    case builtin(String)
    /// A file, by the path the user gave and its absolute form.
    case file(path: String, absolute: String)
  }

  public let fileSystem: any FileSystem
  public private(set) var origin: Origin
  public private(set) var document: ScenarioDocument
  /// Values set at the prompt, in the order they were set.
  public private(set) var overrides: [Override] = []
  /// The scenario in force: the document with the overrides laid over it.
  public private(set) var scenario: Scenario
  /// Warnings the scenario loaded with.
  public private(set) var warnings: [Diagnostic] = []

  public var format: OutputFormat = .table
  public var language: Language = .en
  /// The terminal's width for wrapping tables, or `nil` (scripts: never wrap).
  public var width: Int?
  public var style: TextStyle = .plain
  /// Whether a person is at the keyboard (the prompt asks before discarding changes).
  public var isInteractive = false
  /// Whether a script stops at its first failing command.
  public var bail = false
  /// Polled by long commands: true once the user pressed Ctrl-C.
  public var isCancelled: @Sendable () -> Bool = { false }
  /// Set when the user was warned that quitting discards changes.
  var hasWarnedAboutQuitting = false
  /// Set by `quit`: the exit status the interpreter hands back.
  var requestedExit: Int32?

  /// A session with the built-in scenario loaded.
  public init(fileSystem: any FileSystem = LocalFileSystem()) throws(CommandError) {
    self.fileSystem = fileSystem
    let loaded = try Self.loadBuiltin(ScenarioFile.builtinName)
    origin = .builtin(ScenarioFile.builtinName)
    document = loaded.document
    scenario = loaded.scenario
  }

  /// Whether there are changes not yet saved to a file.
  public var isModified: Bool { !overrides.isEmpty }

  /// The name of the loaded file, as diagnostics name it (`aizu (built in)`, `whatif.toml`).
  public var sourceName: String {
    switch origin {
    case .builtin(let name): "\(name) (built in)"
    case .file(let path, _): path
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
        "no built-in scenario '\(name)'",
        suggestion: "the built-in scenario is '\(ScenarioFile.builtinName)'")
    }
    return try load(text, fileSystem: nil)
  }

  private static func load(_ text: ScenarioText, fileSystem: (any FileSystem)?) throws(CommandError)
    -> Loaded
  {
    let (document, problems) = ScenarioFile.read(text) { reference, from in
      guard let fileSystem else { throw FileError("no file system") }
      let path = fileSystem.resolve(reference, relativeTo: from.name)
      return ScenarioText(
        name: path, identity: fileSystem.absolute(path), text: try fileSystem.read(path))
    }
    guard let document else { throw failure(loading: text.name, problems) }
    // Decoded even when reading found errors (an unknown municipality, dropped from the
    // document), so that the user sees every problem at once; any error fails the load.
    let (scenario, more) = ScenarioFile.decode(document)
    let all = problems + more
    guard let scenario, !all.hasErrors else { throw failure(loading: text.name, all) }
    return Loaded(document: document, scenario: scenario, warnings: all.filter { !$0.isError })
  }

  private static func failure(loading name: String, _ diagnostics: [Diagnostic]) -> CommandError {
    let errors = diagnostics.filter(\.isError)
    let count = errors.count == 1 ? "1 problem" : "\(errors.count) problems"
    return CommandError(
      "cannot load \(name): \(count)", details: diagnostics.inFileOrder.map(\.description))
  }

  /// Loads a scenario file (or a built-in scenario by name), replacing the current
  /// one and its changes; on any error nothing changes.
  public mutating func load(_ path: String) throws(CommandError) {
    let loaded: Loaded
    let newOrigin: Origin
    if let builtin = ScenarioFile.builtin(path) {
      loaded = try Self.load(builtin, fileSystem: nil)
      newOrigin = .builtin(path)
    } else {
      let text: String
      do {
        text = try fileSystem.read(path)
      } catch {
        throw CommandError(
          "cannot read '\(path)': \(error)",
          suggestion: path.hasSuffix(".toml")
            ? nil : "scenario files end in .toml; the built-in one is '\(ScenarioFile.builtinName)'"
        )
      }
      let absolute = fileSystem.absolute(path)
      loaded = try Self.load(
        ScenarioText(name: path, identity: absolute, text: text), fileSystem: fileSystem)
      newOrigin = .file(path: path, absolute: absolute)
    }
    origin = newOrigin
    document = loaded.document
    scenario = loaded.scenario
    warnings = loaded.warnings
    overrides = []
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
        "cannot reload \(path) with the changes made at the prompt",
        suggestion: "`unset` the changes named below, or `load --discard \(path)`",
        details: problems.map(\.description))
    }
    fresh.overrides = kept
    fresh.scenario = scenario
    self = fresh
  }

  // MARK: - Changes at the prompt

  /// Sets a value, checking it with the rest of the scenario; on error nothing changes.
  /// - Returns: the value it replaces, as written, if any.
  @discardableResult
  public mutating func set(_ pathText: String, to valueText: String) throws(CommandError) -> String?
  {
    let command = "set \(pathText) \(valueText)"
    let path: [String]
    switch ScenarioFile.settingPath(pathText, in: document) {
    case .success(let p): path = p
    case .failure(let diagnostic):
      throw CommandError(
        diagnostic.message + " in `set \(pathText)`", suggestion: diagnostic.suggestion)
    }
    guard let value = ScenarioFile.value(valueText, command: command) else {
      throw CommandError(
        "'\(valueText)' is not a value",
        suggestion: "write a number (1900), a word (target) or a table ({ 2040 = 0.5 })")
    }
    let previous = currentValue(at: path)
    let candidate =
      overrides.filter { $0.path != path } + [Override(path: path, value: value, command: command)]
    let (scenario, problems) = ScenarioFile.decode(document, overrides: candidate)
    guard let scenario else {
      let errors = problems.filter(\.isError)
      if errors.count == 1, let only = errors.first {
        throw CommandError(
          only.path.isEmpty ? only.message : "\(only.path): \(only.message)",
          suggestion: only.suggestion)
      }
      throw CommandError("cannot set \(pathText)", details: errors.map(\.description))
    }
    overrides = candidate
    self.scenario = scenario
    hasWarnedAboutQuitting = false
    return previous
  }

  /// Removes the changes made at the prompt under `pathText`.
  /// - Returns: the paths unset.
  public mutating func unset(_ pathText: String) throws(CommandError) -> [String] {
    let path: [String]
    switch ScenarioFile.settingPath(pathText, in: document) {
    case .success(let p): path = p
    case .failure(let diagnostic):
      throw CommandError(diagnostic.message, suggestion: diagnostic.suggestion)
    }
    let removed = overrides.filter { $0.path.starts(with: path) }
    guard !removed.isEmpty else {
      throw CommandError(
        "\(pathText) was not changed at the prompt",
        suggestion: overrides.isEmpty
          ? "there are no changes" : "changed: \(overrides.map(\.pathText).joined(separator: ", "))"
      )
    }
    let kept = overrides.filter { !$0.path.starts(with: path) }
    let (scenario, problems) = ScenarioFile.decode(document, overrides: kept)
    guard let scenario else {
      throw CommandError("cannot unset \(pathText)", details: problems.map(\.description))
    }
    overrides = kept
    self.scenario = scenario
    return removed.map(\.pathText)
  }

  /// The value at a full path as it stands, written on one line.
  func currentValue(at path: [String]) -> String? {
    var node: Node? = document.root
    for key in path { node = node?.table?[key] }
    if let override = overrides.last(where: { $0.path == path }) { node = override.value }
    guard let node else { return nil }
    return (node.table?["value"] ?? node).inlineText
  }

  // MARK: - Saving

  /// Writes the changes as a what-if extending the current scenario, then loads it.
  public mutating func save(to path: String, replacing: Bool) throws(CommandError) {
    if !replacing, fileSystem.exists(path) {
      throw CommandError(
        "'\(path)' exists",
        suggestion: "choose another name, or `save --force \(path)` to replace it")
    }
    let base: String
    switch origin {
    case .builtin(let name): base = name
    case .file(_, let absolute): base = relativePath(from: fileSystem.absolute(path), to: absolute)
    }
    let name = Self.stem(of: path)
    let text = ScenarioFile.whatIfText(extending: base, name: name, overrides: overrides)
    do {
      try fileSystem.write(text, to: path, replacing: replacing)
    } catch {
      throw CommandError("cannot write '\(path)': \(error)")
    }
    try load(path)
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
}
