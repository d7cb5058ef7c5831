import Bilingual

/// Words about the history file at the prompt: why it could not be saved. The line editor
/// reports what failed as values (`HistoryFileError`); the executable phrases them here. The
/// C library's reason (`strerror`) is English and quoted as data.
extension Words {
  public enum History {
    /// `warning: history not saved: …`.
    public static func notSaved(_ why: LocalizedText) -> LocalizedText {
      LocalizedText(
        ja: "警告: 履歴を保存できません: \(why.ja)", en: "warning: history not saved: \(why.en)")
    }

    /// A file that is not a history file, which is never overwritten.
    public static func notAHistoryFile(_ path: String, firstLine: String) -> LocalizedText {
      LocalizedText(
        ja: "'\(path)' は履歴ファイルではありません (1行目が \(firstLine) ではない)。移動するか、別の履歴ファイルを選んでください",
        en: "'\(path)' is not a history file (its first line is not \(firstLine)); "
          + "move it away, or choose another history file")
    }

    /// `cannot read history file '…': Permission denied`.
    public static func cannotRead(_ path: String, reason: String?) -> LocalizedText {
      LocalizedText(
        ja: "履歴ファイル '\(path)' を読めません" + because(reason),
        en: "cannot read history file '\(path)'" + because(reason))
    }

    /// `cannot create directory '…' for the history: …`.
    public static func cannotCreateDirectory(_ path: String, reason: String?) -> LocalizedText {
      LocalizedText(
        ja: "履歴のためのディレクトリ '\(path)' を作れません" + because(reason),
        en: "cannot create directory '\(path)' for the history" + because(reason))
    }

    /// `cannot lock history file '…': …`.
    public static func cannotLock(_ path: String, reason: String?) -> LocalizedText {
      LocalizedText(
        ja: "履歴ファイル '\(path)' をロックできません" + because(reason),
        en: "cannot lock history file '\(path)'" + because(reason))
    }

    /// Another shell held the lock too long.
    public static func stayedLocked(_ path: String, seconds: Int) -> LocalizedText {
      LocalizedText(
        ja: "履歴ファイル '\(path)' が別のシェルに \(seconds) 秒ロックされたままでした。履歴は保存していません",
        en: "history file '\(path)' stayed locked by another shell for \(seconds) seconds; "
          + "history not saved")
    }

    /// `cannot write history file '…': No space left on device`.
    public static func cannotWrite(_ path: String, reason: String?) -> LocalizedText {
      LocalizedText(
        ja: "履歴ファイル '\(path)' に書き込めません" + because(reason),
        en: "cannot write history file '\(path)'" + because(reason))
    }

    /// `: Permission denied`, the system's reason after a message, when there is one.
    private static func because(_ reason: String?) -> String {
      reason.map { ": \($0)" } ?? ""
    }
  }
}
