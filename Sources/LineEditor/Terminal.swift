import CEditLine

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Facts about the terminal the process runs in.
public enum Terminal {
  /// Whether both standard input and standard output are a terminal: the condition for a
  /// ``LineEditor``. A script piped in, or output piped to a file, makes it `false`.
  public static var isInteractive: Bool {
    isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
  }

  /// The terminal's width in columns: what the terminal reports, else `$COLUMNS`, else 80.
  public static var width: Int {
    let measured = Int(CEditLine_terminalColumns(STDOUT_FILENO))
    let columns = getenv("COLUMNS").map { String(cString: $0) }
    return width(measured: measured, columnsVariable: columns)
  }

  /// The width from what the terminal reports (`measured`, 0 when unknown) and `$COLUMNS`.
  static func width(measured: Int, columnsVariable: String?) -> Int {
    if measured > 0 { return measured }
    if let columns = columnsVariable.flatMap({ Int($0) }), columns > 0 { return columns }
    return 80
  }
}
