import Bilingual
import Rendering
import ScenarioFile
import Simulation
import Words

/// Parsing of the output settings shared by `format`, `lang` and the options.
enum Settings {
  static func format(_ text: String) throws(CommandError) -> OutputFormat {
    let names = OutputFormat.allCases.map(\.rawValue)
    guard let format = OutputFormat(rawValue: text.lowercased()) ?? (text == "markdown" ? .md : nil)
    else {
      throw CommandError(
        Words.Shell.unknownFormat(text),
        suggestion: Suggestion.guess(text, among: names) ?? Words.expectedOneOf(names))
    }
    return format
  }

  static func language(_ text: String) throws(CommandError) -> Language {
    let names = Language.allCases.map(\.rawValue)
    let aliases: [String: Language] = ["日本語": .ja, "japanese": .ja, "english": .en, "英語": .en]
    guard let language = Language(rawValue: text.lowercased()) ?? aliases[text.lowercased()] else {
      throw CommandError(
        Words.Shell.unknownLanguage(text),
        suggestion: Suggestion.guess(text, among: names) ?? Words.Shell.expectedLanguages)
    }
    return language
  }
}

extension Settings {
  /// `--columns all` or `--columns a,b,c`: which fields a table shows.
  static func columns(_ text: String) throws(CommandError) -> OutputSettings.Columns {
    if text == "all" { return .all }
    let fields = text.split(separator: ",", omittingEmptySubsequences: false).map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    guard !fields.contains(where: \.isEmpty) else {
      throw CommandError(Words.badColumns(text), suggestion: Words.columnsHint)
    }
    return .only(fields)
  }

  /// `--layout auto|table|vertical`.
  static func layout(_ text: String) throws(CommandError) -> OutputSettings.Layout {
    let names = OutputSettings.Layout.allCases.map(\.rawValue)
    guard let layout = OutputSettings.Layout(rawValue: text.lowercased()) else {
      throw CommandError(
        Words.unknownLayout(text),
        suggestion: Suggestion.guess(text, among: names) ?? Words.expectedOneOf(names))
    }
    return layout
  }
}

extension Session {
  /// How output is shown unless a command says otherwise: the session's format, language,
  /// layout and colour, and the screen's width now (never for scripts, nor for formats
  /// that are not tables).
  var outputSettings: OutputSettings {
    OutputSettings(
      format: format, language: language, width: format == .table ? width : nil, style: style,
      columns: .fitted, layout: layout, phrases: Words.renderingPhrases)
  }

  /// The output format named `text` (`table`, `csv`, `json`, `md`), for `--format`.
  public static func format(named text: String) throws(CommandError) -> OutputFormat {
    try Settings.format(text)
  }

  /// The language named `text` (`ja`, `en`), for `--lang`.
  public static func language(named text: String) throws(CommandError) -> Language {
    try Settings.language(text)
  }

  /// Japanese when the locale says so (`LC_ALL`, `LC_MESSAGES` or `LANG` starting with
  /// `ja`), else English.
  public static func language(fromEnvironment environment: [String: String]) -> Language {
    let locale =
      environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 }
      ?? environment["LC_MESSAGES"].flatMap { $0.isEmpty ? nil : $0 }
      ?? environment["LANG"] ?? ""
    return locale.hasPrefix("ja") ? .ja : .en
  }
}

/// The version `aizusim --version` prints.
public enum AizuSimVersion {
  public static let string = "0.1.0"
}

extension Interpreter {
  /// An error from setting up a session, as the executable prints it, in `language`.
  public static func message(for error: any Error, language: Language) -> String {
    if let error = error as? CommandError {
      return errorReply(error, location: nil, language: language).text
    }
    return Words.errorPrefix.text(in: language) + "\(error)\n"
  }
}
