import Bilingual
import Rendering

/// Words about files: why one cannot be read or written, and what `load`, `reload`, `save`,
/// `recover` and `run` say.
extension Words {
  public enum Files {
    // MARK: Why a file cannot be read or written

    public static let noSuchFile = LocalizedText(ja: "ファイルがありません", en: "no such file")
    public static let permissionDenied = LocalizedText(
      ja: "アクセスが許可されていません", en: "permission denied")
    public static let folderInPathIsFile = LocalizedText(
      ja: "パスの途中のフォルダがファイルです", en: "a folder in the path is a file")
    public static let tooManyLinks = LocalizedText(
      ja: "シンボリックリンクが多すぎます", en: "too many symbolic links")
    public static let nameTooLong = LocalizedText(ja: "名前が長すぎます", en: "the name is too long")
    public static let diskFull = LocalizedText(ja: "ディスクがいっぱいです", en: "the disk is full")
    public static let readOnly = LocalizedText(
      ja: "読み取り専用のファイルシステムです", en: "the file system is read-only")
    public static let isFolder = LocalizedText(
      ja: "ファイルではなくフォルダです", en: "it is a folder, not a file")
    public static let isNamedPipe = LocalizedText(
      ja: "ファイルではなく名前付きパイプです。シナリオファイルは通常のファイルでなければなりません",
      en: "it is a named pipe, not a file; scenario files must be regular files")
    public static let isDevice = LocalizedText(
      ja: "ファイルではなくデバイスです", en: "it is a device, not a file")
    public static let isSocket = LocalizedText(
      ja: "ファイルではなくソケットです", en: "it is a socket, not a file")
    public static let isNotRegular = LocalizedText(
      ja: "通常のファイルではありません", en: "it is not a regular file")
    public static let isNotUTF8 = LocalizedText(
      ja: "UTF-8 のテキストではありません", en: "it is not UTF-8 text")
    public static let exists = LocalizedText(ja: "ファイルがすでにあります", en: "the file exists")
    public static let noFileSystem = LocalizedText(
      ja: "ファイルを読めません (内蔵シナリオ)", en: "no file system")

    public static func tooLarge(mebibytes: Int) -> LocalizedText {
      LocalizedText(
        ja: "\(NumberFormat.grouped(mebibytes)) MiB を超えています (AizuSim が読む最大の大きさ)",
        en:
          "it is larger than \(NumberFormat.grouped(mebibytes)) MiB, the largest file AizuSim reads"
      )
    }

    /// `cannot read 'x.toml': no such file`.
    public static func cannotRead(_ path: String, reason: LocalizedText) -> LocalizedText {
      LocalizedText(
        ja: "'\(path)' を読めません: \(reason.ja)", en: "cannot read '\(path)': \(reason.en)")
    }

    public static func cannotWrite(_ path: String, reason: LocalizedText) -> LocalizedText {
      LocalizedText(
        ja: "'\(path)' に書き込めません: \(reason.ja)", en: "cannot write '\(path)': \(reason.en)")
    }

    // MARK: Loading

    /// `aizu (built in)`: the built-in scenario, as messages name it.
    public static func builtin(_ name: String) -> LocalizedText {
      LocalizedText(ja: "\(name) (内蔵)", en: "\(name) (built in)")
    }

    public static func tomlHint(builtins: [String]) -> LocalizedText {
      let names = builtins.map { "'\($0)'" }.joined(separator: ", ")
      return LocalizedText(
        ja: "シナリオファイルの名前は .toml で終わります。内蔵のシナリオは \(names) です",
        en: "scenario files end in .toml; the built-in ones are \(names)")
    }

    public static func noBuiltin(_ name: String) -> LocalizedText {
      LocalizedText(
        ja: "内蔵のシナリオ '\(name)' はありません", en: "no built-in scenario '\(name)'")
    }

    public static func builtinIs(_ name: String) -> LocalizedText {
      LocalizedText(
        ja: "内蔵のシナリオは '\(name)' です", en: "the built-in scenario is '\(name)'")
    }

    /// `cannot load whatif.toml: 3 problems`; the problems follow, one a line.
    public static func cannotLoad(_ name: String, problems: Int) -> LocalizedText {
      LocalizedText(
        ja: "\(name) を読み込めません: 問題が \(NumberFormat.grouped(problems)) 件あります",
        en: "cannot load \(name): \(english(problems, "problem", "problems"))")
    }

    public static func cannotReload(_ path: String) -> LocalizedText {
      LocalizedText(
        ja: "プロンプトでの変更を保ったまま \(path) を読み直せません",
        en: "cannot reload \(path) with the changes made at the prompt")
    }

    public static func unsetOrDiscard(_ path: String) -> LocalizedText {
      LocalizedText(
        ja: "下に示す変更を unset するか、load --discard \(path) で読み込みます",
        en: "`unset` the changes named below, or `load --discard \(path)`")
    }

    /// `loaded whatif.toml: Half the staff by 2040 (13 municipalities, 2020–2040)`.
    public static func loaded(
      _ source: LocalizedText, title: LocalizedText, municipalities: Int, from: Int, to: Int
    ) -> LocalizedText {
      LocalizedText(
        ja:
          "\(source.ja) を読み込みました: \(title.ja) (\(NumberFormat.grouped(municipalities)) 市町村、\(from)–\(to)年)",
        en:
          "loaded \(source.en): \(title.en) (\(english(municipalities, "municipality", "municipalities")), \(from)–\(to))"
      )
    }

    public static let loadTakesNoForce = LocalizedText(
      ja: "load に --force はありません", en: "load takes no --force")

    public static let discardOrSave = LocalizedText(
      ja: "load FILE --discard で未保存の変更を捨て、save FILE で保存します",
      en: "`load FILE --discard` drops the unsaved changes; `save FILE` keeps them")

    public static let loadNeedsFile = LocalizedText(
      ja: "load にはファイルを一つ指定します", en: "load needs one file")

    public static let loadExample = LocalizedText(
      ja: "load FILE。例: load Scenarios/whatif-half-staff.toml",
      en: "load FILE, e.g. load Scenarios/whatif-half-staff.toml")

    // MARK: Unsaved changes

    /// `2 unsaved changes (assumptions.hours_per_fte, model.staffing)`.
    public static func unsavedChanges(_ count: Int, paths: [String] = []) -> LocalizedText {
      let list = paths.isEmpty ? "" : " (\(paths.joined(separator: ", ")))"
      return LocalizedText(
        ja: "未保存の変更が \(NumberFormat.grouped(count)) 件あります\(list)",
        en: english(count, "unsaved change", "unsaved changes") + list)
    }

    /// `save FILE` keeps them; `load x --discard` drops them.
    public static func saveOrDiscard(_ action: String) -> LocalizedText {
      LocalizedText(
        ja: "save FILE で保存し、\(action) --discard で捨てます",
        en: "`save FILE` keeps them; `\(action) --discard` drops them")
    }

    public static let saveOrQuitAgain = LocalizedText(
      ja: "save FILE で保存します。保存せずに終わるにはもう一度 quit",
      en: "`save FILE` keeps them; quit again to leave without saving")

    // MARK: Saving

    public static let saveNeedsFile = LocalizedText(
      ja: "save にはファイル名を一つ指定します", en: "save needs one file name")

    public static let saveExample = LocalizedText("save FILE.toml")

    /// `saved 1 change to low.toml`.
    public static func saved(_ count: Int, to path: String) -> LocalizedText {
      LocalizedText(
        ja: "\(path) に保存しました (変更 \(NumberFormat.grouped(count)) 件)",
        en: "saved \(english(count, "change", "changes")) to \(path)")
    }

    public static func extendedByLoaded(_ path: String, loaded: LocalizedText, base: String)
      -> LocalizedText
    {
      LocalizedText(
        ja: "'\(path)' は読み込んだシナリオが拡張するシナリオです (\(loaded.ja) が \(base) を拡張)",
        en: "'\(path)' is a scenario the loaded one extends (\(loaded.en) extends \(base))")
    }

    public static func saveElsewhere(_ path: String) -> LocalizedText {
      LocalizedText(
        ja:
          "そこに書くと、それを拡張するすべてのシナリオが変わります。新しいファイルに保存するか、load \(path) で読み込んでから変えてください",
        en:
          "writing the changes there would change every scenario built on it; save them to a new file, or `load \(path)` and change it there"
      )
    }

    public static func fileExists(_ path: String) -> LocalizedText {
      LocalizedText(ja: "'\(path)' はすでにあります", en: "'\(path)' exists")
    }

    public static func chooseAnotherName(_ path: String) -> LocalizedText {
      LocalizedText(
        ja: "別の名前にするか、save --force \(path) で置き換えます",
        en: "choose another name, or `save --force \(path)` to replace it")
    }

    public static func isLoadedScenario(_ path: String) -> LocalizedText {
      LocalizedText(
        ja: "'\(path)' は読み込んでいるシナリオです", en: "'\(path)' is the loaded scenario")
    }

    public static func forceWritesInto(_ path: String) -> LocalizedText {
      LocalizedText(
        ja:
          "save --force \(path) でコメントを残したまま変更を書き込みます。別の名前なら、それを拡張する what-if として保存します",
        en:
          "`save --force \(path)` writes the changes into it, keeping its comments; another name saves them as a what-if that extends it"
      )
    }

    public static func changedOnDisk(_ path: String) -> LocalizedText {
      LocalizedText(
        ja: "'\(path)' は読み込んだ後にディスク上で変わりました",
        en: "'\(path)' changed on disk since it was loaded")
    }

    public static let reloadThenSave = LocalizedText(
      ja: "reload で読み直し (変更は残ります)、それから保存します",
      en: "`reload` reads it again and keeps your changes; then save")

    public static func cannotKeepMeaning(_ path: String) -> LocalizedText {
      LocalizedText(
        ja: "意味を変えずに '\(path)' へ変更を書き込めません",
        en: "cannot write the changes into '\(path)' and keep its meaning")
    }

    public static func saveToNewFile(extending path: String) -> LocalizedText {
      LocalizedText(
        ja: "新しいファイルに保存します ('\(path)' を拡張します)",
        en: "save them to a new file, which will extend '\(path)'")
    }

    // MARK: Recovering

    public static let nothingToRecover = LocalizedText(
      ja: "戻せる未保存の変更はありません", en: "there are no unsaved changes to recover")

    public static func forgotKeptChanges(sessions: Int) -> LocalizedText {
      LocalizedText(
        ja: "控えていた変更を消しました (\(NumberFormat.grouped(sessions)) 件)",
        en: "forgot the kept changes of \(english(sessions, "session", "sessions"))")
    }

    public static func recovered(_ count: Int) -> LocalizedText {
      LocalizedText(
        ja: "未保存の変更 \(NumberFormat.grouped(count)) 件を戻しました。save FILE で保存できます",
        en:
          "recovered \(english(count, "unsaved change", "unsaved changes")); `save FILE` keeps them"
      )
    }

    /// The first line of the file that keeps a session's unsaved changes.
    public static func journalHeader(_ scenario: String) -> LocalizedText {
      LocalizedText(
        ja: "# AizuSim: \(scenario) への未保存の変更。プロンプトで recover と入力すると戻ります。",
        en: "# AizuSim: unsaved changes over \(scenario); `recover` at the prompt restores them.")
    }

    // MARK: Running scripts

    public static let runNeedsScript = LocalizedText(
      ja: "run にはスクリプトファイルを一つ指定します", en: "run needs one script file")

    public static let runExample = LocalizedText("run SCRIPT")

    public static func nestedTooDeep(_ depth: Int, chain: [String]) -> LocalizedText {
      let chain = chain.joined(separator: " → ")
      return LocalizedText(
        ja: "スクリプトの入れ子が \(NumberFormat.grouped(depth)) 段になりました: \(chain)",
        en: "scripts nested \(NumberFormat.grouped(depth)) deep: \(chain)")
    }

    public static func nestAtMost(_ depth: Int) -> LocalizedText {
      LocalizedText(
        ja: "スクリプトの中で run できるのは \(NumberFormat.grouped(depth)) 段までです",
        en: "run at most \(NumberFormat.grouped(depth)) scripts inside one another")
    }

    public static func runCycle(_ chain: [String]) -> LocalizedText {
      let chain = chain.joined(separator: " → ")
      return LocalizedText(
        ja: "スクリプトが循環して run されています: \(chain)",
        en: "scripts run in a cycle: \(chain)")
    }

    public static let runsItself = LocalizedText(
      ja: "スクリプトは自分自身を run できません。もう一度それを始める run の行を消してください",
      en: "a script cannot run itself; remove the run line that starts it again")
  }
}
