import Bilingual
import Rendering
import Simulation

/// Words of `explain`: the equations of docs/model.md as the page writes them, what each
/// input means, where it comes from, and the command's messages.
extension Words {
  public enum Explain {
    /// An equation as docs/model.md writes it (the English, which a test finds on the page),
    /// and in Japanese where it has words.
    public static func equation(_ equation: Explanation.Equation) -> LocalizedText {
      switch equation {
      case .populationAnchored: LocalizedText("P(t) = P(a) · (P(b) / P(a)) ^ ((t − a) / (b − a))")
      case .populationTrend:
        LocalizedText(
          ja: "P(t) = P(b) · (P(b) / P(a)) ^ ((t − b) / (b − a)),   a = b より前の最後の基準年",
          en: "P(t) = P(b) · (P(b) / P(a)) ^ ((t − b) / (b − a)),   a = last anchor < b")
      case .populationConstant:
        LocalizedText(ja: "P(t) = P(a),   基準年が a の一つだけ", en: "P(t) = P(a),   a the only anchor")
      case .populationCohort: LocalizedText("P[j](t+5) = P[j−1](t) · s[j−1] · (1 + m[j−1])")
      case .shareFromCount: LocalizedText("e(a) = E(a) / P(a)")
      case .shareInterpolated: LocalizedText("e(t) = e(a) + (e(b) − e(a)) · (t − a) / (b − a)")
      case .shareShifted:
        LocalizedText(
          ja: "e(t) = e(a) + (s(t) − s(a)),   0 … 1 の範囲に収める",
          en: "e(t) = e(a) + (s(t) − s(a)),   clamped to 0 … 1")
      case .shareOfReference: LocalizedText("e(t) = s(t)")
      case .elderly: LocalizedText("E(t) = e(t) · P(t)")
      case .serviceNeed: LocalizedText("Q(t) = (P(t) − E(t)) + w · E(t)")
      case .demand: LocalizedText("D(t) = S(b) · (Q(t) / Q(b)) ^ ε")
      case .supplyRecruitment: LocalizedText("S(t+1) = S(t) · (1 − q) + hires(t)")
      case .hires: LocalizedText("hires(t) = min(q · S(t), h · r(t) · W(t))")
      case .hiringRate: LocalizedText("h = q · S(b) / (r(b) · W(b))")
      case .poolWorkingAge: LocalizedText("W(t) = P(t) · w(t)")
      case .poolUnderSixtyFive: LocalizedText("W(t) = P(t) − E(t)")
      case .supplyFixed: LocalizedText("S(t) = S(b)")
      case .supplyRatio: LocalizedText("S(t) = S(b) · P(t) / P(b)")
      case .supplyTarget: LocalizedText("S(t) = S(b) + (T − S(b)) · min(1, (t − b)/(y − b))")
      case .shortfall: LocalizedText("shortfall(t) = D(t) − S(t)")
      case .staffPer1000:
        LocalizedText(ja: "千人当たり職員 = S / P × 1,000", en: "Staff per 1,000 = S / P × 1,000")
      case .available: LocalizedText("A(t) = S(t) · H")
      case .routineNeed: LocalizedText("G(t) = (1 − f₀) · D(t) · H")
      case .freed: LocalizedText("X(t) = min(X′(t), G(t))")
      case .routine: LocalizedText("R(t) = G(t) − X(t)")
      case .facetime: LocalizedText("F(t) = max(0, A(t) − R(t))")
      case .facetimeWithoutMeasures: LocalizedText("F₀(t) = max(0, A(t) − G(t))")
      case .facetimeFromMeasures: LocalizedText("F_measures(t) = F(t) − F₀(t) = min(X(t), F(t))")
      case .facetimeFromSurplus:
        LocalizedText("F_surplus(t) = min(F₀(t), max(0, (S(t) − D(t)) · H))")
      case .facetimeFromNeed: LocalizedText("F_need(t) = F₀(t) − F_surplus(t)")
      case .facetimePerElderly: LocalizedText("F / E")
      case .index: LocalizedText("index(t) = (F(t) / E(t)) / L")
      case .baseLevel: LocalizedText("L = f₀ · S(b) · H / E(b)")
      case .regionPopulation: LocalizedText("P(t) = Σ_m P_m(t)")
      case .regionElderly: LocalizedText("E(t) = Σ_m E_m(t)")
      case .regionSupply: LocalizedText("S(t) = Σ_m S_m(t)")
      case .regionDemand: LocalizedText("D(t) = Σ_m D_m(t)")
      case .regionShortfall: LocalizedText("shortfall(t) = Σ_m shortfall_m(t)")
      case .regionFacetime: LocalizedText("F(t) = Σ_m F_m(t)")
      case .regionShare: LocalizedText("e(t) = Σ_m E_m(t) / Σ_m P_m(t)")
      case .regionStaffPer1000:
        LocalizedText(
          ja: "千人当たり職員 = Σ_m S_m / Σ_m P_m × 1,000",
          en: "Staff per 1,000 = Σ_m S_m / Σ_m P_m × 1,000")
      case .regionPerElderly: LocalizedText("F / E = Σ_m F_m / Σ_m E_m")
      case .regionIndex:
        LocalizedText(
          "index(t) = (Σ_m F_m(t) / Σ_m E_m(t)) / L,   L = Σ_m f₀ · S_m(b) · H / Σ_m E_m(b)")
      }
    }

    /// What an input is, in words.
    public static func meaning(_ quantity: Explanation.Quantity) -> LocalizedText {
      switch quantity {
      case .population: LocalizedText(ja: "人口", en: "population")
      case .elderly: LocalizedText(ja: "65歳以上人口", en: "residents aged 65+")
      case .elderlyShare: LocalizedText(ja: "高齢化率 (65歳以上の割合)", en: "65+ share")
      case .referenceShare:
        LocalizedText(ja: "変化を与える65歳以上の割合", en: "65+ share whose change moves it")
      case .baseStaff: LocalizedText(ja: "基準年の職員数", en: "staff in the base year")
      case .staffSupply: LocalizedText(ja: "職員見込", en: "staff supply")
      case .leaveRate: LocalizedText(ja: "離職率", en: "leave rate")
      case .hiringRate: LocalizedText(ja: "採用率 (母集団1人当たり)", en: "hires per person of the pool")
      case .recruitmentIndex: LocalizedText(ja: "採用母集団の指数", en: "recruitment-pool index")
      case .recruitmentPool: LocalizedText(ja: "採用の母集団", en: "recruitment pool")
      case .hires: LocalizedText(ja: "採用数 (翌年に加わる)", en: "hires (joining the next year)")
      case .staffTarget: LocalizedText(ja: "目標職員数", en: "staff target")
      case .targetYear: LocalizedText(ja: "目標年", en: "target year")
      case .elasticity: LocalizedText(ja: "弾力性", en: "elasticity")
      case .elderlyWeight: LocalizedText(ja: "65歳以上の需要の重み", en: "weight of a resident aged 65+")
      case .serviceNeed: LocalizedText(ja: "行政需要", en: "service need")
      case .staffDemand: LocalizedText(ja: "必要職員", en: "staff demand")
      case .shortfall: LocalizedText(ja: "不足 (負は余剰)", en: "shortfall (negative: a surplus)")
      case .staffPer1000: LocalizedText(ja: "人口千人当たり職員", en: "staff per 1,000 residents")
      case .hoursPerFTE: LocalizedText(ja: "常勤1人の年間時間", en: "hours of one FTE a year")
      case .facetimeShare:
        LocalizedText(ja: "基準年の対面の割合", en: "base year's face-to-face share")
      case .available: LocalizedText(ja: "使える時間", en: "hours available")
      case .routineNeed: LocalizedText(ja: "定型業務の必要時間", en: "routine need")
      case .freed: LocalizedText(ja: "取組による削減", en: "hours freed by measures")
      case .routine: LocalizedText(ja: "残る定型業務", en: "routine work left")
      case .facetime: LocalizedText(ja: "対面の時間", en: "face-to-face hours")
      case .facetimeWithoutMeasures:
        LocalizedText(ja: "取組がない場合の対面の時間", en: "face to face without any measure")
      case .facetimeFromNeed:
        LocalizedText(ja: "うち必要職員の対面分", en: "of which the need's face-to-face part")
      case .facetimeFromSurplus:
        LocalizedText(ja: "うち職員の余剰分", en: "of which staff above demand")
      case .facetimeFromMeasures:
        LocalizedText(ja: "うち取組で生まれた分", en: "of which bought by measures")
      case .facetimePerElderly:
        LocalizedText(ja: "65歳以上1人当たり対面時間", en: "face-to-face hours per resident aged 65+")
      case .baseLevel: LocalizedText(ja: "基準年の水準", en: "base year's level")
      case .facetimeIndex: LocalizedText(ja: "対面時間指数", en: "face-to-face index")
      }
    }

    /// A municipality's part of a region's sum: `population, 昭和村 Showa`.
    public static func part(_ meaning: LocalizedText, of place: String) -> LocalizedText {
      LocalizedText(ja: "\(meaning.ja) (\(place))", en: "\(meaning.en), \(place)")
    }

    public static let symbol = LocalizedText(ja: "記号", en: "Symbol")
    public static let meaningHeader = LocalizedText(ja: "意味", en: "Meaning")
    public static let value = LocalizedText(ja: "値", en: "Value")
    public static let unit = LocalizedText(ja: "単位", en: "Unit")
    public static let source = LocalizedText(ja: "出典", en: "Source")
    public static let kind = LocalizedText(ja: "種類", en: "Kind")
    public static let command = LocalizedText(ja: "コマンド", en: "Command")

    public static let ratio = LocalizedText(ja: "比", en: "ratio")
    public static let perYear = LocalizedText(ja: "割合/年", en: "share a year")
    public static let perPerson = LocalizedText(ja: "人/人", en: "hires per person")
    public static let index = LocalizedText(ja: "指数", en: "index")
    public static let year = LocalizedText(ja: "年", en: "year")

    /// `Staff shortfall (FTE; negative: a surplus) — 金山町 Kaneyama 2040 (R22): -15.7 — scenario
    /// aizu`.
    public static func title(
      metric: LocalizedText, place: LocalizedText, year: String, value: String, scenario: String
    ) -> LocalizedText {
      LocalizedText(
        ja: "\(metric.ja) — \(place.ja) \(year): \(value) — シナリオ \(scenario)",
        en: "\(metric.en) — \(place.en) \(year): \(value) — scenario \(scenario)")
    }

    /// The line before the equations of a value the scenario gives.
    public static let given = LocalizedText(
      ja: "式はありません: シナリオが与える値です", en: "no equation: a value the scenario gives")

    /// A region's sum, over how many municipalities.
    public static func sumOver(_ count: Int) -> LocalizedText {
      LocalizedText(ja: "\(count)市町村の和", en: "the sum over \(count) municipalities")
    }

    // MARK: Where an input comes from

    /// `output: explain staff_demand 金山町 2040`.
    public static func output(_ command: String) -> LocalizedText {
      LocalizedText(ja: "出力: \(command)", en: "output: \(command)")
    }

    /// `freed hours: freed 2040 金山町`.
    public static func freed(_ command: String) -> LocalizedText {
      LocalizedText(ja: "取組の削減: \(command)", en: "measures: \(command)")
    }

    public static let computed = LocalizedText(
      ja: "上の式で計算", en: "computed by the equations above")

    public static let fitted = LocalizedText(
      ja: "表1から最小二乗法で推定 (全市町村の ln 職員数 と ln 行政需要)",
      en: "fitted by least squares to table 1 (ln staff on ln service need, every municipality)")

    /// The 15–64 share held after the bands' last year.
    public static func heldAfterBands(_ year: Int) -> LocalizedText {
      LocalizedText(
        ja: "仮定: 15〜64歳の割合を\(year)年 (推計の最後の年) のまま保つ",
        en: "assumption: the 15–64 share held after \(year), the bands' last year")
    }

    /// `assumption leave_rate (soumu2018), aizu (built in):69:1`.
    public static func assumption(_ name: String, source: String?, at place: LocalizedText)
      -> LocalizedText
    {
      let cited = source.map { " (\($0))" } ?? ""
      return LocalizedText(
        ja: "仮定 \(name)\(cited)、\(place.ja)", en: "assumption \(name)\(cited), \(place.en)")
    }

    /// An assumption the scenario leaves out, at its default.
    public static func defaultAssumption(_ name: String) -> LocalizedText {
      LocalizedText(ja: "仮定 \(name) (既定値)", en: "assumption \(name) (default)")
    }

    /// An assumption changed at the prompt.
    public static func yourChange(_ command: String) -> LocalizedText {
      LocalizedText(ja: "この対話での変更: \(command)", en: "your change: \(command)")
    }

    // MARK: Notes and messages

    public static let marksNote = LocalizedText(
      ja: "出典の「出力」は、その行の値をさらに説明するコマンドです。式は docs/model.md にあります。",
      en:
        "An input that is another output names the command that explains it in turn. docs/model.md has every equation."
    )

    public static let needsArguments = LocalizedText(
      ja: "explain には出力、市町村 (か region)、年を指定します",
      en: "explain needs an output, a municipality (or region) and a year")

    /// `explain shortfall 金山町 2040`.
    public static func forExample(_ example: String) -> LocalizedText {
      LocalizedText(ja: "例: \(example)", en: "for example: \(example)")
    }

    /// An output that is not one of the model's.
    public static func unknownOutput(_ name: String) -> LocalizedText {
      LocalizedText(ja: "出力 '\(name)' はありません", en: "unknown output '\(name)'")
    }

    public static func oneOf(_ names: [String]) -> LocalizedText {
      LocalizedText(
        ja: "出力は " + names.joined(separator: "、"), en: "one of " + names.joined(separator: ", "))
    }

    public static func tooManyArguments(_ extra: String) -> LocalizedText {
      LocalizedText(ja: "余分な引数 '\(extra)' があります", en: "unexpected argument '\(extra)'")
    }

    public static let noSuchYear = LocalizedText(
      ja: "その年の値はありません", en: "no value for that year")
  }
}

extension Words.Help {
  public static let explainSummary = LocalizedText(
    ja: "出力の値がどこから来たかを式と入力で示す", en: "Where an output's value comes from: its equation and inputs")

  /// `help explain`, with the outputs' names in both languages.
  public static func explainDetails(outputs: [LocalizedText]) -> LocalizedText {
    LocalizedText(
      ja: """
        出力 (\(outputs.map { "\($0.ja) (\($0.en))" }.joined(separator: "、"))) の、市町村か地域 (region) のある年の値について、docs/model.md の式と、各入力の値、単位、出典を示します。出典は資料の表 (表1 など)、シナリオファイルの仮定とその行、別の出力 (続けて入力できる explain コマンドを示します)、取組の削減 (freed)、またはこの対話での変更 (set) です。
        地域の人口、職員数、対面時間などは市町村の和で、市町村ごとの値を並べます。高齢化率などの比は地域の和どうしの比です。
        """,
      en: """
        Shows, for an output (\(outputs.map(\.en).joined(separator: ", "))) of a municipality or the region in a year, the equation of docs/model.md that gives it and each input's value, unit and source: a seed table (table1, …), an assumption of the scenario file with its line, another output (with the explain command to type for it), the measures' freed hours (freed), or your change in this session (set).
        The region's population, staff, face-to-face hours and the like are sums over the municipalities, listed one by one; its shares and ratios are ratios of those sums.
        """)
  }
}
