import Bilingual
import Simulation

/// Words of `compare` and `guidelines`: their columns, titles, notes and errors. The
/// verdict's own words are in `Words.Verdict`.
extension Words {
  public enum Guidelines {
    public static let guideline = LocalizedText(ja: "指針", en: "No.")
    public static let title = LocalizedText(ja: "題名", en: "Title")
    public static let group = LocalizedText(ja: "分類", en: "Group")
    public static let option = LocalizedText(ja: "方法", en: "Option")
    public static let kind = LocalizedText(ja: "種類", en: "Kind")
    public static let reached = LocalizedText(ja: "届く人", en: "Reached")
    public static let unreached = LocalizedText(ja: "届かない人", en: "Not reached")
    public static let unreachedElderly = LocalizedText(ja: "うち65歳以上", en: "of them 65+")
    public static let cost = LocalizedText(ja: "費用(円)", en: "Cost (yen)")
    public static let costPerReached = LocalizedText(ja: "1人あたり費用(円)", en: "Yen per reached")
    public static let staffHours = LocalizedText(ja: "職員時間/年", en: "Staff hours/yr")
    public static let disaster = LocalizedText(ja: "災害時", en: "In disaster")
    /// An option's place in the verdict (`compare`), or the option chosen (`guidelines`).
    public static let verdict = LocalizedText(ja: "判定", en: "Verdict")
    public static let decidedBy = LocalizedText(ja: "決め手", en: "Decided by")

    public static let works = LocalizedText(ja: "使える", en: "yes")
    public static let doesNotWork = LocalizedText(ja: "使えない", en: "no")

    public static let yen = LocalizedText(ja: "円", en: "yen")
    public static let hoursPerYear = LocalizedText(ja: "時間/年", en: "hours a year")

    /// `指針5` / `Guideline 5`.
    public static func number(_ number: Int) -> LocalizedText {
      LocalizedText(ja: "指針\(number)", en: "Guideline \(number)")
    }

    /// The two halves of the guideline, in plain words (no "DX", as the seed asks).
    public static func groupName(_ group: Guideline.Group) -> LocalizedText {
      switch group {
      case .administrative: LocalizedText(ja: "行政の仕事", en: "administrative work")
      case .community: LocalizedText(ja: "地域の暮らし", en: "community life")
      }
    }

    /// `指針18 多様性の尊重 — 会津若松市 Aizuwakamatsu, 2030 (R12)`.
    public static func compareTitle(
      number: Int, title: LocalizedText, area: LocalizedText, year: String
    ) -> LocalizedText {
      LocalizedText(
        ja: "指針\(number) \(title.ja) — \(area.ja), \(year)",
        en: "Guideline \(number) \(title.en) — \(area.en), \(year)")
    }

    /// `Verdicts by guideline — 2040 (R22)`.
    public static func summaryTitle(year: String) -> LocalizedText {
      LocalizedText(ja: "指針ごとの判定 — \(year)", en: "Verdicts by guideline — \(year)")
    }

    /// `The 18 guidelines — 金山町 Kaneyama, 2040 (R22)`.
    public static func listTitle(count: Int, area: LocalizedText, year: String) -> LocalizedText {
      LocalizedText(
        ja: "\(count)の指針 — \(area.ja), \(year)", en: "The \(count) guidelines — \(area.en), \(year)"
      )
    }

    /// Over what years options' costs run, and where their figures come from.
    public static func costsNote(baseYear: Int, horizon: Int) -> LocalizedText {
      LocalizedText(
        ja:
          "費用は各市町村が\(baseYear)年に始めた場合の\(horizon)年までの合計(地域は全市町村の合計)。方法の数値は出典のない限り仮定で、根拠はシナリオの注記 (note) にあります。",
        en:
          "Costs: each municipality starting in \(baseYear), to \(horizon) (the region adds them up). Option figures are assumptions unless a source is cited; each option's note says why."
      )
    }

    /// The verdict's two thresholds, as the scenario sets them.
    public static func ruleNote(maxUnreachedElderly: Double, costTie: Double) -> LocalizedText {
      let limit = Verdict.share(maxUnreachedElderly)
      let tie = Verdict.share(costTie)
      return LocalizedText(
        ja:
          "決まり: 65歳以上の住民の\(limit)を超える人に届かない方法は単独では選ばない(指針9)。1人あたり費用の差が\(tie)以内なら職員の時間で決める (verdict.*、docs/model.md)。",
        en:
          "Rule: an option leaving more than \(limit) of the residents aged 65+ unreached is not chosen alone (指針9); costs per resident reached within \(tie) are decided by staff hours (verdict.*, docs/model.md)."
      )
    }

    /// What the numbers of `compare all` are, and how to see one.
    public static let summaryNote = LocalizedText(
      ja: "数字は指針の番号。`compare 番号 市町村 年` で方法ごとの比較と理由を示します。",
      en: "Numbers are guidelines; `compare NUMBER MUNICIPALITY YEAR` shows the options and why.")

    /// What `*` marks in `compare all`.
    public static func changedNote(referenceYear: Int) -> LocalizedText {
      LocalizedText(
        ja: "* \(referenceYear)年と判定が違う指針 (compare で理由を示します)",
        en: "* the verdict differs from \(referenceYear)'s (compare says why)")
    }

    /// `指針1–9: administrative work; 指針10–18: community life.`, from the guidelines'
    /// own numbers, then how to see one in detail.
    public static func groupsNote(_ groups: [(group: Guideline.Group, first: Int, last: Int)])
      -> LocalizedText
    {
      let parts = groups.map { part -> LocalizedText in
        let name = groupName(part.group)
        let ja = part.first == part.last ? "\(part.first)" : "\(part.first)〜\(part.last)"
        let en = part.first == part.last ? "\(part.first)" : "\(part.first)–\(part.last)"
        return LocalizedText(ja: "指針\(ja): \(name.ja)", en: "指針\(en): \(name.en)")
      }
      return LocalizedText(
        ja: parts.map(\.ja).joined(separator: "、") + "。compare 番号 で方法ごとの比較と理由を示します。",
        en: parts.map(\.en).joined(separator: "; ")
          + ". `compare NUMBER` shows the options and why.")
    }

    // Errors.

    public static let needsGuideline = LocalizedText(
      ja: "compare には指針の番号が要ります", en: "compare needs a guideline")
    public static let needsGuidelineHint = LocalizedText(
      ja: "compare 1 から compare 18、または compare all", en: "compare 1 to compare 18, or compare all")

    public static func unknownGuideline(_ word: String) -> LocalizedText {
      LocalizedText(ja: "指針 '\(word)' はありません", en: "unknown guideline '\(word)'")
    }

    /// The numbers the guideline uses, and where to see them.
    public static func guidelineNumbers(_ numbers: ClosedRange<Int>) -> LocalizedText {
      LocalizedText(
        ja: "指針の番号は \(numbers.lowerBound) から \(numbers.upperBound)。`guidelines` で一覧",
        en:
          "the guidelines are numbered \(numbers.lowerBound) to \(numbers.upperBound); `guidelines` lists them"
      )
    }

    public static func notInScenario(_ number: Int) -> LocalizedText {
      LocalizedText(
        ja: "このシナリオに指針\(number)はありません", en: "the scenario lists no guideline \(number)")
    }

    public static let listsThoseItHas = LocalizedText(
      ja: "`guidelines` でシナリオにある指針を一覧", en: "`guidelines` lists those it has")

    public static func oneYear(_ command: String, range: String) -> LocalizedText {
      LocalizedText(
        ja: "\(command) の年は一つだけです。範囲 '\(range)' は使えません",
        en: "\(command) takes one year, not the range '\(range)'")
    }

    public static func oneMunicipality(_ command: String) -> LocalizedText {
      LocalizedText(
        ja: "\(command) の市町村は一つだけです", en: "\(command) takes one municipality")
    }

    public static let orRegion = LocalizedText(
      ja: "省くと地域全体", en: "or none, for the region")
    public static let orRegionOrAll = LocalizedText(
      ja: "省くと地域全体。`compare all` ですべての市町村",
      en: "or none, for the region; `compare all` lists them all")

    public static func cannotCompare(_ number: Int, year: Int) -> LocalizedText {
      LocalizedText(
        ja: "\(year)年の指針\(number)は比べられません", en: "cannot compare guideline \(number) in \(year)")
    }

    public static let noGuidelines = LocalizedText(
      ja: "このシナリオには指針がありません", en: "the scenario lists no guidelines")
    public static let builtinHasAll = LocalizedText(
      ja: "組み込みのシナリオ 'aizu' には18の指針すべてがあります",
      en: "the built-in scenario 'aizu' has all 18")
  }
}

/// What `help` says of `compare` and `guidelines`.
extension Words.Help {
  public static let compareSummary = LocalizedText(
    ja: "指針ごとにアナログとデジタルの方法を比べる",
    en: "Compare a guideline's analog and digital options")
  public static let compareDetails = LocalizedText(
    ja: """
      指針(1〜18)の方法ごとに、届く人と届かない人(うち65歳以上)、目標年までの費用、住民1人に届く費用、職員の時間(年、浮く分は+、増える分は−)、停電・通信障害の時に使えるかを示し、どれを選ぶかを理由とともに言葉で示します。市町村を省くと地域全体(各市町村が導入した合計)、年を省くとシナリオの目標年です。比較の基準年と判定が違うときは、なぜ変わったかも示します。
      compare all は、市町村ごとにデジタル・アナログ・併用になる指針を一覧にします。
      画面が狭いときは、方法、判定とその決め手になった列を先に示します(--columns all ですべて)。判定の決まりと数式は docs/model.md の「Verdict」にあります。方法の数値は仮定で、シナリオの注記 (note) が根拠です。
      """,
    en: """
      For each option of a guideline (1 to 18): residents reached and not reached (65+ apart), the cost to the horizon, the cost per resident reached, staff hours a year (freed +, used −) and whether it works when power or the network is down; then which to choose, and why, in plain words. With no municipality, the region (every municipality adopting it); with no year, the scenario's horizon. When the verdict differs from the reference year's, it says why.
      `compare all` lists, for each municipality, the guidelines that go digital, analog or both.
      On a narrow screen the option, its verdict and the columns that decided it come first (--columns all shows every one). docs/model.md, "Verdict", has the rule; option figures are assumptions, each with a note.
      """)

  public static let guidelinesSummary = LocalizedText(
    ja: "18の指針と今の判定を一覧にする", en: "List the 18 guidelines and their verdicts")
  public static let guidelinesDetails = LocalizedText(
    ja: """
      会津地域自治体広域連携指針の18の指針を、番号・題名・分類(行政の仕事 指針1〜9、地域の暮らし 指針10〜18)と、選ぶべき方法とその種類(デジタル・アナログ・併用)、決め手とともに示します。市町村を省くと地域全体、年を省くとシナリオの目標年です。画面が狭いときは選ぶべき方法を先に示します。一つの指針の詳しい比較は compare 番号 で見られます。
      """,
    en: """
      Lists the 18 guidelines of the Aizu joint guideline: number, title, group (administrative work, 指針1–9; community life, 指針10–18), the option to choose, its kind (digital, analog or both) and the rule that decided it. With no municipality, the region; with no year, the scenario's horizon. On a narrow screen the option to choose comes first. `compare NUMBER` shows one guideline in detail.
      """)
}
