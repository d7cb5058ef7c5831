import Foundation
import ScenarioFile
import Words

/// Unsaved changes kept on disk while an interactive session runs, so that a crash, a closed
/// terminal or a killed process loses nothing: the next session offers them to `recover`.
///
/// The journal is a script of the commands that rebuild the session's state: `load` of the
/// scenario, then one `set` per change. It is rewritten (atomically) whenever the changes
/// change, and removed when there are none or when the session ends normally. Each running
/// shell has its own file, named after its process id; a file whose process is gone is one
/// to recover.
public struct Recovery: Sendable {
  /// The folder of the journals: `$XDG_STATE_HOME/aizusim`, else `~/.local/state/aizusim`.
  public let directory: String
  public let fileSystem: any FileSystem
  /// This process's journal.
  public let path: String

  /// A journal left by a session that ended without leaving normally.
  public struct Journal: Sendable, Equatable {
    public var path: String
    public var text: String
    /// The `set` lines: one per change.
    public var changeCount: Int {
      text.split(separator: "\n").filter { $0.hasPrefix("set ") }.count
    }
    /// The scenario the changes were made over, as its `load` line names it.
    public var scenario: String {
      let load = text.split(separator: "\n").first { $0.hasPrefix("load ") } ?? ""
      return String(load.dropFirst("load ".count).dropLast(" --discard".count))
    }
  }

  public init?(environment: [String: String], fileSystem: any FileSystem, processID: Int32) {
    let base: String
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      base = state
    } else if let home = environment["HOME"], home.hasPrefix("/") {
      base = home + "/.local/state"
    } else {
      return nil
    }
    directory = base + "/aizusim"
    self.fileSystem = fileSystem
    path = directory + "/unsaved-\(processID).aizu"
  }

  /// The script that rebuilds `session`'s changes, or `nil` when there are none.
  public static func script(for session: Session) -> String? {
    guard session.isModified else { return nil }
    let scenario: String
    switch session.origin {
    case .builtin(let name): scenario = name
    case .file(_, let absolute): scenario = absolute
    }
    var lines = [
      Words.Files.journalHeader(session.localizedSourceName.text(in: session.language))
        .text(in: session.language),
      "load \(Tokenizer.quotedIfNeeded(scenario)) --discard",
    ]
    for override in session.overrides {
      lines.append(
        "set \(Tokenizer.quotedIfNeeded(override.quotedPathText)) \(override.value.tomlText)")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Writes this session's journal, or removes it when there is nothing to keep.
  public func record(_ session: Session) throws {
    guard let script = Self.script(for: session) else {
      try fileSystem.remove(path)
      return
    }
    if !fileSystem.isDirectory(directory) {
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700])
    }
    try fileSystem.write(script, to: path, replacing: true)
  }

  /// Removes this session's journal (it ended normally).
  public func discard() {
    try? fileSystem.remove(path)
  }

  /// The journals of sessions whose process is gone, newest first.
  public func abandoned() -> [Journal] {
    let names = fileSystem.entries(of: directory + "/").filter {
      $0.hasPrefix("unsaved-") && $0.hasSuffix(".aizu")
    }
    var found: [(Journal, Int)] = []
    for name in names {
      let digits = name.dropFirst("unsaved-".count).dropLast(".aizu".count)
      guard let pid = Int32(digits), !Self.isRunning(pid) else { continue }
      let file = directory + "/" + name
      guard let text = try? fileSystem.read(file) else { continue }
      found.append((Journal(path: file, text: text), Self.modificationTime(file)))
    }
    return found.sorted { $0.1 > $1.1 }.map(\.0)
  }

  private static func isRunning(_ pid: Int32) -> Bool {
    kill(pid, 0) == 0 || errno == EPERM
  }

  private static func modificationTime(_ path: String) -> Int {
    var status = stat()
    return stat(path, &status) == 0 ? Int(status.st_mtim.tv_sec) : 0
  }
}
