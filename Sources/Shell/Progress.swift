import Bilingual

/// How far a long command has got, for the executable to draw on a terminal: the Shell
/// never writes to the terminal itself (`Session.progress`).
public struct Progress: Sendable, Equatable {
  /// Units of work done, and in all (`montecarlo`'s runs).
  public var done: Int
  public var total: Int
  /// What is being done, in both languages: `montecarlo: 2,500 of 10,000 runs`.
  public var text: LocalizedText
  /// The language of the command that reports it (its `--lang`, or the session's).
  public var language: Language
  /// Whether this is the last report: the command has finished or stopped, and the line
  /// drawn for it should be cleared.
  public var isLast: Bool

  public init(done: Int, total: Int, text: LocalizedText, language: Language, isLast: Bool) {
    self.done = done
    self.total = total
    self.text = text
    self.language = language
    self.isLast = isLast
  }
}
