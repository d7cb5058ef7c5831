import Bilingual

/// Why a transcript file could not be read: every problem found, each at its place.
public struct TranscriptError: Error, Sendable, Equatable, CustomStringConvertible {
  /// One problem in a transcript file, at a 1-based line and column.
  public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    /// The name of the file, as given to `TranscriptFile.parse(_:name:)`.
    public var file: String
    /// The 1-based line of the problem.
    public var line: Int
    /// The 1-based column of the problem, counted in characters.
    public var column: Int
    /// What is wrong and how to fix it: a lower-case fragment, in both languages.
    public var message: LocalizedText

    /// `file:line:column: message`, the form editors and CI logs link to, in English.
    public var description: String { text(in: .en) }

    /// `file:line:column: message` in `language`.
    public func text(in language: Language) -> String {
      "\(file):\(line):\(column): \(message.text(in: language))"
    }
  }

  /// Every problem found, in the order of the file.
  public var diagnostics: [Diagnostic]

  /// One diagnostic a line, in English.
  public var description: String { text(in: .en) }

  /// One diagnostic a line, in `language`.
  public func text(in language: Language) -> String {
    diagnostics.map { $0.text(in: language) }.joined(separator: "\n")
  }
}
