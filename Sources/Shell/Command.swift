import ScenarioFile
import Simulation

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
  /// Whether `--format` and `--lang` apply to this command (not to `echo`, which prints
  /// its words as they are).
  var takesOutputOptions = true
  /// Candidates for the word being typed, given the words before it.
  var complete: @Sendable (_ context: CompletionContext) -> [String] = { _ in [] }
  var run:
    @Sendable (_ invocation: Invocation, _ session: inout Session) throws(CommandError) -> Output

  func matches(_ word: String) -> Bool {
    name == word || aliases.contains(word)
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
      throw CommandError("\(name) is given more than once", suggestion: "give it once")
    }
    if let i = arguments.firstIndex(where: { $0.hasPrefix(name + "=") }) {
      let value = String(arguments[i].dropFirst(name.count + 1))
      arguments.remove(at: i)
      return value
    }
    guard let i = arguments.firstIndex(of: name) else { return nil }
    guard i + 1 < arguments.count else {
      throw CommandError("\(name) needs a value")
    }
    let value = arguments[i + 1]
    arguments.removeSubrange(i...(i + 1))
    return value
  }

  /// Fails on any argument left that starts with `--`.
  func rejectUnknownOptions(known: [String]) throws(CommandError) {
    if let unknown = arguments.first(where: { $0.hasPrefix("--") }) {
      throw CommandError(
        "unknown option '\(unknown)' for \(name)",
        suggestion: Suggestion.didYouMean(unknown, among: known) ?? "see `help \(name)`")
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

/// What a command produced: its replies, whether it failed without throwing (a script
/// run by `run` whose commands failed), and whether it asks to leave, with what status.
struct Output: Sendable, ExpressibleByArrayLiteral {
  var replies: [Reply]
  var failed = false
  var quit: Int32?

  init(_ replies: [Reply], failed: Bool = false, quit: Int32? = nil) {
    self.replies = replies
    self.failed = failed
    self.quit = quit
  }

  init(arrayLiteral replies: Reply...) {
    self.replies = replies
  }
}
