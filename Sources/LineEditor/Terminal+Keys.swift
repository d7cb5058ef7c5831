#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Terminal {
  /// One key press, as `readKey()` reads it.
  public enum Key: Sendable, Equatable {
    /// A printable character, such as `b`, `q` or a space.
    case character(Character)
    case enter
    case left, right, up, down
    case pageUp, pageDown
    case backspace
    case escape
    /// Ctrl-C: with the terminal in raw mode it arrives as a key, not as a signal.
    case interrupt
    /// Ctrl-D, or the end of the input.
    case endOfInput
    /// Any other key or sequence (a function key, Ctrl-Z).
    case other
  }

  /// Waits for one key on standard input, with the terminal in raw mode (no echo, no line
  /// editing, no signals from keys) for that key only, and its mode restored before
  /// returning; `nil` when standard input is not a terminal.
  ///
  /// A remote clicker sends PageDown and PageUp (or the arrow keys); an escape sequence
  /// that arrives in pieces is put together for up to 50 ms after its escape.
  public static func readKey() -> Key? {
    var saved = termios()
    guard isatty(STDIN_FILENO) == 1, tcgetattr(STDIN_FILENO, &saved) == 0 else { return nil }
    var raw = saved
    raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN)
    raw.c_iflag &= ~tcflag_t(IXON | ICRNL)
    withUnsafeMutableBytes(of: &raw.c_cc) { cc in
      cc[Int(VMIN)] = 1
      cc[Int(VTIME)] = 0
    }
    guard tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0 else { return nil }
    defer { tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
    var bytes = read(waiting: -1)
    if bytes == [0x1B] { bytes += read(waiting: 50) }
    return key(bytes)
  }

  /// The bytes available on standard input after waiting up to `milliseconds` (forever
  /// when negative) for the first; empty at the end of the input or after the wait.
  private static func read(waiting milliseconds: Int32) -> [UInt8] {
    var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
    while true {
      let ready = poll(&descriptor, 1, milliseconds)
      if ready < 0, errno == EINTR { continue }
      guard ready > 0 else { return [] }
      var buffer = [UInt8](repeating: 0, count: 32)
      let count = buffer.withUnsafeMutableBytes { Glibc.read(STDIN_FILENO, $0.baseAddress, 32) }
      if count < 0, errno == EINTR { continue }
      return count > 0 ? Array(buffer[..<count]) : []
    }
  }

  /// The key `bytes` stand for, as an xterm-compatible terminal sends them.
  static func key(_ bytes: [UInt8]) -> Key {
    switch bytes {
    case []: return .endOfInput
    case [0x0D], [0x0A]: return .enter
    case [0x03]: return .interrupt
    case [0x04]: return .endOfInput
    case [0x7F], [0x08]: return .backspace
    case [0x1B]: return .escape
    case [0x1B, 0x5B, 0x41], [0x1B, 0x4F, 0x41]: return .up
    case [0x1B, 0x5B, 0x42], [0x1B, 0x4F, 0x42]: return .down
    case [0x1B, 0x5B, 0x43], [0x1B, 0x4F, 0x43]: return .right
    case [0x1B, 0x5B, 0x44], [0x1B, 0x4F, 0x44]: return .left
    case [0x1B, 0x5B, 0x35, 0x7E]: return .pageUp
    case [0x1B, 0x5B, 0x36, 0x7E]: return .pageDown
    default:
      guard let text = String(validating: bytes, as: UTF8.self), text.count == 1,
        let character = text.first, !character.isASCII || bytes[0] >= 0x20
      else { return .other }
      return .character(character)
    }
  }
}
