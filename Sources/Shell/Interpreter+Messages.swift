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
    let language = session.language
    let title = session.scenario.title.text(in: language)
    var lines = [
      "AizuSim \(AizuSimVersion.string) — \(title) [\(session.scenario.name)]",
      Words.Shell.bannerHint.text(in: language),
    ]
    if let journal = session.recoverable.first {
      lines.append(
        Words.Shell.recoverable(count: journal.changeCount, scenario: journal.scenario)
          .text(in: language))
    }
    return wrapped(lines.joined(separator: "\n"), width: session.width)
  }

  /// What the terminal shows if AizuSim traps (its one `%d` is the signal's number): never
  /// the runtime's interactive prompt.
  public func crashMessage(canRecover: Bool) -> String {
    "\n" + Words.Shell.crash(canRecover: canRecover).text(in: session.language) + "\n"
  }

  /// The history could not be saved, and why (the executable phrases the line editor's
  /// `HistoryFileError` with `Words.History`: this module does not see the line editor).
  public func warning(savingHistory why: LocalizedText) -> String {
    warning(Words.History.notSaved(why))
  }

  /// The unsaved changes could not be kept on disk.
  public func warning(keepingChanges error: any Error) -> String {
    warning(Words.Shell.changesNotKept(FileError.reason(of: error)))
  }

  private func warning(_ text: LocalizedText) -> String {
    Words.warningPrefix.text(in: session.language) + text.text(in: session.language) + "\n"
  }

  /// A line of standard input too long to be text.
  public static func lineTooLong(limit: Int) -> CommandError {
    CommandError(Words.Shell.lineTooLong(limit: limit))
  }
}
