import ArgumentParser
import Bilingual
import Foundation
import Words

/// The `aizusim` command line, declared once: the executable and transcripts (`% args …`)
/// parse it the same way, so an option means the same, and `--help`, `--version` and a usage
/// error read the same, in both.
///
/// ```
/// aizusim [--scenario FILE] [--lang ja|en] [--format F] [--color C] [--bail] [--echo]
///         [--no-history] [-c COMMAND]… [FILE…]
/// aizusim --check FILE [--lang ja|en] [--format F]
/// aizusim test [--update] [--junit FILE] [PATH…]
/// ```
public struct AizuSimCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "aizusim",
    abstract:
      "Project population, municipal staffing and face-to-face service hours for Aizu, Fukushima.",
    discussion: """
      With no FILE and no -c, reads commands from the terminal with line editing, or from \
      standard input when it is not a terminal. Exit status: 0 when every command \
      succeeded, 1 when any failed, 2 for bad usage. Type `help` at the prompt for the \
      commands; docs/commands.md lists them all. \
      `aizusim test [--update] [--junit FILE] [PATH…]` checks golden transcripts \
      (docs/transcripts.md).
      """,
    version: AizuSimVersion.string,
    subcommands: [TranscriptTestCommand.self])

  @OptionGroup public var session: SessionOptions

  @Option(
    name: .customShort("c"),
    help: ArgumentHelp("Run COMMAND (repeatable), then exit.", valueName: "COMMAND"))
  public var commands: [String] = []

  @Flag(help: "Do not read or write the history file.")
  public var noHistory = false

  @Flag(help: "Print each command, after the prompt, before its output.")
  public var echo = false

  @Argument(
    help: ArgumentHelp("Script files to run, in order, after any -c commands.", valueName: "FILE"))
  public var files: [String] = []

  @Option(
    help: ArgumentHelp(
      "Load FILE and run the checks it states; exit 1 when any fails, 2 when FILE cannot be read.",
      valueName: "FILE"))
  public var check: String?

  public init() {}

  /// `--check FILE` runs alone: it is `--scenario FILE -c check`, so another scenario,
  /// command or script with it is bad usage (status 2).
  public func validate() throws {
    if check != nil, session.scenario != nil || !commands.isEmpty || !files.isEmpty {
      throw ValidationError(Words.Check.checkRunsAlone.en)
    }
  }

  /// Whether the session reads the terminal: no `-c`, no script file, and a terminal.
  public func isInteractive(onTerminal: Bool) -> Bool {
    commands.isEmpty && files.isEmpty && onTerminal
  }
}

/// `aizusim test`: checks golden transcripts (docs/transcripts.md).
public struct TranscriptTestCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "test",
    abstract:
      "Run transcripts and show a diff for every answer that changed (docs/transcripts.md).",
    usage: "aizusim test [--update] [--junit <file>] [<path> ...]",
    discussion: """
      Prints PASS, FAIL or UPDATED and the path for each transcript, then a summary. Exit \
      status: 0 when every transcript passed (or was updated), 1 when any failed, crashed or \
      could not be updated, 2 for bad usage.
      """
  )

  @Flag(
    help: """
      Rewrite each failing transcript from the answers the shell gives now, and list the files \
      changed; a transcript whose commands did not all run is not rewritten and fails.
      """
  )
  public var update = false

  @Option(
    help: ArgumentHelp(
      "Also write the results to FILE as JUnit XML, for CI servers.", valueName: "FILE"))
  public var junit: String?

  /// Internal: run this one transcript in this process and report on stdout as JSON lines.
  @Option(help: .private)
  public var child: String?

  @Argument(
    help: ArgumentHelp("Transcript files, or folders searched for *.transcript.", valueName: "PATH")
  )
  public var paths: [String] = ["Scenarios/regression"]

  public init() {}
}

/// What the command line asks for.
public enum ParsedCommandLine {
  /// The shell: the terminal, `-c` commands, script files or standard input.
  case shell(AizuSimCommand)
  /// `aizusim test`.
  case test(TranscriptTestCommand)
  /// Nothing to run: `--help` or `--version` (status 0, on stdout), or bad usage (status 2,
  /// on stderr).
  case message(String, status: Int32)
}

extension AizuSimCommand {
  /// Parses `arguments` (without the program's name). `test` first selects the transcript
  /// checker; `help test` shows its help. Help and usage errors speak `--lang`, else the
  /// language of `environment`'s locale.
  public static func parseCommandLine(
    _ arguments: [String], environment: [String: String] = [:]
  ) -> ParsedCommandLine {
    let language = JapaneseCommandLine.language(of: arguments, environment: environment)
    if arguments == ["help", "test"] || arguments == ["test", "--help"]
      || arguments == ["test", "-h"]
    {
      return .message(
        language == .ja
          ? JapaneseCommandLine.help(for: TranscriptTestCommand.self)
          : helpMessage(for: TranscriptTestCommand.self), status: 0)
    }
    if arguments.first == "test" {
      do {
        return .test(try TranscriptTestCommand.parse(Array(arguments.dropFirst())))
      } catch {
        return message(
          for: error, of: TranscriptTestCommand.self, arguments: arguments, in: language)
      }
    }
    if let command = quickParse(arguments) { return .shell(command) }
    do {
      var command = try parse(arguments)
      if let file = command.check {
        command.session.scenario = file
        command.commands = ["check"]
      }
      return .shell(command)
    } catch {
      return message(for: error, of: Self.self, arguments: arguments, in: language)
    }
  }

  /// The command lines typed most, read without ArgumentParser, whose reflection over these
  /// types took a seventh of the time from start to the first prompt (docs/performance.md):
  /// only `-c COMMAND` (a command not starting with `-`), `--no-history`, `--echo` and
  /// `--bail`, each flag at most once. `nil` for anything else, which ArgumentParser reads;
  /// `CommandLineTests` checks that both read these the same.
  static func quickParse(_ arguments: [String]) -> AizuSimCommand? {
    var commands: [String] = []
    var flags: Set<String> = []
    var index = arguments.startIndex
    while index < arguments.endIndex {
      let argument = arguments[index]
      index += 1
      switch argument {
      case "-c":
        guard index < arguments.endIndex, !arguments[index].hasPrefix("-") else { return nil }
        commands.append(arguments[index])
        index += 1
      case "--no-history", "--echo", "--bail":
        guard flags.insert(argument).inserted else { return nil }
      default:
        return nil
      }
    }
    var session = SessionOptions()
    session.scenario = nil
    session.lang = nil
    session.format = nil
    session.color = .auto
    session.bail = flags.contains("--bail")
    var command = AizuSimCommand()
    command.session = session
    command.commands = commands
    command.noHistory = flags.contains("--no-history")
    command.echo = flags.contains("--echo")
    command.files = []
    command.check = nil
    return command
  }

  /// Help and the version with status 0; bad usage with 2 (ArgumentParser's own is 64).
  ///
  /// ArgumentParser cannot dispatch a subcommand from a root that takes positional
  /// arguments (script files), so `test` is dispatched above; its generated texts are
  /// mended to match: the root's usage does not require a subcommand, and the test's
  /// messages name it `aizusim test`.
  private static func message<Command: ParsableCommand>(
    for error: any Error, of command: Command.Type, arguments: [String], in language: Language
  ) -> ParsedCommandLine {
    let text = command.fullMessage(for: error)
      .replacingOccurrences(of: " <subcommand>\n", with: "\n")
      .replacingOccurrences(of: "See 'test --help'", with: "See 'aizusim test --help'")
    let isSuccess = command.exitCode(for: error) == .success
    guard language == .ja, text != AizuSimVersion.string else {
      return .message(text, status: isSuccess ? 0 : 2)
    }
    return isSuccess
      ? .message(JapaneseCommandLine.help(for: command), status: 0)
      : .message(
        JapaneseCommandLine.usageError(
          text, invalid: JapaneseCommandLine.invalidValue(in: arguments)), status: 2)
  }
}

extension TranscriptTestCommand {
  /// Runs the transcripts, each in a child process of `executable` (this program), or, as
  /// that child (`--child PATH`), the one transcript in this process.
  ///
  /// - Parameter write: Prints text on a stream at once.
  /// - Returns: The exit status.
  public func run(
    executable: String, environment: [String: String], write: (String, Reply.Stream) -> Void
  ) -> Int32 {
    // The report speaks the environment's language, in this process and in each child.
    let runner = TranscriptRunner(language: Session.language(fromEnvironment: environment))
    if let child {
      runner.runAsChild(child, environment: environment) { write($0, .output) }
      return 0
    }
    let suite = TranscriptSuite(paths: paths, isUpdating: update, junitPath: junit, runner: runner)
    { path in
      runner.runInChild(path, executable: executable, arguments: ["test", "--child=" + path])
    }
    return suite.run(write: write)
  }
}
