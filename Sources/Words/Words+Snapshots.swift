import Bilingual
import Rendering

/// Words of `snapshot`, `use`, `snapshots` and the `--scenario` option: states kept by name,
/// and answers under another scenario.
extension Words {
  public enum Snapshots {
    // MARK: snapshot

    public static let needsName = LocalizedText(
      ja: "snapshot には名前を一つ指定します", en: "snapshot needs one name")

    public static let example = LocalizedText(
      ja: "例: snapshot low-recruitment", en: "e.g. snapshot low-recruitment")

    public static func notAName(_ name: String) -> LocalizedText {
      LocalizedText(
        ja: "'\(name)' はスナップショットの名前にできません",
        en: "'\(name)' cannot name a snapshot")
    }

    public static func nameHint(maximum: Int) -> LocalizedText {
      LocalizedText(
        ja: "名前は \(maximum) 文字までの文字・数字・_・- で、- で始まらないものです",
        en:
          "a name is up to \(maximum) letters, digits, _ and -, not starting with -"
      )
    }

    public static func isBuiltin(_ name: String) -> LocalizedText {
      LocalizedText(
        ja: "'\(name)' は内蔵のシナリオの名前です", en: "'\(name)' is a built-in scenario's name")
    }

    public static func isMunicipality(_ name: String) -> LocalizedText {
      LocalizedText(
        ja: "'\(name)' は市町村の名前です", en: "'\(name)' is a municipality's name")
    }

    public static func isYear(_ name: String) -> LocalizedText {
      LocalizedText(ja: "'\(name)' は年として読まれます", en: "'\(name)' reads as a year")
    }

    /// Why a name that `diff` and `--scenario` would read as something else is refused.
    public static let chooseAnotherName = LocalizedText(
      ja: "diff や --scenario で取り違えないよう、ほかの名前にします",
      en: "choose another, so that diff and --scenario cannot mistake it")

    public static func exists(_ name: String) -> LocalizedText {
      LocalizedText(
        ja: "スナップショット '\(name)' はすでにあります", en: "snapshot '\(name)' exists")
    }

    public static func forceReplaces(_ name: String) -> LocalizedText {
      LocalizedText(
        ja: "置き換えるには snapshot \(name) --force", en: "snapshot \(name) --force replaces it")
    }

    /// `snapshot`'s reply.
    public static func taken(_ name: String, state: LocalizedText, replaced: Bool)
      -> LocalizedText
    {
      LocalizedText(
        ja: "スナップショット '\(name)' \(replaced ? "を置き換えました" : "を作りました"): \(state.ja)",
        en: "\(replaced ? "replaced" : "took") snapshot '\(name)': \(state.en)")
    }

    // MARK: use

    public static let useNeedsName = LocalizedText(
      ja: "use にはスナップショットの名前を一つ指定します", en: "use needs one snapshot's name")

    public static func unknown(_ name: String) -> LocalizedText {
      LocalizedText(
        ja: "スナップショット '\(name)' はありません", en: "no snapshot '\(name)'")
    }

    public static let noneYet = LocalizedText(
      ja: "スナップショットはまだありません。snapshot NAME で今の状態を残します",
      en: "there are no snapshots yet: `snapshot NAME` keeps the state as it is")

    public static let snapshotsListsThem = LocalizedText(
      ja: "snapshots で一覧", en: "`snapshots` lists them")

    public static func loadInstead(_ name: String) -> LocalizedText {
      LocalizedText(
        ja: "シナリオを読み込むには load \(name)", en: "`load \(name)` loads a scenario")
    }

    /// `use`'s reply.
    public static func alreadyUsing(_ name: String, state: LocalizedText) -> LocalizedText {
      LocalizedText(
        ja: "スナップショット '\(name)' は今の状態と同じです: \(state.ja) (変更はありません)",
        en: "snapshot '\(name)' is the state already in use: \(state.en) (nothing changed)")
    }

    public static func using(_ name: String, state: LocalizedText) -> LocalizedText {
      LocalizedText(
        ja: "スナップショット '\(name)' に切り替えました: \(state.ja) (undo で戻ります)",
        en: "using snapshot '\(name)': \(state.en) (`undo` goes back)")
    }

    // MARK: snapshots

    public static let title = LocalizedText(ja: "スナップショット", en: "Snapshots")
    public static let name = LocalizedText(ja: "名前", en: "Name")
    public static let scenario = LocalizedText(ja: "シナリオ", en: "Scenario")
    public static let changes = LocalizedText(ja: "変更", en: "Changes")
    public static let order = LocalizedText(ja: "順", en: "Taken")
    public static let file = LocalizedText(ja: "ファイル", en: "File")

    /// The note below `snapshots`.
    public static let note = LocalizedText(
      ja: "順: このセッションで作った順。use NAME で戻り、diff NAME で今と比べます。",
      en:
        "Taken: the order taken in this session. `use NAME` returns to one; `diff NAME` compares it with now."
    )

    // MARK: --scenario

    /// The field machine formats carry: the scenario the rows come from.
    public static let scenarioField = LocalizedText(ja: "シナリオ", en: "Scenario")

    public static func takesNoScenario(_ command: String) -> LocalizedText {
      LocalizedText(
        ja: "\(command) は --scenario をとりません (セッションを変えるか、シナリオから答えないコマンドです)",
        en:
          "\(command) takes no --scenario: it changes the session or does not answer from a scenario"
      )
    }

    public static let loadOrUse = LocalizedText(
      ja: "別のシナリオで続けるには load FILE、または snapshot と use",
      en: "to go on under another scenario: `load FILE`, or `snapshot` and `use`")

    /// `no snapshot, built-in scenario or file 'x'`.
    public static func unknownScenario(_ name: String) -> LocalizedText {
      LocalizedText(
        ja: "'\(name)' という名前のスナップショット・内蔵シナリオ・ファイルはありません",
        en: "no snapshot, built-in scenario or file '\(name)'")
    }

    public static func scenarioNames(snapshots: [String], builtins: [String]) -> LocalizedText {
      let names = (snapshots + builtins).map { "'\($0)'" }.joined(separator: ", ")
      return LocalizedText(
        ja: "スナップショットと内蔵シナリオ: \(names)。ファイルは .toml で終わります",
        en: "snapshots and built-in scenarios: \(names); files end in .toml")
    }

    /// An error of `--scenario`'s value, said of the option.
    public static func inOption(_ message: LocalizedText, command: String, value: String)
      -> LocalizedText
    {
      LocalizedText(
        ja: "\(command) の --scenario \(value): \(message.ja)",
        en: "\(command) --scenario \(value): \(message.en)")
    }

    // MARK: help

    public static let snapshotSummary = LocalizedText(
      ja: "今の状態に名前を付けて残す", en: "Keep the state as it is, by name")
    public static let snapshotDetails = LocalizedText(
      ja:
        "読み込んだシナリオと未保存の変更を、名前を付けてこのセッションの中に残します (ファイルには書きません)。load の後も残ります。use NAME で戻り、diff NAME で比べ、コマンドに --scenario NAME を付けるとその状態で答えます。名前は文字・数字・_・- で、内蔵シナリオ・市町村・年の名前は使えません。同じ名前を置き換えるには --force。",
      en:
        "Keeps the loaded scenario and its unsaved changes under a name, in this session (nothing is written). Snapshots survive load. `use NAME` returns to one, `diff NAME` compares it, and --scenario NAME on a command answers under it. A name is letters, digits, _ and -, and not a built-in scenario's, a municipality's or a year. --force replaces a snapshot of that name."
    )

    public static let useSummary = LocalizedText(
      ja: "スナップショットに戻る", en: "Return to a snapshot")
    public static let useDetails = LocalizedText(
      ja:
        "snapshot で残した状態 (シナリオと未保存の変更) に切り替えます。それまでの未保存の変更は失われず、undo で戻せます。",
      en:
        "Makes a snapshot's state (its scenario and unsaved changes) the session's. The unsaved changes it replaces are not lost: `undo` brings them back."
    )

    public static let snapshotsSummary = LocalizedText(
      ja: "スナップショットを一覧する", en: "List the snapshots")
    public static let snapshotsDetails = LocalizedText(
      ja: "スナップショットごとに、名前、シナリオ、ファイル、未保存の変更の数、作った順を示します。",
      en:
        "Lists each snapshot: its name, its scenario and file, how many unsaved changes it holds, and the order taken."
    )
  }
}
