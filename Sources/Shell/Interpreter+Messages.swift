import Bilingual
import Foundation
import Words

/// What the executable says around the interpreter's replies: the banner, warnings, and the
/// message a crash leaves.
extension Interpreter {
  /// The first lines at the prompt: version, scenario, how to get help, and any unsaved
  /// changes a session that ended abruptly left to `recover`.
  public var banner: String {
    let title = session.scenario.title.text(in: session.language)
    var text =
      "AizuSim \(AizuSimVersion.string) — \(title) [\(session.scenario.name)]\n"
      + session.text(
        ja: "help でコマンド一覧、Tab で補完、Ctrl-D で終了",
        en: "type help for the commands, Tab to complete, Ctrl-D to leave") + "\n"
    if let journal = session.recoverable.first {
      let count = journal.changeCount
      text +=
        session.text(
          ja:
            "前回のセッションが異常終了し、\(journal.scenario) への未保存の変更が \(count) 件残っています: recover で戻せます (recover --delete で消去)",
          en:
            "A session that ended abruptly left \(count) unsaved change\(count == 1 ? "" : "s") over \(journal.scenario): type `recover` to restore them (`recover --delete` forgets them)"
        ) + "\n"
    }
    return text
  }

  /// What the terminal shows if AizuSim traps (its one `%d` is the signal's number): never
  /// the runtime's interactive prompt.
  public func crashMessage(canRecover: Bool) -> String {
    let next =
      canRecover
      ? session.text(
        ja: "未保存の変更は控えてあります。aizusim をもう一度起動し、recover と入力してください。",
        en: "Your unsaved changes are kept: start aizusim again and type `recover`.")
      : ""
    return session.text(
      ja: "\naizusim が内部エラーで止まりました (シグナル %d)。\(next)\n",
      en: "\naizusim stopped on an internal error (signal %d). \(next)\n")
  }

  /// The history could not be saved, and why (the executable phrases the line editor's
  /// `HistoryFileError` with `Words.History`: this module does not see the line editor).
  public func warning(savingHistory why: LocalizedText) -> String {
    session.text(Words.History.notSaved(why)) + "\n"
  }

  /// The unsaved changes could not be kept on disk.
  public func warning(keepingChanges error: any Error) -> String {
    session.text(
      ja: "警告: 未保存の変更をディスクに控えられません: ",
      en: "warning: unsaved changes not kept on disk: ") + "\(error)\n"
  }

  /// A line of standard input too long to be text.
  public static func lineTooLong(limit: Int) -> CommandError {
    CommandError("a line longer than \(limit) bytes; is the input text?")
  }
}
