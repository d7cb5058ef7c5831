import Bilingual
import Words

extension Command {
  static let present = Command(
    name: "present",
    usage: "present SCRIPT",
    summary: Words.Help.presentSummary,
    details: Words.Help.presentDetails,
    examples: ["present Scenarios/talk-aizu.aizu"],
    complete: { context in
      context.previous.count == 1 ? fileCandidates(context, extensions: [".aizu"]) : []
    },
    run: { invocation, session throws(CommandError) in
      guard invocation.arguments.count == 1, let path = invocation.arguments.first else {
        throw CommandError(Words.Present.needsScript, suggestion: Words.Present.example)
      }
      guard !session.isPresenting else { throw CommandError(Words.Present.notInsideAnother) }
      // A scenario file is no talk: each of its lines would be an error screen.
      guard !path.lowercased().hasSuffix(".toml") else {
        throw CommandError(
          Words.Present.scenarioIsNoTalk(path), suggestion: LocalizedText("load \(path)"))
      }
      let file = session.fileSystem.resolve(path, relativeTo: invocation.location?.file)
      let text: String
      do {
        text = try session.fileSystem.read(file, allowingPipes: true)
      } catch {
        throw CommandError(Words.Files.cannotRead(file, reason: FileError.reason(of: error)))
      }
      let presentation = Presentation(script: text, name: file)
      guard !presentation.steps.isEmpty else { throw CommandError(Words.Present.noSteps(file)) }
      var talk = Talk(
        presentation: presentation,
        shell: Interpreter(
          session: session, scripts: invocation.scripts + [file]),
        language: invocation.settings.language)
      talk.shell.session.isPresenting = true
      defer {
        session = talk.shell.session
        session.isPresenting = false
      }
      if let show = session.presentScreen {
        defer { session.presentEnded?() }
        return talk.present(show)
      }
      return talk.runStraightThrough()
    })
}

/// A presentation being given: its steps, the interpreter they run in, and what each step
/// answered the first time it ran.
struct Talk {
  let presentation: Presentation
  var shell: Interpreter
  let language: Language
  /// Each step's prompt and reply, once it has run.
  private var shown: [(prompt: String, outcome: Outcome)?]

  init(presentation: Presentation, shell: Interpreter, language: Language) {
    self.presentation = presentation
    self.shell = shell
    self.language = language
    shown = Array(repeating: nil, count: presentation.steps.count)
  }

  /// Screen by screen at a terminal: the lecturer's keys move on, back (the step as it was
  /// shown, not run again) or quit; the session keeps what the steps run so far did.
  mutating func present(_ show: (_ screen: [Reply]) -> Presentation.Action) -> Output {
    var index = 0
    var tally = RunTally()
    while true {
      let ended = Words.Present.ended(step: index + 1, of: shown.count)
      if shown[index] == nil {
        let result = run(index)
        _ = tally.record(result.outcome.status, bail: false)
        // `quit` in a step ends the talk, not the shell.
        if case .quit = result.outcome.status {
          return Output(
            items: [.rendered(result.outcome.replies), .text(ended)], failed: tally.hasFailed)
        }
      }
      let footer = Words.Present.footer(step: index + 1, of: shown.count)
      switch show(screen(index) + [.output("\n" + footer.text(in: language))]) {
      case .next where index + 1 < shown.count: index += 1
      case .next, .quit: return Output(items: [.text(ended)], failed: tally.hasFailed)
      case .back: index = max(0, index - 1)
      }
    }
  }

  /// Every step in turn, each under its title, as a script runs (`--bail` stops at the
  /// first failure, `quit` ends the talk).
  mutating func runStraightThrough() -> Output {
    var replies: [Reply] = []
    var tally = RunTally()
    for index in shown.indices {
      let result = run(index)
      replies += (index > 0 ? [Reply.output("")] : []) + screen(index)
      if tally.record(result.outcome.status, bail: shell.session.bail) != nil { break }
    }
    return Output(items: [.rendered(replies)], failed: tally.hasFailed)
  }

  /// Runs step `index` and keeps its prompt and reply.
  private mutating func run(_ index: Int) -> (prompt: String, outcome: Outcome) {
    let prompt = shell.prompt
    var outcome = Outcome([], status: .success)
    for line in presentation.steps[index].lines {
      outcome = shell.execute(line.text, at: line.location)
    }
    if outcome.status == .incomplete {
      let error = CommandError(Words.Shell.inputEndsInsideCommand)
      outcome = Outcome(
        [
          Interpreter.errorReply(
            error, location: presentation.steps[index].lines.first?.location,
            session: shell.session)
        ], status: .failure)
      shell.cancelPending()
    }
    shown[index] = (prompt, outcome)
    return (prompt, outcome)
  }

  /// Step `index` as shown: its title, the command after the prompt it ran at, its reply.
  private func screen(_ index: Int) -> [Reply] {
    let step = presentation.steps[index]
    let title = Words.Present.title(
      step: index + 1, of: shown.count, step.title ?? LocalizedText(step.command))
    let ran = shown[index]
    return [.output(title.text(in: language)), .output((ran?.prompt ?? "") + step.command)]
      + (ran?.outcome.replies ?? [])
  }
}
