import Simulation

extension Command {
  static let run = Command(
    name: "run",
    usage: "run SCRIPT",
    summary: LocalizedText(ja: "スクリプトを実行する", en: "Run a script of commands"),
    details: LocalizedText(
      ja: """
        ファイルのコマンドを一行ずつ実行します。誤りは「ファイル:行」で示し、続けて実行します(--bail で起動したときは止まります)。
        Ctrl-C で中断できます。
        """,
      en: """
        Runs the commands of a file, one line at a time, in this session. Errors name the
        script's file:line; the script goes on after an error unless the shell was started
        with --bail. Ctrl-C stops it.
        """),
    examples: ["run Scenarios/regression/tour.aizu"],
    complete: { context in fileCandidates(context, extensions: []) },
    run: { invocation, session throws(CommandError) in
      guard invocation.arguments.count == 1, let path = invocation.arguments.first else {
        throw CommandError("run needs one script file", suggestion: "run SCRIPT")
      }
      let file = session.fileSystem.resolve(path, relativeTo: invocation.location?.file)
      // A script that runs itself would run until the nesting limit, and one that runs
      // itself twice would run 2¹⁶ times: refused at once.
      let identity = session.fileSystem.canonical(file)
      if let start = invocation.scripts.firstIndex(where: {
        session.fileSystem.canonical($0) == identity
      }) {
        let cycle = (invocation.scripts[start...] + [file]).joined(separator: " → ")
        throw CommandError(
          "scripts run in a cycle: \(cycle)",
          suggestion: "a script cannot run itself; remove the run line that starts it again")
      }
      guard invocation.scripts.count < Interpreter.maximumDepth else {
        throw CommandError(
          "scripts nested \(Interpreter.maximumDepth) deep: \(invocation.scripts.joined(separator: " → "))",
          suggestion: "run at most \(Interpreter.maximumDepth) scripts inside one another")
      }
      let text: String
      do {
        text = try session.fileSystem.read(file, allowingPipes: true)
      } catch {
        throw CommandError("cannot read '\(file)': \(error)")
      }
      let outcome = Interpreter.runScript(
        text, name: file, session: &session, scripts: invocation.scripts + [file])
      return Output(outcome.replies, failed: outcome.status == .failure)
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
