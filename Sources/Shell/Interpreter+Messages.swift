import Bilingual
import Foundation
import Rendering
import Words

/// What the executable says around the interpreter's replies: the banner, warnings, and the
/// message a crash leaves, in the session's language.
extension Interpreter {
  /// The first lines at the prompt: version, scenario, how to get help, and any unsaved
  /// changes a session that ended abruptly left to `recover`; wrapped at the screen's width.
  public var banner: String {
    Self.banner(
      name: session.scenario.name, title: session.scenario.title, language: session.language,
      recoverable: session.recoverable, width: session.width)
  }

  /// The banner for a scenario of this name and title, before its session is ready
  /// (`StartingSession`).
  public static func banner(
    name: String, title: LocalizedText, language: Language, recoverable: [Recovery.Journal],
    width: Int?
  ) -> String {
    var lines = [
      "AizuSim \(AizuSimVersion.string) — \(title.text(in: language)) [\(name)]",
      Words.Shell.bannerHint.text(in: language),
    ]
    if let journal = recoverable.first {
      lines.append(
        Words.Shell.recoverable(count: journal.changeCount, scenario: journal.scenario)
          .text(in: language))
    }
    return wrapped(lines.joined(separator: "\n"), width: width)
  }

  /// What the terminal shows if AizuSim traps (its one `%d` is the signal's number): never
  /// the runtime's interactive prompt.
  public func crashMessage(canRecover: Bool) -> String {
    Self.crashMessage(canRecover: canRecover, language: session.language)
  }

  /// The same, in `language`, before the session is ready.
  public static func crashMessage(canRecover: Bool, language: Language) -> String {
    "\n" + Words.Shell.crash(canRecover: canRecover).text(in: language) + "\n"
  }

  /// The history could not be saved, and why (the executable phrases the line editor's
  /// `HistoryFileError` with `Words.History`: this module does not see the line editor).
  public static func warning(savingHistory why: LocalizedText, language: Language) -> String {
    warning(Words.History.notSaved(why), language: language)
  }

  /// The unsaved changes could not be kept on disk.
  public func warning(keepingChanges error: any Error) -> String {
    warning(Words.Shell.changesNotKept(FileError.reason(of: error)))
  }

  private func warning(_ text: LocalizedText) -> String {
    Self.warning(text, language: session.language)
  }

  private static func warning(_ text: LocalizedText, language: Language) -> String {
    Words.warningPrefix.text(in: language) + text.text(in: language) + "\n"
  }

  /// A line of standard input too long to be text.
  public static func lineTooLong(limit: Int) -> CommandError {
    CommandError(Words.Shell.lineTooLong(limit: limit))
  }
}
