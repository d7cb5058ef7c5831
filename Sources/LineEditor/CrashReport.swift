import CEditLine

/// What an interactive session does if the program traps: the terminal goes back to its normal
/// mode and one message says what to do next, instead of the Swift runtime's interactive
/// backtrace prompt waiting at the user's terminal.
///
/// ```swift
/// CrashReport.install(message: "aizusim stopped (signal %d); type `recover` next time\n")
/// ```
public enum CrashReport {
  /// Installs the handlers; `message` may hold one `%d`, replaced by the signal's number.
  /// - Returns: whether the handlers were installed.
  @discardableResult
  public static func install(message: String) -> Bool {
    CEditLine_catchCrashes(message) == 0
  }
}
