import Bilingual
import Foundation
import Rendering
import ScenarioFile
import Testing

@testable import Shell

/// A shell as at a terminal `width` columns wide.
private func terminal(width: Int, language: Language) throws -> Interpreter {
  var shell = try makeShell(language: language)
  shell.session.measureWidth = { width }
  return shell
}

/// The lines of `text` wider than `width` display columns.
private func linesWider(than width: Int, in text: String) -> [String] {
  text.split(separator: "\n").map(String.init).filter { displayWidth($0) > width }
}

@Suite("layout, --layout and --columns")
struct LayoutTests {
  @Test("layout sets the session's layout; --layout applies to one command")
  func layout() throws {
    var shell = try makeShell()
    #expect(shell.execute("layout").output == "auto\n")
    #expect(shell.execute("layout vertical").output == "layout: vertical\n")
    #expect(shell.session.layout == .vertical)
    // 昭和村 2040: population 650 (table 2), supply 44.2 from the working-age pool (docs/model.md,
    // "Staff supply"; InterpreterTests), 65+ share 49.4% from IPSS 2023's change.
    let records = shell.execute("project 2040 Showa").output
    #expect(records.contains("-[ 昭和村 Showa ]-\nPopulation      650\n"))
    #expect(records.contains("\nSupply         44.2\n"))
    let table = shell.execute("project 2040 Showa --layout table").output
    #expect(table.contains("昭和村 Showa         650  321~     49.4%~    44.2"))
    #expect(shell.session.layout == .vertical)
    #expect(shell.execute("layout auto").status == .success)
    #expect(
      shell.execute("layout sideways").errors
        == "error: unknown layout 'sideways' (expected one of auto, table, vertical)\n")
    #expect(
      shell.execute("layout vertcal").errors
        == "error: unknown layout 'vertcal' (did you mean 'vertical'?)\n")
  }

  @Test("the layout is said in Japanese too")
  func japanese() throws {
    var shell = try makeShell(language: .ja)
    #expect(shell.execute("layout table").output == "表示形式: table\n")
    #expect(
      shell.execute("layout x").errors
        == "エラー: 表示形式 'x' はありません (auto, table, vertical のどれか)\n")
  }
}

@Suite("show columns: each column of a command's report, as declared")
struct ShowColumnsTests {
  @Test("show columns project: every field in order, for people and for programs")
  func project() throws {
    var shell = try makeShell()
    let csv = shell.execute("show columns project --format csv").output.split(separator: "\n")
    #expect(csv.first == "field,header,header_ja,unit,unit_ja,key,essential,audience,scenario")
    #expect(
      csv.dropFirst().map { $0.split(separator: ",").first.map(String.init) ?? "" } == [
        "year", "municipality", "municipality", "romaji", "year", "population", "elderly",
        "elderly_share", "staff_supply", "staff_demand", "shortfall_fte", "staff_per_1000",
        "shortfall_hours", "elderly_is_assumption", "elderly_is_projection_data",
        "staff_supply_is_assumption", "recruitment_pool", "scenario",
      ])
    #expect(csv.contains("elderly_share,65+ share,高齢化率,%,%,false,true,everyone,aizu"))
    #expect(
      csv.contains(
        "shortfall_hours,Shortfall hours,不足(時間),hours,時間,false,false,programs,aizu"))
    // The scenario the rows come from, which every report carries for programs, last.
    #expect(csv.last == "scenario,Scenario,シナリオ,,,true,false,programs,aizu")
    let table = shell.execute("show columns project").output
    #expect(table.hasPrefix("Columns of project\nField "))
    #expect(
      table.contains(
        "\npopulation                  Population             persons              first    all\n"))
    #expect(
      table.contains(
        "\nyear                        Year                                        always   table, md\n"
      ))
  }

  @Test("headers in the session's language")
  func japanese() throws {
    var shell = try makeShell(language: .ja)
    let table = shell.execute("show columns project").output
    #expect(table.hasPrefix("project の列\n"))
    #expect(
      table.contains("\nstaff_supply                職員見込            人(常勤換算)    先に        すべて\n"))
    #expect(
      shell.execute("show columns project --lang en").output.hasPrefix("Columns of project\n"))
  }

  @Test("show's columns depend on its topic; the base year is in the field names")
  func show() throws {
    var shell = try makeShell()
    let fields = shell.execute("show columns show municipalities --format csv").output
      .split(separator: "\n").dropFirst().map { String($0.prefix { $0 != "," }) }
    #expect(
      fields == [
        "municipality", "municipality", "romaji", "population_2020", "elderly_2020",
        "elderly_share_2020", "staff_2020", "staff_per_1000_2020", "area_km2",
        "income_per_head_kyen", "fiscal_strength", "scenario",
      ])
    #expect(shell.execute("show columns show 昭和村").output.contains("\nsource "))
    #expect(
      shell.execute("show columns show").errors
        == "error: the columns of show depend on its topic (as in show columns show municipalities)\n"
    )
    #expect(
      shell.execute("show columns show Sowa").errors
        == "error: unknown municipality 'Sowa' (did you mean 'Showa'?)\n")
  }

  @Test(
    "commands without a table, and unknown ones",
    arguments: [
      ("show columns set", "error: set shows no table with declared columns\n"),
      ("show columns projet", "error: no command 'projet' (did you mean 'project'?)\n"),
    ])
  func refused(line: String, error: String) throws {
    var shell = try makeShell()
    #expect(shell.execute(line).errors == error)
  }

  @Test("show columns alone names the commands with a table")
  func list() throws {
    var shell = try makeShell()
    let output = shell.execute("show columns").output
    #expect(output.hasPrefix("Commands that show a table: show, project"))
  }

  @Test("--columns takes the fields show columns lists")
  func chosen() throws {
    var shell = try makeShell()
    let output = shell.execute("project 2040 Showa --columns population,shortfall_fte").output
    #expect(output.contains("Municipality  Population  Shortfall\n"))
    #expect(output.contains("昭和村 Showa         650      -11.2\n"))
  }
}

@Suite("show: the scenario's data as reports, with notes from the scenario's values")
struct ShowTests {
  @Test("show NAME: sources by id in the table, their titles and the data's notes below")
  func municipality() throws {
    var shell = try makeShell()
    let output = shell.execute("show 磐梯町").output
    #expect(output.contains("population.2040              3,500^  table2\n"))
    #expect(output.contains("\ntable2: 表2 会津地域の人口推計 (Table 2: population projection)\n"))
    #expect(output.contains("\n^ population.2040: the town's hoped-for value (希望値)"))
    // Programs keep the source in full, with the note.
    let csv = shell.execute("show 磐梯町 --format csv").output
    #expect(
      csv.contains(
        "\npopulation.2040,3500,\"table2: 表2 会津地域の人口推計 (Table 2: population projection) — the town's hoped-for value"
      ))
    _ = shell.execute("set Bandai.staff 70")
    #expect(
      shell.execute("show Bandai").output.contains(
        "\nstaff                           70   set Bandai.staff 70\n"))
  }

  @Test("show municipalities names where its values come from, changes included")
  func municipalities() throws {
    var shell = try makeShell()
    let before = shell.execute("show municipalities").output
    #expect(
      before.hasSuffix(
        "Source: table1: 表1 会津地域13市町村人口等調べ (Table 1: population and staff of the 13 municipalities). The region's row is the sum\n"
      ))
    _ = shell.execute("set Showa.staff 40")
    // The region's staff: 2,624 less the 10 taken from 昭和村's 50.
    let after = shell.execute("show municipalities").output
    #expect(after.contains("会津地域 Aizu region        239,190  79,527     33.25%  2,614"))
    #expect(
      after.contains("; changed at the prompt: set Showa.staff 40. The region's row is the sum\n"))
  }

  @Test("show in Japanese: the built-in scenario and the methods in Japanese words")
  func summary() throws {
    var shell = try makeShell(language: .ja)
    let output = shell.execute("show").output
    #expect(output.contains("\nファイル: aizu (内蔵)\n"))
    #expect(
      output.contains(
        "\n推計方法: 人口 anchored、職員 recruitment、高齢化率 municipal、採用の母集団 working_age\n"))
  }

  @Test("show assumptions: where each was set, the built-in file named in the session's language")
  func assumptions() throws {
    var shell = try makeShell(language: .ja)
    let output = shell.execute("show assumptions --layout table --columns origin").output
    #expect(output.contains("\nhours_per_fte                  aizu (内蔵):64:1\n"))
    let csv = shell.execute("show assumptions --format csv").output
    #expect(
      csv.hasPrefix(
        "name,value,unit,source,origin,note,range,range_source,range_note,scenario\n"
          + "hours_per_fte,1800,hours a year,,aizu (built in):64:1,"))
    // The range montecarlo draws from, and that it is an assumption.
    #expect(csv.contains(",\"[1740, 1856]\",assumption,\"An assumption: about 232 days"))
  }
}

@Suite("help: one text, wrapped once at the screen's width")
struct HelpTests {
  @Test("no line wider than the screen, in either language, and Tab で補完 kept whole")
  func fits() throws {
    for language in Language.allCases {
      var shell = try terminal(width: 60, language: language)
      for line in ["help"] + Command.all.map({ "help \($0.name)" }) {
        let output = shell.execute(line).output
        #expect(linesWider(than: 60, in: output).isEmpty, "\(line) in \(language)")
      }
    }
    var shell = try terminal(width: 80, language: .ja)
    #expect(shell.execute("help").output.hasSuffix("\nTab で補完します。\n"))
  }

  @Test("a paragraph is one line in scripts, where nothing is wrapped")
  func unwrapped() throws {
    var shell = try makeShell()
    let output = shell.execute("help load").output
    #expect(
      output.contains(
        "\nReads a scenario file (TOML) and makes it the current scenario. If the file has problems, every one is listed with its line and nothing changes."
      ))
  }

  @Test("labels from the catalog")
  func labels() throws {
    var shell = try makeShell(language: .ja)
    let output = shell.execute("help quit").output
    #expect(output.hasPrefix("使い方: quit [STATUS]\n別名: exit\n\n終了します"))
    #expect(output.hasSuffix("例:\n  quit\n  quit 3\n"))
  }
}

/// With `--lang ja` the shell's own words are Japanese: every ASCII word in these replies is a
/// name the user typed, a command, option or field name, or a unit.
@Suite("The shell speaks Japanese")
struct JapaneseMessageTests {
  @Test(
    "messages and replies",
    arguments: [
      ("projet 2040", "エラー: コマンド 'projet' はありません ('project' のことですか?)\n"),
      ("project 2010", "エラー: 2010年は基準年 (2020年) より前です\n"),
      ("project 2101", "エラー: 2101年は AizuSim が推計する最後の年 (2100年) より後です\n"),
      ("project 2040 Sowa", "エラー: 市町村 'Sowa' はありません ('Showa' のことですか?)\n"),
      ("project 2040..2030", "エラー: 範囲 2040..2030 は逆向きです (2030..2040 と書きます)\n"),
      ("project 2040 --format", "エラー: --format には値が要ります\n"),
      ("project 2040 --stpe 1", "エラー: project にオプション '--stpe' はありません ('--step' のことですか?)\n"),
      ("load none.toml", "エラー: 'none.toml' を読めません: ファイルがありません\n"),
      ("load", "エラー: load にはファイルを一つ指定します (load FILE。例: load Scenarios/whatif-half-staff.toml)\n"),
      ("unset hours_per_fte", "エラー: hours_per_fte はプロンプトで変えていません (変更はありません)\n"),
      ("quit 300", "エラー: '300' は終了ステータスではありません (quit、または 0〜255 の N で quit N)\n"),
      ("run", "エラー: run にはスクリプトファイルを一つ指定します (run SCRIPT)\n"),
      ("recover", "エラー: 戻せる未保存の変更はありません\n"),
      ("reload x", "エラー: reload は引数をとりません\n"),
      ("format xml", "エラー: 出力形式 'xml' はありません (table, csv, json, md のどれか)\n"),
      ("lang fr", "エラー: 言語 'fr' はありません (ja か en のどちらか)\n"),
    ] as [(String, String)])
  func errors(line: String, error: String) throws {
    var shell = try makeShell(language: .ja)
    #expect(shell.execute(line).errors == error)
  }

  @Test("replies to changes and saves")
  func replies() throws {
    let files = MemoryFileSystem([:])
    var session = try Session(fileSystem: files)
    session.language = .ja
    var shell = Interpreter(session: session)
    #expect(shell.execute("set hours_per_fte 1900").output == "hours_per_fte = 1900 (元は 1800)\n")
    #expect(shell.execute("format csv").output == "出力形式: csv\n")
    #expect(shell.execute("format table").status == .success)
    #expect(
      shell.execute("load aizu").errors
        == "エラー: 未保存の変更が 1 件あります (assumptions.hours_per_fte) (save FILE で保存し、load aizu --discard で捨てます)\n"
    )
    #expect(shell.execute("save low.toml").output == "low.toml に保存しました (変更 1 件)\n")
    #expect(
      shell.execute("load aizu").output
        == "aizu (内蔵) を読み込みました: 会津地域13市町村 ベースライン (13 市町村、2020–2040年)\n")
    #expect(shell.execute("unset all").output == "変更はありません\n")
    #expect(shell.execute("lang en").output == "language: English\n")
    #expect(shell.execute("lang ja").output == "表示言語: 日本語\n")
  }

  @Test("errors are wrapped at the screen's width")
  func wrapped() throws {
    var shell = try terminal(width: 40, language: .ja)
    let errors = shell.execute("project --columns nothing").errors
    #expect(errors.hasPrefix("エラー: 列 'nothing' はありません"))
    #expect(linesWider(than: 40, in: errors).isEmpty)
  }
}

@Suite("The words of the executable and of aizusim test")
struct ExecutableWordsTests {
  @Test("the banner and the crash message in the session's language, wrapped to the screen")
  func banner() throws {
    var shell = try terminal(width: 60, language: .ja)
    shell.session.recoverable = [
      Recovery.Journal(path: "/s/unsaved-1.aizu", text: "load aizu --discard\nset a 1\nset b 2\n")
    ]
    let banner = shell.banner
    #expect(banner.hasPrefix("AizuSim \(AizuSimVersion.string) — 会津地域13市町村 ベースライン [aizu]\n"))
    #expect(banner.contains("help でコマンド一覧、Tab で補完、Ctrl-D で終了\n"))
    #expect(banner.contains("未保存の変更が"))
    #expect(linesWider(than: 60, in: banner).isEmpty)
    #expect(
      shell.crashMessage(canRecover: false) == "\naizusim が内部エラーで止まりました (シグナル %d)。\n")
  }

  @Test("file errors carry their reason in both languages")
  func fileErrors() {
    #expect(FileError.noSuchFile.reason == LocalizedText(ja: "ファイルがありません", en: "no such file"))
    #expect(FileError.noSuchFile.description == "no such file")
    #expect(FileError.reason(of: FileError.exists).ja == "ファイルがすでにあります")
  }

  @Test("aizusim test sums up in the language it is given; PASS stays PASS")
  func suite() {
    let fileSystem = MemoryFileSystem([
      "t/a.transcript": "> echo hi\n  hi\n", "notes/readme.txt": "no transcripts here",
    ])
    let runner = TranscriptRunner(fileSystem: fileSystem, language: .ja)
    var output = ""
    let status = TranscriptSuite(paths: ["t"], runner: runner) { runner.run($0) }
      .run { text, _ in output += text }
    #expect(status == 0)
    #expect(output == "PASS t/a.transcript\n1 件合格、0 件不合格\n")
    var errors = ""
    _ = TranscriptSuite(paths: ["notes"], runner: runner) { runner.run($0) }
      .run { text, _ in errors += text }
    #expect(errors.hasPrefix("エラー: notes"))
  }
}

/// Every ASCII word in the Japanese replies of the shell's own commands is one a user types or
/// reads as a name: a command, option, field, topic, unit or value name, a placeholder
/// (`FILE`), an identifier of the scenario, or a romaji name. Any other is English left over.
@Suite("No English in --lang ja")
struct NoEnglishTests {
  static let commands = [
    "help", "help help", "help show", "help set", "help unset", "help load", "help reload",
    "help save", "help recover", "help format", "help lang", "help layout", "help run",
    "help echo", "help quit", "show", "show columns", "show columns project",
    "show columns show municipalities", "set hours_per_fte 1900", "show changes",
    "unset hours_per_fte", "unset all", "layout vertical", "layout auto", "format csv",
    "format table", "projet 2040", "project 2010", "project 2101", "project 2040 2030",
    "project 2040..2030", "project 2020-2040", "project 令和0", "project 2040 会津若松",
    "project 2040 --stpe 5", "project 2040 --format", "project 2040 --columns populaton",
    "project 2040 --format csv --format csv", "show a b", "show asumptions",
    "show columns set", "show columns show", "set hours_per_fte", "set hours_per_fte {",
    "set scenario x", "set extends x", "unset", "format xml", "lang fr", "layout sideways",
    "help projet", "load", "load nothing", "load aizu --force", "save", "run", "run nothing",
    "reload extra", "recover", "quit 300",
  ]

  /// Words a user types or reads as names, beyond those of the scenario and the commands.
  static let names: Set<String> = [
    "AizuSim", "aizu", "TOML", "toml", "psql", "x", "Ctrl-C", "Ctrl-D", "Tab", "what-if",
    "extends", "model", "staffing", "target", "e", "FTE", "MiB", "all", "km", "Markdown",
  ]

  @Test("every ASCII word is a name, an identifier or a placeholder")
  func japaneseOnly() throws {
    var shell = try makeShell(language: .ja)
    let scenario = shell.session.scenario
    var known = Self.names.union(Command.all.flatMap { [$0.name] + $0.aliases })
    known.formUnion(Command.showTopics + scenario.municipalities.map(\.romaji))
    known.formUnion(scenario.assumptions.map(\.name))
    known.formUnion(OutputFormat.allCases.map(\.rawValue) + Language.allCases.map(\.rawValue))
    known.formUnion(OutputSettings.Layout.allCases.map(\.rawValue))
    known.formUnion([
      scenario.model.populationMethod.rawValue, scenario.model.staffingPolicy.rawValue,
      scenario.model.elderlyRise.rawValue, scenario.model.recruitmentPool.rawValue,
    ])
    known.formUnion(ScenarioFile.builtinNames)
    for command in Command.all {
      for topic in [[]] + Command.showTopics.map({ [$0] }) {
        known.formUnion(command.columns(for: topic, in: shell.session).map(\.field))
      }
    }
    var found: [String: String] = [:]
    for line in Self.commands {
      let outcome = shell.execute(line)
      let text = outcome.output + outcome.errors
      var word = ""
      for character in text + " " {
        if character.isASCII, character.isLetter || character.isNumber || "_-./".contains(character)
        {
          word.append(character)
          continue
        }
        let name = word.trimmingCharacters(in: CharacterSet(charactersIn: "."))
        word = ""
        guard name.contains(where: \.isLetter), !known.contains(name) else { continue }
        // Options, file and key paths (`Showa.staff`), placeholders in capitals (FILE), and
        // what the user typed, quoted back.
        if name.hasPrefix("--") || name.contains(where: { "./".contains($0) })
          || name == name.uppercased() || line.contains(name)
        {
          continue
        }
        found[name] = found[name] ?? line
      }
    }
    #expect(found.isEmpty, "English words in --lang ja: \(found)")
  }
}
