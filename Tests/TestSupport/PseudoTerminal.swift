// A program on a pseudo-terminal, driven like a person at a keyboard.
//
// Part of TestSupport, the target the test targets share (LineEditorTests drives the demo
// with it, aizusimTests the shell). Only Glibc is used, so any test target can take it.
//
//   let terminal = try PseudoTerminal(
//     executable: PseudoTerminal.builtExecutable(named: "aizusim"),
//     environment: ["TERM": "xterm-256color", "HOME": home])
//   try terminal.expect("aizu> ")
//   try terminal.send("show 予算")
//   try terminal.send(.tab)
//   try terminal.expect("got: ")
//   try terminal.send(.ctrlD)
//   #expect(try terminal.waitForExit() == .exited(0))
//
// Nothing waits forever: every wait has a deadline, after which the harness kills the child's
// whole process group and throws an error that carries the output so far.
//
// Wait for the prompt before sending keys. Keys sent while a command runs are typeahead: the
// kernel collects and echoes them, so they show twice in the output, and a Ctrl-D among them
// reaches the line editor as a NUL, not as end of input (as with any shell).

#if canImport(Glibc)
  import Glibc
#endif

public final class PseudoTerminal {
  /// Keys as a terminal sends them (xterm, normal cursor mode).
  public enum Key: String, Sendable {
    case enter = "\r"
    case tab = "\t"
    case backspace = "\u{7F}"
    case escape = "\u{1B}"
    case ctrlA = "\u{01}"
    case ctrlC = "\u{03}"
    case ctrlD = "\u{04}"
    case ctrlE = "\u{05}"
    case ctrlR = "\u{12}"
    case ctrlU = "\u{15}"
    case up = "\u{1B}[A"
    case down = "\u{1B}[B"
    case right = "\u{1B}[C"
    case left = "\u{1B}[D"
  }

  /// How the child ended.
  public enum Termination: Equatable, Sendable, CustomStringConvertible {
    case exited(Int32)
    case signaled(Int32)

    public var description: String {
      switch self {
      case .exited(let status): "exited with status \(status)"
      case .signaled(let signal): "killed by signal \(signal)"
      }
    }
  }

  /// A failure of the harness or a wait that ran out of time; the message ends with the output.
  public struct Failure: Error, CustomStringConvertible {
    public let description: String
  }

  /// The child's process ID; it leads its own session and process group.
  public let processID: pid_t
  /// Every byte the child wrote to the terminal so far.
  public private(set) var output: [UInt8] = []
  /// Where the next ``expect(_:timeout:)`` starts looking in `output`.
  private var searchStart = 0
  private let master: Int32
  /// The parent's own descriptor for the terminal's child side, held so that reading never
  /// fails with EIO before the child has opened it or after it exits.
  private let slave: Int32
  private var termination: Termination?

  /// Starts `executable` with `arguments` and exactly `environment` (nothing is inherited) on a
  /// new pseudo-terminal of `columns` by `rows`, as its controlling terminal and its standard
  /// input, output and error.
  public init(
    executable: String, arguments: [String] = [], environment: [String: String],
    columns: Int = 80, rows: Int = 24
  ) throws {
    let master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
    guard master >= 0 else { throw Self.failure("cannot open /dev/ptmx") }
    var unlock: Int32 = 0
    var number: UInt32 = 0
    // TIOCSPTLCK and TIOCGPTN: function-like macros Swift does not import.
    guard ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0
    else {
      let error = Self.failure("cannot unlock the pseudo-terminal")
      close(master)
      throw error
    }
    let slavePath = "/dev/pts/\(number)"
    let slave = open(slavePath, O_RDWR | O_NOCTTY | O_CLOEXEC)
    guard slave >= 0 else {
      let error = Self.failure("cannot open \(slavePath)")
      close(master)
      throw error
    }
    var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    do {
      processID = try Self.spawn(
        executable, arguments: arguments, environment: environment, terminal: slavePath)
    } catch {
      close(master)
      close(slave)
      throw error
    }
    self.master = master
    self.slave = slave
  }

  deinit {
    if termination == nil {
      kill(-processID, SIGKILL)
      var status: Int32 = 0
      waitpid(processID, &status, 0)
    }
    close(master)
    close(slave)
  }

  /// The path of an executable built next to the running test binary, such as "aizusim".
  public static func builtExecutable(named name: String) -> String {
    var path = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink("/proc/self/exe", &path, path.count - 1)
    let testBinary = String(
      decoding: path.prefix(max(count, 0)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    let directory = testBinary.split(separator: "/", omittingEmptySubsequences: false).dropLast()
    return directory.joined(separator: "/") + "/" + name
  }

  /// All output so far as text, invalid UTF-8 replaced.
  public var transcript: String {
    String(decoding: output, as: UTF8.self)
  }

  /// Types `text` (UTF-8).
  public func send(_ text: String) throws {
    try send(bytes: Array(text.utf8))
  }

  /// Presses `key`.
  public func send(_ key: Key) throws {
    try send(key.rawValue)
  }

  /// Writes raw bytes to the terminal, as a terminal emulator would.
  public func send(bytes: [UInt8]) throws {
    var offset = 0
    while offset < bytes.count {
      let count = bytes[offset...].withUnsafeBytes { Glibc.write(master, $0.baseAddress, $0.count) }
      if count > 0 {
        offset += count
      } else if count < 0 && errno != EINTR && errno != EAGAIN {
        throw Self.failure("cannot write to the terminal")
      }
    }
  }

  /// Waits until the output after the previous match contains `text`, and returns the output
  /// from the previous match to the end of this one. Throws when `timeout` passes first or the
  /// child exits without writing it.
  @discardableResult
  public func expect(_ text: String, timeout: Duration = .seconds(10)) throws -> String {
    let needle = Array(text.utf8)
    let deadline = ContinuousClock.now + timeout
    while true {
      if let range = Self.firstRange(of: needle, in: output, from: searchStart) {
        let matched = String(decoding: output[searchStart..<range.upperBound], as: UTF8.self)
        searchStart = range.upperBound
        return matched
      }
      if termination != nil || reapIfExited() != nil {
        readAvailable()
        if Self.firstRange(of: needle, in: output, from: searchStart) != nil { continue }
        throw Failure(
          description: "the program \(termination?.description ?? "ended") before writing "
            + "'\(text)'; output:\n\(transcript)")
      }
      guard ContinuousClock.now < deadline else {
        stop()
        throw Failure(
          description: "timed out after \(timeout) waiting for '\(text)'; output:\n\(transcript)")
      }
      waitForOutput(until: min(deadline, ContinuousClock.now + .milliseconds(50)))
    }
  }

  /// Collects output for `duration` and returns what arrived in that time.
  @discardableResult
  public func read(for duration: Duration) -> String {
    let start = output.count
    let deadline = ContinuousClock.now + duration
    while ContinuousClock.now < deadline {
      waitForOutput(until: deadline)
    }
    return String(decoding: output[start...], as: UTF8.self)
  }

  /// Whether the terminal is in its normal line mode (the kernel collects and echoes a line),
  /// as a program must leave it while it is not editing a line. A line editor turns it off
  /// before it shows its prompt.
  public var isInLineMode: Bool {
    var modes = termios()
    guard tcgetattr(master, &modes) == 0 else { return false }
    return modes.c_lflag & tcflag_t(ICANON) != 0 && modes.c_lflag & tcflag_t(ECHO) != 0
  }

  /// Changes the terminal's size; the kernel sends SIGWINCH to the child.
  public func resize(columns: Int, rows: Int) throws {
    var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
    guard ioctl(master, UInt(TIOCSWINSZ), &size) == 0 else {
      throw Self.failure("cannot resize the terminal")
    }
  }

  /// Waits for the child to exit, reading its output meanwhile so that it never blocks on a full
  /// terminal. On timeout, kills it and throws.
  public func waitForExit(timeout: Duration = .seconds(10)) throws -> Termination {
    let deadline = ContinuousClock.now + timeout
    while true {
      if let termination = termination ?? reapIfExited() {
        readAvailable()
        return termination
      }
      guard ContinuousClock.now < deadline else {
        stop()
        throw Failure(
          description: "timed out after \(timeout) waiting for the program to exit; output:\n"
            + transcript)
      }
      waitForOutput(until: min(deadline, ContinuousClock.now + .milliseconds(20)))
    }
  }

  /// Kills the child's process group at once and reaps the child.
  public func stop() {
    guard termination == nil else { return }
    kill(-processID, SIGKILL)
    var status: Int32 = 0
    if waitpid(processID, &status, 0) == processID {
      termination = Self.termination(status)
    }
  }

  /// `text` without terminal control sequences (CSI, OSC, other escapes), bells, backspaces and
  /// carriage returns: roughly what a reader of the screen sees, line by line.
  public static func plainText(_ text: String) -> String {
    var result = ""
    var scalars = text.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      switch scalar {
      case "\u{1B}":
        guard let kind = scalars.next() else { break }
        if kind == "[" {
          while let next = scalars.next(), !(0x40...0x7E).contains(next.value) {}
        } else if kind == "]" {
          while let next = scalars.next(), next != "\u{07}", next != "\u{1B}" {}
        }
      case "\u{07}", "\u{08}", "\r", "\u{01}":
        break
      default:
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  // MARK: - Internals

  private func waitForOutput(until deadline: ContinuousClock.Instant) {
    let remaining = ContinuousClock.now.duration(to: deadline)
    let milliseconds = max(
      0,
      remaining.components.seconds * 1000
        + remaining.components.attoseconds / 1_000_000_000_000_000)
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    if poll(&descriptor, 1, Int32(clamping: milliseconds)) > 0 {
      readAvailable()
    }
  }

  private func readAvailable() {
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
      guard poll(&descriptor, 1, 0) > 0, descriptor.revents & Int16(POLLIN) != 0 else { return }
      let count = chunk.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress, $0.count) }
      guard count > 0 else { return }
      output += chunk[0..<count]
    }
  }

  private func reapIfExited() -> Termination? {
    var status: Int32 = 0
    guard waitpid(processID, &status, WNOHANG) == processID else { return nil }
    termination = Self.termination(status)
    return termination
  }

  private static func termination(_ status: Int32) -> Termination {
    // WIFEXITED, WEXITSTATUS and WTERMSIG are macros Swift does not import.
    status & 0x7F == 0 ? .exited((status >> 8) & 0xFF) : .signaled(status & 0x7F)
  }

  private static func firstRange(of needle: [UInt8], in haystack: [UInt8], from start: Int)
    -> Range<Int>?
  {
    guard !needle.isEmpty else { return start..<start }
    guard haystack.count - start >= needle.count else { return nil }
    for index in start...(haystack.count - needle.count)
    where haystack[index..<(index + needle.count)].elementsEqual(needle) {
      return index..<(index + needle.count)
    }
    return nil
  }

  private static func spawn(
    _ executable: String, arguments: [String], environment: [String: String], terminal: String
  ) throws -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    // Opened after setsid, the terminal becomes the child's controlling terminal.
    posix_spawn_file_actions_addopen(&actions, 0, terminal, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var signals = sigset_t()
    sigemptyset(&signals)
    posix_spawnattr_setsigmask(&attributes, &signals)
    // The test runner may ignore some signals (SIGPIPE often); the child starts with defaults.
    for signal in [
      SIGINT, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU, SIGPIPE, SIGCHLD, SIGHUP, SIGTERM, SIGWINCH,
    ] {
      sigaddset(&signals, signal)
    }
    posix_spawnattr_setsigdefault(&attributes, &signals)
    let setSessionID: Int32 = 0x80  // POSIX_SPAWN_SETSID, a GNU extension Swift does not see
    posix_spawnattr_setflags(
      &attributes, Int16(setSessionID | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var processID: pid_t = 0
    let result = posix_spawn(&processID, executable, &actions, &attributes, argv, envp)
    guard result == 0 else {
      throw Failure(
        description: "cannot start \(executable): \(String(cString: strerror(result)))")
    }
    return processID
  }

  private static func failure(_ message: String) -> Failure {
    Failure(description: "\(message): \(String(cString: strerror(errno)))")
  }
}
