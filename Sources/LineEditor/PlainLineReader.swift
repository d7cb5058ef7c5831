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
/// while let line = reader.readLine() { ... }
/// ```
///
/// Reads in large blocks, not byte by byte. A line ends at `\n`; a `\r` before it is dropped
/// (files written on Windows), and the last line need not end with `\n`. Invalid UTF-8 becomes
/// U+FFFD instead of stopping the script.
public final class PlainLineReader {
  private let fileDescriptor: Int32
  private var buffer: [UInt8] = []
  /// Where the unread part of `buffer` starts.
  private var start = 0
  private var isAtEnd = false

  /// A reader of `fileDescriptor`, standard input by default. The reader does not close it.
  public init(fileDescriptor: Int32 = STDIN_FILENO) {
    self.fileDescriptor = fileDescriptor
  }

  /// The next line without its line ending, or `nil` at the end of the input (or on a read
  /// error, which ends the input too).
  public func readLine() -> String? {
    // How many bytes after `start` are known to hold no newline; `fill` may move `start`.
    var scanned = 0
    while true {
      if let newline = buffer[(start + scanned)...].firstIndex(of: 0x0A) {
        var end = newline
        if end > start && buffer[end - 1] == 0x0D { end -= 1 }
        let line = String(decoding: buffer[start..<end], as: UTF8.self)
        start = newline + 1
        return line
      }
      scanned = buffer.count - start
      guard fill() else {
        guard start < buffer.count else { return nil }
        let line = String(decoding: buffer[start...], as: UTF8.self)
        start = buffer.count
        return line
      }
    }
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
