import Bilingual
import Rendering
import ScenarioFile
import Simulation
import Words

extension Command {
  /// Every command, in the order `help` lists them.
  static let all: [Command] = [
    .help, .show, .project, .chart, .services, .freed, .compare, .guidelines, .disaster, .measures,
    .measure, .set, .unset, .load, .reload, .save, .recover, .format, .lang, .run, .echo, .quit,
  ]

  static let help = Command(
    name: "help",
    aliases: ["?"],
    usage: "help [COMMAND]",
    summary: LocalizedText(ja: "コマンドの説明を見る", en: "Explain the commands"),
    details: LocalizedText(
      ja: "コマンドの一覧、または一つのコマンドの使い方・説明・例を示します。",
      en: "Lists the commands, or shows one command's usage, what it does and examples."),
    examples: ["help", "help project"],
    complete: { context in
      context.previous.count == 1
        ? Command.all.map(\.name).filter { $0.hasPrefix(context.current) } : []
    },
    run: { invocation, session throws(CommandError) in
      guard let name = invocation.arguments.first else { return [.output(overview(session))] }
      guard let command = Command.all.first(where: { $0.matches(name) }) else {
        throw CommandError(
          "no command '\(name)'",
          suggestion: Suggestion.didYouMean(name, among: Command.all.map(\.name))
            ?? "type `help` for the list")
      }
      return [.output(command.helpText(session))]
    })

  static func overview(_ session: Session) -> String {
    let width = Command.all.map { displayWidth($0.name) }.max() ?? 8
    var lines = [
      session.text(ja: "コマンド (help COMMAND で詳しく):", en: "Commands (help COMMAND for more):")
    ]
    for command in Command.all {
      lines.append(
        "  " + command.name.padded(toWidth: width, alignment: .left) + "  "
          + session.text(command.summary))
    }
    lines.append(
      session.text(
        ja: "; で区切って一行に複数、# 以降はコメント、行末の \\ で次の行に続きます。Tab で補完。",
        en:
          "Separate commands with ;, # starts a comment, a trailing \\ continues the line. Tab completes."
      ))
    return lines.joined(separator: "\n")
  }

  func helpText(_ session: Session) -> String {
    var lines = [session.text(ja: "使い方: ", en: "usage: ") + usage]
    if !aliases.isEmpty {
      lines.append(session.text(ja: "別名: ", en: "also: ") + aliases.joined(separator: ", "))
    }
    lines.append("")
    lines += session.text(details).split(separator: "\n", omittingEmptySubsequences: false).map(
      String.init)
    if !examples.isEmpty {
      lines.append("")
      lines.append(session.text(ja: "例:", en: "examples:"))
      lines += examples.map { "  " + $0 }
    }
    return lines.joined(separator: "\n")
  }

  static let format = Command(
    name: "format",
    usage: "format [table|csv|json|md]",
    summary: LocalizedText(ja: "出力形式を選ぶ", en: "Choose the output format"),
    details: LocalizedText(
      ja: "表(table)、CSV、JSON、Markdown(md) から出力形式を選びます。引数なしで今の形式を示します。一つのコマンドだけなら --format を付けます。",
      en:
        "Sets the output format: aligned tables, CSV, JSON or Markdown (md). With no argument, shows the current one. For one command only, add --format to it."
    ),
    examples: ["format csv", "project 2040 --format json"],
    complete: { context in
      OutputFormat.allCases.map(\.rawValue).filter { $0.hasPrefix(context.current) }
    },
    run: { invocation, session throws(CommandError) in
      guard let name = invocation.arguments.first else { return [.output(session.format.rawValue)] }
      session.format = try Settings.format(name)
      return [
        .output(
          session.text(
            ja: "出力形式: \(session.format.rawValue)", en: "format: \(session.format.rawValue)"))
      ]
    })

  static let lang = Command(
    name: "lang",
    usage: "lang [ja|en]",
    summary: LocalizedText(ja: "表示言語を選ぶ", en: "Choose the language of labels"),
    details: LocalizedText(
      ja: "見出しや説明の言語を日本語(ja)か英語(en)にします。市町村名はいつも漢字とローマ字の両方で示します。",
      en:
        "Sets the language of labels, messages and verdicts: Japanese (ja) or English (en). Municipality names always show in kanji and romaji."
    ),
    examples: ["lang ja", "lang en"],
    complete: { context in
      Language.allCases.map(\.rawValue).filter { $0.hasPrefix(context.current) }
    },
    run: { invocation, session throws(CommandError) in
      guard let name = invocation.arguments.first else {
        return [.output(session.language.rawValue)]
      }
      session.language = try Settings.language(name)
      return [.output(session.text(ja: "表示言語: 日本語", en: "language: English"))]
    })

  static let echo = Command(
    name: "echo",
    usage: "echo TEXT",
    summary: LocalizedText(ja: "文字を表示する", en: "Print text"),
    details: LocalizedText(
      ja: "文字をそのまま表示します。スクリプトの出力に見出しを付けるのに使います。",
      en: "Prints its text; useful for headings in a script's output."),
    examples: ["echo 会津若松市の2040年"],
    takesOutputOptions: false,
    run: { invocation, _ in [.output(invocation.arguments.joined(separator: " "))] })

  static let quit = Command(
    name: "quit",
    aliases: ["exit"],
    usage: "quit [STATUS]",
    summary: LocalizedText(ja: "終了する", en: "Leave the shell"),
    details: LocalizedText(
      ja: """
        終了します(Ctrl-D でも)。未保存の変更があるときは一度だけ確認します。
        STATUS (0〜255、既定 0) は終了ステータスです。スクリプトでは、それまでに失敗したコマンドがあれば quit や quit 0 でも 1 で終わります。
        """,
      en: """
        Leaves the shell (so does Ctrl-D on an empty line). With unsaved changes, the first quit warns and the second leaves.
        STATUS (0 to 255, default 0) is the exit status. In a script, once any command has failed, quit and quit 0 exit with 1, so a failure is never hidden.
        """),
    examples: ["quit", "quit 3"],
    run: { invocation, session throws(CommandError) in
      var status: Int32 = 0
      if let word = invocation.arguments.first {
        guard invocation.arguments.count == 1, let n = Int32(word), (0...255).contains(n) else {
          throw CommandError(
            "'\(invocation.arguments.joined(separator: " "))' is not an exit status",
            suggestion: "quit, or quit N with N from 0 to 255")
        }
        status = n
      }
      if session.isInteractive, session.isModified, !session.hasWarnedAboutQuitting {
        session.hasWarnedAboutQuitting = true
        let count = session.overrides.count
        throw CommandError(
          "\(count) unsaved change\(count == 1 ? "" : "s")",
          suggestion: "`save FILE` keeps them; quit again to leave without saving")
      }
      return Output([], quit: status)
    })
}
