import Bilingual
import Rendering

/// Words of `undo`, `redo`, `unset`'s reply and `changes`: taking changes back, and what
/// comes back with them.
extension Words {
  public enum Undo {
    // MARK: What comes back

    /// `assumptions.hours_per_fte = 1800`, or `measures.joint_visits (not in the file)` for a
    /// value the scenario no longer has; joined by commas.
    public static func values(_ values: [(path: String, value: String?)]) -> LocalizedText {
      let items = values.map { path, value in
        value.map { LocalizedText("\(path) = \($0)") }
          ?? LocalizedText(ja: "\(path) (ファイルになし)", en: "\(path) (not in the file)")
      }
      return LocalizedText(
        ja: items.map(\.ja).joined(separator: "、"), en: items.map(\.en).joined(separator: ", "))
    }

    /// Another scenario came back: `aizu (built in), with 2 unsaved changes`.
    public static func scenarioNow(_ source: LocalizedText, changes: Int) -> LocalizedText {
      let count = NumberFormat.grouped(changes)
      return LocalizedText(
        ja: "\(source.ja)、未保存の変更 \(count) 件",
        en: changes == 0
          ? "\(source.en), no unsaved changes"
          : "\(source.en), with \(count) unsaved change\(changes == 1 ? "" : "s")")
    }

    /// The `!` mark's note, below `project` and `chart`.
    public static let movedNote = LocalizedText(
      ja: "! プロンプトでの変更で動いた値 (読み込んだファイルの値と違う)。changes で変更を一覧、diff で差を示します",
      en:
        "! moved by the changes made at the prompt (differs from the loaded file's answer): `changes` lists them, `diff` shows by how much"
    )

    // MARK: undo, redo

    /// `undid `set hours_per_fte 1900`; now assumptions.hours_per_fte = 1800`.
    public static func undid(_ command: String, now: LocalizedText, fileKept: LocalizedText?)
      -> LocalizedText
    {
      LocalizedText(
        ja: "`\(command)` を取り消しました。今: \(now.ja)" + (fileKept.map { "。\($0.ja)" } ?? ""),
        en: "undid `\(command)`; now \(now.en)" + (fileKept.map { "; \($0.en)" } ?? ""))
    }

    /// `redid `set hours_per_fte 1900`; now assumptions.hours_per_fte = 1900`.
    public static func redid(_ command: String, now: LocalizedText) -> LocalizedText {
      LocalizedText(
        ja: "`\(command)` をやり直しました。今: \(now.ja)", en: "redid `\(command)`; now \(now.en)")
    }

    /// Undoing `save` leaves the file it wrote.
    public static func fileStays(_ path: String) -> LocalizedText {
      LocalizedText(
        ja: "\(path) は保存したまま残ります (undo はファイルを変えません)",
        en: "\(path) stays on disk as saved (undo changes no file)")
    }

    public static let nothingToUndo = LocalizedText(
      ja: "取り消す変更はありません", en: "nothing to undo")

    public static let allUndone = LocalizedText(
      ja: "このセッションの変更はすべて取り消しました。redo でやり直せます",
      en: "every change made in this session is undone; `redo` makes them again")

    public static let noChangeYet = LocalizedText(
      ja: "このセッションではまだ何も変えていません",
      en: "no change was made in this session")

    public static func onlyKept(_ depth: Int) -> LocalizedText {
      let count = NumberFormat.grouped(depth)
      return LocalizedText(
        ja: "取り消せるのは直近の \(count) 件の変更までです",
        en: "only the last \(count) changes can be undone")
    }

    public static let nothingToRedo = LocalizedText(
      ja: "やり直す変更はありません", en: "nothing to redo")

    public static let redoAfterUndo = LocalizedText(
      ja: "redo は undo で取り消した変更をやり直します。新しい変更の後はやり直せません",
      en: "redo makes again what undo took back, until a new change is made")

    public static let cannotRestore = LocalizedText(
      ja: "以前の状態を読み直せません", en: "the earlier state cannot be decoded again")

    // MARK: unset

    /// `unset`'s reply: the values that came back, the file's.
    public static func unset(_ now: LocalizedText, count: Int) -> LocalizedText {
      LocalizedText(
        ja: "元に戻しました (ファイルの値): \(now.ja)",
        en: "unset \(now.en) (the file's value\(count == 1 ? "" : "s"))")
    }

    // MARK: changes

    public static func changesTitle(_ source: LocalizedText) -> LocalizedText {
      LocalizedText(ja: "\(source.ja) からの未保存の変更", en: "Unsaved changes to \(source.en)")
    }

    public static let path = LocalizedText(ja: "項目", en: "Path")
    public static let fileValue = LocalizedText(ja: "ファイルの値", en: "File's value")
    public static let value = LocalizedText(ja: "今の値", en: "Value now")
    public static let command = LocalizedText(ja: "変更したコマンド", en: "Changed by")

    /// The note below `changes`.
    public static let changesNote = LocalizedText(
      ja: "unset PATH でファイルの値に、undo で一つ前の状態に戻ります。save FILE で保存します。",
      en:
        "`unset PATH` returns a value to the file's; `undo` takes back the last change; `save FILE` keeps them."
    )

    // MARK: help

    public static let undoSummary = LocalizedText(
      ja: "直前の変更を取り消す", en: "Take back the last change")
    public static let undoDetails = LocalizedText(
      ja:
        "直前の変更 (set、unset、measure、load、reload、save、use、recover) を取り消し、何を取り消して何が戻ったかを示します。繰り返せばいくつでも遡れます (直近の 1,000 件まで)。save の取り消しはファイルを変えません。書いたファイルは残り、変更は未保存に戻ります。",
      en:
        "Takes back the last change (set, unset, measure, load, reload, save, use, recover) and says which command it took back and what value came back. Repeat it to go back further (the last 1,000 changes). Undoing save changes no file: the file stays as written and the changes are unsaved again."
    )

    public static let redoSummary = LocalizedText(
      ja: "undo で取り消した変更をやり直す", en: "Make again what undo took back")
    public static let redoDetails = LocalizedText(
      ja: "undo で取り消した変更を、取り消した順の逆にやり直します。新しい変更をすると、やり直せるものはなくなります。",
      en:
        "Makes again the changes undo took back, the last one first. A new change forgets what could be redone."
    )

    public static let changesSummary = LocalizedText(
      ja: "読み込んだファイルからの変更を一覧する", en: "List the changes from the loaded file")
    public static let changesDetails = LocalizedText(
      ja:
        "プロンプトで変えた値を、項目ごとに、ファイルの値・今の値・変えたコマンドとともに示します。変更がなければそう示します。",
      en:
        "Lists every value changed at the prompt: its path, the file's value, the value now and the command that changed it; says so when there is none."
    )
  }
}
