import Bilingual
import Rendering

/// Words of `show`: the scenario's summary, the municipalities' base data, one municipality's
/// values, the assumptions, the sources, the changes, and the columns of a command's table.
extension Words {
  public enum Show {
    // MARK: The summary

    public static func file(_ chain: LocalizedText) -> LocalizedText {
      LocalizedText(ja: "ファイル: \(chain.ja)", en: "file: \(chain.en)")
    }

    /// `, extending aizu (built in)`: what the file before it extends.
    public static func extending(_ file: LocalizedText) -> LocalizedText {
      LocalizedText(ja: " (\(file.ja) を拡張)", en: ", extending \(file.en)")
    }

    public static func years(_ from: String, _ to: String) -> LocalizedText {
      LocalizedText(ja: "期間: \(from) – \(to)", en: "years: \(from) – \(to)")
    }

    /// The population method and the staffing policy, by the names `set` takes.
    public static func methods(
      population: String, staffing: String, elderlyRise: String, recruitmentPool: String
    ) -> LocalizedText {
      LocalizedText(
        ja:
          "推計方法: 人口 \(population)、職員 \(staffing)、高齢化率 \(elderlyRise)、採用の母集団 \(recruitmentPool)",
        en:
          "methods: population \(population), staffing \(staffing), elderly_rise \(elderlyRise), recruitment_pool \(recruitmentPool)"
      )
    }

    /// `Aizu region: 13 municipalities, population 239,190 (2020) → 179,610 (2040), staff 2,624`.
    public static func region(
      _ region: LocalizedText, municipalities: Int, baseYear: Int, population: Double,
      horizon: Int, horizonPopulation: Double, staff: Double
    ) -> LocalizedText {
      let p = { (x: Double) in NumberFormat.grouped(x, decimals: 0) }
      let count = NumberFormat.grouped(municipalities)
      return LocalizedText(
        ja:
          "\(region.ja): \(count) 市町村、人口 \(p(population)) (\(baseYear)) → \(p(horizonPopulation)) (\(horizon))、職員 \(p(staff))",
        en:
          "\(region.en): \(english(municipalities, "municipality", "municipalities")), population \(p(population)) (\(baseYear)) → \(p(horizonPopulation)) (\(horizon)), staff \(p(staff))"
      )
    }

    public static func unsavedChanges(_ paths: [String]) -> LocalizedText {
      let list = paths.joined(separator: ", ")
      return LocalizedText(ja: "未保存の変更: \(list)", en: "unsaved changes: \(list)")
    }

    public static let noUnsavedChanges = LocalizedText(
      ja: "未保存の変更はありません", en: "no unsaved changes")

    // MARK: Municipalities

    public static func municipalitiesTitle(_ year: Int) -> LocalizedText {
      LocalizedText(ja: "市町村の基礎データ (\(year))", en: "Municipalities, \(year)")
    }

    public static func population(_ year: Int) -> LocalizedText {
      LocalizedText(ja: "人口 \(year)", en: "Pop. \(year)")
    }

    public static let staff = LocalizedText(ja: "職員数", en: "Staff")
    public static let area = LocalizedText(ja: "面積 km²", en: "Area km²")
    public static let income = LocalizedText(ja: "所得 千円", en: "Income k¥")
    public static let fiscalStrength = LocalizedText(ja: "財政力", en: "Fiscal")

    public static let squareKilometres = LocalizedText("km²")
    public static let thousandYenPerHead = LocalizedText(
      ja: "千円 (1人当たり)", en: "thousand yen per head")
    public static let index = LocalizedText(ja: "指数", en: "index")

    /// Where the base data come from, and what the region's row is.
    public static func municipalitiesSources(_ sources: [LocalizedText]) -> LocalizedText {
      LocalizedText(
        ja: "出典: \(sources.map(\.ja).joined(separator: "、"))。地域計は各市町村の合計",
        en: "Source: \(sources.map(\.en).joined(separator: "; ")). The region's row is the sum")
    }

    // MARK: One municipality

    public static let field = LocalizedText(ja: "項目", en: "Field")
    public static let value = LocalizedText(ja: "値", en: "Value")
    public static let source = LocalizedText(ja: "出典", en: "Source")

    public static func assumption(_ name: String) -> LocalizedText {
      LocalizedText(ja: "仮定 \(name)", en: "assumption \(name)")
    }

    public static func changedInFile(_ location: String) -> LocalizedText {
      LocalizedText(ja: "\(location) で変更", en: "changed in \(location)")
    }

    public static func changedAtPrompt(_ command: String) -> LocalizedText {
      LocalizedText(ja: "プロンプトで変更: \(command)", en: "changed at the prompt: \(command)")
    }

    /// `^ population.2040: the town's hoped-for value…`: a note from the data on a field.
    public static func fieldNote(_ field: String, note: LocalizedText) -> LocalizedText {
      note.map { "^ \(field): \($0)" }
    }

    // MARK: Assumptions

    public static let assumptionsTitle = LocalizedText(ja: "仮定", en: "Assumptions")
    public static let assumptionName = LocalizedText(ja: "仮定", en: "Assumption")
    public static let unit = LocalizedText(ja: "単位", en: "Unit")
    public static let setAt = LocalizedText(ja: "設定場所", en: "Set at")
    public static let note = LocalizedText(ja: "根拠", en: "Note")
    /// Where an assumption no file states was set.
    public static let byDefault = LocalizedText(ja: "既定", en: "default")

    // MARK: Sources

    public static let sourcesTitle = LocalizedText(ja: "出典", en: "Sources")
    public static let document = LocalizedText(ja: "資料", en: "Document")
    public static let fields = LocalizedText(ja: "項目", en: "Fields")

    // MARK: Columns

    public static func columnsTitle(_ command: String) -> LocalizedText {
      LocalizedText(ja: "\(command) の列", en: "Columns of \(command)")
    }

    public static let header = LocalizedText(ja: "見出し", en: "Header")
    public static let headerInJapanese = LocalizedText(ja: "見出し(日本語)", en: "Header (Japanese)")
    public static let unitInJapanese = LocalizedText(ja: "単位(日本語)", en: "Unit (Japanese)")
    /// Whether a narrow screen shows a column: always, first, or if there is room.
    public static let shown = LocalizedText(ja: "狭い画面", en: "Shown")
    public static let isKey = LocalizedText(ja: "常に表示", en: "Key")
    public static let isEssential = LocalizedText(ja: "先に表示", en: "Essential")
    public static let formats = LocalizedText(ja: "出力形式", en: "Formats")

    public static let always = LocalizedText(ja: "常に", en: "always")
    public static let first = LocalizedText(ja: "先に", en: "first")
    public static let ifRoom = LocalizedText(ja: "幅があれば", en: "if room")

    /// Who reads a column: which formats carry it.
    public static let everyFormat = LocalizedText(ja: "すべて", en: "all")
    public static let forPeople = LocalizedText(ja: "table と md", en: "table, md")
    public static let forPrograms = LocalizedText(ja: "csv と json", en: "csv, json")

    public static let columnsNote = LocalizedText(
      ja:
        "--columns FIELD,… で指定した列(と「常に」の列)だけ、--columns all ですべての列を示します。layout vertical で1項目1行",
      en:
        "--columns FIELD,… shows only those (and the ones shown always); --columns all shows every one; layout vertical shows one field per line"
    )

    public static func commandsWithColumns(_ names: [String]) -> LocalizedText {
      let list = names.joined(separator: ", ")
      return LocalizedText(
        ja: "表を出すコマンド: \(list)。show columns COMMAND でその列を示します",
        en: "Commands that show a table: \(list). show columns COMMAND lists one's columns")
    }

    public static func noTable(_ command: String) -> LocalizedText {
      LocalizedText(
        ja: "\(command) の出力は列を宣言した表ではありません",
        en: "\(command) shows no table with declared columns")
    }

    /// `show`'s tables differ by topic: `show columns show` needs the topic too.
    public static let columnsDependOnTopic = LocalizedText(
      ja: "show の列は何を示すかで変わります", en: "the columns of show depend on its topic")

    public static let showColumnsExample = LocalizedText(
      ja: "show columns show municipalities のように書きます",
      en: "as in show columns show municipalities")

    // MARK: Errors

    public static let oneTopic = LocalizedText(
      ja: "show に指定できるものは一つです", en: "show takes one topic")

    public static let topics = LocalizedText(
      ja:
        "show、show municipalities、show NAME、show assumptions、show sources、show changes、show columns COMMAND",
      en:
        "show, show municipalities, show NAME, show assumptions, show sources, show changes, show columns COMMAND"
    )

    public static func unknownTopic(_ topic: String) -> LocalizedText {
      LocalizedText(ja: "'\(topic)' は show できません", en: "unknown topic '\(topic)'")
    }
  }
}
