import Bilingual
import Rendering

/// Words of the scenario reader's diagnostics about files and sections: reading and
/// extending files, municipalities, assumptions, measures, savings, face-to-face
/// categories, disaster residence, guidelines and their options.
extension Words.Diagnostics {
  // MARK: - Files and `extends`

  /// `TOML syntax: expected '=' …`: a syntax error as toml++ words it, quoted as data.
  public static func tomlSyntax(_ message: String) -> LocalizedText {
    LocalizedText(ja: "TOML の書式の誤り: \(message)", en: "TOML syntax: \(message)")
  }

  /// A key in kanji written bare, which TOML does not allow.
  public static func unquotedJapaneseKey(_ seen: String) -> LocalizedText {
    LocalizedText(
      ja: "TOML の書式の誤り: 日本語のキーは引用符で囲みます ('\(seen)' があります)",
      en: "TOML syntax: keys in Japanese must be quoted, saw '\(seen)'")
  }

  public static let quoteJapaneseKeys = LocalizedText(
    ja: "[municipalities.会津若松市] ではなく [municipalities.\"会津若松市\"] と書く",
    en: "write [municipalities.\"会津若松市\"], not [municipalities.会津若松市]")

  /// `cannot read 'base.toml': no such file`: the reason is the file system's, as data.
  public static func cannotRead(_ reference: String, reason: String) -> LocalizedText {
    LocalizedText(
      ja: "'\(reference)' を読めません: \(reason)", en: "cannot read '\(reference)': \(reason)")
  }

  /// `the built-in scenario is extends = "aizu"`.
  public static func builtinIs(_ name: String) -> LocalizedText {
    LocalizedText(
      ja: "組み込みのシナリオは extends = \"\(name)\"",
      en: "the built-in scenario is extends = \"\(name)\"")
  }

  /// `more than 16 files extend one another: a.toml → b.toml → …`.
  public static func extendsTooDeep(_ limit: Int, chain: String) -> LocalizedText {
    LocalizedText(
      ja: "\(limit) を超えるファイルが extends でつながっています: \(chain)",
      en: "more than \(limit) files extend one another: \(chain)")
  }

  public static let mergeWhatIfs = LocalizedText(
    ja: "いくつかの what-if を一つのファイルにまとめる",
    en: "merge some of the what-ifs into one file")

  /// `extends cycle: a.toml → b.toml → a.toml`.
  public static func extendsCycle(_ chain: String) -> LocalizedText {
    LocalizedText(ja: "extends が循環しています: \(chain)", en: "extends cycle: \(chain)")
  }

  public static let removeAnExtends = LocalizedText(
    ja: "extends の行のどれかを消す", en: "remove one of the extends lines")

  /// `the file has 2000000 bytes; a scenario file may have at most 1048576 (1 MiB)`.
  public static func fileTooLarge(bytes: Int, limit: Int) -> LocalizedText {
    LocalizedText(
      ja: "ファイルが \(bytes) バイトあります。シナリオファイルは \(limit) バイト (1 MiB) まで",
      en: "the file has \(bytes) bytes; a scenario file may have at most \(limit) (1 MiB)")
  }

  public static let splitLargeFile = LocalizedText(
    ja: "シナリオファイルですか? 大きいものは extends で分ける",
    en: "is it a scenario file? Split a large one with extends")

  /// `line 3 is longer than 4096 characters, the most a scenario file's line may have`.
  public static func lineTooLong(_ line: Int, limit: Int) -> LocalizedText {
    LocalizedText(
      ja: "\(line) 行目が \(limit) 文字を超えています (シナリオファイルの1行は \(limit) 文字まで)",
      en:
        "line \(line) is longer than \(limit) characters, the most a scenario file's line may have"
    )
  }

  public static let breakLongLine = LocalizedText(
    ja: "長いリストや表は複数の行に分ける", en: "break a long list or table over several lines")

  // MARK: - Sections of a scenario

  public static let noMunicipalities = LocalizedText(
    ja: "シナリオに市町村がありません", en: "the scenario has no municipalities")

  public static let addMunicipalities = LocalizedText(
    ja: "[municipalities.\"NAME\"] の表を加えるか、`extends = \"aizu\"` と書く",
    en: "add [municipalities.\"NAME\"] tables, or `extends = \"aizu\"`")

  /// A name in both languages, for "expected … found" and "empty text (write …)".
  public static let aName = LocalizedText(
    ja: "{ ja = \"会津地域\", en = \"Aizu region\" } のような名前",
    en: "a name, as in { ja = \"会津地域\", en = \"Aizu region\" }")

  public static let jaAndEn = LocalizedText("{ ja = \"…\", en = \"…\" }")

  /// `expected { ja = "…", en = "…" }`.
  public static func expected(_ what: LocalizedText) -> LocalizedText {
    LocalizedText(ja: "\(what.ja)が必要です", en: "expected \(what.en)")
  }

  public static let emptyText = LocalizedText(ja: "空の文字列です", en: "empty text")

  /// `write a name, as in …`.
  public static func write(_ what: LocalizedText) -> LocalizedText {
    LocalizedText(ja: "\(what.ja)を書く", en: "write \(what.en)")
  }

  public static let aListOfFieldNames = LocalizedText(
    ja: "項目名のリスト", en: "a list of field names")

  /// `'populaton.2020' names no value`.
  public static func namesNoValue(_ field: String) -> LocalizedText {
    LocalizedText(ja: "'\(field)' という値はありません", en: "'\(field)' names no value")
  }

  public static let nameAField = LocalizedText(
    ja: "\"population.2020\" のような市町村の項目か、選択肢の値を書く",
    en: "name a municipality's field, as in \"population.2020\", or an option's figure")

  /// `the trend method needs a population before the base year 2020`.
  public static func trendNeedsPast(base: Int) -> LocalizedText {
    LocalizedText(
      ja: "trend 法には基準年 \(base) より前の人口が必要です",
      en: "the trend method needs a population before the base year \(base)")
  }

  public static let addPastPopulation = LocalizedText(
    ja: "population = { 2015 = … } のように加えるか、anchored 法を使う",
    en: "add one, as in population = { 2015 = … }, or use the anchored method")

  public static let cohortNeedsAgeGroups = LocalizedText(
    ja: "cohort 法には年齢階級別の人口が必要です",
    en: "the cohort method needs population by age group")

  /// `add a [municipalities."昭和村".cohort] table, or use the anchored method`.
  public static func addCohortTable(_ municipality: String) -> LocalizedText {
    LocalizedText(
      ja: "[municipalities.\"\(municipality)\".cohort] の表を加えるか、anchored 法を使う",
      en: "add a [municipalities.\"\(municipality)\".cohort] table, or use the anchored method")
  }

  // MARK: - Municipalities

  /// `unknown municipality`, after a key path that names it.
  public static let unknownMunicipality = LocalizedText(
    ja: "その市町村はありません", en: "unknown municipality")

  /// `unknown municipality 'Aizuwakamatu'`.
  public static func unknownMunicipality(_ name: String) -> LocalizedText {
    LocalizedText(ja: "市町村 '\(name)' はありません", en: "unknown municipality '\(name)'")
  }

  public static let newMunicipalityNeeds = LocalizedText(
    ja: "新しい市町村には romaji、population、staff が必要です",
    en: "a new municipality needs romaji, population and staff")

  /// `romaji 'Showa' is also used by 昭和村`.
  public static func romajiTaken(_ romaji: String, by other: String) -> LocalizedText {
    LocalizedText(
      ja: "ローマ字 '\(romaji)' は \(other) でも使われています",
      en: "romaji '\(romaji)' is also used by \(other)")
  }

  public static let romajiExample = LocalizedText(
    ja: "romaji = \"Showa\" のようなラテン文字の名前",
    en: "the name in Latin letters, as in romaji = \"Showa\"")

  public static let addRomaji = LocalizedText(
    ja: "romaji = \"…\" (ラテン文字の名前) を加える",
    en: "add romaji = \"…\" (the name in Latin letters)")

  /// `add population = { 2020 = … }`.
  public static func addPopulation(base: Int) -> LocalizedText {
    LocalizedText(
      ja: "population = { \(base) = … } を加える", en: "add population = { \(base) = … }")
  }

  /// `no population for the base year 2020`.
  public static func noBasePopulation(_ base: Int) -> LocalizedText {
    LocalizedText(
      ja: "基準年 \(base) の人口がありません", en: "no population for the base year \(base)")
  }

  /// `add 2020 = … to population`.
  public static func addBaseYear(_ base: Int) -> LocalizedText {
    LocalizedText(
      ja: "population に \(base) = … を加える", en: "add \(base) = … to population")
  }

  /// `staff 5000 exceeds the population 3000 in 2020`.
  public static func staffExceedsPopulation(_ staff: String, _ population: String, year: Int)
    -> LocalizedText
  {
    LocalizedText(
      ja: "職員 \(staff) が \(year) 年の人口 \(population) を超えています",
      en: "staff \(staff) exceeds the population \(population) in \(year)")
  }

  /// `add staff = … (municipal staff in 2020)`.
  public static func addStaff(base: Int) -> LocalizedText {
    LocalizedText(
      ja: "staff = … (\(base) 年の職員数) を加える",
      en: "add staff = … (municipal staff in \(base))")
  }

  /// `a note on 'population.2050', which 昭和村 does not give`.
  public static func noteOnMissingField(_ field: String, municipality: String) -> LocalizedText {
    LocalizedText(
      ja: "'\(field)' への注記ですが、\(municipality)にその値はありません",
      en: "a note on '\(field)', which \(municipality) does not give")
  }

  public static let notesNameAField = LocalizedText(
    ja: "注記には \"population.2040\" のように項目を書く",
    en: "notes name a field, as in \"population.2040\"")

  public static let aTableOfNotes = LocalizedText(
    ja: "{ \"population.2040\" = \"…\" } のような注記の表",
    en: "a table of notes, as in { \"population.2040\" = \"…\" }")

  /// `3000 residents aged 65+ exceed the population 2500`.
  public static func elderlyExceedPopulation(_ count: String, _ population: String)
    -> LocalizedText
  {
    LocalizedText(
      ja: "65歳以上 \(count) 人が人口 \(population) を超えています",
      en: "\(count) residents aged 65+ exceed the population \(population)")
  }

  public static let residenceNeedsInsideAndOutside = LocalizedText(
    ja: "residence には 'inside' と 'outside' が必要です",
    en: "residence needs 'inside' and 'outside'")

  /// `inside 30 + outside 10 does not add up to staff 50`.
  public static func residenceDoesNotAddUp(inside: String, outside: String, staff: String)
    -> LocalizedText
  {
    LocalizedText(
      ja: "inside \(inside) + outside \(outside) が staff \(staff) になりません",
      en: "inside \(inside) + outside \(outside) does not add up to staff \(staff)")
  }

  public static let aListOfNumbers = LocalizedText(ja: "数値のリスト", en: "a list of numbers")

  /// `10 age groups; the cohort method needs at least 14 (0–4 to an open-ended 65+)`.
  public static func tooFewAgeGroups(_ groups: Int, minimum: Int) -> LocalizedText {
    LocalizedText(
      ja: "年齢階級が \(groups) しかありません。cohort 法には \(minimum) 以上 (0–4 歳から65歳以上まで) が必要です",
      en:
        "\(groups) age groups; the cohort method needs at least \(minimum) (0–4 to an open-ended 65+)"
    )
  }

  /// `13 values; expected 14`.
  public static func valueCount(_ count: Int, expected: Int) -> LocalizedText {
    LocalizedText(
      ja: "値が \(count) 個あります。\(expected) 個必要です",
      en: "\(count) values; expected \(expected)")
  }

  /// `the age tables are for 2015; they must be for the base year 2020`.
  public static func ageTablesYear(_ year: Int, base: Int) -> LocalizedText {
    LocalizedText(
      ja: "年齢別の表が \(year) 年のものです。基準年 \(base) のものでなければなりません",
      en: "the age tables are for \(year); they must be for the base year \(base)")
  }

  // MARK: - Parameters set at the prompt

  public static let emptyParameterPath = LocalizedText(
    ja: "パラメータの指定が空です", en: "empty parameter path")

  /// `unknown parameter 'hours_per_ft'`.
  public static func unknownParameter(_ name: String) -> LocalizedText {
    LocalizedText(ja: "パラメータ '\(name)' はありません", en: "unknown parameter '\(name)'")
  }

  public static let tryShowAssumptions = LocalizedText(
    ja: "`show assumptions` で確かめる", en: "try `show assumptions`")

  // MARK: - Assumptions and sources

  /// `unknown source 'roadmp'`.
  public static func unknownSource(_ id: String) -> LocalizedText {
    LocalizedText(ja: "資料 '\(id)' はありません", en: "unknown source '\(id)'")
  }

  /// `declare it under [sources.roadmp]`.
  public static func declareSource(_ id: String) -> LocalizedText {
    LocalizedText(ja: "[sources.\(id)] に書く", en: "declare it under [sources.\(id)]")
  }

  /// `write hours_per_fte = … or add value = …`.
  public static func writeValue(_ name: String) -> LocalizedText {
    LocalizedText(
      ja: "\(name) = … と書くか、value = … を加える",
      en: "write \(name) = … or add value = …")
  }

  public static let noFacetimeToMeasure = LocalizedText(
    ja: "0 では基準年に対面の時間がなく、サービスの水準を測れません",
    en: "0 leaves no face-to-face hours in the base year to measure the level of service against")

  public static let giveAShareAboveZero = LocalizedText(
    ja: "0.25 のように 0 より大きい割合を書く", en: "give a share above 0, as in 0.25")

  // MARK: - Measures

  /// `unknown measure 'online_procedure'`.
  public static func unknownMeasure(_ id: String) -> LocalizedText {
    LocalizedText(ja: "施策 '\(id)' はありません", en: "unknown measure '\(id)'")
  }

  public static let seeMeasureFormat = LocalizedText(
    ja: "docs/scenario-format.md の [measures.ID] を参照",
    en: "see docs/scenario-format.md, [measures.ID]")

  /// `unknown adopters 'Showa'`.
  public static func unknownAdopters(_ word: String) -> LocalizedText {
    LocalizedText(ja: "adopters に '\(word)' は書けません", en: "unknown adopters '\(word)'")
  }

  /// `a list names municipalities: adopters = ["昭和村"]`.
  public static func adoptersList(_ municipality: String) -> LocalizedText {
    LocalizedText(
      ja: "市町村はリストで書く: adopters = [\"\(municipality)\"]",
      en: "a list names municipalities: adopters = [\"\(municipality)\"]")
  }

  /// `all, shared, regional_office or a list of municipalities`, the words unquoted or quoted.
  public static func adopterChoices(_ words: [String]) -> LocalizedText {
    let list = words.joined(separator: ", ")
    return LocalizedText(ja: "\(list) か市町村のリスト", en: "\(list) or a list of municipalities")
  }

  public static let sharedGroup = LocalizedText("{ shared = [\"…\", \"…\"] }")

  public static let aListOfMunicipalities = LocalizedText(
    ja: "[\"会津若松市\", \"Kitakata\"] のような市町村のリスト",
    en: "a list of municipalities, as in [\"会津若松市\", \"Kitakata\"]")

  public static let aListOfFieldNamesExample = LocalizedText(
    ja: "[\"savings\"] のような項目名のリスト", en: "a list of field names, as in [\"savings\"]")

  /// `unknown field 'savngs'`.
  public static func unknownField(_ field: String) -> LocalizedText {
    LocalizedText(ja: "項目 '\(field)' はありません", en: "unknown field '\(field)'")
  }

  /// `known fields: a, b`.
  public static func knownFields(_ fields: [String]) -> LocalizedText {
    let list = fields.joined(separator: ", ")
    return LocalizedText(ja: "使える項目は \(list)", en: "known fields: \(list)")
  }

  // MARK: - Savings

  public static let noSavings = LocalizedText(
    ja: "削減時間が書かれていません", en: "no savings given")

  /// `savings gives both 'hours' and 'minutes'`.
  public static func savingsGivesBoth(_ forms: [String]) -> LocalizedText {
    let quoted = forms.map { "'\($0)'" }
    return LocalizedText(
      ja: "savings に \(quoted.joined(separator: " と ")) の両方が書かれています",
      en: "savings gives both \(quoted.joined(separator: " and "))")
  }

  /// `give one of hours, minutes or per_case = { … }`.
  public static func giveOneOf(_ forms: [String]) -> LocalizedText {
    LocalizedText(
      ja: "\(forms.joined(separator: "、")) のどれか一つを書く", en: "give one of " + listed(forms))
  }

  /// `state its savings in hours or minutes`.
  public static func stateSavingsIn(_ forms: [String]) -> LocalizedText {
    LocalizedText(
      ja: "削減時間は \(forms.joined(separator: " か ")) で書く",
      en: "state its savings in " + listed(forms))
  }

  public static let regionalOfficeHasNoRoutine = LocalizedText(
    ja: "シナリオでは振興局に住民も自身の定型業務もありません",
    en: "the regional office has no residents or routine work of its own in the scenario")

  /// `an option cannot state 'routine_share': it has no routine work to take a share of`.
  public static func optionCannotState(_ form: String) -> LocalizedText {
    LocalizedText(
      ja: "選択肢に '\(form)' は書けません: 割合をとる定型業務がありません",
      en: "an option cannot state '\(form)': it has no routine work to take a share of")
  }

  public static let addUptake = LocalizedText(
    ja: "uptake = { under65 = …, elderly = … } を加える",
    en: "add uptake = { under65 = …, elderly = … }")

  /// `add elderly = a share from 0 to 1`.
  public static func addShare(_ key: String) -> LocalizedText {
    LocalizedText(
      ja: "\(key) = 0 から 1 の割合 を加える", en: "add \(key) = a share from 0 to 1")
  }

  /// `a, b or c`.
  private static func listed(_ items: [String]) -> String {
    guard let last = items.last, items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " or " + last
  }

  // MARK: - Face-to-face categories and disaster residence

  /// `unknown category 'counte'`.
  public static func unknownCategory(_ id: String) -> LocalizedText {
    LocalizedText(ja: "分野 '\(id)' はありません", en: "unknown category '\(id)'")
  }

  public static let addShareOfHours = LocalizedText(
    ja: "share = … (0 から 1) を加える", en: "add share = … (0 to 1)")

  /// `the shares add up to 1.1, not 1`.
  public static func sharesDoNotAddUp(_ total: String) -> LocalizedText {
    LocalizedText(
      ja: "割合の合計が 1 ではなく \(total) です", en: "the shares add up to \(total), not 1")
  }

  public static let splitFacetimeWhole = LocalizedText(
    ja: "対面の時間をちょうど分け切るように直す",
    en: "change them so that face-to-face hours are split whole")

  public static let sharesByMunicipality = LocalizedText(
    ja: "{ \"喜多方市\" = 0.6, elsewhere = 0.4 } のような市町村ごとの割合",
    en: "shares by municipality, as in { \"喜多方市\" = 0.6, elsewhere = 0.4 }")

  /// `staff living outside 北塩原村 cannot live in 北塩原村`.
  public static func livesInOwnMunicipality(_ municipality: String) -> LocalizedText {
    LocalizedText(
      ja: "\(municipality)の外に住む職員は\(municipality)には住めません",
      en: "staff living outside \(municipality) cannot live in \(municipality)")
  }

  public static let nameAnotherMunicipality = LocalizedText(
    ja: "ほかの市町村か elsewhere を書く", en: "name another municipality, or elsewhere")

  public static let everyoneGoesSomewhere = LocalizedText(
    ja: "外に住む職員はどこかに住んでいます: 地域の外は elsewhere",
    en: "every staff member living outside goes somewhere: use elsewhere for outside the region")

  // MARK: - Guidelines and options

  /// `expected a table of guidelines, as in [guidelines.1], found a list`.
  public static func expectedGuidelines(found kind: LocalizedText) -> LocalizedText {
    LocalizedText(
      ja: "[guidelines.1] のような指針の表が必要ですが、\(kind.ja)です",
      en: "expected a table of guidelines, as in [guidelines.1], found \(kind.en)")
  }

  /// `'nine' is not a guideline number`.
  public static func notAGuidelineNumber(_ key: String) -> LocalizedText {
    LocalizedText(ja: "'\(key)' は指針の番号ではありません", en: "'\(key)' is not a guideline number")
  }

  /// `guideline number 19 is outside 1 to 18`.
  public static func guidelineOutside(_ key: String) -> LocalizedText {
    LocalizedText(
      ja: "指針の番号 \(key) は 1 から 18 の外です", en: "guideline number \(key) is outside 1 to 18")
  }

  public static let guidelineNumbers = LocalizedText(
    ja: "指針は指針1から指針18まで。[guidelines.9] のように書く",
    en: "the guideline's principles are 指針1 to 指針18, as in [guidelines.9]")

  public static let addTitle = LocalizedText(
    ja: "title = { ja = \"…\", en = \"…\" } を加える",
    en: "add title = { ja = \"…\", en = \"…\" }")

  /// `guideline 12 is in the community half (指針10–18), not administrative`.
  public static func wrongHalf(_ number: Int, half: String, span: String, chosen: String)
    -> LocalizedText
  {
    LocalizedText(
      ja: "指針\(number) は \(chosen) ではなく \(half) の側 (\(span)) です",
      en: "guideline \(number) is in the \(half) half (\(span)), not \(chosen)")
  }

  /// `write group = "community"`.
  public static func writeGroup(_ half: String) -> LocalizedText {
    LocalizedText(ja: "group = \"\(half)\" と書く", en: "write group = \"\(half)\"")
  }

  public static let addGroup = LocalizedText(
    ja: "group = \"administrative\" (指針1–9) か \"community\" (指針10–18) を加える",
    en: "add group = \"administrative\" (指針1–9) or \"community\" (指針10–18)")

  /// `add [guidelines.9.options.NAME] tables`.
  public static func addOptions(_ path: String) -> LocalizedText {
    LocalizedText(
      ja: "[\(path).options.NAME] の表を加える", en: "add [\(path).options.NAME] tables")
  }

  /// `guideline 9 has no analog option`.
  public static func noOptionOfKind(_ number: Int, kind: String) -> LocalizedText {
    LocalizedText(
      ja: "指針\(number) に \(kind) の選択肢がありません",
      en: "guideline \(number) has no \(kind) option")
  }

  /// `add an option with kind = "analog": each guideline weighs analog against digital`.
  public static func addOptionOfKind(_ kind: String) -> LocalizedText {
    LocalizedText(
      ja: "kind = \"\(kind)\" の選択肢を加える: 指針ごとにアナログとデジタルを比べます",
      en: "add an option with kind = \"\(kind)\": each guideline weighs analog against digital")
  }

  /// `expected a table of options, as in [guidelines.9.options.NAME], found a list`.
  public static func expectedOptions(_ path: String, found kind: LocalizedText) -> LocalizedText {
    LocalizedText(
      ja: "[\(path).NAME] のような選択肢の表が必要ですが、\(kind.ja)です",
      en: "expected a table of options, as in [\(path).NAME], found \(kind.en)")
  }

  /// `unknown option 'onlne'`.
  public static func unknownOption(_ id: String) -> LocalizedText {
    LocalizedText(ja: "選択肢 '\(id)' はありません", en: "unknown option '\(id)'")
  }

  /// `a new option needs kind, name, …`.
  public static func newOptionNeeds(_ keys: [String]) -> LocalizedText {
    let list = keys.joined(separator: ", ")
    return LocalizedText(
      ja: "新しい選択肢には \(list) が必要です", en: "a new option needs \(list)")
  }
}

/// What a scenario that leaves something out is given instead, in words.
extension Words {
  public enum ScenarioDefaults {
    /// The name of the total row when a scenario names no region.
    public static let region = LocalizedText(ja: "地域", en: "Region")

    /// The note of an assumption a scenario leaves out, listed by `show assumptions`.
    public static let assumptionNote = LocalizedText(
      ja: "シナリオに記載なし: docs/model.md の既定値",
      en: "not stated in the scenario: the default of docs/model.md")

    /// The unit of each assumption when the scenario gives none.
    public enum Unit {
      public static let hoursAYear = LocalizedText(ja: "時間/年", en: "hours a year")
      public static let shareAYear = LocalizedText(ja: "割合/年", en: "share a year")
      public static let ratio = LocalizedText(ja: "比", en: "ratio")
      public static let index = LocalizedText(ja: "指数", en: "index")
      public static let share = LocalizedText(ja: "割合", en: "share")
      public static let shareOfBaseStaff = LocalizedText(
        ja: "基準年の職員数に対する割合", en: "share of base-year staff")
      public static let shareOfStaffTime = LocalizedText(
        ja: "職員の時間に占める割合", en: "share of staff time")
      public static let shareOfElderly = LocalizedText(
        ja: "65歳以上の住民に占める割合", en: "share of residents aged 65+")
      public static let year = LocalizedText(ja: "年", en: "year")
    }
  }
}

/// Words of the `age_bands` tables (IPSS 2023's municipal projections).
extension Words.Diagnostics {
  public static let ageBandCode = LocalizedText(
    ja: "資料での市町村コード (code = \"07202\" のように)",
    en: "the source's code, as in code = \"07202\"")

  public static let ageBandsNeedAll = LocalizedText(
    ja: "age_bands には population、age_0_14、age_15_64、age_65_plus がすべて要る",
    en: "age_bands needs population, age_0_14, age_15_64 and age_65_plus")

  /// `population gives no 2045`: a year one band gives and another lacks.
  public static func bandLacksYear(_ band: String, _ year: Int) -> LocalizedText {
    LocalizedText(ja: "\(band) に \(year) 年の値がない", en: "\(band) gives no \(year)")
  }

  public static let sameYearsInEveryBand = LocalizedText(
    ja: "すべての区分と population に同じ年を書く",
    en: "give every band, and population, at the same years")

  public static func noResidents(_ year: Int) -> LocalizedText {
    LocalizedText(
      ja: "\(year) 年の人口が 0: 区分の割合には 0 より大きい人口が要る",
      en: "no residents in \(year): the bands' shares need a population above 0")
  }

  /// `in 2040 the bands 1 + 2 + 3 = 6 do not add up to the population 7`.
  public static func bandsDoNotAddUp(
    _ year: Int, parts: String, sum: String, population: String
  ) -> LocalizedText {
    LocalizedText(
      ja: "\(year) 年の区分の合計 \(parts) = \(sum) が人口 \(population) と合わない",
      en: "in \(year) the bands \(parts) = \(sum) do not add up to the population \(population)")
  }

  public static let checkAgainstSource = LocalizedText(
    ja: "資料の数字と照らし合わせる", en: "check the figures against the source")
}
