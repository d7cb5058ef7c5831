import ArgumentParser
import Bilingual
import Rendering
import Words

/// `--help` and usage errors in Japanese: ArgumentParser writes them in English only.
///
/// The help page is laid out as ArgumentParser lays out the English one, from the catalog's
/// entries (`Words.CommandLine`), with the same usage line; a usage error keeps
/// ArgumentParser's lines and says each in Japanese.
enum JapaneseCommandLine {
  /// The language of the command line's own messages: `--lang`, else the locale's.
  static func language(of arguments: [String], environment: [String: String]) -> Language {
    values(of: "--lang", in: arguments).lazy.compactMap { try? Settings.language($0) }.first
      ?? Session.language(fromEnvironment: environment)
  }

  /// What is wrong with a `--format` or `--lang` value in `arguments`, in the catalog's words:
  /// `SessionOptions.validate` gives ArgumentParser the same in English only.
  static func invalidValue(in arguments: [String]) -> CommandError? {
    do {
      for format in values(of: "--format", in: arguments) { _ = try Settings.format(format) }
      for language in values(of: "--lang", in: arguments) { _ = try Settings.language(language) }
    } catch {
      return error
    }
    return nil
  }

  /// The values given to `option`, as `--option VALUE` or `--option=VALUE`.
  private static func values(of option: String, in arguments: [String]) -> [String] {
    arguments.indices.compactMap { index in
      if arguments[index] == option, index + 1 < arguments.count { return arguments[index + 1] }
      if arguments[index].hasPrefix(option + "=") {
        return String(arguments[index].dropFirst(option.count + 1))
      }
      return nil
    }
  }

  /// The help page of `command` (`aizusim` or `aizusim test`).
  static func help<Command: ParsableCommand>(for command: Command.Type) -> String {
    typealias W = Words.CommandLine
    let isTest = command == TranscriptTestCommand.self
    var sections = [
      ("\(W.overviewHeading): " + (isTest ? W.testOverview : W.overview))
        .lines(wrappedTo: width).joined(separator: "\n"),
      (isTest ? W.testDiscussion : W.discussion).lines(wrappedTo: width).joined(separator: "\n"),
      "\(W.usageHeading): " + usage(of: command),
      entries(W.argumentsHeading, isTest ? W.testArguments : W.arguments),
      entries(W.optionsHeading, isTest ? W.testOptions : W.options),
    ]
    if !isTest {
      sections.append(entries(W.subcommandsHeading, W.subcommands))
      sections.append("  " + W.seeSubcommandHelp)
    }
    return sections.joined(separator: "\n\n") + "\n"
  }

  /// The usage line, without the subcommand the root's does not need (as in English).
  private static func usage<Command: ParsableCommand>(of command: Command.Type) -> String {
    let usage = command.usageString()
    return usage.hasSuffix(" <subcommand>") ? String(usage.dropLast(" <subcommand>".count)) : usage
  }

  /// ArgumentParser's usage error, line by line in Japanese; `invalid`, when given, is what
  /// its first line says.
  static func usageError(_ english: String, invalid: CommandError?) -> String {
    typealias W = Words.CommandLine
    return english.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      if let rest = line.wholeMatch(of: #/Error: (.*)/#)?.1 {
        return "\(W.errorHeading): " + (invalid?.text(in: .ja) ?? W.usageError(String(rest)))
      }
      if let rest = line.wholeMatch(of: #/Usage: (.*)/#)?.1 {
        return "\(W.usageHeading): \(rest)"
      }
      if let match = line.wholeMatch(of: #/Help:  (.+?)  .*/#) {
        let names = String(match.1)
        let entry = (W.options + W.testOptions).first { $0.names == names }
        return "\(W.helpHeading): \(names)  \(entry?.help ?? "")"
      }
      if let command = line.wholeMatch(of: #/\s*See '(.+)' for more information\./#)?.1 {
        return "  " + W.seeHelp(String(command))
      }
      return String(line)
    }.joined(separator: "\n")
  }

  /// The columns ArgumentParser wraps its help to.
  private static let width = 80

  /// A heading and its entries: names in a column as wide as ArgumentParser's, then the
  /// help, wrapped under itself.
  private static func entries(_ heading: String, _ entries: [Words.CommandLine.Entry]) -> String {
    let column = 26
    let lines = entries.flatMap { entry -> [String] in
      let names = "  " + entry.names
      let help = entry.help.lines(wrappedTo: width - column)
      let indent = String(repeating: " ", count: column)
      if displayWidth(names) + 2 > column {
        return [names] + help.map { indent + $0 }
      }
      return help.enumerated().map { index, text in
        (index == 0 ? names.padded(toWidth: column, alignment: .left) : indent) + text
      }
    }
    return "\(heading):\n" + lines.joined(separator: "\n")
  }
}
