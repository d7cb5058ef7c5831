import Bilingual
import Rendering
import Simulation

/// Words of `measures` and `measure`: columns, values in words, notes and messages.
extension Words {
  public enum Measures {
    public static let id = LocalizedText("ID")
    public static let name = LocalizedText(ja: "名称", en: "Name")
    public static let nameJa = LocalizedText(ja: "名称(日本語)", en: "Name in Japanese")
    public static let nameEn = LocalizedText(ja: "名称(英語)", en: "Name in English")
    public static let guideline = LocalizedText(ja: "指針", en: "Guideline")
    public static let kind = LocalizedText(ja: "種類", en: "Kind")
    public static let adopters = LocalizedText(ja: "導入", en: "Adopters")
    public static let start = LocalizedText(ja: "開始", en: "Start")
    public static let ramp = LocalizedText(ja: "導入期間", en: "Ramp")
    public static let maxAdoption = LocalizedText(ja: "最大", en: "Max")
    public static let savings = LocalizedText(ja: "削減(年・導入先ごと)", en: "Saves a year, each")
    public static let initialCost = LocalizedText(ja: "初期費用(円)", en: "Initial ¥")
    public static let yearlyCost = LocalizedText(ja: "年間費用(円)", en: "Yearly ¥")
    public static let source = LocalizedText(ja: "出典", en: "Source")
    public static let assumedFields = LocalizedText(ja: "仮定の項目", en: "Assumptions")
    /// `measures ID`: a field of the scenario file, its value and where it came from.
    public static let field = LocalizedText(ja: "項目", en: "Field")
    public static let value = LocalizedText(ja: "値", en: "Value")

    public static let years = LocalizedText(ja: "年", en: "years")
    public static let yen = LocalizedText(ja: "円", en: "yen")

    /// `Measures — scenario aizu`.
    public static func title(scenario: String) -> LocalizedText {
      LocalizedText(ja: "効率化の取組 — シナリオ \(scenario)", en: "Measures — scenario \(scenario)")
    }

    /// `online_procedures: online procedures`: the title of `measures ID`.
    public static func detailTitle(id: String, name: LocalizedText) -> LocalizedText {
      name.map { "\(id): \($0)" }
    }

    /// What `*` and `-` mean in the list.
    public static let assumedNote = LocalizedText(
      ja: "* 仮定: 資料にない数字 (measures ID で各値の出典)。- は費用が示されていないこと(0円ではない)",
      en:
        "* assumption: not in the seed (measures ID gives each value's source); - a cost not stated (not zero)"
    )

    /// A measure's kind: デジタル, アナログ, ハイブリッド.
    /// Who adopts a measure, in words; `municipalities` is how many the scenario has.
    public static func adopters(_ adopters: Adopters, municipalities: Int) -> LocalizedText {
      let all = NumberFormat.grouped(municipalities)
      switch adopters {
      case .all: return LocalizedText(ja: "全\(all)市町村", en: "all \(all)")
      case .listed(let names): return LocalizedText(names.joined(separator: ", "))
      case .shared(nil): return LocalizedText(ja: "共同 全\(all)市町村", en: "shared, all \(all)")
      case .shared(let names?):
        let list = names.joined(separator: ", ")
        return LocalizedText(ja: "共同 \(list)", en: "shared: \(list)")
      case .regionalOffice: return Ledger.regionalOffice
      }
    }

    /// What a measure saves a year per adopter at full adoption, as the scenario states it.
    public static func savings(_ savings: Savings, inMinutes: Bool) -> LocalizedText {
      switch savings {
      case .hoursPerYear(let hours) where inMinutes:
        let minutes = NumberFormat.grouped(hours * 60, decimals: 0)
        return LocalizedText(ja: "\(minutes) 分", en: "\(minutes) min")
      case .hoursPerYear(let hours):
        return LocalizedText(ja: "\(figure(hours)) 時間", en: "\(figure(hours)) h")
      case .perCase(let minutes, let cases, let uptake):
        let users =
          NumberFormat.percent(uptake.under65, decimals: 0) + "/"
          + NumberFormat.percent(uptake.elderly, decimals: 0)
        return LocalizedText(
          ja: "1件\(figure(minutes))分 × 千人当たり\(figure(cases))件 × 利用 \(users) (65歳未満/以上)",
          en: "\(figure(minutes)) min × \(figure(cases))/1,000 × uptake \(users) (<65/65+)")
      case .shareOfRoutine(let share):
        let percent = NumberFormat.percent(share, decimals: 1)
        return LocalizedText(ja: "定型業務の \(percent)", en: "\(percent) of routine")
      }
    }

    /// Where a value came from: a source (with its title), an assumption, a file, a command.
    public static func provenance(_ provenance: Provenance, sourceTitle: LocalizedText?)
      -> LocalizedText
    {
      switch provenance {
      case .source(let id): (sourceTitle ?? LocalizedText(id)).map { "\(id): \($0)" }
      case .assumption(let name): LocalizedText(ja: "仮定 \(name)", en: "assumption \(name)")
      case .file(let location):
        LocalizedText(ja: "\(location) で変更", en: "changed in \(location)")
      case .user(let command):
        LocalizedText(ja: "プロンプトで変更: \(command)", en: "changed at the prompt: \(command)")
      }
    }

    /// A value no file states: the model's default.
    public static let defaultValue = LocalizedText(
      ja: "既定値 (docs/model.md)", en: "default (docs/model.md)")

    // MARK: Messages

    public static let tooManyMeasures = LocalizedText(
      ja: "measures に指定できる取組は一つまでです", en: "measures takes at most one measure")
    public static let measuresUsage = LocalizedText(
      ja: "measures、または measures ID", en: "measures, or measures ID")

    public static func unknownMeasure(_ id: String) -> LocalizedText {
      LocalizedText(ja: "取組 '\(id)' はありません", en: "unknown measure '\(id)'")
    }

    public static let measuresListsThem = LocalizedText(
      ja: "measures で一覧できます", en: "`measures` lists them")

    public static let needsAction = LocalizedText(
      ja: "measure には add、set、drop のどれかを付けます", en: "measure needs add, set or drop")
    public static let seeHelp = LocalizedText(ja: "help measure を参照", en: "see `help measure`")

    public static func unknownAction(_ action: String) -> LocalizedText {
      LocalizedText(
        ja: "measure に '\(action)' という操作はありません", en: "unknown action '\(action)' for measure")
    }

    public static let expectedAction = LocalizedText(
      ja: "add、set、drop のどれか", en: "expected add, set or drop")

    public static let addNeedsTable = LocalizedText(
      ja: "measure add には ID と表を指定します", en: "measure add needs an id and a table")

    /// `measure add ID { name = "…", … }`: how to write a new measure.
    public static func addExample(_ id: String) -> LocalizedText {
      let example = "measure add \(id) { name = \"…\", guideline = 1, kind = \"digital\", … }"
      return LocalizedText(ja: "例: \(example)", en: example)
    }

    public static func notAnID(_ id: String) -> LocalizedText {
      LocalizedText(ja: "'\(id)' は取組の ID に使えません", en: "'\(id)' is not a measure id")
    }

    public static let idHint = LocalizedText(
      ja: "英字、数字、_、- で書きます (例: joint_visits)",
      en: "use letters, digits, _ and -, as in joint_visits")

    public static func exists(_ id: String) -> LocalizedText {
      LocalizedText(ja: "取組 '\(id)' はすでにあります", en: "measure '\(id)' exists")
    }

    public static func changeWithSet(_ id: String) -> LocalizedText {
      LocalizedText(
        ja: "変えるには measure set \(id) FIELD VALUE",
        en: "change it with `measure set \(id) FIELD VALUE`")
    }

    public static let tableInBraces = LocalizedText(
      ja: "measure add には取組を { } の表で書きます",
      en: "measure add needs the measure as a table in { }")

    public static func added(_ id: String) -> LocalizedText {
      LocalizedText(ja: "取組 \(id) を加えました", en: "added measure \(id)")
    }

    public static let setNeedsArguments = LocalizedText(
      ja: "measure set には ID、項目、値を指定します", en: "measure set needs an id, a field and a value")
    public static let setExample = LocalizedText(
      ja: "measure set ID FIELD VALUE (例: measure set online_procedures max_adoption 0.9)",
      en: "measure set ID FIELD VALUE, e.g. measure set online_procedures max_adoption 0.9")

    public static func unknownField(_ field: String) -> LocalizedText {
      LocalizedText(
        ja: "取組に '\(field)' という項目はありません", en: "unknown field '\(field)' of a measure")
    }

    public static func knownFields(_ fields: [String]) -> LocalizedText {
      let list = fields.joined(separator: ", ")
      return LocalizedText(ja: "項目は \(list)", en: "known fields: \(list)")
    }

    /// `online_procedures.max_adoption = 0.9 (was 1)`.
    public static func changed(_ path: String, to value: String, was previous: String?)
      -> LocalizedText
    {
      LocalizedText(
        ja: "\(path) = \(value)" + (previous.map { " (元は \($0))" } ?? ""),
        en: "\(path) = \(value)" + (previous.map { " (was \($0))" } ?? ""))
    }

    public static let dropNeedsID = LocalizedText(
      ja: "measure drop には ID を一つ指定します", en: "measure drop needs one id")
    public static let dropUsage = LocalizedText("measure drop ID")

    public static func droppedAdded(_ id: String) -> LocalizedText {
      LocalizedText(
        ja: "プロンプトで加えた取組 \(id) を取り除きました", en: "dropped \(id), added at the prompt")
    }

    public static func switchedOff(_ id: String, was previous: String) -> LocalizedText {
      LocalizedText(
        ja: "\(id) を止めました: max_adoption = 0 (元は \(previous))。シナリオファイルの取組なので一覧には残ります",
        en:
          "switched off \(id): max_adoption = 0 (was \(previous)); it is in the scenario file, so it stays listed"
      )
    }

    /// A figure as a person writes it: 1,000, 0.5, 12.25.
    private static func figure(_ x: Double) -> String {
      x == x.rounded() ? NumberFormat.grouped(x, decimals: 0) : NumberFormat.plain(x)
    }
  }
}

extension Words.Help {
  public static let measuresSummary = LocalizedText(
    ja: "効率化の取組を一覧する", en: "List the efficiency measures")
  public static let measuresDetails = LocalizedText(
    ja: """
      シナリオの効率化の取組(指針番号、デジタル/アナログ、導入する市町村、開始年と導入期間、最大導入率、導入先ごとの1年の削減時間、費用)を一覧します。* の付いた値は仮定で、資料にはない数字です。
      ID を指定すると、その取組のすべての値と出典(資料、仮定、変更した場所)を示します。変更は measure set、追加は measure add、取りやめは measure drop です。定義は docs/model.md の「Measures」にあります。
      """,
    en: """
      Lists the scenario's efficiency measures: the guideline (指針) each serves, digital or analog, who adopts it, start year and ramp, maximum adoption, the hours it frees a year per adopter at full adoption, and its costs. Values marked * are assumptions: the seed does not give them.
      With an ID, shows every value of that measure with its source (a seed slide, an assumption, or where it was changed). `measure set`, `measure add` and `measure drop` change them; docs/model.md, "Measures", defines them.
      """)

  public static let measureSummary = LocalizedText(
    ja: "効率化の取組を加える・変える・やめる", en: "Add, change or drop a measure")
  public static let measureDetails = LocalizedText(
    ja: """
      add: 新しい取組を TOML の表で加えます(項目は docs/scenario-format.md の [measures.ID])。
      set: 取組の一つの項目を変えます(max_adoption、start、savings.per_case.minutes など)。
      drop: プロンプトで加えた取組は取り除き、シナリオファイルの取組は max_adoption = 0 で止めます(一覧には残ります)。
      どれも set と同じく変更として記録され、シナリオ全体と合わせて検査されます。show changes で確かめ、save で保存、unset で取り消せます。
      """,
    en: """
      add: adds a measure written as a TOML table, with the keys of [measures.ID] in docs/scenario-format.md.
      set: changes one field of a measure (max_adoption, start, savings.per_case.minutes, …).
      drop: removes a measure added at the prompt, and switches off one from the scenario file (max_adoption = 0), which stays listed.
      Like `set`, each is a change checked with the whole scenario, shown in `show changes`, kept by `save` and undone by `unset`.
      """)
}
