import Bilingual
import Rendering
import ScenarioFile
import Simulation
import Words

/// A command of the shell: its name, its help, how to complete its arguments and
/// how to run it. Every command lives in `Commands/NAME.swift` and is listed once
/// in `Command.all`.
struct Command: Sendable {
  var name: String
  var aliases: [String] = []
  /// The usage line: `project [YEAR|FROM..TO] [MUNICIPALITY…]`.
  var usage: String
  /// One line for `help`'s list.
  var summary: LocalizedText
  /// What it does, for `help NAME`.
  var details: LocalizedText
  var examples: [String]
  /// The columns of the report it shows, for `show columns` and completing `--columns`: worked
  /// out when asked for, as finding a command by name makes every command
  /// (docs/performance.md, "Start-up, third pass").
  var columns: [Report.Column] { declaredColumns() }
  private var declaredColumns: @Sendable () -> [Report.Column]
  /// The columns of the report it shows for these arguments, for a command whose report
  /// depends on them (`show municipalities`, `show assumptions`); `nil` when `columns` says.
  var columnsForArguments:
    (@Sendable (_ arguments: [String], _ session: Session) -> [Report.Column])? = nil
  /// Whether `--format` and `--lang` apply to this command (not to `echo`, which prints
  /// its words as they are).
  var takesOutputOptions = true
  /// Whether the command answers from the scenario, so that `--scenario FILE|NAME` can give
  /// one answer under another (Interpreter+Scenario.swift); `false` for a command that
  /// changes the session or answers from something else (`set`, `load`, `undo`, `lang`).
  var answersFromScenario = true
  /// Candidates for the word being typed, given the words before it.
  var complete: @Sendable (_ context: CompletionContext) -> [String] = { _ in [] }
  var run:
    @Sendable (_ invocation: Invocation, _ session: inout Session) throws(CommandError) -> Output

  init(
    name: String, aliases: [String] = [], usage: String, summary: LocalizedText,
    details: LocalizedText, examples: [String],
    columns: @autoclosure @escaping @Sendable () -> [Report.Column] = [],
    columnsForArguments: (
      @Sendable (_ arguments: [String], _ session: Session) -> [Report.Column]
    )? =
      nil,
    takesOutputOptions: Bool = true, answersFromScenario: Bool = true,
    complete: @escaping @Sendable (_ context: CompletionContext) -> [String] = { _ in [] },
    run:
      @escaping @Sendable (_ invocation: Invocation, _ session: inout Session)
      throws(CommandError) -> Output
  ) {
    self.name = name
    self.aliases = aliases
    self.usage = usage
    self.summary = summary
    self.details = details
    self.examples = examples
    declaredColumns = columns
    self.columnsForArguments = columnsForArguments
    self.takesOutputOptions = takesOutputOptions
    self.answersFromScenario = answersFromScenario
    self.complete = complete
    self.run = run
  }

  func matches(_ word: String) -> Bool {
    name == word || aliases.contains(word)
  }

  /// The columns of the report the command shows with `arguments` (the words after its
  /// name), for `show columns` and completing `--columns`.
  func columns(for arguments: [String], in session: Session) -> [Report.Column] {
    let declared = columnsForArguments?(arguments, session) ?? columns
    // Machine formats name the scenario the rows come from (Interpreter+Scenario.swift).
    return Report.Column.namesScenario(declared) ? declared : declared + [.scenario]
  }

  /// The command `word` names, by name or alias.
  static func named(_ word: String) -> Command? {
    all.first { $0.matches(word) }
  }
}

/// One command as typed: its words after the command name, and its raw text.
struct Invocation: Sendable {
  var name: String
  var arguments: [String]
  /// The text after the command name, as typed (for `set`'s value and `echo`).
  var rawArguments: String
  /// Where the line came from (`script.aizu:3`), for `run` to resolve relative paths.
  var location: Location?
  /// The scripts running this line, outermost first (see `Interpreter.scripts`).
  var scripts: [String]
  /// How this command's output is shown: the session's settings, with this command's own
  /// `--format`, `--lang`, `--columns` and `--layout`.
  var settings: OutputSettings

  /// Takes `--format`, `--lang`, `--columns` and `--layout` from the arguments into
  /// `settings`.
  mutating func takeOutputOptions() throws(CommandError) {
    if let format = try option("--format") { settings.format = try Settings.format(format) }
    if let language = try option("--lang") { settings.language = try Settings.language(language) }
    if let columns = try option("--columns") { settings.columns = try Settings.columns(columns) }
    if let layout = try option("--layout") { settings.layout = try Settings.layout(layout) }
  }

  /// Removes `--flag` from the arguments; whether it was there.
  mutating func flag(_ names: String...) -> Bool {
    let found = arguments.contains { names.contains($0) }
    arguments.removeAll { names.contains($0) }
    return found
  }

  /// Removes `--name VALUE` (or `--name=VALUE`) from the arguments; the value.
  /// An option given twice is an error, so a later value never silently wins.
  mutating func option(_ name: String) throws(CommandError) -> String? {
    let isOption = { (word: String) in word == name || word.hasPrefix(name + "=") }
    if arguments.filter(isOption).count > 1 {
      throw CommandError(Words.Shell.optionTwice(name), suggestion: Words.Shell.giveOnce)
    }
    if let i = arguments.firstIndex(where: { $0.hasPrefix(name + "=") }) {
      let value = String(arguments[i].dropFirst(name.count + 1))
      arguments.remove(at: i)
      return value
    }
    guard let i = arguments.firstIndex(of: name) else { return nil }
    guard i + 1 < arguments.count else {
      throw CommandError(Words.Shell.optionNeedsValue(name))
    }
    let value = arguments[i + 1]
    arguments.removeSubrange(i...(i + 1))
    return value
  }

  /// Removes `--step N` (a whole number of years, 1 or more; 1 when absent).
  mutating func step() throws(CommandError) -> Int {
    guard let text = try option("--step") else { return 1 }
    guard let n = Int(text), n >= 1 else { throw CommandError(Words.badStep(text)) }
    return n
  }

  /// Fails on any argument left that starts with `--`.
  func rejectUnknownOptions(known: [String]) throws(CommandError) {
    if let unknown = arguments.first(where: { $0.hasPrefix("--") }) {
      throw CommandError(
        Words.Shell.unknownOption(unknown, command: name),
        suggestion: Suggestion.guess(unknown, among: known + [Command.scenarioOption])
          ?? Words.Shell.seeHelp(name))
    }
  }
}

/// Where an input line came from.
public struct Location: Sendable, Equatable, CustomStringConvertible {
  public var file: String
  public var line: Int

  public init(file: String, line: Int) {
    self.file = file
    self.line = line
  }

  public var description: String { "\(file):\(line)" }
}

/// What a completer knows: the session, the words before the one being typed, and
/// that word's beginning.
struct CompletionContext: Sendable {
  var session: Session
  var previous: [String]
  var current: String
}

/// What a command produced: reports and words to show, whether it failed without throwing
/// (a script run by `run` whose commands failed), and whether it asks to leave, with what
/// status. The interpreter renders the items in the command's settings.
struct Output: Sendable {
  enum Item: Sendable {
    /// A table of results, rendered in the command's format, language and width.
    case report(Report)
    /// A bar chart for people, its values as a table for programs.
    case chart(BarChart.Localized)
    /// A line chart for people, its values as a table for programs.
    case lineChart(LineChart.Localized)
    /// Sentences, wrapped at the screen's width.
    case text(LocalizedText)
    /// Text shown as it is (`echo`).
    case plain(String)
    /// A warning, on stderr.
    case warning(LocalizedText)
    /// Replies the interpreter already rendered: those of the commands a script ran (`run`,
    /// `recover`), each in its own settings.
    case rendered([Reply])
  }

  var items: [Item]
  var failed = false
  var quit: Int32?

  init(items: [Item], failed: Bool = false, quit: Int32? = nil) {
    self.items = items
    self.failed = failed
    self.quit = quit
  }

  static func report(_ report: Report) -> Output { Output(items: [.report(report)]) }
  static func text(_ text: LocalizedText) -> Output { Output(items: [.text(text)]) }
  static func chart(_ chart: BarChart.Localized) -> Output { Output(items: [.chart(chart)]) }
  static func plain(_ text: String) -> Output { Output(items: [.plain(text)]) }
}
