import CEditLine

/// Ctrl-C while a command runs: a flag the command polls to stop early.
///
/// A ``LineEditor`` catches SIGINT for as long as it exists; the signal handler only sets this
/// flag (a C `volatile sig_atomic_t`, so it is async-signal-safe). Each ``LineEditor/readLine()``
/// resets it before reading. Without a line editor (script mode) SIGINT keeps its default
/// action and ends the process.
///
/// ```swift
/// for year in years {
///   if Interrupt.isRequested { return .error("interrupted") }
///   ...
/// }
/// ```
public enum Interrupt {
  /// Whether Ctrl-C was pressed since the last ``reset()``.
  public static var isRequested: Bool {
    CEditLine_isInterruptRequested() != 0
  }

  /// Forgets an earlier Ctrl-C, such as before starting a command.
  public static func reset() {
    CEditLine_resetInterrupt()
  }
}
