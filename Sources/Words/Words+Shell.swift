import Bilingual
import Rendering

/// Words of the shell itself: the banner, the messages around a crash, unknown commands and
/// options, the output settings (`format`, `lang`, `layout`), and how an input ends.
extension Words {
  public enum Shell {
    /// The banner's second line.
    public static let bannerHint = LocalizedText(
      ja: "help でコマンド一覧、Tab で補完、Ctrl-D で終了",
      en: "type help for the commands, Tab to complete, Ctrl-D to leave")

    /// The banner's line about unsaved changes a session that ended abruptly left.
    public static func recoverable(count: Int, scenario: String) -> LocalizedText {
      LocalizedText(
        ja:
          "前回のセッションが異常終了し、\(scenario) への未保存の変更が \(NumberFormat.grouped(count)) 件残っています: recover で戻せます (recover --delete で消去)",
        en:
          "A session that ended abruptly left \(english(count, "unsaved change", "unsaved changes")) over \(scenario): type `recover` to restore them (`recover --delete` forgets them)"
      )
    }

    /// What the terminal shows if AizuSim traps; `%d` is replaced by the signal's number.
    public static func crash(canRecover: Bool) -> LocalizedText {
      let next =
        canRecover
        ? LocalizedText(
          ja: "未保存の変更は控えてあります。aizusim をもう一度起動し、recover と入力してください。",
          en: " Your unsaved changes are kept: start aizusim again and type `recover`.")
        : LocalizedText("")
      return LocalizedText(
        ja: "aizusim が内部エラーで止まりました (シグナル %d)。\(next.ja)",
        en: "aizusim stopped on an internal error (signal %d).\(next.en)")
    }

    /// The unsaved changes could not be kept on disk; `reason` is the system's.
    public static func changesNotKept(_ reason: LocalizedText) -> LocalizedText {
      LocalizedText(
        ja: "未保存の変更をディスクに控えられません: \(reason.ja)",
        en: "unsaved changes not kept on disk: \(reason.en)")
    }

    public static func lineTooLong(limit: Int) -> LocalizedText {
      LocalizedText(
        ja: "\(NumberFormat.grouped(limit)) バイトを超える行があります。入力はテキストですか?",
        en: "a line longer than \(limit) bytes; is the input text?")
    }

    public static func unknownCommand(_ name: String) -> LocalizedText {
      LocalizedText(ja: "コマンド '\(name)' はありません", en: "unknown command '\(name)'")
    }

    public static let typeHelp = LocalizedText(
      ja: "help でコマンド一覧", en: "type `help` for the commands")

    /// Ctrl-C stopped a script.
    public static let interrupted = LocalizedText(ja: "中断しました", en: "interrupted")

    public static let inputEndsInsideCommand = LocalizedText(
      ja: "コマンドの途中で入力が終わりました (閉じていない引用符か、行末の \\)",
      en: "the input ends inside a command (an open quote or a trailing \\)")

    public static func cannotReadScript(_ file: String, reason: LocalizedText) -> LocalizedText {
      LocalizedText(
        ja: "スクリプト '\(file)' を読めません: \(reason.ja)",
        en: "cannot read script '\(file)': \(reason.en)")
    }

    // MARK: Options

    public static func optionTwice(_ option: String) -> LocalizedText {
      LocalizedText(ja: "\(option) が2回以上あります", en: "\(option) is given more than once")
    }

    public static let giveOnce = LocalizedText(ja: "1回だけ書きます", en: "give it once")

    public static func optionNeedsValue(_ option: String) -> LocalizedText {
      LocalizedText(ja: "\(option) には値が要ります", en: "\(option) needs a value")
    }

    public static func unknownOption(_ option: String, command: String) -> LocalizedText {
      LocalizedText(
        ja: "\(command) にオプション '\(option)' はありません",
        en: "unknown option '\(option)' for \(command)")
    }

    /// `see `help project``.
    public static func seeHelp(_ command: String) -> LocalizedText {
      LocalizedText(ja: "help \(command) を参照", en: "see `help \(command)`")
    }

    /// A command given words it does not take (`reload extra`).
    public static func takesNoArguments(_ command: String) -> LocalizedText {
      LocalizedText(
        ja: "\(command) は引数をとりません", en: "\(command) takes no arguments")
    }

    // MARK: Output settings

    public static func unknownFormat(_ text: String) -> LocalizedText {
      LocalizedText(ja: "出力形式 '\(text)' はありません", en: "unknown format '\(text)'")
    }

    public static func unknownLanguage(_ text: String) -> LocalizedText {
      LocalizedText(ja: "言語 '\(text)' はありません", en: "unknown language '\(text)'")
    }

    public static let expectedLanguages = LocalizedText(
      ja: "ja か en のどちらか", en: "expected ja or en")

    /// `format csv`'s reply.
    public static func formatIs(_ name: String) -> LocalizedText {
      LocalizedText(ja: "出力形式: \(name)", en: "format: \(name)")
    }

    /// `lang`'s reply, in the language chosen.
    public static let languageIs = LocalizedText(ja: "表示言語: 日本語", en: "language: English")

    /// `layout vertical`'s reply.
    public static func layoutIs(_ name: String) -> LocalizedText {
      LocalizedText(ja: "表示形式: \(name)", en: "layout: \(name)")
    }
  }
}

extension Words {
  /// `1 change`, `3 changes`: an English count with the noun it counts.
  static func english(_ count: Int, _ singular: String, _ plural: String) -> String {
    "\(NumberFormat.grouped(count)) \(count == 1 ? singular : plural)"
  }
}
