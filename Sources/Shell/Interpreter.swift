import Bilingual
import Foundation
import Rendering
import ScenarioFile
import Simulation
import Words

/// The command interpreter: lines in, replies out.
///
/// It never reads the terminal or prints: the executable feeds it lines from the
/// line editor, a script or `-c`, and writes the replies. Tests do the same.
///
/// ```swift
/// var shell = Interpreter(session: try Session())
/// let outcome = shell.execute("project 2040 昭和村")
/// outcome.status   // .success
/// outcome.output   // the table
/// shell.prompt     // "aizu> "
/// ```
public struct Interpreter: Sendable {
  public var session: Session
  /// The scripts being run, outermost first, as `run` names them (resolved against the script
  /// that runs them): empty for the session's own input. Their count is how deep in `run`
  /// scripts this interpreter runs.
  let scripts: [String]
  /// Lines of a command not finished yet (a trailing `\` or an open quote).
  private var pending: [String] = []
  private(set) var pendingLocation: Location?

  public init(session: Session) {
    self.init(session: session, scripts: [])
  }

  init(session: Session, scripts: [String]) {
    self.session = session
    self.scripts = scripts
  }

  /// The deepest `run` nesting allowed, so a script that runs itself stops.
  static let maximumDepth = 16

  /// `aizu> `, `aizu*> ` with unsaved changes, `...> ` inside an unfinished command.
  public var prompt: String {
    if !pending.isEmpty { return "...> " }
    return Self.prompt(scenario: session.scenario.name, isModified: session.isModified)
  }

  /// The prompt for a scenario of this name, with or without unsaved changes.
  public static func prompt(scenario name: String, isModified: Bool = false) -> String {
    "\(name)\(isModified ? "*" : "")> "
  }

  /// Whether a command is waiting for more lines.
  public var isContinuing: Bool { !pending.isEmpty }

  /// Drops an unfinished command (Ctrl-C at a `...>` prompt).
  public mutating func cancelPending() {
    pending = []
    pendingLocation = nil
  }

  /// Executes one input line; `location` names it in error messages (scripts).
  public mutating func execute(_ line: String, at location: Location? = nil) -> Outcome {
    if pending.isEmpty { pendingLocation = location }
    pending.append(line)
    let text = pending.joined(separator: "\n")
    guard case .segments(let segments) = Tokenizer.tokenize(text) else {
      return Outcome([], status: .incomplete)
    }
    let start = pendingLocation
    pending = []
    pendingLocation = nil
    return Self.execute(segments, session: &session, location: start, scripts: scripts)
  }

  /// Runs each command of a line in turn.
  static func execute(
    _ segments: [Tokenizer.Segment], session: inout Session, location: Location?, scripts: [String]
  ) -> Outcome {
    var replies: [Reply] = []
    var tally = RunTally()
    for segment in segments {
      let outcome = executeCommand(
        segment, session: &session, location: location, scripts: scripts)
      replies += outcome.replies
      if let stop = tally.record(outcome.status, bail: session.bail) {
        return Outcome(replies, status: stop)
      }
    }
    return Outcome(replies, status: tally.status)
  }

  private static func executeCommand(
    _ segment: Tokenizer.Segment, session: inout Session, location: Location?, scripts: [String]
  ) -> Outcome {
    guard let first = segment.words.first else { return Outcome([], status: .success) }
    let name = first.text
    guard let command = Command.named(name) else {
      let known = Command.all.flatMap {
        [$0.name] + $0.aliases.filter { $0.first?.isLetter == true }
      }
      let error = CommandError(
        Words.Shell.unknownCommand(name),
        suggestion: Suggestion.guess(name, among: known) ?? Words.Shell.typeHelp)
      return Outcome(
        [errorReply(error, location: location, session: session)], status: .failure)
    }
    let raw = segment.raw[first.range.upperBound...].trimmingBlanks
    var invocation = Invocation(
      name: command.name, arguments: segment.words.dropFirst().map(\.text), rawArguments: raw,
      location: location, scripts: scripts, settings: session.outputSettings)
    let elsewhere: String?
    do {
      // --format, --lang, --columns and --layout apply to this command only.
      if command.takesOutputOptions { try invocation.takeOutputOptions() }
      // So does --scenario: the command answers under another scenario (Interpreter+Scenario).
      elsewhere = command.takesOutputOptions ? try invocation.takeScenarioOption(command) : nil
    } catch {
      return Outcome(
        [errorReply(error, location: location, session: session)], status: .failure)
    }
    if let elsewhere {
      return executeElsewhere(
        command, invocation, scenario: elsewhere, session: &session, location: location)
    }
    // Whatever the command changed, even when it failed halfway, `undo` can take back.
    let mark = session.historyMark
    defer { session.recordChange(raw.isEmpty ? name : "\(name) \(raw)", since: mark) }
    return run(command, invocation, session: &session, location: location)
  }

  /// Runs a command and renders its output in its settings.
  static func run(
    _ command: Command, _ invocation: Invocation, session: inout Session, location: Location?
  ) -> Outcome {
    let settings = invocation.settings
    do {
      let output = try command.run(invocation, &session)
      var replies: [Reply] = []
      for item in output.items { replies += try render(item, settings, session: &session) }
      if let status = output.quit { return Outcome(replies, status: .quit(status)) }
      return Outcome(replies, status: output.failed ? .failure : .success)
    } catch {
      return Outcome(
        [
          errorReply(
            error, location: location, language: settings.language, width: session.width)
        ], status: .failure)
    }
  }

  /// An item of a command's output as replies, in the command's settings. A report, or a
  /// chart and its data, is kept as the session's last, for `export`.
  private static func render(
    _ item: Output.Item, _ settings: OutputSettings, session: inout Session
  )
    throws(CommandError) -> [Reply]
  {
    switch item {
    case .report(let report):
      // Machine formats name the scenario the rows come from, so two runs can be joined.
      let report = report.naming(scenario: session.answerLabel)
      if case .only(let fields) = settings.columns {
        var known: [String] = []
        for column in report.columns where !known.contains(column.field) {
          known.append(column.field)
        }
        if let unknown = fields.first(where: { !known.contains($0) }) {
          throw CommandError(
            Words.unknownColumn(unknown),
            suggestion: Suggestion.guess(unknown, among: known) ?? Words.knownColumns(known))
        }
      }
      session.lastReport = report
      return [.output(report.rendered(settings))]
    case .chart(var chart):
      // A chart beside a report (`sweep`, `sensitivity`) has no table of its own: it is
      // drawn for people, and the report carries its values for programs.
      if chart.data.columns.isEmpty {
        return settings.format.isForPrograms ? [] : [.output(chart.rendered(settings))]
      }
      chart.data = chart.data.naming(scenario: session.answerLabel)
      session.lastReport = chart.data
      session.lastChart = .bars(chart)
      return [.output(chart.rendered(settings))]
    case .lineChart(var chart):
      chart.data = chart.data.naming(scenario: session.answerLabel)
      session.lastReport = chart.data
      session.lastChart = .lines(chart)
      return [.output(chart.rendered(settings))]
    case .text(let text):
      return [.output(wrapped(text.text(in: settings.language), width: settings.width))]
    case .plain(let text):
      return [.output(text)]
    case .warning(let text):
      let language = settings.language
      let warning = Words.warningPrefix.text(in: language) + text.text(in: language)
      return [.error(wrapped(warning, width: session.width))]
    case .rendered(let replies):
      return replies
    }
  }

  /// `script.aizu:3: error: …` in scripts, `error: …` at the prompt, then any details,
  /// in `language`; wrapped at `width`, the screen's, if any.
  static func errorReply(
    _ error: CommandError, location: Location?, language: Language, width: Int? = nil
  ) -> Reply {
    var text = (location.map { "\($0): " } ?? "") + Words.errorPrefix.text(in: language)
    text += error.text(in: language)
    for line in error.details { text += "\n  " + line.text(in: language) }
    return .error(wrapped(text, width: width))
  }

  /// `errorReply` in the session's language, at the screen's width.
  static func errorReply(_ error: CommandError, location: Location?, session: Session) -> Reply {
    errorReply(error, location: location, language: session.language, width: session.width)
  }
}

extension Substring {
  /// The text without spaces and tabs at either end: what `trimmingCharacters(in: .whitespaces)`
  /// gives (tab, the space separators, Zs, and as Foundation has it the zero-width space),
  /// without bridging to Foundation's `NSString`, whose first use is slow: every `-c` command
  /// paid for it (docs/performance.md).
  var trimmingBlanks: String {
    func isBlank(_ scalar: Unicode.Scalar) -> Bool {
      scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
    }
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !isBlank($0) }),
      let last = scalars.lastIndex(where: { !isBlank($0) })
    else { return "" }
    return String(scalars[first...last])
  }
}
