import Shell

/// Fuzzing target `shell`: lines run through `Interpreter` in one session on the built-in
/// scenario, as a script runs, with files in memory so that `save`, `load` and `run` never
/// touch the disk.
///
/// Two modes, chosen by the first byte:
/// - `0x01`: **commands**. Each following line is a command: its first character picks a
///   command (`set`, `compare all`, `measure add m`, …) and the rest of the line is its
///   arguments, so that every line reaches a command's own checks.
/// - anything else: **text**. The input is a script, byte for byte (invalid UTF-8 replaced,
///   as standard input is read).
///
/// Each line is also completed (Tab) at its end, a pure function that must not trap either.
/// The file system holds the script itself as `fuzz.aizu` (so `run fuzz.aizu` runs it again)
/// and a what-if, `whatif.toml`, extending the built-in scenario.
public enum ShellTarget {
  /// The first byte that selects the commands mode.
  public static let commandsMode: UInt8 = 0x01

  /// What a line in commands mode starts with, picked by its first character.
  static let commandStarts: [String] = {
    let names = Interpreter(session: base).completions(for: "").candidates
    return names + [
      "set", "set hours_per_fte", "set 昭和村.population.2040", "set Showa.staff", "unset",
      "measure add m", "measure set online_procedures", "measure drop", "compare all",
      "compare 18", "chart population", "chart shortfall", "chart facetime_index",
      "services --categories", "disaster --from", "project 2020..2100 --step", "save s.toml",
      "save s.toml --force", "load s.toml --discard", "load whatif.toml --discard",
      "run fuzz.aizu", "show", "freed",
    ]
  }()

  /// Inputs that make what the target keeps for good: the session, the command table, every
  /// command's own tables.
  public static let warmUp: [[UInt8]] = [
    [commandsMode],
    Array(
      """
      help
      show municipalities
      project 2040 Showa
      chart population
      services --categories
      freed
      compare 18 Showa
      compare all
      guidelines
      disaster --from
      measures online_procedures
      set hours_per_fte 1900
      unset all
      format csv
      lang ja
      echo x
      """.utf8),
  ]

  /// The files every input starts with, besides itself.
  static let files = [
    "whatif.toml": """
    extends = "aizu"
    scenario = "whatif"

    [assumptions]
    hours_per_fte = 1900

    [municipalities.Showa]
    staff = 40

    """
  ]

  private static let fileSystem = MemoryFileSystem()

  /// The session every input starts from: the built-in scenario, loaded once.
  private static let base: Session = {
    guard let session = try? Session(fileSystem: fileSystem) else {
      fatalError("the built-in scenario does not load")
    }
    return session
  }()

  /// Runs one input in a fresh session. Returns the lines' outcomes, for tests.
  @discardableResult
  public static func run(_ data: [UInt8]) -> [Outcome] {
    var text = String(decoding: data, as: UTF8.self)
    if data.first == commandsMode {
      text = commands(String(decoding: data.dropFirst(), as: UTF8.self))
    }
    fileSystem.replaceAll(with: files.merging(["fuzz.aizu": text]) { $1 })
    var interpreter = Interpreter(session: base)
    var outcomes: [Outcome] = []
    let lines = Interpreter.scriptLines(text, name: "fuzz.aizu")
    _ = interpreter.run(lines) { outcomes.append($0) }
    for line in lines {
      _ = interpreter.completions(for: line.text)
    }
    return outcomes
  }

  /// Lines in commands mode: each line's first character picks the command it starts with.
  static func commands(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      guard let first = line.unicodeScalars.first else { return "" }
      let start = commandStarts[Int(first.value) % commandStarts.count]
      return start + " " + String(line.unicodeScalars.dropFirst())
    }.joined(separator: "\n")
  }
}
