import ScenarioFile
import Simulation

extension Command {
  static let load = Command(
    name: "load",
    usage: "load FILE|aizu [--discard]",
    summary: LocalizedText(ja: "シナリオファイルを読み込む", en: "Load a scenario file"),
    details: LocalizedText(
      ja: """
        シナリオファイル(TOML)を読み込み、現在のシナリオと置き換えます。誤りがあればすべて行番号付きで示し、
        何も変えません。未保存の変更があるときは、保存するか --discard を付けてください。aizu は内蔵シナリオです。
        """,
      en: """
        Reads a scenario file (TOML) and makes it the current scenario. If the file has
        problems, every one is listed with its line and nothing changes. With unsaved
        changes, save them first or add --discard. `aizu` names the built-in scenario.
        """),
    examples: ["load Scenarios/whatif-half-staff.toml", "load aizu --discard"],
    complete: { context in
      fileCandidates(context, extensions: [".toml"]) + builtinCandidates(context.current)
    },
    run: { invocation, session throws(CommandError) in
      var invocation = invocation
      let discard = invocation.flag("--discard")
      if invocation.arguments.contains("--force") {
        // `load` overwrites no file; what it can lose is the unsaved changes, and only
        // --discard, the word that says so, drops them.
        throw CommandError(
          "load takes no --force",
          suggestion: "`load FILE --discard` drops the unsaved changes; `save FILE` keeps them")
      }
      try invocation.rejectUnknownOptions(known: ["--discard"])
      guard invocation.arguments.count == 1, let path = invocation.arguments.first else {
        throw CommandError(
          "load needs one file", suggestion: "load FILE, e.g. load Scenarios/whatif-half-staff.toml"
        )
      }
      try refuseToDiscard(session, doing: "load \(path)", discard: discard)
      try session.load(path)
      return Output(
        [.output(loadedMessage(session))]
          + session.warnings.map { .error("warning: \($0.description)") })
    })

  static let reload = Command(
    name: "reload",
    usage: "reload",
    summary: LocalizedText(ja: "シナリオファイルを読み直す", en: "Read the scenario file again"),
    details: LocalizedText(
      ja: "現在のシナリオファイルを読み直します(エディタで直した後に)。プロンプトで set した変更は残ります。",
      en:
        "Reads the current scenario file again (after editing it elsewhere). Changes made with `set` are kept."
    ),
    examples: ["reload"],
    run: { invocation, session throws(CommandError) in
      guard invocation.arguments.isEmpty else { throw CommandError("reload takes no arguments") }
      try session.reload()
      return Output(
        [.output(loadedMessage(session))]
          + session.warnings.map { .error("warning: \($0.description)") })
    })

  static let save = Command(
    name: "save",
    usage: "save FILE [--force]",
    summary: LocalizedText(ja: "変更を what-if ファイルに保存する", en: "Save the changes as a what-if file"),
    details: LocalizedText(
      ja: """
        set で加えた変更を、現在のシナリオを extends する短い TOML ファイルとして書き出し、それを読み込みます。
        書き込みは一度に行われ(途中で止まっても壊れません)、既存のファイルは --force がなければ上書きしません。
        """,
      en: """
        Writes the changes made with `set` as a short TOML file that extends the current
        scenario, then loads it. The write is atomic (an interrupted save never leaves half
        a file), and an existing file is never replaced without --force.
        """),
    examples: ["save half-staff.toml", "save half-staff.toml --force"],
    complete: { context in fileCandidates(context, extensions: [".toml"]) },
    run: { invocation, session throws(CommandError) in
      var invocation = invocation
      let force = invocation.flag("--force")
      try invocation.rejectUnknownOptions(known: ["--force"])
      guard invocation.arguments.count == 1, let path = invocation.arguments.first else {
        throw CommandError("save needs one file name", suggestion: "save FILE.toml")
      }
      let count = session.overrides.count
      try session.save(to: path, replacing: force)
      return [
        .output(
          session.text(
            ja: "\(path) に保存しました (変更 \(count) 件)",
            en: "saved \(count) change\(count == 1 ? "" : "s") to \(path)"))
      ]
    })

  static let recover = Command(
    name: "recover",
    usage: "recover [--discard] | recover --delete",
    summary: LocalizedText(
      ja: "異常終了したセッションの未保存の変更を戻す",
      en: "Restore the unsaved changes of a session that ended abruptly"),
    details: LocalizedText(
      ja: """
        対話中のセッションは未保存の変更をファイルに控えています。異常終了・端末の切断・強制終了のあと、
        次に起動したときにその旨を示し、recover でシナリオと変更を戻します(未保存の変更として)。
        今のセッションに未保存の変更があるときは、保存するか --discard を付けてください。recover --delete は控えを消します。
        """,
      en: """
        An interactive session keeps its unsaved changes in a file as it goes. After a crash,
        a closed terminal or a killed process, the next session says so, and `recover`
        loads that scenario and makes the same changes again (unsaved, ready to save). With
        unsaved changes of your own, save them first or add --discard. `recover --delete`
        forgets the kept changes.
        """),
    examples: ["recover", "recover --delete"],
    run: { invocation, session throws(CommandError) in
      var invocation = invocation
      let discard = invocation.flag("--discard")
      let delete = invocation.flag("--delete")
      try invocation.rejectUnknownOptions(known: ["--discard", "--delete"])
      guard invocation.arguments.isEmpty else { throw CommandError("recover takes no arguments") }
      guard let journal = session.recoverable.first else {
        throw CommandError("there are no unsaved changes to recover")
      }
      if delete {
        for journal in session.recoverable { try? session.fileSystem.remove(journal.path) }
        let count = session.recoverable.count
        session.recoverable = []
        return [
          .output(
            session.text(
              ja: "控えていた変更を消しました (\(count) 件)",
              en: "forgot the kept changes of \(count) session\(count == 1 ? "" : "s")"))
        ]
      }
      try refuseToDiscard(session, doing: "recover", discard: discard)
      let outcome = Interpreter.runScript(
        journal.text, name: journal.path, session: &session,
        scripts: invocation.scripts + [journal.path])
      guard outcome.status == .success else {
        return Output(outcome.replies, failed: true)
      }
      try? session.fileSystem.remove(journal.path)
      session.recoverable.removeFirst()
      let count = session.overrides.count
      return Output(
        outcome.replies + [
          .output(
            session.text(
              ja: "未保存の変更 \(count) 件を戻しました。save FILE で保存できます",
              en:
                "recovered \(count) unsaved change\(count == 1 ? "" : "s"); `save FILE` keeps them"
            ))
        ])
    })

  /// Refuses an action that would drop unsaved changes, unless told to discard them.
  static func refuseToDiscard(_ session: Session, doing action: String, discard: Bool)
    throws(CommandError)
  {
    guard session.isModified, !discard else { return }
    let count = session.overrides.count
    throw CommandError(
      "\(count) unsaved change\(count == 1 ? "" : "s") (\(session.overrides.map(\.pathText).joined(separator: ", ")))",
      suggestion: "`save FILE` keeps them; `\(action) --discard` drops them")
  }

  static func loadedMessage(_ session: Session) -> String {
    let s = session.scenario
    return session.text(
      ja:
        "\(session.sourceName) を読み込みました: \(s.title.ja) (\(s.municipalities.count) 市町村, \(s.baseYear)–\(s.horizon))",
      en:
        "loaded \(session.sourceName): \(s.title.en) (\(s.municipalities.count) municipalities, \(s.baseYear)–\(s.horizon))"
    )
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
    [ScenarioFile.builtinName].filter { $0.hasPrefix(prefix) }
  }
}
