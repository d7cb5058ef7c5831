import Bilingual

/// Words of `set`, `unset` and `quit`: changes made at the prompt and leaving the shell.
extension Words {
  public enum Changes {
    public static let setNeedsPathAndValue = LocalizedText(
      ja: "set には PATH と値を指定します", en: "set needs a path and a value")

    public static let setExample = LocalizedText(
      ja: "set PATH VALUE。例: set hours_per_fte 1900",
      en: "set PATH VALUE, e.g. set hours_per_fte 1900")

    /// A problem with a path, said of the command it was typed in: `unknown parameter
    /// 'x' in `set x``.
    public static func inCommand(_ message: LocalizedText, command: String) -> LocalizedText {
      LocalizedText(ja: "\(command): \(message.ja)", en: "\(message.en) in `\(command)`")
    }

    public static let scenarioNameNotSet = LocalizedText(
      ja: "シナリオの名前はプロンプトでは変えられません",
      en: "the scenario's name is not set at the prompt")

    public static let saveNamesScenario = LocalizedText(
      ja: "save NAME.toml で、変更を NAME という名前のシナリオとして保存します",
      en: "`save NAME.toml` saves the changes as a scenario named NAME")

    public static let extendsNotSet = LocalizedText(
      ja: "シナリオが何を拡張するか (extends) はプロンプトでは変えられません",
      en: "what a scenario extends is not set at the prompt")

    public static let loadThenSave = LocalizedText(
      ja: "土台にするシナリオを load し、その上に what-if を保存します",
      en: "`load` the scenario to build on, then save a what-if over it")

    public static func notAValue(_ text: String) -> LocalizedText {
      LocalizedText(ja: "'\(text)' は値として読めません", en: "'\(text)' is not a value")
    }

    public static let valueHint = LocalizedText(
      ja: "数 (1900)、語 (target)、表 ({ 2040 = 0.5 }) のどれかを書きます",
      en: "write a number (1900), a word (target) or a table ({ 2040 = 0.5 })")

    public static func cannotSet(_ path: String) -> LocalizedText {
      LocalizedText(ja: "\(path) を変えられません", en: "cannot set \(path)")
    }

    public static func notChanged(_ path: String) -> LocalizedText {
      LocalizedText(
        ja: "\(path) はプロンプトで変えていません", en: "\(path) was not changed at the prompt")
    }

    public static let noChanges = LocalizedText(ja: "変更はありません", en: "there are no changes")

    public static func changed(_ paths: [String]) -> LocalizedText {
      let list = paths.joined(separator: ", ")
      return LocalizedText(ja: "変更したもの: \(list)", en: "changed: \(list)")
    }

    public static func cannotUnset(_ path: String) -> LocalizedText {
      LocalizedText(ja: "\(path) を元に戻せません", en: "cannot unset \(path)")
    }

    /// `hours_per_fte = 1900 (was 1800)`: `set`'s reply.
    public static func set(_ path: String, to value: String, was previous: String?)
      -> LocalizedText
    {
      LocalizedText(
        ja: "\(path) = \(value)" + (previous.map { " (元は \($0))" } ?? ""),
        en: "\(path) = \(value)" + (previous.map { " (was \($0))" } ?? ""))
    }

    public static let unsetNeedsPath = LocalizedText(
      ja: "unset には PATH を一つ指定します", en: "unset needs one path")

    public static let unsetExample = LocalizedText(
      ja: "unset PATH、またはすべてなら unset all", en: "unset PATH, or unset all")

    /// `unset assumptions.hours_per_fte, model.staffing`: `unset`'s reply.
    public static func unset(_ paths: [String]) -> LocalizedText {
      let list = paths.joined(separator: ", ")
      return LocalizedText(ja: "元に戻しました: \(list)", en: "unset \(list)")
    }

    /// `unset all` with nothing to undo.
    public static let nothingToUnset = LocalizedText(ja: "変更はありません", en: "no changes")

    public static func notAnExitStatus(_ text: String) -> LocalizedText {
      LocalizedText(
        ja: "'\(text)' は終了ステータスではありません", en: "'\(text)' is not an exit status")
    }

    public static let quitExample = LocalizedText(
      ja: "quit、または 0〜255 の N で quit N", en: "quit, or quit N with N from 0 to 255")
  }
}
