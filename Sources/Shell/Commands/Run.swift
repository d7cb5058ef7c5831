import Simulation
import Words

extension Command {
  static let run = Command(
    name: "run",
    usage: "run SCRIPT",
    summary: Words.Help.runSummary,
    details: Words.Help.runDetails,
    examples: ["run Scenarios/regression/tour.aizu"],
    answersFromScenario: false,
    complete: { context in fileCandidates(context, extensions: []) },
    run: { invocation, session throws(CommandError) in
      guard invocation.arguments.count == 1, let path = invocation.arguments.first else {
        throw CommandError(Words.Files.runNeedsScript, suggestion: Words.Files.runExample)
      }
      let file = session.fileSystem.resolve(path, relativeTo: invocation.location?.file)
      // A script that runs itself would run until the nesting limit, and one that runs
      // itself twice would run 2¹⁶ times: refused at once.
      let identity = session.fileSystem.canonical(file)
      if let start = invocation.scripts.firstIndex(where: {
        session.fileSystem.canonical($0) == identity
      }) {
        let cycle = Array(invocation.scripts[start...]) + [file]
        throw CommandError(Words.Files.runCycle(cycle), suggestion: Words.Files.runsItself)
      }
      guard invocation.scripts.count < Interpreter.maximumDepth else {
        throw CommandError(
          Words.Files.nestedTooDeep(Interpreter.maximumDepth, chain: invocation.scripts),
          suggestion: Words.Files.nestAtMost(Interpreter.maximumDepth))
      }
      let text: String
      do {
        text = try session.fileSystem.read(file, allowingPipes: true)
      } catch {
        throw CommandError(Words.Files.cannotRead(file, reason: FileError.reason(of: error)))
      }
      let outcome = Interpreter.runScript(
        text, name: file, session: &session, scripts: invocation.scripts + [file])
      return Output(items: [.rendered(outcome.replies)], failed: outcome.status == .failure)
    })
}

extension Interpreter {
  /// Runs a script's lines in `session`, in the same loop as every other input; errors name
  /// `name:line`, and Ctrl-C stops it.
  static func runScript(
    _ text: String, name: String, session: inout Session, scripts: [String]
  ) -> Outcome {
    var inner = Interpreter(session: session, scripts: scripts)
    var replies: [Reply] = []
    let status = inner.run(
      scriptLines(text, name: name), settings: RunSettings(stopsWhenCancelled: true)
    ) { replies += $0.replies }
    session = inner.session
    return Outcome(replies, status: status)
  }
}
