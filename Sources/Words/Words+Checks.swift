import Bilingual
import Rendering
import Simulation

/// Words of the checks a scenario states (`[checks.ID]`): the scenario reader's diagnostics,
/// the `check` command's report and messages, and `--check`.
extension Words.Diagnostics {
  public static let checks = LocalizedText(ja: "チェック", en: "checks")

  /// `unknown check 'population_fall'`: an incomplete check named like another.
  public static func unknownCheck(_ id: String) -> LocalizedText {
    LocalizedText(ja: "チェック '\(id)' はありません", en: "unknown check '\(id)'")
  }

  public static let seeCheckFormat = LocalizedText(
    ja: "docs/scenario-format.md の [checks.ID] を参照",
    en: "see docs/scenario-format.md, [checks.ID]")

  public static let noComparison = LocalizedText(
    ja: "比べ方が書かれていません", en: "no comparison given")

  /// `the check gives both 'below' and 'at_least'`.
  public static func checkGivesBoth(_ keys: [String]) -> LocalizedText {
    let quoted = keys.map { "'\($0)'" }
    return LocalizedText(
      ja: "チェックに \(quoted.joined(separator: " と ")) の両方が書かれています",
      en: "the check gives both \(quoted.joined(separator: " and "))")
  }

  public static func unknownMetric(_ name: String) -> LocalizedText {
    LocalizedText(ja: "指標 '\(name)' はありません", en: "unknown metric '\(name)'")
  }

  /// `where = 'Aizuwakamatu'` names neither a municipality, `region` nor `each`.
  public static func unknownPlace(_ text: String) -> LocalizedText {
    LocalizedText(
      ja: "'\(text)' は市町村でも region でも each でもありません",
      en: "'\(text)' is not a municipality, region or each")
  }

  public static let placeIs = LocalizedText(
    ja: "市町村名 (漢字かローマ字)、region (地域計)、each (すべての市町村) のどれか",
    en:
      "a municipality (kanji or romaji), region (the region's figure) or each (every municipality)"
  )

  public static let aNumberOrYearTimes = LocalizedText(
    ja: "数値か { year = 2020, times = 0.9 } のような表", en: "a number or { year = 2020, times = 0.9 }")

  public static let writeYearTimes = LocalizedText(
    ja: "{ year = 2020, times = 0.9 } のように比べる年を書く",
    en: "name the year to compare with: { year = 2020, times = 0.9 }")
}

extension Words.Diagnostics.Quantity {
  public static let checkValue = LocalizedText(ja: "比べる値", en: "a value to compare with")
}

extension Words {
  /// Words of the `check` command and of `aizusim --check`.
  public enum Check {
    public static let check = LocalizedText(ja: "チェック", en: "Check")
    public static let place = LocalizedText(ja: "どこで", en: "Where")
    public static let metric = LocalizedText(ja: "指標", en: "Metric")
    public static let value = LocalizedText(ja: "値", en: "Value")
    public static let condition = LocalizedText(ja: "条件", en: "Condition")
    public static let bound = LocalizedText(ja: "比べた値", en: "Compared with")
    public static let result = LocalizedText(ja: "結果", en: "Result")
    public static let pass = LocalizedText(ja: "満たす", en: "pass")
    public static let fail = LocalizedText(ja: "満たさない", en: "FAIL")
    public static let referenceYear = LocalizedText(ja: "比べた年", en: "Reference year")
    public static let referenceValue = LocalizedText(ja: "比べた年の値", en: "Reference value")
    public static let times = LocalizedText(ja: "倍率", en: "Times")

    /// What a check's value is compared with, as the condition cell says it.
    public enum Bound: Sendable {
      /// A number, as the metric shows it.
      case value(String)
      /// The other year's value times a factor, written as a percentage.
      case relative(year: Int, percent: String)
    }

    /// `at least 90% of 2020's`, `below 2020's`, `at most 0`.
    public static func condition(_ relation: Simulation.Check.Relation, bound: Bound)
      -> LocalizedText
    {
      let (ja, en): (String, String)
      switch bound {
      case .value(let x): (ja, en) = (x, x)
      case .relative(let year, let percent):
        (ja, en) =
          percent == "100%"
          ? ("\(year)年の値", "\(year)'s") : ("\(year)年の\(percent)", "\(percent) of \(year)'s")
      }
      switch relation {
      case .below: return LocalizedText(ja: "\(ja)未満", en: "below \(en)")
      case .above: return LocalizedText(ja: "\(ja)を超える", en: "above \(en)")
      case .atMost: return LocalizedText(ja: "\(ja)以下", en: "at most \(en)")
      case .atLeast: return LocalizedText(ja: "\(ja)以上", en: "at least \(en)")
      }
    }

    /// An `each` check that every municipality passes, shown by the one closest to failing.
    public static func eachClosest(_ count: Int, closest: LocalizedText) -> LocalizedText {
      LocalizedText(
        ja: "\(count)市町村すべて (最も近い: \(closest.ja))",
        en: "all \(count) (closest: \(closest.en))")
    }

    /// `facetime_kept: 1 of 13 municipalities fail (--all shows every one)`.
    public static func eachFailing(_ id: String, failing: Int, of count: Int) -> LocalizedText {
      LocalizedText(
        ja: "\(id): \(count)市町村のうち\(failing)市町村が満たさない (--all ですべて表示)",
        en: "\(id): \(failing) of \(count) municipalities fail (--all shows every one)")
    }

    /// `3 checks: all pass`, `3 checks: 1 fails`.
    public static func summary(checks: Int, failed: Int) -> LocalizedText {
      guard failed > 0 else {
        return LocalizedText(
          ja: "チェック\(checks)件: すべて満たす",
          en: checks == 1 ? "1 check: it passes" : "\(checks) checks: all pass")
      }
      return LocalizedText(
        ja: "チェック\(checks)件: \(failed)件が満たさない",
        en:
          "\(checks) \(checks == 1 ? "check" : "checks"): \(failed) \(failed == 1 ? "fails" : "fail")"
      )
    }

    public static func title(scenario: String) -> LocalizedText {
      LocalizedText(ja: "チェック — シナリオ \(scenario)", en: "Checks — scenario \(scenario)")
    }

    public static let noChecks = LocalizedText(
      ja: "このシナリオにはチェックがありません ([checks.ID]、docs/scenario-format.md)",
      en: "the scenario states no checks ([checks.ID], docs/scenario-format.md)")

    public static func unknownCheck(_ id: String) -> LocalizedText {
      LocalizedText(ja: "チェック '\(id)' はありません", en: "unknown check '\(id)'")
    }

    public static func checksAre(_ ids: [String]) -> LocalizedText {
      let list = ids.joined(separator: ", ")
      return LocalizedText(ja: "チェックは \(list)", en: "the checks are \(list)")
    }

    /// `--check` with another way of giving commands or a scenario: bad usage.
    public static let checkRunsAlone = LocalizedText(
      ja: "--check FILE は --scenario、-c、スクリプトファイルと一緒には使えません",
      en: "--check FILE runs alone: not with --scenario, -c or script files")
  }
}

extension Words.Help {
  public static let checkSummary = LocalizedText(
    ja: "シナリオに書かれたチェックを確かめる", en: "Run the checks the scenario states")
  public static let checkDetails = LocalizedText(
    ja: """
      シナリオの [checks.ID] に書かれた条件 (ある年のある指標が、数値か別の年の値の何倍より上か下か) を確かめ、チェックごとに値、条件、比べた値、結果を示します。ID を指定するとそのチェックだけです。
      地域 (region) や一つの市町村のチェックは1行、すべての市町村 (each) のチェックは満たさない市町村ごとに1行、すべて満たすときは最も近い市町村を1行で示します (--all ですべての市町村)。一つでも満たさないと失敗になり、スクリプトは終了コード1で終わります。aizusim --check FILE は FILE を読み込んでチェックだけを行います。書き方は docs/scenario-format.md の [checks.ID] にあります。
      """,
    en: """
      Runs the assertions the scenario states under [checks.ID] (an output in a year above or below a number, or another year's value times a factor) and shows, for each, the value, the condition, what it was compared with and whether it passed. With IDs, only those checks.
      A check of the region or one municipality is one row; a check of each municipality is a row per municipality that fails, or, when all pass, one row for the closest to failing (--all shows every municipality). If any fails the command fails, so a script exits with status 1. aizusim --check FILE loads FILE and runs its checks only. docs/scenario-format.md, [checks.ID], has the syntax.
      """)
}
