import Bilingual

/// Words of the `aizusim` command line in Japanese: `--help` and usage errors.
///
/// ArgumentParser writes the English ones from the declarations in `AizuSimCommand`; these
/// say the same in Japanese, chosen by `--lang ja` or a Japanese locale. `CommandLineTests`
/// checks that every option the English help lists has a line here.
extension Words {
  public enum CommandLine {
    /// One option or argument of the help page: as written, and what it does.
    public struct Entry: Sendable {
      public var names: String
      public var help: String
    }

    // MARK: - aizusim --help

    public static let overview =
      "会津地域（福島県）13市町村の人口、市町村職員数、住民への対面サービスの時間を推計します。"

    public static let discussion = """
      FILE も -c もなければ、端末から行編集つきでコマンドを読みます（端末でなければ標準入力から）。\
      終了状態: すべてのコマンドが成功すれば 0、失敗があれば 1、使い方の誤りは 2。\
      コマンドはプロンプトで `help`、すべての一覧は docs/commands.md にあります。\
      `aizusim test [--update] [--junit FILE] [PATH…]` はゴールデントランスクリプトを確かめます\
      （docs/transcripts.md）。
      """

    public static let arguments = [
      Entry(names: "<FILE>", help: "-c のコマンドの後に、順に実行するスクリプトファイル。")
    ]

    public static let options = [
      Entry(names: "--scenario <FILE>", help: "組み込みのシナリオの代わりに、このシナリオファイルを読み込みます。"),
      Entry(names: "--lang <ja|en>", help: "見出しとメッセージの言語（既定: LANG から）。"),
      Entry(names: "--format <table|csv|json|md>", help: "出力の形式。"),
      Entry(
        names: "--color <color>",
        help: "色: auto（端末のときだけ。NO_COLOR や TERM=dumb では使わない）、always、never（既定: auto）。"),
      Entry(names: "--bail", help: "最初に失敗したコマンドで止まります（sqlite3 -bail と同じ）。"),
      Entry(names: "-c <COMMAND>", help: "COMMAND を実行して終わります（何度でも指定可）。"),
      Entry(names: "--no-history", help: "履歴ファイルを読み書きしません。"),
      Entry(names: "--echo", help: "各コマンドをプロンプトの後に表示してから出力します。"),
      Entry(
        names: "--check <FILE>",
        help: "FILE を読み込み、そこに書かれたチェックを確かめます。満たさないものがあれば終了状態 1、"
          + "FILE を読めなければ 2。"),
      Entry(names: "--version", help: "版を表示します。"),
      Entry(names: "-h, --help", help: "この説明を表示します。"),
    ]

    public static let subcommands = [
      Entry(names: "test", help: "トランスクリプトを実行し、答えが変わったところの差分を示します（docs/transcripts.md）。")
    ]

    public static let seeSubcommandHelp = "詳しくは 'aizusim help <subcommand>' を見てください。"

    // MARK: - aizusim test --help

    public static let testOverview =
      "トランスクリプトを実行し、答えが変わったところの差分を示します（docs/transcripts.md）。"

    public static let testDiscussion = """
      トランスクリプトごとに PASS、FAIL または UPDATED とパスを示し、最後にまとめを示します。\
      終了状態: すべて合格（または更新）なら 0、失敗・異常終了・更新できないものがあれば 1、\
      使い方の誤りは 2。
      """

    public static let testArguments = [
      Entry(names: "<path>", help: "トランスクリプトファイル、または *.transcript を探すフォルダー。")
    ]

    public static let testOptions = [
      Entry(
        names: "--update",
        help: "失敗したトランスクリプトを今のシェルの答えで書き直し、変えたファイルを示します。"
          + "コマンドがすべて実行されなかったものは書き直さず、失敗とします。"),
      Entry(names: "--junit <FILE>", help: "結果を JUnit XML として FILE にも書きます（CI サーバー向け）。"),
      Entry(names: "--version", help: "版を表示します。"),
      Entry(names: "-h, --help", help: "この説明を表示します。"),
    ]

    // MARK: - Headings

    public static let overviewHeading = "概要"
    public static let usageHeading = "使い方"
    public static let argumentsHeading = "引数"
    public static let optionsHeading = "オプション"
    public static let subcommandsHeading = "サブコマンド"
    public static let errorHeading = "エラー"
    public static let helpHeading = "説明"

    // MARK: - Usage errors

    /// `See 'aizusim --help' for more information.`
    public static func seeHelp(_ command: String) -> String {
      "詳しくは '\(command)' を見てください。"
    }

    /// ArgumentParser's English message for a usage error, in Japanese where its form is
    /// known; any other is quoted as it is.
    public static func usageError(_ english: String) -> String {
      if english == Words.Check.checkRunsAlone.en { return Words.Check.checkRunsAlone.ja }
      if let match = english.wholeMatch(of: #/Unknown option '(.+)'/#) {
        return "不明なオプション '\(match.1)'"
      }
      if let match = english.wholeMatch(of: #/Missing value for '(.+)'/#) {
        return "'\(match.1)' に値がありません"
      }
      if let match = english.wholeMatch(of: #/Unexpected argument '(.+)'/#) {
        return "余分な引数 '\(match.1)'"
      }
      if let match = english.wholeMatch(of: #/The value '(.*)' is invalid for '([^']+)'\.?(.*)/#) {
        let choices = match.3.matches(of: #/'([^']*)'/#).map { "'\($0.1)'" }
        let hint = choices.isEmpty ? "" : "。\(choices.joined(separator: "、")) のどれかにしてください"
        return "値 '\(match.1)' は '\(match.2)' に使えません\(hint)"
      }
      return "コマンドラインを読めません: \(english)"
    }
  }
}
