// The aizusim executable: wiring only. Options are parsed here; the interpreter
// (Shell) runs commands and returns replies; the line editor (LineEditor) reads the
// terminal; one writer prints each reply in one write, so stdout and stderr stay in
// order when piped.

import ArgumentParser
import Foundation
import LineEditor
import Shell

struct AizuSim: ParsableCommand {
  static let configuration = CommandConfiguration(
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
    version: AizuSimVersion.string)

  @OptionGroup var arguments: ShellArguments

  var options: SessionOptions { arguments.session }
  var commands: [String] { arguments.commands }
  var files: [String] { arguments.files }
  var noHistory: Bool { arguments.noHistory }
  var echo: Bool { arguments.echo }

  mutating func run() throws {
    let environment = ProcessInfo.processInfo.environment
    var session: Session
    do {
      session = try options.session(fileSystem: LocalFileSystem(), environment: environment)
    } catch {
      Console.write(Interpreter.message(for: error), to: .error)
      throw ExitCode(1)
    }
    session.isCancelled = { Interrupt.isRequested }
    let interactive = commands.isEmpty && files.isEmpty && Terminal.isInteractive
    session.style =
      options.usesColor(onTerminal: interactive, environment: environment) ? .color : .plain
    var shell = Interpreter(session: session)
    let status =
      interactive
      ? interact(&shell, environment: environment)
      : runScripts(&shell, readingStandardInput: commands.isEmpty && files.isEmpty)
    throw ExitCode(status)
  }

  /// -c commands, then script files, or standard input: no prompt, no banner, no history.
  func runScripts(_ shell: inout Interpreter, readingStandardInput: Bool) -> Int32 {
    var tally = RunTally()
    func feed(_ line: String, _ location: Location) -> Int32? {
      if echo { Console.write(shell.prompt + line + "\n", to: .output) }
      let outcome = shell.execute(line, at: location)
      Console.write(outcome.replies)
      return tally.record(outcome.status, bail: options.bail)?.exitStatus
    }
    for (index, command) in commands.enumerated() {
      if let status = feed(command, Location(file: "-c", line: index + 1)) { return status }
    }
    for file in files {
      let text: String
      do {
        text = try LocalFileSystem().read(file, allowingPipes: true)
      } catch {
        Console.write("error: cannot read script '\(file)': \(error)\n", to: .error)
        return 1
      }
      for (index, line) in Interpreter.scriptLines(text).enumerated() {
        if let status = feed(line, Location(file: file, line: index + 1)) { return status }
      }
    }
    if readingStandardInput {
      let reader = PlainLineReader()
      var number = 0
      while true {
        number += 1
        let line: String?
        do {
          line = try reader.readLine()
        } catch {
          Console.write(
            "<stdin>:\(number): error: a line longer than \(error.limit) bytes; is the input text?\n",
            to: .error)
          return 1
        }
        guard let line else { break }
        if let status = feed(line, Location(file: "<stdin>", line: number)) { return status }
      }
    }
    if shell.isContinuing {
      Console.write(
        "error: the input ends inside a command (an open quote or a trailing \\)\n", to: .error)
      return 1
    }
    return tally.status.exitStatus
  }

  /// The prompt loop on a terminal: line editing, completion, history, Ctrl-C, Ctrl-D.
  func interact(_ shell: inout Interpreter, environment: [String: String]) -> Int32 {
    shell.session.isInteractive = true
    let box = ShellBox(shell)
    guard
      let editor = LineEditor(
        program: "aizusim",
        historyFile: noHistory
          ? nil : HistoryFile.defaultPath(for: "aizusim", environment: environment),
        completer: { line in
          let completion = box.shell.completions(for: line)
          return Completion(word: completion.word, candidates: completion.candidates)
        })
    else { return runScripts(&shell, readingStandardInput: true) }
    let color = box.shell.session.style.color
    // Unsaved changes are kept on disk as they are made, so a crash, a closed terminal or a
    // killed process loses nothing; the next session offers them to `recover`.
    let recovery = Recovery(
      environment: environment, fileSystem: LocalFileSystem(), processID: getpid())
    box.shell.session.recoverable = recovery?.abandoned() ?? []
    CrashReport.install(message: crashMessage(box.shell.session, canRecover: recovery != nil))
    var journal: String?
    defer { recovery?.discard() }
    Console.write(banner(box.shell), to: .output)
    while true {
      editor.prompt = Prompt(text: box.shell.prompt, colorEscape: color ? "\u{1B}[1;36m" : nil)
      let outcome: Outcome
      switch editor.readLine() {
      case .line(let line):
        editor.addToHistory(line)
        do {
          try editor.saveHistory()
        } catch {
          // Said once per failure; the entries stay unsaved and the next save retries.
          Console.write("warning: history not saved: \(error)\n", to: .error)
        }
        box.shell.session.width = Terminal.width
        if line == environment[TranscriptRunner.crashHookVariable] {
          fatalError("\(TranscriptRunner.crashHookVariable): crashing before '\(line)' on purpose")
        }
        outcome = box.shell.execute(line)
        Interrupt.reset()
      case .interrupted:
        box.shell.cancelPending()
        continue
      case .endOfInput:
        box.shell.cancelPending()
        outcome = box.shell.execute("quit")
      }
      Console.write(outcome.replies, color: color)
      if case .quit(let status) = outcome.status { return status }
      let script = Recovery.script(for: box.shell.session)
      if script != journal, let recovery {
        do {
          try recovery.record(box.shell.session)
          journal = script
        } catch {
          Console.write("warning: unsaved changes not kept on disk: \(error)\n", to: .error)
        }
      }
    }
  }

  /// What the terminal shows if AizuSim traps: never the runtime's interactive prompt.
  func crashMessage(_ session: Session, canRecover: Bool) -> String {
    let next =
      canRecover
      ? say(
        session,
        ja: "未保存の変更は控えてあります。aizusim をもう一度起動し、recover と入力してください。",
        en: "Your unsaved changes are kept: start aizusim again and type `recover`.")
      : ""
    return say(
      session,
      ja: "\naizusim が内部エラーで止まりました (シグナル %d)。\(next)\n",
      en: "\naizusim stopped on an internal error (signal %d). \(next)\n")
  }

  func banner(_ shell: Interpreter) -> String {
    let session = shell.session
    let hint =
      session.language == .ja
      ? "help でコマンド一覧、Tab で補完、Ctrl-D で終了"
      : "type help for the commands, Tab to complete, Ctrl-D to leave"
    var text =
      "AizuSim \(AizuSimVersion.string) — \(session.scenario.title.text(in: session.language)) [\(session.scenario.name)]\n\(hint)\n"
    if let journal = session.recoverable.first {
      let count = journal.changeCount
      text += say(
        session,
        ja:
          "前回のセッションが異常終了し、\(journal.scenario) への未保存の変更が \(count) 件残っています: recover で戻せます (recover --delete で消去)\n",
        en:
          "A session that ended abruptly left \(count) unsaved change\(count == 1 ? "" : "s") over \(journal.scenario): type `recover` to restore them (`recover --delete` forgets them)\n"
      )
    }
    return text
  }
}

/// `aizusim test PATH…`: checks golden transcripts, each in a child process of this executable
/// so that a crash fails one transcript, not the run (docs/transcripts.md, "For the runner").
struct TestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "aizusim test",
    abstract:
      "Run transcripts and show a diff for every answer that changed (docs/transcripts.md).",
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
  var update = false

  @Option(
    help: ArgumentHelp(
      "Also write the results to FILE as JUnit XML, for CI servers.", valueName: "FILE"))
  var junit: String?

  /// Internal: run this one transcript in this process and report on stdout as JSON lines.
  @Option(help: .private)
  var child: String?

  @Argument(
    help: ArgumentHelp("Transcript files, or folders searched for *.transcript.", valueName: "PATH")
  )
  var paths: [String] = ["Scenarios/regression"]

  func run() throws {
    let runner = TranscriptRunner()
    if let child {
      let environment = ProcessInfo.processInfo.environment
      runner.runAsChild(child, environment: environment) { Console.write($0, to: .output) }
      return
    }
    let executable = TranscriptRunner.currentExecutable
    let suite = TranscriptSuite(paths: paths, isUpdating: update, junitPath: junit, runner: runner)
    { path in
      runner.runInChild(path, executable: executable, arguments: ["test", "--child=" + path])
    }
    let status = suite.run { text, stream in Console.write(text, to: stream) }
    if status != 0 { throw ExitCode(status) }
  }
}

/// Japanese or English, whichever the session speaks.
func say(_ session: Session, ja: String, en: String) -> String {
  session.language == .ja ? ja : en
}

/// Holds the interpreter where the completion callback can reach it.
final class ShellBox {
  var shell: Interpreter
  init(_ shell: Interpreter) { self.shell = shell }
}

/// The one writer: each reply in one write(2) to its stream, so piped stdout and
/// stderr come out in the order the replies were made.
enum Console {
  static func write(_ replies: [Reply], color: Bool = false) {
    for reply in replies {
      var text = reply.text
      if color, reply.stream == .error, text.hasPrefix("error:") {
        text = "\u{1B}[1;31merror:\u{1B}[0m" + text.dropFirst("error:".count)
      }
      write(text, to: reply.stream)
    }
  }

  static func write(_ text: String, to stream: Reply.Stream) {
    let fd: Int32 = stream == .error ? 2 : 1
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
      guard written > 0 else { return }
      bytes = bytes.dropFirst(written)
    }
  }
}

/// Parses and runs `command`; bad usage exits with 2 (ArgumentParser's own code is 64).
func main<Command: ParsableCommand>(_ command: Command.Type, arguments: [String]) -> Never {
  do {
    var parsed = try command.parse(arguments)
    try parsed.run()
    exit(0)
  } catch let status as ExitCode {
    exit(status.rawValue)
  } catch {
    if command.exitCode(for: error) == .success {
      Console.write(command.fullMessage(for: error) + "\n", to: .output)
      exit(0)
    }
    Console.write(command.fullMessage(for: error) + "\n", to: .error)
    exit(2)
  }
}

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "test" {
  main(TestCommand.self, arguments: Array(arguments.dropFirst()))
}
main(AizuSim.self, arguments: arguments)
