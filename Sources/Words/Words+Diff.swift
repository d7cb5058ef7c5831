import Bilingual
import Rendering

/// Words of `diff`: two scenarios side by side.
extension Words {
  public enum Diff {
    // MARK: The sides

    /// The loaded file without the changes made at the prompt.
    public static func asLoaded(_ source: LocalizedText) -> LocalizedText {
      LocalizedText(ja: "\(source.ja) (読み込んだまま)", en: "\(source.en) as loaded")
    }

    /// The session as it stands: `now (aizu, 2 changes)`.
    public static func now(_ name: String, changes: Int) -> LocalizedText {
      let count = NumberFormat.grouped(changes)
      return LocalizedText(
        ja: "今の状態 (\(name)、変更 \(count) 件)",
        en: "now (\(name), \(count) change\(changes == 1 ? "" : "s"))")
    }

    public static func snapshot(_ name: String) -> LocalizedText {
      LocalizedText(ja: "スナップショット \(name)", en: "snapshot \(name)")
    }

    /// `Differences 2040 (R22) — A: aizu (built in) as loaded, B: now (aizu, 1 change)`.
    public static func title(years: String, a: LocalizedText, b: LocalizedText) -> LocalizedText {
      LocalizedText(
        ja: "違い \(years) — A: \(a.ja)、B: \(b.ja)",
        en: "Differences \(years) — A: \(a.en), B: \(b.en)")
    }

    public static func verdictsTitle(years: String) -> LocalizedText {
      LocalizedText(ja: "変わった判定 \(years)", en: "Verdicts that changed \(years)")
    }

    // MARK: Columns

    public static let metric = LocalizedText(ja: "項目", en: "Metric")
    public static let a = LocalizedText("A")
    public static let b = LocalizedText("B")
    public static let difference = LocalizedText("B − A")
    public static let scenarioA = LocalizedText(ja: "シナリオA", en: "Scenario A")
    public static let scenarioB = LocalizedText(ja: "シナリオB", en: "Scenario B")
    public static let verdictA = LocalizedText(ja: "Aの判定", en: "Verdict in A")
    public static let verdictB = LocalizedText(ja: "Bの判定", en: "Verdict in B")
    public static let kindA = LocalizedText(ja: "Aの種類", en: "Kind in A")
    public static let kindB = LocalizedText(ja: "Bの種類", en: "Kind in B")

    /// A difference of shares, in percentage points: `+1.2 pt`.
    public static func points(_ signed: String) -> LocalizedText {
      LocalizedText(ja: "\(signed)ポイント", en: "\(signed) pt")
    }

    /// No option in effect yet: no verdict.
    public static let noVerdict = LocalizedText(ja: "判定なし", en: "no verdict")

    // MARK: Metrics, as rows name them

    public static let population = LocalizedText(ja: "人口", en: "Population")
    public static let elderlyShare = LocalizedText(ja: "高齢化率", en: "65+ share")
    public static let supply = LocalizedText(ja: "職員見込 (常勤換算)", en: "Supply (FTE)")
    public static let demand = LocalizedText(ja: "必要職員 (常勤換算)", en: "Demand (FTE)")
    public static let shortfall = LocalizedText(ja: "不足 (常勤換算)", en: "Shortfall (FTE)")
    public static let facetimePerElderly = LocalizedText(
      ja: "対面時間/65歳以上1人", en: "Face-to-face h per 65+")

    // MARK: Notes and messages

    /// Under the table: what is hidden, and how to see it.
    public static let toleranceNote = LocalizedText(
      ja:
        "表示の桁で 0 になる差 (人口 0.5 人、高齢化率 0.05 ポイント、職員 0.05 人、対面時間 0.05 時間未満) の行は省いています。--all ですべて示します。",
      en:
        "Rows whose difference rounds to zero as shown (under 0.5 residents, 0.05 points of the 65+ share, 0.05 FTE, 0.05 hours) are hidden; --all shows them."
    )

    public static let noVerdictChanged = LocalizedText(
      ja: "指針の判定で変わったものはありません。", en: "No guideline verdict changed.")

    public static func noVerdicts(a: LocalizedText, b: LocalizedText, years: String)
      -> LocalizedText
    {
      LocalizedText(
        ja: "\(years): A (\(a.ja)) と B (\(b.ja)) で、指針の判定に違いはありません",
        en: "no guideline verdict differs in \(years) between A (\(a.en)) and B (\(b.en))")
    }

    public static func none(a: LocalizedText, b: LocalizedText, years: String) -> LocalizedText {
      LocalizedText(
        ja: "\(years): A (\(a.ja)) と B (\(b.ja)) に、許容差を超える違いはありません",
        en: "no differences above the tolerance in \(years) between A (\(a.en)) and B (\(b.en))")
    }

    public static let tooManyScenarios = LocalizedText(
      ja: "diff で比べるシナリオは二つまでです", en: "diff compares two scenarios at most")

    public static let diffUsage = LocalizedText(
      ja: "diff [A] [B] [年…] [市町村…]。A・B はスナップショット、内蔵シナリオ、.toml ファイル",
      en:
        "diff [A] [B] [YEAR…] [MUNICIPALITY…], A and B a snapshot, a built-in scenario or a .toml file"
    )

    /// A word that is neither a scenario nor a municipality.
    public static func unknownWord(_ word: String) -> LocalizedText {
      LocalizedText(
        ja: "'\(word)' という名前のスナップショット・シナリオ・市町村はありません",
        en: "no snapshot, scenario or municipality '\(word)'")
    }

    // MARK: help

    public static let summary = LocalizedText(
      ja: "二つのシナリオを並べて違いを見る", en: "Put two scenarios side by side")
    public static let details = LocalizedText(
      ja: """
        A と B (スナップショット、内蔵シナリオ、.toml ファイル) の違いを、市町村と地域ごと、年ごとに示します: 人口、高齢化率、職員見込、必要職員、不足、65歳以上1人当たり対面時間の A・B・差 (B − A)、そして変わった指針の判定。省略時は、読み込んだファイル (変更なし) と今の状態を比べます。一つだけなら、それと今の状態です。
        年は 2040、2020..2040 (--step N)、2030,2040 と書きます (省略時は見通し年)。表示の桁で 0 になる差は省き、--all で示します。csv・json は数値の表を出し、--verdicts で判定の表を出します。
        """,
      en: """
        Shows how A and B (a snapshot, a built-in scenario or a .toml file) differ, per municipality and for the region, year by year: population, 65+ share, supply, demand, shortfall and face-to-face hours per resident aged 65+, as A, B and B − A; then every guideline verdict that changed. With none given, the loaded file (without the changes) against the state now; with one, that one against the state now.
        Years are written 2040, 2020..2040 (--step N) or 2030,2040 (default: the horizon). Differences that round to zero as shown are hidden; --all shows them. csv and json carry the table of numbers, or with --verdicts the table of verdicts.
        """)
  }
}
