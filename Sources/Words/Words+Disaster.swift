import Bilingual

/// Words of `disaster`: staff who can reach their office when the roads are cut (指針3).
extension Words {
  public enum Disaster {
    public static let staff = LocalizedText(ja: "職員数", en: "Staff")
    public static let inside = LocalizedText(ja: "市町村内", en: "Inside")
    public static let insideShare = LocalizedText(ja: "割合", en: "Share")
    public static let outside = LocalizedText(ja: "市町村外", en: "Outside")
    public static let received = LocalizedText(ja: "加わる", en: "Received")
    public static let withArrangement = LocalizedText(ja: "連携後", en: "Together")
    public static let spread = LocalizedText(ja: "住所", en: "Spread")
    public static let office = LocalizedText(ja: "集まる役場", en: "Office")
    public static let origin = LocalizedText(ja: "勤務先", en: "Works for")
    public static let staffAssumed = LocalizedText(ja: "職員*", en: "Staff*")

    public static let originRomaji = LocalizedText(ja: "勤務先(ローマ字)", en: "Works for (romaji)")

    /// Where the staff living outside are taken to live: as the scenario states, or spread by
    /// population.
    public static let stated = LocalizedText(ja: "指定", en: "stated")
    public static let byPopulation = LocalizedText(ja: "人口比", en: "population")

    /// `Staff on a day the roads are cut — scenario aizu`.
    public static func title(scenario: String) -> LocalizedText {
      LocalizedText(
        ja: "道路が寸断された日の職員 — シナリオ \(scenario)",
        en: "Staff on a day the roads are cut — scenario \(scenario)")
    }

    public static let originsTitle = LocalizedText(
      ja: "加わる職員の勤務先", en: "Where the staff received work")

    /// Where the survey comes from: each source's id and citation, or where the values were
    /// written.
    public static func surveyNote(_ sources: [LocalizedText]) -> LocalizedText {
      let ja = sources.map(\.ja).joined(separator: "; ")
      let en = sources.map(\.en).joined(separator: "; ")
      return LocalizedText(ja: "職員数・市町村内・市町村外の出典: \(ja)", en: "Staff, inside and outside: \(en)")
    }

    /// A source of the survey, by its id: its date and caveats are in `show sources`.
    public static func surveySource(_ id: String) -> LocalizedText {
      LocalizedText(
        ja: "\(id) (調査日と注意は show sources)", en: "\(id) (show sources gives its date and caveats)")
    }

    public static let columnsNote = LocalizedText(
      ja: "加わる: 他の市町村の職員でここに住む人。連携後: 市町村内 + 加わる",
      en: "Received: other municipalities' staff who live here. Together: inside + received")

    /// The assumption behind `*`, with the scenario's region and base year.
    public static func assumedSpread(region: LocalizedText, baseYear: Int) -> LocalizedText {
      LocalizedText(
        ja:
          "* 仮定: 市町村外に住む職員は、指定がなければ他の\(region.ja)の市町村に\(baseYear)年の人口比で住む ([disaster.outside_residence])",
        en:
          "* assumption: unless the scenario states it, staff living outside live in the other municipalities of the \(region.en) in proportion to their \(baseYear) population ([disaster.outside_residence])"
      )
    }

    public static let assumedOrigins = LocalizedText(
      ja: "* 仮定: 市町村外に住む職員の住所 (docs/model.md「Disaster-day staffing」)",
      en: "* assumption: where staff living outside live (docs/model.md, \"Disaster-day staffing\")"
    )
  }
}

extension Words.Help {
  public static let disasterSummary = LocalizedText(
    ja: "道路が寸断された日に役場に集まれる職員を見る", en: "Staff who can reach the office when roads are cut")
  public static let disasterDetails = LocalizedText(
    ja: """
      市町村間の道路が寸断された日(指針3)に、自分の役場に行ける職員(市町村内に住む職員、表3)と、住んでいる市町村の役場に集まる広域連携の取り決めで加わる他の市町村の職員を示します。
      市町村外に住む職員がどこに住むかは資料にないため仮定です(既定: 他の市町村に人口比で分布。シナリオの [disaster.outside_residence] で市町村ごとに指定できます)。--from で、加わる職員の勤務先を示します。式は docs/model.md の「Disaster-day staffing」にあります。
      """,
    en: """
      For a day when the roads between municipalities are cut (指針3): the staff who can reach their own office (those living inside the municipality, table 3), and how many more a wide-area arrangement gives, under which staff report to the office of the municipality where they live.
      Where the staff living outside actually live is not in the seed: it is an assumption (default: spread over the other municipalities in proportion to population; a scenario may state it per municipality under [disaster.outside_residence]). --from lists where the staff received come from. docs/model.md, "Disaster-day staffing", has the equations.
      """)
}
