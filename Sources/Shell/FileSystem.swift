import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The files the shell reads and writes: scenarios, scripts, saved what-ifs.
///
/// The interpreter goes through this protocol so tests can give it files in memory.
public protocol FileSystem: Sendable {
  /// The text of a file, as UTF-8.
  func read(_ path: String) throws -> String
  /// The text of a file, as UTF-8, with the byte order mark at its start if it has one (`read`
  /// drops it): for a file written back as it was, such as a transcript under `--update`.
  func readVerbatim(_ path: String) throws -> String
  /// Writes a file atomically (a reader sees the old file or the new, never half of
  /// one); fails if the file exists and `replacing` is false.
  func write(_ text: String, to path: String, replacing: Bool) throws
  func exists(_ path: String) -> Bool
  func isDirectory(_ path: String) -> Bool
  /// An absolute, normalized path, used to tell two names for one file apart.
  func absolute(_ path: String) -> String
  /// The entries of a directory, folders with a trailing `/`, for completing file names.
  func entries(of directory: String) -> [String]
}

/// A file-system failure, in words for a message.
public struct FileError: Error, Sendable, Equatable, CustomStringConvertible {
  public var description: String
  public init(_ description: String) { self.description = description }
}

extension FileSystem {
  /// `read(path)`: a file system that keeps text as given drops nothing.
  public func readVerbatim(_ path: String) throws -> String { try read(path) }

  /// `path` relative to the directory of `file` (a path with a `/` in it), unless absolute.
  public func resolve(_ path: String, relativeTo file: String?) -> String {
    guard !path.hasPrefix("/"), let file, let slash = file.lastIndex(of: "/") else { return path }
    return String(file[...slash]) + path
  }
}

/// The real file system, through Foundation and POSIX.
public struct LocalFileSystem: FileSystem {
  public init() {}

  public func read(_ path: String) throws -> String {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw FileError("no such file")
    }
    if isDirectory.boolValue { throw FileError("it is a directory") }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw FileError("permission denied")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw FileError("not UTF-8 text")
    }
    return text
  }

  public func write(_ text: String, to path: String, replacing: Bool) throws {
    let directory = (path as NSString).deletingLastPathComponent
    let folder = directory.isEmpty ? "." : directory
    var template = Array("\(folder)/.aizusim-save-XXXXXX".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return -1 }
      return mkstemp(base)
    }
    guard fd >= 0 else { throw FileError(String(cString: strerror(errno))) }
    let temporary = String(
      decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    defer { unlink(temporary) }
    let bytes = Array(text.utf8)
    var written = 0
    while written < bytes.count {
      let n = bytes[written...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
      guard n > 0 else {
        close(fd)
        throw FileError(String(cString: strerror(errno)))
      }
      written += n
    }
    fchmod(fd, 0o644)
    fsync(fd)
    close(fd)
    if replacing {
      guard rename(temporary, path) == 0 else { throw FileError(String(cString: strerror(errno))) }
    } else {
      // link() fails if the name exists: an atomic "create, never replace".
      guard link(temporary, path) == 0 else {
        throw FileError(errno == EEXIST ? "the file exists" : String(cString: strerror(errno)))
      }
    }
  }

  public func exists(_ path: String) -> Bool {
    FileManager.default.fileExists(atPath: path)
  }

  public func isDirectory(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      && isDirectory.boolValue
  }

  public func absolute(_ path: String) -> String {
    let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    return URL(fileURLWithPath: full).standardizedFileURL.path
  }

  public func entries(of directory: String) -> [String] {
    let folder = directory.isEmpty ? "." : directory
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.sorted().map { isDirectory(folder + "/" + $0) ? $0 + "/" : $0 }
  }
}

extension LocalFileSystem {
  /// The text of a file with its byte order mark, which Foundation drops when it decodes UTF-8.
  public func readVerbatim(_ path: String) throws -> String {
    // `read` makes every check and gives every message; its text lacks only the mark.
    let text = try read(path)
    guard let data = FileManager.default.contents(atPath: path) else { return text }
    return String(decoding: data, as: UTF8.self)
  }
}
