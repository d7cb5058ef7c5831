import Bilingual

/// What `help` says of the shell's own commands and of files and scenarios, and the labels of
/// the help itself. Paragraphs are written as one line each and wrapped at the screen's width
/// when shown.
extension Words.Help {
  // MARK: The help's own labels

  /// The line above the list of commands.
  public static let commandsHeading = LocalizedText(
    ja: "コマンド (help COMMAND で詳しく):", en: "Commands (help COMMAND for more):")

  /// The lines below the list of commands.
  public static let commandLanguage = LocalizedText(
    ja: "; で区切って一行に複数、# 以降はコメント、行末の \\ で次の行に続きます。\nTab で補完します。",
    en:
      "Separate commands with ;, # starts a comment, a trailing \\ continues the line.\nTab completes."
  )

  public static let usage = LocalizedText(ja: "使い方: ", en: "usage: ")
  public static let also = LocalizedText(ja: "別名: ", en: "also: ")
  public static let examples = LocalizedText(ja: "例:", en: "examples:")

  public static func noCommand(_ name: String) -> LocalizedText {
    LocalizedText(ja: "コマンド '\(name)' はありません", en: "no command '\(name)'")
  }

  public static let typeHelpForList = LocalizedText(
    ja: "help で一覧", en: "type `help` for the list")

  // MARK: help

  public static let helpSummary = LocalizedText(ja: "コマンドの説明を見る", en: "Explain the commands")
  public static let helpDetails = LocalizedText(
    ja:
      "コマンドの一覧、または一つのコマンドの使い方・説明・例を示します。表を出すコマンドの列は show columns COMMAND で見られます。",
    en:
      "Lists the commands, or shows one command's usage, what it does and examples. show columns COMMAND lists the columns of a command's table."
  )

  // MARK: show

  public static let showSummary = LocalizedText(
    ja: "シナリオの中身と出典を見る", en: "Show the scenario, its data and their sources")
  public static let showDetails = LocalizedText(
    ja: """
      引数なし: シナリオの概要。municipalities: 市町村の基礎データ(表1)。市町村名: その市町村のすべての値と出典。assumptions: 仮定の一覧(値・単位・出典・設定場所と根拠)。sources: 出典の一覧。changes: 未保存の変更。
      columns COMMAND: そのコマンドの表の列。フィールド名(--columns と csv・json で使う名前)、見出し、単位、狭い画面で先に示すか、どの出力形式に出るかを示します。
      """,
    en: """
      With no argument: a summary of the scenario. municipalities: the base data of every municipality (table 1). A municipality: every value with its source. assumptions: each assumption with its value, unit, source, where it was set and why. sources: the documents the data come from. changes: the unsaved changes made with `set`.
      columns COMMAND: the columns of a command's table: the field name (for --columns, csv and json), the header, the unit, whether a narrow screen shows it first, and which formats carry it.
      """)

  // MARK: set, unset

  public static let setSummary = LocalizedText(
    ja: "仮定や値を変える", en: "Change an assumption or a value")
  public static let setDetails = LocalizedText(
    ja:
      "シナリオの値を変えます。PATH は仮定の名前(hours_per_fte)、model の項目(staffing)、または「市町村.項目」(会津若松市.population.2040、Showa.staff)です。値はシナリオ全体と合わせて検査され、誤りがあれば変更しません。変更はプロンプトの * で示され、save で保存、unset で取り消せます。名前は show assumptions で一覧できます。",
    en:
      "Changes a value of the scenario. PATH is an assumption's name (hours_per_fte), a model key (staffing), or MUNICIPALITY.FIELD (会津若松市.population.2040, Showa.staff). The value is checked with the rest of the scenario and refused if wrong. Changes show as * in the prompt; `save` keeps them, `unset` undoes one. `show assumptions` lists the names."
  )

  public static let unsetSummary = LocalizedText(
    ja: "set した変更を取り消す", en: "Undo a change made with set")
  public static let unsetDetails = LocalizedText(
    ja: "set で変えた値をファイルの値に戻します。unset all ですべての変更を取り消します。",
    en: "Returns a value changed with `set` to the file's value. `unset all` undoes every change.")

  // MARK: load, reload, save, recover

  public static let loadSummary = LocalizedText(
    ja: "シナリオファイルを読み込む", en: "Load a scenario file")
  public static let loadDetails = LocalizedText(
    ja:
      "シナリオファイル(TOML)を読み込み、現在のシナリオと置き換えます。誤りがあればすべて行番号付きで示し、何も変えません。未保存の変更があるときは、保存するか --discard を付けてください。aizu は内蔵シナリオです。",
    en:
      "Reads a scenario file (TOML) and makes it the current scenario. If the file has problems, every one is listed with its line and nothing changes. With unsaved changes, save them first or add --discard. `aizu` names the built-in scenario."
  )

  public static let reloadSummary = LocalizedText(
    ja: "シナリオファイルを読み直す", en: "Read the scenario file again")
  public static let reloadDetails = LocalizedText(
    ja: "現在のシナリオファイルを読み直します(エディタで直した後に)。プロンプトで set した変更は残ります。",
    en:
      "Reads the current scenario file again (after editing it elsewhere). Changes made with `set` are kept."
  )

  public static let saveSummary = LocalizedText(
    ja: "変更を what-if ファイルに保存する", en: "Save the changes as a what-if file")
  public static let saveDetails = LocalizedText(
    ja: """
      set で加えた変更を、現在のシナリオを extends する短い TOML ファイルとして書き出し、それを読み込みます。書き込みは一度に行われ(途中で止まっても壊れません)、既存のファイルは --force がなければ上書きしません。
      読み込んでいるファイル自体に --force で保存すると、コメントを残したまま変更を書き込みます。
      """,
    en: """
      Writes the changes made with `set` as a short TOML file that extends the current scenario, then loads it. The write is atomic (an interrupted save never leaves half a file), and an existing file is never replaced without --force.
      Saving onto the loaded file itself, with --force, writes the changes into it and keeps its comments.
      """)

  public static let recoverSummary = LocalizedText(
    ja: "異常終了したセッションの未保存の変更を戻す",
    en: "Restore the unsaved changes of a session that ended abruptly")
  public static let recoverDetails = LocalizedText(
    ja: """
      対話中のセッションは未保存の変更をファイルに控えています。異常終了・端末の切断・強制終了のあと、次に起動したときにその旨を示し、recover でシナリオと変更を戻します(未保存の変更として)。
      今のセッションに未保存の変更があるときは、保存するか --discard を付けてください。recover --delete は控えを消します。
      """,
    en: """
      An interactive session keeps its unsaved changes in a file as it goes. After a crash, a closed terminal or a killed process, the next session says so, and `recover` loads that scenario and makes the same changes again (unsaved, ready to save).
      With unsaved changes of your own, save them first or add --discard. `recover --delete` forgets the kept changes.
      """)

  // MARK: format, lang, layout

  public static let formatSummary = LocalizedText(
    ja: "出力形式を選ぶ", en: "Choose the output format")
  public static let formatDetails = LocalizedText(
    ja:
      "表(table)、CSV、JSON、Markdown(md) から出力形式を選びます。引数なしで今の形式を示します。一つのコマンドだけなら --format を付けます。",
    en:
      "Sets the output format: aligned tables, CSV, JSON or Markdown (md). With no argument, shows the current one. For one command only, add --format to it."
  )

  public static let langSummary = LocalizedText(
    ja: "表示言語を選ぶ", en: "Choose the language of labels")
  public static let langDetails = LocalizedText(
    ja: "見出しや説明の言語を日本語(ja)か英語(en)にします。市町村名はいつも漢字とローマ字の両方で示します。",
    en:
      "Sets the language of labels, messages and verdicts: Japanese (ja) or English (en). Municipality names always show in kanji and romaji."
  )

  public static let layoutSummary = LocalizedText(
    ja: "表の表示形式を選ぶ", en: "Choose how tables are laid out")
  public static let layoutDetails = LocalizedText(
    ja: """
      表の表示形式を選びます。auto: 表。画面が狭いときは主な列を先に示し、それも収まらなければ1項目1行。table: いつも1行に1件(収まらない文字は切ります)。vertical: いつも1項目1行(psql の \\x と同じ)。引数なしで今の形式を示します。
      一つのコマンドだけなら --layout を付けます。--columns all はすべての列を、--columns population,elderly_share は指定した列だけを示します。列の名前は show columns COMMAND で見られます。
      """,
    en: """
      Sets how tables are laid out. auto: a table; on a narrow screen the main columns come first, and one field per line when even those do not fit. table: always a row per line, cutting what does not fit. vertical: always one field per line, as psql's \\x. With no argument, shows the current one.
      For one command only, add --layout to it. --columns all shows every column, --columns population,elderly_share only those named; show columns COMMAND lists their names.
      """)

  // MARK: run, echo, quit

  public static let runSummary = LocalizedText(
    ja: "スクリプトを実行する", en: "Run a script of commands")
  public static let runDetails = LocalizedText(
    ja:
      "ファイルのコマンドを一行ずつ実行します。誤りは「ファイル:行」で示し、続けて実行します(--bail で起動したときは止まります)。Ctrl-C で中断できます。",
    en:
      "Runs the commands of a file, one line at a time, in this session. Errors name the script's file:line; the script goes on after an error unless the shell was started with --bail. Ctrl-C stops it."
  )

  public static let echoSummary = LocalizedText(ja: "文字を表示する", en: "Print text")
  public static let echoDetails = LocalizedText(
    ja: "文字をそのまま表示します。スクリプトの出力に見出しを付けるのに使います。",
    en: "Prints its text; useful for headings in a script's output.")

  public static let quitSummary = LocalizedText(ja: "終了する", en: "Leave the shell")
  public static let quitDetails = LocalizedText(
    ja: """
      終了します(Ctrl-D でも)。未保存の変更があるときは一度だけ確認します。
      STATUS (0〜255、既定 0) は終了ステータスです。スクリプトでは、それまでに失敗したコマンドがあれば quit や quit 0 でも 1 で終わります。
      """,
    en: """
      Leaves the shell (so does Ctrl-D on an empty line). With unsaved changes, the first quit warns and the second leaves.
      STATUS (0 to 255, default 0) is the exit status. In a script, once any command has failed, quit and quit 0 exit with 1, so a failure is never hidden.
      """)
}
