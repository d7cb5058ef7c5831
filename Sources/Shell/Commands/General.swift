import Bilingual
import Rendering
import ScenarioFile
import Simulation
import Words

extension Command {
  /// Every command, in the order `help` lists them.
  static let all: [Command] = [
    .help, .show, .project, .chart, .bars, .explain, .check, .sweep, .sensitivity, .montecarlo,
    .solve, .services, .freed, .compare, .guidelines, .disaster, .measures, .diff, .measure, .set,
    .unset, .undo, .redo, .changes, .snapshot, .use, .snapshots, .load, .reload, .save, .export,
    .recover, .format, .lang, .layout, .run, .present, .echo, .quit,
  ]

  static let help = Command(
    name: "help",
    aliases: ["?"],
    usage: "help [COMMAND]",
    summary: Words.Help.helpSummary,
    details: Words.Help.helpDetails,
    examples: ["help", "help project"],
    answersFromScenario: false,
    complete: { context in
      context.previous.count == 1
        ? Command.all.map(\.name).filter { $0.hasPrefix(context.current) } : []
    },
    run: { invocation, _ throws(CommandError) in
      guard let name = invocation.arguments.first else { return .text(overview) }
      return .text(try existing(name).helpText)
    })

  /// The command `name` names, or an error with a did-you-mean.
  static func existing(_ name: String) throws(CommandError) -> Command {
    guard let command = named(name) else {
      throw CommandError(
        Words.Help.noCommand(name),
        suggestion: Suggestion.guess(name, among: Command.all.map(\.name))
          ?? Words.Help.typeHelpForList)
    }
    return command
  }

  /// `help`'s list: each command with its line, then how commands are written; one text, so
  /// that it is wrapped once, at the screen's width.
  static var overview: LocalizedText {
    let width = Command.all.map { displayWidth($0.name) }.max() ?? 8
    let entries = Command.all.map { command in
      command.summary.map {
        "  " + command.name.padded(toWidth: width, alignment: .left) + "  " + $0
      }
    }
    return .joined(
      [Words.Help.commandsHeading] + entries + [Words.Help.commandLanguage], separator: "\n")
  }

  /// `help NAME`: the usage, the aliases, what it does (a line a paragraph) and examples.
  var helpText: LocalizedText {
    var lines = [Words.Help.usage.map { $0 + usage }]
    if !aliases.isEmpty {
      lines.append(Words.Help.also.map { $0 + aliases.joined(separator: ", ") })
    }
    lines += [LocalizedText(""), details]
    if !examples.isEmpty {
      lines += [LocalizedText(""), Words.Help.examples]
      lines += examples.map { LocalizedText("  " + $0) }
    }
    return .joined(lines, separator: "\n")
  }

  static let format = Command(
    name: "format",
    usage: "format [table|csv|json|md]",
    summary: Words.Help.formatSummary,
    details: Words.Help.formatDetails,
    examples: ["format csv", "project 2040 --format json"],
    answersFromScenario: false,
    complete: { context in
      OutputFormat.allCases.map(\.rawValue).filter { $0.hasPrefix(context.current) }
    },
    run: { invocation, session throws(CommandError) in
      guard let name = invocation.arguments.first else {
        return .plain(session.format.rawValue)
      }
      session.format = try Settings.format(name)
      return .text(Words.Shell.formatIs(session.format.rawValue))
    })

  static let lang = Command(
    name: "lang",
    usage: "lang [ja|en]",
    summary: Words.Help.langSummary,
    details: Words.Help.langDetails,
    examples: ["lang ja", "lang en"],
    answersFromScenario: false,
    complete: { context in
      Language.allCases.map(\.rawValue).filter { $0.hasPrefix(context.current) }
    },
    run: { invocation, session throws(CommandError) in
      guard let name = invocation.arguments.first else {
        return .plain(session.language.rawValue)
      }
      session.language = try Settings.language(name)
      // Said in the language just chosen, whatever the command's own settings: the reply
      // shows the choice took effect.
      return .text(LocalizedText(Words.Shell.languageIs.text(in: session.language)))
    })

  static let layout = Command(
    name: "layout",
    usage: "layout [auto|table|vertical]",
    summary: Words.Help.layoutSummary,
    details: Words.Help.layoutDetails,
    examples: ["layout vertical", "layout auto", "project 2040 --layout vertical"],
    answersFromScenario: false,
    complete: { context in
      OutputSettings.Layout.allCases.map(\.rawValue).filter { $0.hasPrefix(context.current) }
    },
    run: { invocation, session throws(CommandError) in
      guard let name = invocation.arguments.first else {
        return .plain(session.layout.rawValue)
      }
      session.layout = try Settings.layout(name)
      return .text(Words.Shell.layoutIs(session.layout.rawValue))
    })

  static let echo = Command(
    name: "echo",
    usage: "echo TEXT",
    summary: Words.Help.echoSummary,
    details: Words.Help.echoDetails,
    examples: ["echo 会津若松市の2040年"],
    takesOutputOptions: false,
    answersFromScenario: false,
    run: { invocation, _ in .plain(invocation.arguments.joined(separator: " ")) })

  static let quit = Command(
    name: "quit",
    aliases: ["exit"],
    usage: "quit [STATUS]",
    summary: Words.Help.quitSummary,
    details: Words.Help.quitDetails,
    examples: ["quit", "quit 3"],
    answersFromScenario: false,
    run: { invocation, session throws(CommandError) in
      var status: Int32 = 0
      if let word = invocation.arguments.first {
        guard invocation.arguments.count == 1, let n = Int32(word), (0...255).contains(n) else {
          throw CommandError(
            Words.Changes.notAnExitStatus(invocation.arguments.joined(separator: " ")),
            suggestion: Words.Changes.quitExample)
        }
        status = n
      }
      if session.isInteractive, session.isModified, !session.hasWarnedAboutQuitting {
        session.hasWarnedAboutQuitting = true
        throw CommandError(
          Words.Files.unsavedChanges(session.overrides.count),
          suggestion: Words.Files.saveOrQuitAgain)
      }
      return Output(items: [], quit: status)
    })
}
