import Words

/// One line of input and where it came from.
public struct InputLine: Sendable, Equatable {
  public var text: String
  /// The file and line, for messages (`script.aizu:3`); `nil` at the prompt.
  public var location: Location?

  public init(_ text: String, at location: Location? = nil) {
    self.text = text
    self.location = location
  }
}

/// What a source of input gives the interpreter next.
public enum InputEvent: Sendable, Equatable {
  case line(InputLine)
  /// Ctrl-C at the prompt: the line being typed, and any unfinished command, are dropped.
  case interrupted
  /// The input ended: a script's last line, or Ctrl-D on an empty line.
  case end
  /// The input cannot be read further (a line too long to be text): the run fails here.
  case failed(CommandError, at: Location?)
}

extension Interpreter {
  /// How `run` treats its input.
  public struct RunSettings: Sendable {
    /// Prints the prompt and each command before its output, so a run reads as a transcript.
    public var echo: Bool
    /// Whether the end of the input is `quit` (Ctrl-D at the prompt, which warns about
    /// unsaved changes) rather than the end of a script.
    public var endIsQuit: Bool
    /// Whether Ctrl-C, pressed while the lines run, stops them (a script run by `run`).
    public var stopsWhenCancelled: Bool
    /// Whether a failed command makes the whole run fail, however it ends. A script's does;
    /// at the terminal a mistyped command is answered and forgotten, and `quit` exits 0.
    public var remembersFailures: Bool

    public init(
      echo: Bool = false, endIsQuit: Bool = false, stopsWhenCancelled: Bool = false,
      remembersFailures: Bool = true
    ) {
      self.echo = echo
      self.endIsQuit = endIsQuit
      self.stopsWhenCancelled = stopsWhenCancelled
      self.remembersFailures = remembersFailures
    }
  }

  /// Runs lines until the input ends or a command quits: the one loop behind the terminal,
  /// `-c`, script files, standard input, `run` and transcripts.
  ///
  /// - Parameters:
  ///   - settings: How to treat the input.
  ///   - next: The next input event; it is handed the interpreter, for its prompt.
  ///   - write: Receives each line's outcome, replies in order, as soon as the line has run.
  /// - Returns: How the run ended: `.quit(status)`, or `.success` or `.failure` at the end of
  ///   the input (`.failure` when any command failed, or with `--bail` at the first).
  public mutating func run(
    _ settings: RunSettings = RunSettings(), next: (Interpreter) -> InputEvent,
    write: (Outcome) -> Void
  ) -> Outcome.Status {
    var tally = RunTally()
    while true {
      let event = next(self)
      let outcome: Outcome
      switch event {
      case .line(let line):
        if settings.stopsWhenCancelled, session.isCancelled() {
          write(
            Outcome(
              [
                Self.errorReply(
                  CommandError(Words.Shell.interrupted), location: line.location, session: session)
              ],
              status: .failure))
          return .failure
        }
        let prompt = self.prompt
        var result = execute(line.text, at: line.location)
        if settings.echo { result.replies.insert(.output(prompt + line.text), at: 0) }
        outcome = result
      case .interrupted:
        cancelPending()
        continue
      case .failed(let error, let location):
        write(
          Outcome(
            [Self.errorReply(error, location: location, session: session)],
            status: .failure))
        tally.fail()
        return tally.status
      case .end:
        if settings.endIsQuit {
          cancelPending()
          outcome = execute("quit")
          break
        }
        if isContinuing {
          let error = CommandError(Words.Shell.inputEndsInsideCommand)
          write(
            Outcome(
              [Self.errorReply(error, location: pendingLocation, session: session)],
              status: .failure))
          cancelPending()
          tally.fail()
        }
        return tally.status
      }
      write(outcome)
      if let stop = tally.record(outcome.status, bail: session.bail) { return stop }
      if !settings.remembersFailures { tally = RunTally() }
    }
  }

  /// Runs `lines` in turn (a script's, or `-c` commands), then ends.
  public mutating func run(
    _ lines: [InputLine], settings: RunSettings = RunSettings(), write: (Outcome) -> Void
  ) -> Outcome.Status {
    var index = 0
    return run(settings) { _ in
      defer { index += 1 }
      return index < lines.count ? .line(lines[index]) : .end
    } write: {
      write($0)
    }
  }

  /// The lines of a script file, each with its `name:line` location: split at `\n`, a `\r`
  /// before it dropped (Windows), and a byte order mark at the start dropped.
  public static func scriptLines(_ text: String, name: String) -> [InputLine] {
    var text = Substring(text)
    if text.unicodeScalars.first == "\u{FEFF}" { text = text.dropFirst() }
    return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
      InputLine(
        $1.hasSuffix("\r") ? String($1.dropLast()) : String($1),
        at: Location(file: name, line: $0 + 1))
    }
  }
}
