// The aizusim executable: wiring only. The command line is declared in Shell
// (AizuSimCommand); the interpreter runs every kind of input in one loop and returns
// replies; the line editor reads the terminal; one writer prints each reply in one write,
// so stdout and stderr stay in order when piped.

import Bilingual
import Foundation
import LineEditor
import Shell
import Words

let environment = ProcessEnvironment.read()

switch AizuSimCommand.parseCommandLine(
  Array(CommandLine.arguments.dropFirst()), environment: environment)
{
case .message(let text, let status):
  Console.write(text + "\n", to: status == 0 ? .output : .error)
  exit(status)
case .test(let command):
  exit(
    command.run(
      executable: TranscriptRunner.currentExecutable, environment: environment,
      write: Console.write))
case .shell(let command):
  exit(runShell(command))
}

/// The shell: at a terminal with line editing, else `-c`, script files or standard input.
func runShell(_ command: AizuSimCommand) -> Int32 {
  let interactive = command.isInteractive(onTerminal: Terminal.isInteractive)
  // At a terminal the built-in scenario is decoded while the first prompt waits for a line.
  let starting = StartingSession(
    command.session, fileSystem: LocalFileSystem(), environment: environment,
    inBackground: interactive)
  // `--check FILE` tells a failing check (1) from a file it cannot check (2).
  let cannotStart: Int32 = command.check == nil ? 1 : 2
  // A scenario that cannot be loaded is reported before anything else is shown.
  if !starting.isInBackground, ready(starting, command, interactive: interactive) == nil {
    return cannotStart
  }
  if interactive, let status = interact(starting, command) { return status }
  guard let session = ready(starting, command, interactive: interactive) else { return cannotStart }
  var shell = Interpreter(session: session)
  let reader = PlainLineReader()
  var input = ScriptInput(
    commands: command.commands, files: command.files, fileSystem: LocalFileSystem()
  ) { () throws(CommandError) -> String? in
    do throws(PlainLineReader.LineTooLong) {
      return try reader.readLine()
    } catch {
      throw Interpreter.lineTooLong(limit: error.limit)
    }
  }
  let status = shell.run(.init(echo: command.echo)) { _ in
    input.next()
  } write: {
    Console.write($0.replies)
  }
  return status.exitStatus
}

/// The session, once made, set up for this process; or `nil` when it could not be made, which
/// is said on stderr.
func ready(_ starting: StartingSession, _ command: AizuSimCommand, interactive: Bool) -> Session? {
  do throws(CommandError) {
    var session = try starting.session()
    session.isCancelled = { Interrupt.isRequested }
    session.style =
      command.session.usesColor(onTerminal: interactive, environment: environment)
      ? .color : .plain
    return session
  } catch {
    Console.write(
      Interpreter.message(for: error, language: command.session.language(environment: environment)),
      to: .error)
    return nil
  }
}

/// The prompt loop on a terminal: line editing, completion, history, Ctrl-C, Ctrl-D, and the
/// unsaved changes kept on disk; `nil` when no line editor can be made (not a terminal).
///
/// The banner and the first prompt show before the session is ready (`StartingSession`): the
/// first line typed, or the first Tab, waits for it.
func interact(_ starting: StartingSession, _ command: AizuSimCommand) -> Int32? {
  let language = command.session.language(environment: environment)
  let color = command.session.usesColor(onTerminal: true, environment: environment)
  // Completion reads a copy of the interpreter as it stands at the prompt.
  let box = ShellBox()
  guard
    let editor = LineEditor(
      program: "aizusim",
      historyFile: command.noHistory
        ? nil : HistoryFile.defaultPath(for: "aizusim", environment: environment),
      completer: { line in
        guard let completion = box.shell?.completions(for: line) else {
          return Completion(word: "", candidates: [])
        }
        return Completion(word: completion.word, candidates: completion.candidates)
      })
  else { return nil }
  // Unsaved changes are kept on disk as they are made, so a crash, a closed terminal or a
  // killed process loses nothing; the next session offers them to `recover`.
  let recovery = Recovery(
    environment: environment, fileSystem: LocalFileSystem(), processID: getpid())
  let recoverable = recovery?.abandoned() ?? []
  CrashReport.install(
    message: Interpreter.crashMessage(canRecover: recovery != nil, language: language))
  box.make = {
    guard var session = ready(starting, command, interactive: true) else { return nil }
    session.isInteractive = true
    session.measureWidth = { Terminal.width }
    // Long commands (`montecarlo`) report how far they have got: a line on stderr, redrawn in
    // place and cleared at the end, only when stderr is a terminal.
    if isatty(2) == 1 {
      session.progress = { progress in
        let line = progress.isLast ? "" : progress.text.text(in: progress.language)
        Console.write("\r" + line + "\u{1B}[K", to: .error)
      }
    }
    session.recoverable = recoverable
    session.presentScreen = { screen in present(screen, color: color) }
    // A talk runs on the terminal's alternate screen, as a pager does: when it ends, the
    // screen shows again what it showed before the talk.
    session.presentEnded = {
      guard TalkScreen.isAlternate else { return }
      Console.write("\u{1B}[?1049l", to: .output)
      TalkScreen.isAlternate = false
    }
    return Interpreter(session: session)
  }
  defer { recovery?.discard() }
  let heading = starting.heading()
  Console.write(
    Interpreter.banner(
      name: heading.name, title: heading.title, language: language, recoverable: recoverable,
      width: Terminal.width),
    to: .output)
  /// Reads the next line at `prompt`, keeping it in the history.
  func read(at prompt: String, language: Language) -> InputEvent {
    editor.prompt = Prompt(text: prompt, colorEscape: color ? "\u{1B}[1;36m" : nil)
    switch editor.readLine() {
    case .line(let line):
      editor.addToHistory(line)
      do throws(HistoryFileError) {
        try editor.saveHistory()
      } catch {
        // Said once per failure; the entries stay unsaved and the next save retries.
        Console.write(
          Interpreter.warning(savingHistory: error.words, language: language), to: .error)
      }
      if line == environment[TranscriptRunner.crashHookVariable] {
        fatalError("\(TranscriptRunner.crashHookVariable): crashing before '\(line)' on purpose")
      }
      return .line(InputLine(line))
    case .interrupted: return .interrupted
    case .endOfInput: return .end
    }
  }
  // The first line is read while the session is in the making.
  starting.start()
  var first: InputEvent? = read(at: Interpreter.prompt(scenario: heading.name), language: language)
  guard var shell = box.shell else { return 1 }
  var journal: String?
  let status = shell.run(.init(endIsQuit: true, remembersFailures: false)) { shell in
    box.shell = shell
    if let event = first {
      first = nil
      return event
    }
    // Between two lines: keep the changes on disk, then read the next line.
    if let recovery, let script = Recovery.script(for: shell.session), script != journal {
      do {
        try recovery.record(shell.session)
        journal = script
      } catch {
        Console.write(shell.warning(keepingChanges: error), to: .error)
      }
    } else if journal != nil, !shell.session.isModified {
      recovery?.discard()
      journal = nil
    }
    return read(at: shell.prompt, language: shell.session.language)
  } write: {
    Console.write($0.replies, color: color)
  }
  return status.exitStatus
}

/// Whether a talk has the terminal on its alternate screen; used on the main thread only.
enum TalkScreen {
  nonisolated(unsafe) static var isAlternate = false
}

/// One screen of a presentation: the screen cleared, the step shown, then the lecturer's key.
func present(_ screen: [Reply], color: Bool) -> Presentation.Action {
  if !TalkScreen.isAlternate {
    // Saves the cursor and the screen once, when the talk starts; presentEnded gives them back.
    Console.write("\u{1B}[?1049h", to: .output)
    TalkScreen.isAlternate = true
  }
  Console.write("\u{1B}[H\u{1B}[2J", to: .output)
  Console.write(screen, color: color)
  while true {
    let key = Terminal.readKey() ?? .endOfInput
    // A Ctrl-C pressed while a step ran is forgotten before the next step runs.
    Interrupt.reset()
    switch key {
    case .enter, .character(" "), .character("n"), .right, .down, .pageDown: return .next
    case .character("b"), .character("p"), .left, .up, .pageUp, .backspace: return .back
    case .character("q"), .escape, .interrupt, .endOfInput: return .quit
    default: continue
    }
  }
}

extension HistoryFileError {
  /// What failed, in the catalog's words: the line editor knows no words of AizuSim.
  var words: LocalizedText {
    switch kind {
    case .notAHistoryFile: Words.History.notAHistoryFile(path, firstLine: HistoryFile.header)
    case .cannotRead: Words.History.cannotRead(path, reason: reason)
    case .cannotCreateDirectory: Words.History.cannotCreateDirectory(path, reason: reason)
    case .cannotLock: Words.History.cannotLock(path, reason: reason)
    case .stayedLocked(let seconds): Words.History.stayedLocked(path, seconds: seconds)
    case .cannotWrite: Words.History.cannotWrite(path, reason: reason)
    }
  }
}

/// Holds the interpreter where the completion callback can reach it; made by `make` when first
/// needed, as the session may not be ready when the first prompt shows.
final class ShellBox {
  var make: (() -> Interpreter?)?
  private var made: Interpreter?

  /// The interpreter; `nil` when its session could not be made.
  var shell: Interpreter? {
    get {
      if let make {
        self.make = nil
        made = make()
      }
      return made
    }
    set { made = newValue }
  }
}

/// The one writer: each reply in one write(2) to its stream, so piped stdout and
/// stderr come out in the order the replies were made.
enum Console {
  static func write(_ replies: [Reply], color: Bool = false) {
    for reply in replies {
      var text = reply.text
      for prefix in ["error:", "エラー:"] where color && reply.stream == .error {
        if text.hasPrefix(prefix) {
          text = "\u{1B}[1;31m\(prefix)\u{1B}[0m" + text.dropFirst(prefix.count)
        }
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
