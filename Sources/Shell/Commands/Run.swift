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
      guard invocation.depth < Interpreter.maximumDepth else {
        throw CommandError(
          "scripts nested \(Interpreter.maximumDepth) deep",
          suggestion: "does the script run itself?")
      }
      let file = session.fileSystem.resolve(path, relativeTo: invocation.location?.file)
      let text: String
      do {
        text = try session.fileSystem.read(file, allowingPipes: true)
      } catch {
        throw CommandError("cannot read '\(file)': \(error)")
      }
      let outcome = Interpreter.runScript(
        text, name: file, session: &session, depth: invocation.depth + 1)
      return Output(outcome.replies, failed: outcome.status == .failure)
    })
}

extension Interpreter {
  /// The lines of a script file: split at `\n`, a `\r` before it dropped (Windows), and a
  /// byte order mark at the start dropped (editors on Windows write one).
  public static func scriptLines(_ text: String) -> [String] {
    var text = Substring(text)
    if text.unicodeScalars.first == "\u{FEFF}" { text = text.dropFirst() }
    return text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
    }
  }

  /// Runs a script's lines in `session`; errors name `name:line`.
  static func runScript(_ text: String, name: String, session: inout Session, depth: Int) -> Outcome
  {
    var replies: [Reply] = []
    var tally = RunTally()
    var pending: [String] = []
    var start = 1
    for (index, line) in scriptLines(text).enumerated() {
      if session.isCancelled() {
        replies.append(
          errorReply(CommandError("interrupted"), location: Location(file: name, line: index + 1)))
        return Outcome(replies, status: .failure)
      }
      if pending.isEmpty { start = index + 1 }
      pending.append(line)
      guard case .segments(let segments) = Tokenizer.tokenize(pending.joined(separator: "\n"))
      else {
        continue
      }
      pending = []
      let outcome = execute(
        segments, session: &session, location: Location(file: name, line: start), depth: depth)
      replies += outcome.replies
      if let stop = tally.record(outcome.status, bail: session.bail) {
        return Outcome(replies, status: stop)
      }
    }
    if !pending.isEmpty {
      replies.append(
        errorReply(
          CommandError("the script ends inside a command (an open quote or a trailing \\)"),
          location: Location(file: name, line: start)))
      tally.fail()
    }
    return Outcome(replies, status: tally.status)
  }
}
