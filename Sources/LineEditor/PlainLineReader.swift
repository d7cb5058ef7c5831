#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Lines from a file descriptor that is not a terminal, such as a script piped into the shell:
/// no prompt, no editing, no history.
///
/// ```swift
/// let reader = PlainLineReader()
/// while let line = try reader.readLine() { ... }
/// ```
///
/// Reads in large blocks, not byte by byte. A line ends at `\n`; a `\r` before it is dropped
/// (files written on Windows), and the last line need not end with `\n`. Invalid UTF-8 becomes
/// U+FFFD instead of stopping the script. A byte order mark at the start (editors on Windows
/// write one) is dropped. A line longer than `maximumLineLength` bytes (binary data, such as
/// `/dev/zero`) ends the input with `LineTooLong`, so memory stays bounded.
public final class PlainLineReader {
  private let fileDescriptor: Int32
  private var buffer: [UInt8] = []
  /// Where the unread part of `buffer` starts.
  private var start = 0
  private var isAtEnd = false
  private var isAtStart = true
  /// The longest line read, in bytes.
  public let maximumLineLength: Int

  /// The error for a line longer than `maximumLineLength`; the input ends there.
  public struct LineTooLong: Error, Sendable, Equatable {
    public var limit: Int
    public init(limit: Int) { self.limit = limit }
  }

  /// The default line limit: 1 MiB, far beyond any command a person or a script writes.
  public static let defaultMaximumLineLength = 1 << 20

  /// A reader of `fileDescriptor`, standard input by default. The reader does not close it.
  public init(
    fileDescriptor: Int32 = STDIN_FILENO, maximumLineLength: Int = defaultMaximumLineLength
  ) {
    self.fileDescriptor = fileDescriptor
    self.maximumLineLength = maximumLineLength
  }

  /// The next line without its line ending, or `nil` at the end of the input (or on a read
  /// error, which ends the input too).
  /// - Throws: `LineTooLong` for a line over `maximumLineLength` bytes; the input ends.
  public func readLine() throws(LineTooLong) -> String? {
    // How many bytes after `start` are known to hold no newline; `fill` may move `start`.
    var scanned = 0
    while true {
      if isAtStart {
        let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
        let head = Array(buffer[start...].prefix(3))
        if head.count < 3, !isAtEnd, byteOrderMark.starts(with: head) {
          _ = fill()
          continue
        }
        isAtStart = false
        if head == byteOrderMark { start += 3 }
      }
      if let newline = buffer[(start + scanned)...].firstIndex(of: 0x0A) {
        var end = newline
        if end > start && buffer[end - 1] == 0x0D { end -= 1 }
        guard end - start <= maximumLineLength else { throw stop() }
        let line = String(decoding: buffer[start..<end], as: UTF8.self)
        start = newline + 1
        return line
      }
      scanned = buffer.count - start
      guard scanned <= maximumLineLength else { throw stop() }
      guard fill() else {
        guard start < buffer.count else { return nil }
        guard buffer.count - start <= maximumLineLength else { throw stop() }
        let line = String(decoding: buffer[start...], as: UTF8.self)
        start = buffer.count
        return line
      }
    }
  }

  /// Ends the input after a line that is too long.
  private func stop() -> LineTooLong {
    isAtEnd = true
    buffer = []
    start = 0
    return LineTooLong(limit: maximumLineLength)
  }

  /// Appends the next block of input to `buffer`; `false` at the end of the input.
  private func fill() -> Bool {
    if isAtEnd { return false }
    // Drop what was already returned, so that a long input does not pile up in memory.
    if start > 0 && start >= buffer.count / 2 {
      buffer.removeFirst(start)
      start = 0
    }
    let blockSize = 65536
    let oldCount = buffer.count
    buffer += repeatElement(0, count: blockSize)
    while true {
      let count = buffer.withUnsafeMutableBytes {
        read(fileDescriptor, $0.baseAddress.map { $0 + oldCount }, blockSize)
      }
      if count < 0 && errno == EINTR { continue }
      buffer.removeLast(blockSize - max(count, 0))
      if count <= 0 { isAtEnd = true }
      return count > 0
    }
  }
}
