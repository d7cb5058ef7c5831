import Foundation
import ScenarioFile
import Simulation

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
    return "\(session.scenario.name)\(session.isModified ? "*" : "")> "
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
    guard let command = Command.all.first(where: { $0.matches(name) }) else {
      let known = Command.all.flatMap {
        [$0.name] + $0.aliases.filter { $0.first?.isLetter == true }
      }
      let error = CommandError(
        "unknown command '\(name)'",
        suggestion: Suggestion.didYouMean(name, among: known) ?? "type `help` for the commands")
      return Outcome([errorReply(error, location: location)], status: .failure)
    }
    let raw = segment.raw[first.range.upperBound...].trimmingCharacters(in: .whitespaces)
    var invocation = Invocation(
      name: command.name, arguments: segment.words.dropFirst().map(\.text), rawArguments: raw,
      location: location, scripts: scripts)
    // --format and --lang apply to this command only.
    let saved = (session.format, session.language)
    var hasOutputOptions = false
    defer { if hasOutputOptions { (session.format, session.language) = saved } }
    do {
      if command.takesOutputOptions {
        hasOutputOptions = try applyOutputOptions(&invocation, to: &session)
      }
      let output = try command.run(invocation, &session)
      if let status = output.quit { return Outcome(output.replies, status: .quit(status)) }
      return Outcome(output.replies, status: output.failed ? .failure : .success)
    } catch {
      return Outcome([errorReply(error, location: location)], status: .failure)
    }
  }

  /// `--format F` and `--lang L`, accepted by every command, for that command only.
  /// - Returns: whether either option was given.
  private static func applyOutputOptions(_ invocation: inout Invocation, to session: inout Session)
    throws(CommandError) -> Bool
  {
    let format = try invocation.option("--format")
    let language = try invocation.option("--lang")
    if let format { session.format = try Settings.format(format) }
    if let language { session.language = try Settings.language(language) }
    return format != nil || language != nil
  }

  /// `script.aizu:3: error: …` in scripts, `error: …` at the prompt, then any details.
  static func errorReply(_ error: CommandError, location: Location?) -> Reply {
    var text = location.map { "\($0): error: " } ?? "error: "
    text += error.description
    for line in error.details { text += "\n  " + line }
    return .error(text)
  }
}
