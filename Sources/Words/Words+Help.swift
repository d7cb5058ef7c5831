import Bilingual

/// What `help` says of each command: a line for the list, and what it does. Paragraphs are
/// written as one line each and wrapped at the screen's width when shown.
extension Words {
  public enum Help {
    public static let projectSummary = LocalizedText(
      ja: "人口・高齢者・職員の需給を推計する",
      en: "Project population, 65+ and staff supply and demand")
    public static let projectDetails = LocalizedText(
      ja: """
        指定した年(既定はシナリオの目標年)の人口、65歳以上人口と高齢化率、職員数の見込み(供給)、必要職員数(需要)、不足(需要−供給、常勤換算、負は余剰)、人口千人当たり職員数を、市町村ごとと地域計で示します。年は 2040、R22、令和22 のどれでも書けます。2020..2040 のように範囲も指定でき、--step で間隔を選べます。市町村は漢字でもローマ字でも指定できます。
        ~ の付いた値は市町村別の将来推計(社人研2023年推計)に、* の付いた値は仮定(全国の高齢化率の上昇など)に、^ の付いた値は注記のある資料の値に基づきます。画面が狭いときは主な列を先に示します(--columns all ですべて)。式は docs/model.md にあります。
        """,
      en: """
        Shows, for each municipality and the region, in the given year (default: the scenario's horizon): population, residents aged 65+ and their share, staff supply, staff demand, the shortfall (demand minus supply, in full-time staff; negative is a surplus) and staff per 1,000 residents. Years may be written 2040, R22 or 令和22, or as a range 2020..2040 with --step. Municipalities may be named in kanji or romaji.
        Values marked ~ rest on the municipality's own projection (IPSS 2023), values marked * on an assumption (such as the national rise of the 65+ share), values marked ^ on data with a note. On a narrow screen the main columns come first (--columns all shows every one). docs/model.md has the equations.
        """)
  }
}
