import Bilingual
import Rendering

/// Words of `export`: its messages, and the headings and sentences of the forum report.
extension Words {
  public enum Export {
    public static let needsFile = LocalizedText(
      ja: "export には書き出すファイルの名前を指定します", en: "export needs a file name")

    public static let example = LocalizedText(
      ja: "export forum.html、export chart.svg、export table.csv のように",
      en: "as in export forum.html, export chart.svg or export table.csv")

    public static func noExtension(_ path: String) -> LocalizedText {
      LocalizedText(
        ja: "'\(path)' には拡張子がなく、書き出す形式がわかりません",
        en: "'\(path)' has no extension to tell the format")
    }

    public static func unknownExtension(_ ending: String) -> LocalizedText {
      LocalizedText(
        ja: "export は '\(ending)' の形式では書き出せません",
        en: "export cannot write '\(ending)' files")
    }

    public static func extensions(_ known: [String]) -> LocalizedText {
      let list = known.joined(separator: ", ")
      return LocalizedText(ja: "拡張子は \(list) のどれか", en: "the file name ends in one of \(list)")
    }

    public static func takesNoArguments(_ format: String, _ words: [String]) -> LocalizedText {
      let list = words.map { "'\($0)'" }.joined(separator: ", ")
      return LocalizedText(
        ja: ".\(format) の書き出しにファイル名のほかの指定はいりません (\(list))",
        en: "export .\(format) takes nothing after the file name; got \(list)")
    }

    public static let yearIsForHTML = LocalizedText(
      ja: "年を指定できるのは .html の報告だけです", en: "a year is for the .html report only")

    /// `export forum.html 2050`: the report with one year.
    public static func reportYearExample(_ path: String, year: String) -> LocalizedText {
      LocalizedText(ja: "export \(path) \(year) のように", en: "as in export \(path) \(year)")
    }

    public static func oneYear(_ words: [String]) -> LocalizedText {
      let list = words.map { "'\($0)'" }.joined(separator: ", ")
      return LocalizedText(
        ja: "報告の年は一つだけ指定します (\(list))", en: "the report takes one year; got \(list)")
    }

    public static let noBOMIsForCSV = LocalizedText(
      ja: "--no-bom は .csv の書き出しで使います", en: "--no-bom is for .csv files")

    public static let noChartYet = LocalizedText(
      ja: "書き出すグラフがまだありません", en: "no chart to export yet")

    public static let drawAChart = LocalizedText(
      ja: "chart population や bars shortfall 2040 でグラフを描いてから",
      en: "draw one first, as in chart population or bars shortfall 2040")

    public static let noReportYet = LocalizedText(
      ja: "書き出す表がまだありません", en: "no table to export yet")

    public static let showAReport = LocalizedText(
      ja: "project 2040 などで表を表示してから", en: "show one first, as in project 2040")

    public static func chooseAnotherName(_ path: String) -> LocalizedText {
      LocalizedText(
        ja: "別の名前にするか、export \(path) --force で置き換えます",
        en: "choose another name, or `export \(path) --force` to replace it")
    }

    /// `wrote shortfall.svg`, and how a CSV file is encoded.
    public static func wrote(_ format: String, to path: String, withBOM: Bool) -> LocalizedText {
      let encoding =
        format == "csv"
        ? withBOM
          ? LocalizedText(
            ja: " (UTF-8、BOM 付き: Excel で日本語が正しく開けます)",
            en: " (UTF-8 with a byte order mark, so that Excel reads the Japanese)")
          : LocalizedText(ja: " (UTF-8、BOM なし)", en: " (UTF-8, no byte order mark)")
        : LocalizedText("")
      return LocalizedText(
        ja: "\(path) に書き出しました\(encoding.ja)", en: "wrote \(path)\(encoding.en)")
    }

    // MARK: The forum report

    public static func reportTitle(_ scenario: LocalizedText) -> LocalizedText {
      LocalizedText(ja: "会津地域の将来推計: \(scenario.ja)", en: "Aizu projections: \(scenario.en)")
    }

    public static func reportSubtitle(
      scenario: String, baseYear: Int, year: String, version: String
    ) -> LocalizedText {
      LocalizedText(
        ja: "シナリオ \(scenario)、基準年 \(baseYear)、表は \(year)。aizusim \(version) で作成",
        en:
          "Scenario \(scenario), base year \(baseYear), tables for \(year). Made with aizusim \(version)"
      )
    }

    public static let scenarioHeading = LocalizedText(
      ja: "シナリオと変更", en: "The scenario and its changes")

    public static func changesIntro(_ count: Int) -> LocalizedText {
      LocalizedText(
        ja: "この報告には、シナリオに加えた次の \(count) 件の変更が入っています (set コマンド):",
        en:
          "This report includes \(count) change\(count == 1 ? "" : "s") made to the scenario (set commands):"
      )
    }

    public static let populationHeading = LocalizedText(
      ja: "人口と高齢化", en: "Population and residents aged 65+")

    public static let staffHeading = LocalizedText(
      ja: "職員の見込と必要数", en: "Staff: supply and demand")

    public static let staffIntro = LocalizedText(
      ja:
        "職員の見込は、退職を採用で補える範囲で補ったときの職員数、必要数は住民へのサービスに要る職員数です。不足が負のときは余剰です。",
      en:
        "Supply is the staff a municipality will have when leavers are replaced as far as hiring allows; demand is the staff its residents' needs call for. A negative shortfall is a surplus."
    )

    public static let facetimeHeading = LocalizedText(
      ja: "65歳以上1人当たりの対面サービス時間", en: "Face-to-face hours per resident aged 65+")

    public static let facetimeIntro = LocalizedText(
      ja:
        "業務効率化で生まれた時間が住民への対面サービスに戻るか (指針1): 職員の時間から定型業務を除いた時間を、65歳以上の住民1人当たりで示します。",
      en:
        "Whether time freed by efficiency goes back to residents face to face (指針1): staff hours left after routine work, per resident aged 65+."
    )

    public static let guidelinesHeading = LocalizedText(
      ja: "18の指針: 判定と理由", en: "The 18 guidelines: verdicts and why")

    public static let guidelinesIntro = LocalizedText(
      ja: "地域全体で、指針ごとにアナログとデジタルの方法を比べた判定です。根拠の数値は compare 指針番号 で確かめられます。",
      en:
        "For the region as a whole, each guideline's analog and digital options weighed; compare GUIDELINE shows the figures behind each verdict."
    )

    public static let why = LocalizedText(ja: "理由", en: "Why")

    public static let assumptionsHeading = LocalizedText(
      ja: "仮定と出典", en: "Assumptions and sources")

    public static let assumptionsIntro = LocalizedText(
      ja:
        "資料の表にない数値はすべて仮定で、シナリオファイルに理由とともに書かれています。表の * は仮定、~ は将来推計、^ は資料の注記に基づく値です。",
      en:
        "Every number not in a source table is an assumption, written with its reason in the scenario file. In the tables, * marks a value resting on an assumption, ~ projection data, ^ a value with a note from its source."
    )
  }
}

extension Words.Help {
  public static let exportSummary = LocalizedText(
    ja: "グラフ・表・報告をファイルに書き出す", en: "Write the last chart or table, or a report, to a file")

  public static let exportDetails = LocalizedText(
    ja: """
      ファイルの拡張子で形式を選びます。.svg: 最後に描いたグラフ (ブラウザやスライドで開けます)。.html: 一つのファイルで完結する報告 (シナリオと変更、主な表、人口・高齢化率・職員・対面時間のグラフ、18の指針の判定と理由、すべての仮定と出典。ネットワークを使わず、A4 で印刷できます。年を指定すると表はその年、既定は目標年)。.csv: 最後の表 (UTF-8、Excel で日本語が読めるよう BOM 付き。--no-bom で BOM なし)。.json、.md: 最後の表。
      言葉はセッションの言語で、--lang で選べます。書き込みは一度に行われ、既存のファイルは --force がなければ上書きしません。
      """,
    en: """
      The file name's extension chooses the format. .svg: the last chart, which browsers and slide tools open. .html: a self-contained report (the scenario and its changes, the key tables, charts of population, the 65+ share, staff and face-to-face hours, the 18 guidelines' verdicts with their sentences, every assumption with its source; no network, printable on A4; a YEAR sets the tables' year, by default the horizon). .csv: the last table, UTF-8 with a byte order mark so that Excel reads the Japanese (--no-bom leaves it out). .json, .md: the last table.
      Words are in the session's language, or --lang's. The write is atomic, and an existing file is never replaced without --force.
      """)
}
