#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension HistoryFile {
  /// The saved entries, oldest first, at most `limit`; empty when there is no file yet.
  func load() throws(HistoryFileError) -> [String] {
    guard let bytes = try Self.contents(of: path) else { return [] }
    return Array(try Self.entries(in: bytes, path: path).suffix(max(limit, 0)))
  }

  /// Adds `entries` after those already in the file, including any another shell saved since
  /// this one loaded, and keeps the newest `limit`.
  ///
  /// An advisory lock (`flock` on `<path>.lock`) makes two shells' saves take turns, so neither
  /// loses the other's entries; the file itself is replaced by `rename`, so a shell killed while
  /// saving leaves the old file whole. The directories are created with mode 0700, the file
  /// with 0600.
  func append(_ entries: [String]) throws(HistoryFileError) {
    guard !entries.isEmpty else { return }
    // Replace the file a symbolic link points to, not the link.
    let target = Self.resolvingSymbolicLinks(path)
    let directory = Self.parentDirectory(of: target)
    try Self.createDirectories(directory)
    let lock = try Self.lock(target + ".lock", for: target)
    defer { close(lock) }
    let existing = try Self.contents(of: target).map { bytes throws(HistoryFileError) in
      try Self.entries(in: bytes, path: target)
    }
    let merged = Self.merged(existing ?? [], entries, limit: limit)
    try Self.replace(target, in: directory, with: Self.encoded(merged))
  }

  private static func entries(in bytes: [UInt8], path: String) throws(HistoryFileError)
    -> [String]
  {
    if bytes.isEmpty { return [] }
    guard let entries = decoded(bytes) else { throw HistoryFileError(.notAHistoryFile, path: path) }
    return entries
  }

  /// The bytes of the file at `path`, or `nil` when there is none.
  private static func contents(of path: String) throws(HistoryFileError) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      if errno == ENOENT { return nil }
      throw failure(.cannotRead, path)
    }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count > 0 {
        bytes += chunk[0..<count]
      } else if count == 0 {
        return bytes
      } else if errno != EINTR {
        throw failure(.cannotRead, path)
      }
    }
  }

  private static func createDirectories(_ directory: String) throws(HistoryFileError) {
    if mkdir(directory, 0o700) == 0 || errno == EEXIST { return }
    let parent = parentDirectory(of: directory)
    guard errno == ENOENT, parent != directory else {
      throw failure(.cannotCreateDirectory, directory)
    }
    try createDirectories(parent)
    guard mkdir(directory, 0o700) == 0 || errno == EEXIST else {
      throw failure(.cannotCreateDirectory, directory)
    }
  }

  /// An exclusive lock on `lockPath`, waiting at most two seconds: a shell that cannot save
  /// its history must not freeze the terminal.
  private static func lock(_ lockPath: String, for target: String) throws(HistoryFileError)
    -> Int32
  {
    let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw failure(.cannotLock, target) }
    for _ in 0..<200 {
      if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return descriptor }
      guard errno == EWOULDBLOCK || errno == EINTR else {
        let error = failure(.cannotLock, target)
        close(descriptor)
        throw error
      }
      usleep(10_000)
    }
    close(descriptor)
    throw HistoryFileError(.stayedLocked(seconds: 2), path: target)
  }

  /// Writes `bytes` to a new file in `directory`, flushes it to disk and renames it to
  /// `target`, so that readers see the old file or the new one, never a part.
  private static func replace(_ target: String, in directory: String, with bytes: [UInt8])
    throws(HistoryFileError)
  {
    var template = Array((target + ".XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.map { mkstemp($0) } ?? -1
    }
    guard descriptor >= 0 else { throw failure(.cannotWrite, target) }
    let temporary = String(
      decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var isRenamed = false
    defer { if !isRenamed { unlink(temporary) } }
    let isWritten =
      fchmod(descriptor, 0o600) == 0 && writeAll(bytes, to: descriptor) && fsync(descriptor) == 0
    var error = isWritten ? nil : failure(.cannotWrite, target)
    if close(descriptor) != 0 && error == nil {
      error = failure(.cannotWrite, target)
    }
    if let error { throw error }
    guard rename(temporary, target) == 0 else {
      throw failure(.cannotWrite, target)
    }
    isRenamed = true
    // Make the rename itself durable; a failure here leaves a good file, so it is not reported.
    let directoryDescriptor = open(directory, O_RDONLY | O_CLOEXEC)
    if directoryDescriptor >= 0 {
      fsync(directoryDescriptor)
      close(directoryDescriptor)
    }
  }

  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
    var offset = 0
    while offset < bytes.count {
      let count = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      if count > 0 {
        offset += count
      } else if count < 0 && errno != EINTR {
        return false
      }
    }
    return true
  }

  private static func resolvingSymbolicLinks(_ path: String) -> String {
    if let resolved = realpath(path, nil) {
      defer { free(resolved) }
      return String(cString: resolved)
    }
    // A link to a file not created yet: realpath fails, so follow the link by hand.
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink(path, &buffer, buffer.count - 1)
    guard count > 0 else { return path }
    let target = String(
      decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return target.hasPrefix("/") ? target : parentDirectory(of: path) + "/" + target
  }

  private static func parentDirectory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// An error for the failed system call, with its `errno`.
  private static func failure(_ kind: HistoryFileError.Kind, _ path: String) -> HistoryFileError {
    HistoryFileError(kind, path: path, code: errno)
  }
}
