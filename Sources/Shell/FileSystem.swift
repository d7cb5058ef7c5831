import Bilingual
import Foundation
import Words

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The files the shell reads and writes: scenarios, scripts, saved what-ifs.
///
/// The interpreter goes through this protocol so tests can give it files in memory.
public protocol FileSystem: Sendable {
  /// The text of a file, as UTF-8, byte for byte (a byte order mark at its start is kept, so
  /// a file written back, such as a transcript under `--update`, keeps it). Scripts may also
  /// come from a pipe (`aizusim <(…)`); scenario files must be regular files.
  func read(_ path: String, allowingPipes: Bool) throws -> String
  /// Writes a file atomically (a reader sees the old file or the new, never half of
  /// one); fails if the file exists and `replacing` is false. Replacing a symbolic link
  /// writes the file it points to; a replaced file keeps its permissions.
  func write(_ text: String, to path: String, replacing: Bool) throws
  /// Removes a file; no error when it does not exist.
  func remove(_ path: String) throws
  func exists(_ path: String) -> Bool
  func isDirectory(_ path: String) -> Bool
  /// An absolute, normalized path, used to tell two names for one file apart.
  func absolute(_ path: String) -> String
  /// The absolute path with symbolic links resolved, for an existing file; else `absolute`.
  /// Two paths name the same file when their canonical paths are equal.
  func canonical(_ path: String) -> String
  /// The entries of a directory, folders with a trailing `/`, for completing file names.
  func entries(of directory: String) -> [String]
}

extension FileSystem {
  /// The text of a regular file, as UTF-8.
  public func read(_ path: String) throws -> String {
    try read(path, allowingPipes: false)
  }

  public func canonical(_ path: String) -> String { absolute(path) }

  /// `path` relative to the directory of `file` (a path with a `/` in it), unless absolute.
  public func resolve(_ path: String, relativeTo file: String?) -> String {
    guard !path.hasPrefix("/"), let file, let slash = file.lastIndex(of: "/") else { return path }
    return String(file[...slash]) + path
  }
}

/// A file-system failure: why a file cannot be read or written, in both languages.
public struct FileError: Error, Sendable, Equatable, CustomStringConvertible {
  public var reason: LocalizedText
  public init(_ reason: LocalizedText) { self.reason = reason }

  /// The reason in English.
  public var description: String { reason.en }

  /// The file does not exist.
  public static let noSuchFile = FileError(Words.Files.noSuchFile)
  /// The file exists, and is not to be replaced.
  public static let exists = FileError(Words.Files.exists)

  /// Why `error` happened, in both languages: a `FileError`'s reason, or the error's own
  /// description (the same in both).
  public static func reason(of error: any Error) -> LocalizedText {
    (error as? FileError)?.reason ?? LocalizedText("\(error)")
  }
}

/// The real file system, through POSIX.
public struct LocalFileSystem: FileSystem {
  /// The largest file read: scenarios and scripts are a few hundred kilobytes at most, and
  /// a bound keeps a mistaken path (a log, a disk image, a pipe that never ends) from
  /// filling memory.
  public static let maximumFileSize = 16 << 20

  public init() {}

  public func read(_ path: String, allowingPipes: Bool) throws -> String {
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else { throw FileError(Self.reason(errno)) }
    defer { close(fd) }
    var status = stat()
    guard fstat(fd, &status) == 0 else { throw FileError(Self.reason(errno)) }
    switch status.st_mode & S_IFMT {
    case S_IFREG:
      if status.st_size > Self.maximumFileSize { throw Self.tooLarge }
    case S_IFDIR: throw FileError(Words.Files.isFolder)
    case S_IFIFO:
      guard allowingPipes else {
        throw FileError(Words.Files.isNamedPipe)
      }
    case S_IFCHR, S_IFBLK: throw FileError(Words.Files.isDevice)
    case S_IFSOCK: throw FileError(Words.Files.isSocket)
    default: throw FileError(Words.Files.isNotRegular)
    }
    // Blocking reads from here on: a pipe's writer may be slower than this reader.
    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
    var bytes: [UInt8] = []
    // A regular file in blocks of its size and a byte more, so that most take one read and
    // a second that finds the end (a journal or a history file is a few hundred bytes); a
    // pipe in blocks of 64 KiB.
    let isRegular = status.st_mode & S_IFMT == S_IFREG
    let blockSize = isRegular ? max(Int(status.st_size) + 1, 4096) : 65536
    while true {
      let oldCount = bytes.count
      bytes += repeatElement(0, count: blockSize)
      let count = bytes.withUnsafeMutableBytes {
        Glibc.read(fd, $0.baseAddress.map { $0 + oldCount }, blockSize)
      }
      bytes.removeLast(blockSize - max(count, 0))
      if count < 0, errno == EINTR { continue }
      if count < 0 { throw FileError(Self.reason(errno)) }
      if count == 0 { break }
      if bytes.count > Self.maximumFileSize { throw Self.tooLarge }
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw FileError(Words.Files.isNotUTF8)
    }
    return text
  }

  private static var tooLarge: FileError {
    FileError(Words.Files.tooLarge(mebibytes: maximumFileSize >> 20))
  }

  /// A system error in words: the common ones as AizuSim says them, others as the C library does.
  private static func reason(_ code: Int32) -> LocalizedText {
    switch code {
    case ENOENT: Words.Files.noSuchFile
    case EACCES, EPERM: Words.Files.permissionDenied
    case ENOTDIR: Words.Files.folderInPathIsFile
    case ELOOP: Words.Files.tooManyLinks
    case ENAMETOOLONG: Words.Files.nameTooLong
    case ENOSPC: Words.Files.diskFull
    case EROFS: Words.Files.readOnly
    default: LocalizedText(String(cString: strerror(code)))
    }
  }

  public func write(_ text: String, to path: String, replacing: Bool) throws {
    // Replacing through a symbolic link writes its target, so the link stays a link.
    let target = replacing ? resolvedLinks(path) : path
    var existing = stat()
    let exists = stat(target, &existing) == 0
    if exists, existing.st_mode & S_IFMT != S_IFREG {
      throw FileError(Words.Files.isNotRegular)
    }
    let directory = (target as NSString).deletingLastPathComponent
    let folder = directory.isEmpty ? "." : directory
    var template = Array("\(folder)/.aizusim-save-XXXXXX".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return -1 }
      return mkstemp(base)
    }
    guard fd >= 0 else { throw FileError(Self.reason(errno)) }
    let temporary = String(
      decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    defer { unlink(temporary) }
    let bytes = Array(text.utf8)
    var written = 0
    while written < bytes.count {
      let n = bytes[written...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
      if n < 0, errno == EINTR { continue }
      guard n > 0 else {
        let code = errno
        close(fd)
        throw FileError(Self.reason(code))
      }
      written += n
    }
    // A replaced file keeps its permissions (a private 0600 file stays private); a new
    // one gets what the user's umask allows, as any editor's would.
    fchmod(fd, exists ? existing.st_mode & 0o7777 : Self.newFileMode)
    if exists, getuid() == 0 { _ = fchown(fd, existing.st_uid, existing.st_gid) }
    guard fsync(fd) == 0 else {
      let code = errno
      close(fd)
      throw FileError(Self.reason(code))
    }
    close(fd)
    if replacing {
      guard rename(temporary, target) == 0 else { throw FileError(Self.reason(errno)) }
    } else {
      // link() fails if the name exists: an atomic "create, never replace".
      guard link(temporary, target) == 0 else {
        throw errno == EEXIST ? FileError.exists : FileError(Self.reason(errno))
      }
    }
  }

  /// 0666 less the process's umask.
  private static var newFileMode: mode_t {
    let mask = umask(0o022)
    umask(mask)
    return 0o666 & ~mask
  }

  /// The path a chain of symbolic links ends at (the last one may not exist yet).
  private func resolvedLinks(_ path: String) -> String {
    var current = path
    for _ in 0..<40 {
      var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      let count = readlink(current, &buffer, buffer.count - 1)
      guard count > 0 else { return current }
      let link = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      current =
        link.hasPrefix("/")
        ? link : (current as NSString).deletingLastPathComponent.appendingPathComponent(link)
    }
    return current
  }

  public func remove(_ path: String) throws {
    guard unlink(path) == 0 || errno == ENOENT else { throw FileError(Self.reason(errno)) }
  }

  public func exists(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 || lstat(path, &status) == 0
  }

  public func isDirectory(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
  }

  public func absolute(_ path: String) -> String {
    let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    return URL(fileURLWithPath: full).standardizedFileURL.path
  }

  public func canonical(_ path: String) -> String {
    guard let resolved = realpath(path, nil) else { return absolute(path) }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  public func entries(of directory: String) -> [String] {
    let folder = directory.isEmpty ? "." : directory
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.sorted().map { isDirectory(folder + "/" + $0) ? $0 + "/" : $0 }
  }
}
