import Bilingual
import ScenarioFile
import Simulation
import Words

extension Command {
  static let load = Command(
    name: "load",
    usage: "load FILE|aizu [--discard]",
    summary: Words.Help.loadSummary,
    details: Words.Help.loadDetails,
    examples: ["load Scenarios/whatif-half-staff.toml", "load aizu --discard"],
    answersFromScenario: false,
    complete: { context in
      fileCandidates(context, extensions: [".toml"]) + builtinCandidates(context.current)
    },
    run: { invocation, session throws(CommandError) in
      var invocation = invocation
      let discard = invocation.flag("--discard")
      if invocation.arguments.contains("--force") {
        // `load` overwrites no file; what it can lose is the unsaved changes, and only
        // --discard, the word that says so, drops them.
        throw CommandError(Words.Files.loadTakesNoForce, suggestion: Words.Files.discardOrSave)
      }
      try invocation.rejectUnknownOptions(known: ["--discard"])
      guard invocation.arguments.count == 1, let path = invocation.arguments.first else {
        throw CommandError(Words.Files.loadNeedsFile, suggestion: Words.Files.loadExample)
      }
      try refuseToDiscard(session, doing: "load \(path)", discard: discard)
      try session.load(path)
      return loaded(session)
    })

  static let reload = Command(
    name: "reload",
    usage: "reload",
    summary: Words.Help.reloadSummary,
    details: Words.Help.reloadDetails,
    examples: ["reload"],
    answersFromScenario: false,
    run: { invocation, session throws(CommandError) in
      guard invocation.arguments.isEmpty else {
        throw CommandError(Words.Shell.takesNoArguments("reload"))
      }
      try session.reload()
      return loaded(session)
    })

  static let save = Command(
    name: "save",
    usage: "save FILE [--force]",
    summary: Words.Help.saveSummary,
    details: Words.Help.saveDetails,
    examples: ["save half-staff.toml", "save half-staff.toml --force"],
    answersFromScenario: false,
    complete: { context in fileCandidates(context, extensions: [".toml"]) },
    run: { invocation, session throws(CommandError) in
      var invocation = invocation
      let force = invocation.flag("--force")
      try invocation.rejectUnknownOptions(known: ["--force"])
      guard invocation.arguments.count == 1, let path = invocation.arguments.first else {
        throw CommandError(Words.Files.saveNeedsFile, suggestion: Words.Files.saveExample)
      }
      let count = session.overrides.count
      try session.save(to: path, replacing: force)
      return .text(Words.Files.saved(count, to: path))
    })

  static let recover = Command(
    name: "recover",
    usage: "recover [--discard] | recover --delete",
    summary: Words.Help.recoverSummary,
    details: Words.Help.recoverDetails,
    examples: ["recover", "recover --delete"],
    answersFromScenario: false,
    run: { invocation, session throws(CommandError) in
      var invocation = invocation
      let discard = invocation.flag("--discard")
      let delete = invocation.flag("--delete")
      try invocation.rejectUnknownOptions(known: ["--discard", "--delete"])
      guard invocation.arguments.isEmpty else {
        throw CommandError(Words.Shell.takesNoArguments("recover"))
      }
      guard let journal = session.recoverable.first else {
        throw CommandError(Words.Files.nothingToRecover)
      }
      if delete {
        for journal in session.recoverable { try? session.fileSystem.remove(journal.path) }
        let count = session.recoverable.count
        session.recoverable = []
        return .text(Words.Files.forgotKeptChanges(sessions: count))
      }
      try refuseToDiscard(session, doing: "recover", discard: discard)
      let outcome = Interpreter.runScript(
        journal.text, name: journal.path, session: &session,
        scripts: invocation.scripts + [journal.path])
      guard outcome.status == .success else {
        return Output(items: [.rendered(outcome.replies)], failed: true)
      }
      try? session.fileSystem.remove(journal.path)
      session.recoverable.removeFirst()
      return Output(
        items: [
          .rendered(outcome.replies), .text(Words.Files.recovered(session.overrides.count)),
        ])
    })

  /// Refuses an action that would drop unsaved changes, unless told to discard them.
  static func refuseToDiscard(_ session: Session, doing action: String, discard: Bool)
    throws(CommandError)
  {
    guard session.isModified, !discard else { return }
    throw CommandError(
      Words.Files.unsavedChanges(
        session.overrides.count, paths: session.overrides.map(\.pathText)),
      suggestion: Words.Files.saveOrDiscard(action))
  }

  /// What `load` and `reload` say: the file and its scenario, then the file's warnings.
  static func loaded(_ session: Session) -> Output {
    let scenario = session.scenario
    let line = Words.Files.loaded(
      session.localizedSourceName, title: scenario.title,
      municipalities: scenario.municipalities.count, from: scenario.baseYear,
      to: scenario.horizon)
    return Output(items: [.text(line)] + session.warnings.map { .warning($0.localizedText) })
  }

  /// File names under the folder of the word being typed, folders with a `/`.
  static func fileCandidates(_ context: CompletionContext, extensions: [String]) -> [String] {
    let word = context.current
    let folder = word.lastIndex(of: "/").map { String(word[...$0]) } ?? ""
    return context.session.fileSystem.entries(of: folder).filter { name in
      !name.hasPrefix(".")
        && (name.hasSuffix("/") || extensions.isEmpty || extensions.contains { name.hasSuffix($0) })
    }.map { folder + $0 }.filter { $0.hasPrefix(word) }
  }

  static func builtinCandidates(_ prefix: String) -> [String] {
    ScenarioFile.builtinNames.filter { $0.hasPrefix(prefix) }
  }
}
