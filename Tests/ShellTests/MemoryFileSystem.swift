import Shell
import Synchronization

/// Files in memory, for testing `load`, `save` and `run` without a disk (the fuzzing harness
/// uses it too: Tests/Fuzz/Harness/MemoryFileSystem.swift is a symbolic link to this file).
final class MemoryFileSystem: FileSystem {
  private let files: Mutex<[String: String]>

  init(_ files: [String: String] = [:]) {
    self.files = Mutex(files)
  }

  /// Replaces every file: a fresh file system for the next test or fuzzing input, for a
  /// session that keeps this one.
  func replaceAll(with files: [String: String]) {
    self.files.withLock { $0 = files }
  }

  subscript(path: String) -> String? {
    files.withLock { $0[normalized(path)] }
  }

  func read(_ path: String, allowingPipes: Bool) throws -> String {
    guard let text = self[path] else { throw FileError.noSuchFile }
    return text
  }

  func write(_ text: String, to path: String, replacing: Bool) throws {
    try files.withLock { files in
      if !replacing, files[normalized(path)] != nil { throw FileError.exists }
      files[normalized(path)] = text
    }
  }

  func remove(_ path: String) throws {
    files.withLock { _ = $0.removeValue(forKey: normalized(path)) }
  }

  func exists(_ path: String) -> Bool { self[path] != nil || isDirectory(path) }

  func isDirectory(_ path: String) -> Bool {
    let prefix = normalized(path) + "/"
    return files.withLock { $0.keys.contains { $0.hasPrefix(prefix) } }
  }

  func absolute(_ path: String) -> String { "/" + normalized(path) }

  func entries(of directory: String) -> [String] {
    let prefix = normalized(directory)
    let names = files.withLock { Array($0.keys) }
    var entries: Set<String> = []
    for name in names where name.hasPrefix(prefix) {
      let rest = name.dropFirst(prefix.count)
      if let slash = rest.firstIndex(of: "/") {
        entries.insert(String(rest[..<slash]) + "/")
      } else {
        entries.insert(String(rest))
      }
    }
    return entries.sorted()
  }

  private func normalized(_ path: String) -> String {
    var parts: [Substring] = []
    for part in path.split(separator: "/") {
      if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(part) }
    }
    return parts.joined(separator: "/") + (path.hasSuffix("/") && !parts.isEmpty ? "/" : "")
  }
}
