import Bilingual
import Words

/// Where a value was written: a place in a scenario file, or a command at the prompt.
public enum Origin: Sendable, Equatable, Hashable, CustomStringConvertible {
  /// A 1-based line and column in a named file (the name as the user gave it).
  case file(name: String, line: Int, column: Int)
  /// A command typed at the prompt, such as `set hours_per_fte 1900`.
  case command(String)

  /// `whatif.toml:12:5` or the command's text: the place diagnostics name, in the
  /// `file:line:column` form compilers use, so that editors jump to it.
  public var description: String {
    switch self {
    case .file(let name, let line, let column): "\(name):\(line):\(column)"
    case .command(let text): text
    }
  }

  /// The file's name, for a file origin.
  public var fileName: String? {
    if case .file(let name, _, _) = self { return name }
    return nil
  }
}

/// A problem found in a scenario, located at its place, with a fix where one exists.
///
/// Diagnostics are collected, never thrown one at a time: a bad file gets all of
/// them at once.
///
///     whatif.toml:12:1: municipalities.会津若松: unknown municipality (did you mean '会津若松市'?)
public struct Diagnostic: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Severity: String, Sendable { case error, warning }

  public var severity: Severity
  public var origin: Origin
  /// The key path of the offending value (`municipalities.会津若松.population.2040`);
  /// empty for a problem with the text itself.
  public var path: String
  /// A lower-case fragment that quotes the offending text, in both languages.
  public var message: LocalizedText
  /// A fix to try, if one is known (`did you mean '会津若松市'?`).
  public var suggestion: LocalizedText?

  public init(
    _ severity: Severity = .error, at origin: Origin, path: String, message: LocalizedText,
    suggestion: LocalizedText? = nil
  ) {
    self.severity = severity
    self.origin = origin
    self.path = path
    self.message = message
    self.suggestion = suggestion
  }

  public var isError: Bool { severity == .error }

  /// `whatif.toml:12:1: municipalities.会津若松: unknown municipality (…)`, in English.
  public var description: String { text(in: .en) }

  /// The diagnostic as the shell prints it, in both languages.
  public var localizedText: LocalizedText {
    LocalizedText(ja: text(in: .ja), en: text(in: .en))
  }

  /// The diagnostic as the shell prints it, in `language`.
  public func text(in language: Language) -> String {
    var text = "\(origin): "
    if severity == .warning { text += Words.warningPrefix.text(in: language) }
    if !path.isEmpty { text += "\(path): " }
    text += message.text(in: language)
    if let suggestion { text += " (\(suggestion.text(in: language)))" }
    return text
  }
}

extension [Diagnostic] {
  public var hasErrors: Bool { contains { $0.isError } }

  /// The diagnostics by file (in the order files were first named), then line and
  /// column, as a reader goes through them; those of commands last.
  public var inFileOrder: [Diagnostic] {
    var files: [String] = []
    for case .file(let name, _, _) in map(\.origin) where !files.contains(name) {
      files.append(name)
    }
    func key(_ d: Diagnostic, _ offset: Int) -> (Int, Int, Int, Int) {
      guard case .file(let name, let line, let column) = d.origin else {
        return (Int.max, 0, 0, offset)
      }
      return (files.firstIndex(of: name) ?? Int.max, line, column, offset)
    }
    return enumerated().sorted { key($0.element, $0.offset) < key($1.element, $1.offset) }
      .map(\.element)
  }
}
