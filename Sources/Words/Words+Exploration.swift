import Bilingual
import Rendering

/// Words of the exploring commands, `sweep`, `sensitivity`, `montecarlo` and `solve`: their
/// tables, notes, progress and errors. Errors name the command and the argument.
extension Words {
  public enum Exploration {
    // MARK: - Parameters and outputs

    public static func needsParameter(_ command: String) -> LocalizedText {
      LocalizedText(
        ja: "\(command) には変える値 (PATH) を指定します", en: "\(command) needs a PATH to vary")
    }

    /// `it varies: hours_per_fte, leave_rate, …`.
    public static func parametersAre(_ names: [String]) -> LocalizedText {
      let list = names.joined(separator: ", ")
      return LocalizedText(ja: "変えられる値: \(list)", en: "it varies: \(list)")
    }

    public static func unknownParameter(_ command: String, path: String) -> LocalizedText {
      LocalizedText(
        ja: "\(command): '\(path)' は \(command) が動かせる仮定ではありません",
        en: "\(command): '\(path)' is not an assumption \(command) can vary")
    }

    /// A path `set` takes but the exploring commands do not vary (a method, a year, data).
    public static func notVaried(_ command: String, path: String) -> LocalizedText {
      LocalizedText(
        ja:
          "\(command): '\(path)' は set で変えられますが、\(command) が動かす数値の仮定ではありません (方法の選択、年、市町村のデータ、判定の値は動かしません)",
        en:
          "\(command): '\(path)' is a value `set` changes, not a numeric assumption \(command) varies (methods, years, municipalities' data and verdict thresholds are not varied)"
      )
    }

    public static func badParameterYear(_ command: String, path: String, year: String)
      -> LocalizedText
    {
      LocalizedText(
        ja: "\(command): '\(path)' の年 '\(year)' は使えません",
        en: "\(command): '\(year)' is not a year of '\(path)'")
    }

    public static func yearsFrom(_ first: Int, to last: Int) -> LocalizedText {
      LocalizedText(ja: "\(first) から \(last) の年を書く", en: "write a year from \(first) to \(last)")
    }

    public static func notASeries(_ command: String, path: String, name: String) -> LocalizedText {
      LocalizedText(
        ja: "\(command): '\(path)': \(name) は一つの数値で、年ごとの値ではありません",
        en: "\(command): '\(path)': \(name) is one number, not a value a year")
    }

    public static func notANumber(_ command: String, argument: String, text: String)
      -> LocalizedText
    {
      LocalizedText(
        ja: "\(command): \(argument) '\(text)' は数値ではありません",
        en: "\(command): \(argument) '\(text)' is not a number")
    }

    public static let writeDigits = LocalizedText(
      ja: "0.035 や 1800 のように数字で書く", en: "write it in digits, as in 0.035 or 1800")

    /// `sweep: FROM 1.5 is outside what leave_rate takes, 0 to 1`.
    public static func outsideLimits(
      _ command: String, argument: String, text: String, path: String, from: String, to: String,
      excludingLower: Bool
    ) -> LocalizedText {
      LocalizedText(
        ja:
          "\(command): \(argument) '\(text)' は \(path) の範囲 (\(from) \(excludingLower ? "より大きく" : "から") \(to) まで) の外です",
        en:
          "\(command): \(argument) '\(text)' is outside what \(path) takes, \(excludingLower ? "above \(from)" : from) to \(to)"
      )
    }

    public static func beforeMetric(_ command: String, word: String) -> LocalizedText {
      LocalizedText(
        ja: "\(command): '\(word)' の前に指標がありません",
        en: "\(command): '\(word)' comes before any metric")
    }

    /// How an output is written.
    public static func outputForm(_ command: String) -> LocalizedText {
      LocalizedText(
        ja: "出力は 指標 [市町村|region] [年] の順に書く (例: shortfall 会津若松市 2040)",
        en:
          "write an output as METRIC [MUNICIPALITY|region] [YEAR], as in shortfall Aizuwakamatsu 2040"
      )
    }

    public static func twoYears(_ command: String, word: String) -> LocalizedText {
      LocalizedText(
        ja: "\(command): 一つの出力に年が二つあります ('\(word)')",
        en: "\(command): a second year '\(word)' for one output")
    }

    public static func twoAreas(_ command: String, word: String) -> LocalizedText {
      LocalizedText(
        ja: "\(command): 一つの出力に市町村か地域が二つあります ('\(word)')",
        en: "\(command): a second municipality or region '\(word)' for one output")
    }

    public static func unknownOutputWord(_ command: String, word: String) -> LocalizedText {
      LocalizedText(
        ja: "\(command): '\(word)' は指標でも市町村でも年でもありません",
        en: "\(command): '\(word)' is not a metric, a municipality, the region or a year")
    }

    public static func oneOutput(_ command: String) -> LocalizedText {
      LocalizedText(ja: "\(command) の出力は一つです", en: "\(command) takes one output")
    }

    public static func oneAtATime(_ command: String) -> LocalizedText {
      LocalizedText(ja: "出力ごとに \(command) を実行する", en: "run \(command) once per output")
    }

    public static func extraArguments(_ command: String, _ text: String) -> LocalizedText {
      LocalizedText(
        ja: "\(command): 余分な引数 '\(text)' があります", en: "\(command): unexpected '\(text)'")
    }

    /// Table headers.
    public static let parameter = LocalizedText(ja: "仮定", en: "Assumption")

    // MARK: - sweep

    public static func sweepNeedsRange(_ path: String) -> LocalizedText {
      LocalizedText(
        ja: "sweep: \(path) の FROM TO STEP がありません", en: "sweep: \(path) needs FROM TO STEP")
    }

    public static func sweepExample(_ path: String) -> LocalizedText {
      LocalizedText(
        ja: "例: sweep leave_rate 0.03 0.04 0.0025", en: "as in sweep leave_rate 0.03 0.04 0.0025")
    }

    public static func stepNotPositive(_ text: String) -> LocalizedText {
      LocalizedText(
        ja: "sweep: STEP '\(text)' は 0 より大きくします", en: "sweep: STEP '\(text)' must be above 0")
    }

    public static func fromAboveTo(_ from: String, _ to: String) -> LocalizedText {
      LocalizedText(
        ja: "sweep: FROM '\(from)' が TO '\(to)' より大きいです",
        en: "sweep: FROM '\(from)' is above TO '\(to)'")
    }

    public static func writeFromFirst(_ command: String) -> LocalizedText {
      LocalizedText(ja: "小さい方を先に: \(command)", en: "write the smaller first: \(command)")
    }

    public static func tooManyRows(_ rows: Double, maximum: Int) -> LocalizedText {
      let count = rows < 1e15 ? NumberFormat.grouped(rows, decimals: 0) : NumberFormat.plain(rows)
      return LocalizedText(
        ja: "sweep: 行が \(count) になります。最大 \(NumberFormat.grouped(maximum)) 行です",
        en: "sweep: \(count) rows; at most \(NumberFormat.grouped(maximum))")
    }

    public static func stepAtLeast(_ step: String) -> LocalizedText {
      LocalizedText(ja: "STEP を \(step) 以上にする", en: "use a STEP of at least \(step)")
    }

    /// `Sweep of leave_rate, 0.03 to 0.04 by 0.0025 — scenario aizu`.
    public static func sweepTitle(
      _ path: String, from: String, to: String, step: String, scenario: String
    ) -> LocalizedText {
      LocalizedText(
        ja: "\(path) を \(from) から \(to) まで \(step) ずつ変えた結果 — シナリオ \(scenario)",
        en: "Sweep of \(path), \(from) to \(to) by \(step) — scenario \(scenario)")
    }

    public static func sweepNote(_ path: String, current: String) -> LocalizedText {
      LocalizedText(
        ja: "各行は set \(path) VALUE をしたときの値です (ほかの値はシナリオのまま)。シナリオの \(path) は \(current)。",
        en:
          "Each row is the scenario with `set \(path) VALUE`, everything else as it is; the scenario has \(path) = \(current)."
      )
    }

    public static func sweepChartTitle(_ output: LocalizedText, path: String) -> LocalizedText {
      LocalizedText(ja: "\(path) ごとの \(output.ja)", en: "\(output.en) by \(path)")
    }

    // MARK: - sensitivity

    public static func badPercent(_ text: String) -> LocalizedText {
      LocalizedText(
        ja: "sensitivity: --by '\(text)' は 0 より大きく 100 以下の百分率にします",
        en: "sensitivity: --by '\(text)' must be a percentage above 0, at most 100")
    }

    public static let baseValue = LocalizedText(ja: "現在値", en: "Value")
    public static let lowValue = LocalizedText(ja: "下げた値", en: "Low")
    public static let highValue = LocalizedText(ja: "上げた値", en: "High")
    public static let outputLow = LocalizedText(ja: "下げたとき", en: "Output low")
    public static let outputHigh = LocalizedText(ja: "上げたとき", en: "Output high")
    public static let swing = LocalizedText(ja: "振れ幅", en: "Swing")
    public static let clamped = LocalizedText(ja: "範囲内に収めた", en: "Clamped")

    /// `Sensitivity of shortfall Aizu region 2040 to each assumption ±10% — scenario aizu`.
    public static func sensitivityTitle(_ output: LocalizedText, percent: String, scenario: String)
      -> LocalizedText
    {
      LocalizedText(
        ja: "仮定を一つずつ ±\(percent)% 変えたときの \(output.ja) — シナリオ \(scenario)",
        en: "Sensitivity of \(output.en) to each assumption ±\(percent)% — scenario \(scenario)")
    }

    public static func sensitivityBase(_ output: LocalizedText, value: String) -> LocalizedText {
      LocalizedText(
        ja: "シナリオのままの \(output.ja) は \(value)。振れ幅は上げたときから下げたときを引いた値で、大きさの順に並べています。",
        en:
          "With the scenario as it is, \(output.en) is \(value). Swing: the output with the high value minus with the low one; the largest first."
      )
    }

    public static func clampedNote(_ paths: [String]) -> LocalizedText {
      let list = paths.joined(separator: ", ")
      return LocalizedText(
        ja: "! 使える範囲に収めた値: \(list)", en: "! moved into the values the assumption takes: \(list)")
    }

    /// The assumptions that did not move the output.
    public static func noEffect(_ paths: [String], measureFigures: Int) -> LocalizedText {
      let measures =
        measureFigures > 0
        ? [
          LocalizedText(
            ja: "施策の数値 \(measureFigures) 個 (measures.*)",
            en: "\(measureFigures) figures of measures (measures.*)")
        ] : []
      let all = paths.map { LocalizedText($0) } + measures
      return LocalizedText(
        ja: "この出力を動かさない仮定 (この出力に使われないか、値が 0 で割合では動かない): "
          + all.map(\.ja).joined(separator: "、"),
        en:
          "No effect on this output (not used for it, or at 0, which a percentage does not move): "
          + all.map(\.en).joined(separator: ", "))
    }

    /// What sensitivity does not vary, and why.
    public static func notVariedNote(horizon: Int) -> LocalizedText {
      LocalizedText(
        ja:
          "変えないもの: 方法の選択 (model.*、数値ではない)、年 (horizon、staff_target.year、施策の start)、市町村のデータ (資料の値で仮定ではない)、指針の選択肢と判定の値 (判定だけに使われ、どの出力にも入らない)、対面サービスの分野の割合 (合計が1)。年ごとの仮定は \(horizon) 年の値を動かします。",
        en:
          "Not varied: methods (model.*, choices, not numbers), years (horizon, staff_target.year, measures' start), municipalities' data (from sources, not assumptions), guidelines' options and verdict thresholds (they decide verdicts, which no output measures), face-to-face categories (shares adding up to 1). A series is moved in \(horizon)."
      )
    }

    public static func tornadoTitle(_ output: LocalizedText) -> LocalizedText {
      LocalizedText(
        ja: "\(output.ja) の変化 (シナリオのままとの差)",
        en: "Change in \(output.en) from the scenario as it is")
    }

    // MARK: - montecarlo

    public static let needsRuns = LocalizedText(
      ja: "montecarlo には回数 N を指定します", en: "montecarlo needs N, the number of runs")
    public static let runsExample = LocalizedText(
      ja: "例: montecarlo 1000", en: "as in montecarlo 1000")

    public static func runsNotWhole(_ text: String) -> LocalizedText {
      LocalizedText(
        ja: "montecarlo: N '\(text)' は整数ではありません",
        en: "montecarlo: N '\(text)' is not a whole number")
    }

    public static func runsNotPositive(_ text: String) -> LocalizedText {
      LocalizedText(
        ja: "montecarlo: N '\(text)' は 1 以上にします", en: "montecarlo: N '\(text)' must be 1 or more"
      )
    }

    public static func tooManyRuns(_ text: String, maximum: Int) -> LocalizedText {
      LocalizedText(
        ja: "montecarlo: N '\(text)' は多すぎます。最大 \(NumberFormat.grouped(maximum)) 回です",
        en: "montecarlo: N '\(text)' is too many; at most \(NumberFormat.grouped(maximum))")
    }

    public static func badSeed(_ text: String) -> LocalizedText {
      LocalizedText(
        ja: "montecarlo: --seed '\(text)' は 0 以上の整数ではありません",
        en: "montecarlo: --seed '\(text)' is not a whole number of 0 or more")
    }

    public static let seedHint = LocalizedText(
      ja: "0 から 18446744073709551615 の整数を書く",
      en: "write a whole number from 0 to 18446744073709551615")

    public static func noRanges(_ scenario: String) -> LocalizedText {
      LocalizedText(
        ja: "montecarlo: シナリオ \(scenario) は仮定の範囲 (range) を一つも示していません",
        en: "montecarlo: scenario \(scenario) states no range for any assumption")
    }

    public static let rangeHint = LocalizedText(
      ja: "[assumptions.NAME] に range = [下限, 上限] と range_source を書く (docs/scenario-format.md)",
      en:
        "write range = [low, high] and range_source under [assumptions.NAME] (docs/scenario-format.md)"
    )

    /// The progress line at a terminal.
    public static func montecarloProgress(_ done: Int, of total: Int) -> LocalizedText {
      LocalizedText(
        ja: "montecarlo: \(NumberFormat.grouped(total)) 回中 \(NumberFormat.grouped(done)) 回",
        en: "montecarlo: \(NumberFormat.grouped(done)) of \(NumberFormat.grouped(total)) runs")
    }

    public static func montecarloStopped(_ done: Int, of total: Int) -> LocalizedText {
      LocalizedText(
        ja:
          "montecarlo: Ctrl-C で止めました (\(NumberFormat.grouped(total)) 回中 \(NumberFormat.grouped(done)) 回済み)。途中までの結果は、どの回が済んだかが時の運で再現できないので示しません",
        en:
          "montecarlo: stopped by Ctrl-C after \(NumberFormat.grouped(done)) of \(NumberFormat.grouped(total)) runs; no percentiles, since which runs finished depends on timing and could not be repeated"
      )
    }

    public static let fewerRuns = LocalizedText(
      ja: "回数を減らしてもう一度実行する", en: "run it again, with fewer runs if need be")

    public static func shortfallPercentile(_ percentile: String) -> LocalizedText {
      LocalizedText(ja: "不足 \(percentile)", en: "Shortfall \(percentile)")
    }

    public static func supplyPercentile(_ percentile: String) -> LocalizedText {
      LocalizedText(ja: "職員見込 \(percentile)", en: "Supply \(percentile)")
    }

    public static func facetimePercentile(_ percentile: String) -> LocalizedText {
      LocalizedText(ja: "対面/65+ \(percentile)", en: "F/65+ \(percentile)")
    }

    public static let field = LocalizedText(ja: "項目", en: "Field")
    public static let aboveZero = LocalizedText(ja: "0 を超える割合", en: "Runs above 0")
    public static let aboveZeroNote = LocalizedText(
      ja: "0 を超える割合: その出力が 0 より大きくなった回の割合 (不足なら職員不足になった回)。",
      en:
        "Runs above 0: the share of runs in which the output is above 0 (for a shortfall, the runs short)."
    )

    /// `Monte Carlo: 1,000 runs, seed 1 — scenario aizu`, for chosen outputs.
    public static func montecarloOutputsTitle(runs: Int, seed: String, scenario: String)
      -> LocalizedText
    {
      LocalizedText(
        ja: "モンテカルロ: \(NumberFormat.grouped(runs)) 回、シード \(seed) — シナリオ \(scenario)",
        en: "Monte Carlo: \(NumberFormat.grouped(runs)) runs, seed \(seed) — scenario \(scenario)")
    }

    public static let shortShare = LocalizedText(ja: "不足の割合", en: "Runs short")
    public static let runs = LocalizedText(ja: "回数", en: "Runs")
    public static let seed = LocalizedText(ja: "シード", en: "Seed")

    /// `Monte Carlo: 10,000 runs, seed 1 — 2040 (R22) — scenario aizu`.
    public static func montecarloTitle(runs: Int, seed: String, year: String, scenario: String)
      -> LocalizedText
    {
      LocalizedText(
        ja: "モンテカルロ: \(NumberFormat.grouped(runs)) 回、シード \(seed) — \(year) — シナリオ \(scenario)",
        en:
          "Monte Carlo: \(NumberFormat.grouped(runs)) runs, seed \(seed) — \(year) — scenario \(scenario)"
      )
    }

    public static func regionShort(
      _ region: LocalizedText, year: Int, share: String, short: Int, runs: Int
    ) -> LocalizedText {
      LocalizedText(
        ja:
          "\(region.ja) が \(year) 年に職員不足になるのは \(NumberFormat.grouped(runs)) 回中 \(NumberFormat.grouped(short)) 回 (\(share))。",
        en:
          "\(region.en) runs short in \(year) in \(NumberFormat.grouped(short)) of \(NumberFormat.grouped(runs)) runs (\(share))."
      )
    }

    public static let rangesDrawn = LocalizedText(
      ja: "各回で次の仮定を範囲内から一様に、互いに独立に引きます (ほかはシナリオのまま):",
      en:
        "Each run draws these assumptions uniformly within their ranges, independently (all else as the scenario has it):"
    )

    /// `leave_rate 0.032–0.04 (departures2022)`, or `(assumption)`.
    public static func rangeLine(_ path: String, low: String, high: String, source: String?)
      -> LocalizedText
    {
      LocalizedText(
        ja: "  \(path) \(low)〜\(high) (\(source ?? "仮定"))",
        en: "  \(path) \(low) to \(high) (\(source ?? "assumption"))")
    }

    public static let montecarloMethod = LocalizedText(
      ja:
        "P5、P50、P95 は最近順位法の百分位 (小さい順に並べて ⌈p/100 × N⌉ 番目)。同じシードなら、どの計算機でも何コアでも同じ数値になります。docs/model.md「不確かさ」。",
      en:
        "P5, P50, P95: nearest-rank percentiles (the ⌈p/100 × N⌉-th value in ascending order). The same seed gives the same numbers on any machine and core count. docs/model.md, \"Uncertainty\"."
    )

    // MARK: - solve

    public static let solveNeedsTarget = LocalizedText(
      ja: "solve には OUTPUT = VALUE を指定します", en: "solve needs OUTPUT = VALUE")
    public static let equalsTwice = LocalizedText(
      ja: "solve: = が二つあります", en: "solve: '=' given twice")
    public static let solveNeedsOutput = LocalizedText(
      ja: "solve: = の前に出力 (指標 [市町村|region] [年]) がありません",
      en: "solve: no output (METRIC [MUNICIPALITY|region] [YEAR]) before '='")
    public static let solveExample = LocalizedText(
      ja: "例: solve recruitment_index 2040 shortfall 会津地域 2040 = 0",
      en: "as in solve recruitment_index 2040 shortfall 会津地域 2040 = 0")

    /// No value in the allowed range reaches the target.
    public static func unreachable(
      _ path: String, from: String, to: String, output: LocalizedText, target: String,
      atLowest: String, atHighest: String
    ) -> LocalizedText {
      LocalizedText(
        ja:
          "solve: \(path) を \(from) から \(to) のどの値にしても \(output.ja) は \(target) になりません (\(from) で \(atLowest)、\(to) で \(atHighest))",
        en:
          "solve: no value of \(path) from \(from) to \(to) makes \(output.en) \(target): it is \(atLowest) at \(from) and \(atHighest) at \(to)"
      )
    }

    public static let tryAnotherParameter = LocalizedText(
      ja: "別の仮定か目標値で試す。sweep で出力の動きを見られます",
      en: "try another assumption or target; sweep shows how the output moves")

    public static let valueFound = LocalizedText(ja: "求めた値", en: "Value found")
    public static let output = LocalizedText(ja: "出力", en: "Output")
    public static let metric = LocalizedText(ja: "指標", en: "Metric")
    public static let target = LocalizedText(ja: "目標", en: "Target")
    public static let reached = LocalizedText(ja: "到達値", en: "Reached")
    public static let currentValue = LocalizedText(ja: "現在値", en: "Now")
    public static let setCommand = LocalizedText(ja: "set コマンド", en: "Set command")

    public static func solveTitle(_ path: String, output: LocalizedText, target: String)
      -> LocalizedText
    {
      LocalizedText(
        ja: "\(output.ja) を \(target) にする \(path) (ゴールシーク)",
        en: "Goal seek: \(path) at which \(output.en) is \(target)")
    }

    public static func applyWith(_ command: String) -> LocalizedText {
      LocalizedText(ja: "この値にするには: \(command)", en: "To apply it: \(command)")
    }

    public static func solveTolerance(_ tolerance: Double) -> LocalizedText {
      LocalizedText(
        ja:
          "使える範囲を64等分して目標をまたぐ区間を探し、二分法で範囲の幅の \(NumberFormat.plain(tolerance)) 倍まで絞り込みました (現在値に最も近い区間)。",
        en:
          "Found by trying the allowed range at 64 even steps for where the output crosses the target (the crossing nearest the value now), then bisection to \(NumberFormat.plain(tolerance)) of the range's width."
      )
    }

    public static func otherSolutions(_ count: Int) -> LocalizedText {
      LocalizedText(
        ja: "ほかにも \(count) か所で目標をまたぎます (sweep で確かめられます)。",
        en:
          "The output crosses the target in \(count) other place\(count == 1 ? "" : "s") too (sweep shows them)."
      )
    }

    // MARK: - Ranges in `show assumptions`

    public static let rangeHeader = LocalizedText(ja: "範囲", en: "Range")
    public static let rangeSourceHeader = LocalizedText(ja: "範囲の出典", en: "Range source")
    /// `range_source = "assumption"` as tables show it.
    public static let assumedRange = LocalizedText(ja: "仮定", en: "assumption")

    /// `leave_rate range: …`: a range's reason, below `show assumptions`.
    public static func rangeNote(_ path: String, _ note: LocalizedText) -> LocalizedText {
      LocalizedText(ja: "\(path) の範囲: \(note.ja)", en: "\(path) range: \(note.en)")
    }
  }
}

/// The exploring commands' help.
extension Words.Help {
  public static let sweepSummary = LocalizedText(
    ja: "仮定を範囲で動かした表 (データテーブル)", en: "Vary an assumption over a range (a data table)")
  public static let sweepDetails = LocalizedText(
    ja: """
      PATH (set と同じ名前: leave_rate、recruitment_index 2040、measures.online_procedures.max_adoption など) を FROM から TO まで STEP ずつ変え、各値で出力を計算して表にします (Excel のデータテーブル)。最初の出力は棒グラフにもします。行は最大 1,000。
      出力は 指標 [市町村|region] [年] で、続けていくつでも書けます。市町村を省くと地域全体、年を省くと目標年です。既定は地域の shortfall と facetime_per_elderly。年ごとの仮定 (recruitment_index、elderly_share_rise) は PATH の後に年を書き、省くと目標年の値を変えます。
      csv と json の項目: parameter、value、出力ごとに 指標_市町村_年 (shortfall_region_2040 など)。
      """,
    en: """
      Tries PATH (named as for `set`: leave_rate, recruitment_index 2040, measures.online_procedures.max_adoption, …) from FROM to TO by STEP and shows the outputs at each value, as an Excel data table does, with a bar chart of the first output. At most 1,000 rows.
      Outputs are written METRIC [MUNICIPALITY|region] [YEAR], as many as you like; no municipality means the region, no year the horizon. By default the region's shortfall and facetime_per_elderly. A series (recruitment_index, elderly_share_rise) takes its year after PATH; without one, its value in the horizon year is varied.
      Fields in csv and json: parameter, value, and one per output, METRIC_AREA_YEAR (shortfall_region_2040).
      """)

  public static let sensitivitySummary = LocalizedText(
    ja: "どの仮定が結果を大きく動かすか", en: "Rank the assumptions by their effect on an output")
  public static let sensitivityDetails = LocalizedText(
    ja: """
      数値の仮定 (hours_per_fte、leave_rate、elderly_weight、elasticity、recruitment_index と elderly_share_rise の目標年の値、staff_target.share、facetime_share_2020、施策の数値) を一つずつ PCT% (既定 10%) 下げ・上げ、出力の振れ幅の大きい順に並べます (トルネード表と棒グラフ)。使える範囲を超える値は範囲内に収め、注記します。
      出力は 指標 [市町村|region] [年] で一つ。既定は地域の目標年の shortfall。出力を動かさない仮定と、変えないもの (方法の選択、年、市町村のデータ、指針の選択肢) は注記に示します。
      csv と json の項目: parameter、base、low、high、output_low、output_high、swing、clamped。
      """,
    en: """
      Moves each numeric assumption (hours_per_fte, leave_rate, elderly_weight, elasticity, recruitment_index and elderly_share_rise in the horizon year, staff_target.share, facetime_share_2020, the measures' figures) down and up by PCT% (default 10%) and ranks them by the swing of the output: a tornado table and chart. A value beyond what the assumption takes is moved into its range, with a note.
      One output, METRIC [MUNICIPALITY|region] [YEAR]; by default the region's shortfall in the horizon year. The notes name the assumptions that do not move it and what is not varied (methods, years, municipalities' data, guidelines' options).
      Fields in csv and json: parameter, base, low, high, output_low, output_high, swing, clamped.
      """)

  public static let montecarloSummary = LocalizedText(
    ja: "仮定の範囲から何度も引いて結果の幅を見る", en: "Draw the assumptions from their ranges, many times")

  public static func montecarloDetails(maximum: Int) -> LocalizedText {
    LocalizedText(
      ja: """
        シナリオが範囲 ([assumptions.NAME] の range) を示す仮定を、各回その範囲から一様に独立に引いて N 回計算し、目標年の不足・職員見込・65歳以上1人当たり対面時間の 5、50、95 パーセンタイル (最近順位法) を市町村と地域ごとに、地域が不足になる回の割合とともに示します。N は最大 \(NumberFormat.grouped(maximum))。
        N の後に出力 (METRIC [MUNICIPALITY|region] [YEAR]) を並べると、その出力ごとに 5、50、95 パーセンタイルと 0 を超える回の割合を示します。
        --seed S (既定 1) が同じなら、どの計算機でも何コアでも同じ数値になります。すべてのコアを使い、端末では進み具合を示します。Ctrl-C で止められます (途中の結果は示しません)。
        csv と json の項目: municipality、romaji、year、shortfall_p5、shortfall_p50、shortfall_p95、short_share、staff_supply_p5 …、facetime_per_elderly_p5 …、runs、seed。
        """,
      en: """
        Projects the scenario N times, each time drawing the assumptions it states ranges for ([assumptions.NAME] range) uniformly and independently within them, and shows the 5th, 50th and 95th percentiles (nearest rank) of the shortfall, staff supply and face-to-face hours per resident aged 65+ in the horizon year, per municipality and for the region, and the share of runs short. N at most \(NumberFormat.grouped(maximum)).
        Outputs after N (METRIC [MUNICIPALITY|region] [YEAR], as many as you like) are shown instead, one row each, with their percentiles and the share of runs above 0 (fields output, field, p5, p50, p95, above_0_share, runs, seed).
        The same --seed S (default 1) gives the same numbers on any machine and core count. It uses every core and shows its progress at a terminal; Ctrl-C stops it (no partial results).
        Fields in csv and json: municipality, romaji, year, shortfall_p5, shortfall_p50, shortfall_p95, short_share, staff_supply_p5 …, facetime_per_elderly_p5 …, runs, seed.
        """)
  }

  public static let solveSummary = LocalizedText(
    ja: "出力を目標にする仮定の値を求める (ゴールシーク)", en: "Find the value that makes an output reach a target")
  public static let solveDetails = LocalizedText(
    ja: """
      PATH の値で、出力 (指標 [市町村|region] [年]) が VALUE になるものを、使える範囲の中で求めます (Excel のゴールシーク)。求めた値、そのときの出力、その値にする set コマンドを示します。範囲のどの値でも届かないときは、範囲の両端での出力とともにそう示します。
      年ごとの仮定は PATH の後に年を書きます (省くと目標年)。例: solve recruitment_index 2040 shortfall 会津地域 2040 = 0 は、地域の不足がちょうど 0 になる2040年の採用母集団指数。
      csv と json の項目: parameter、value、output、metric、municipality、year、target、reached、current、set_command。
      """,
    en: """
      Finds the value of PATH, within the values it takes, at which an output (METRIC [MUNICIPALITY|region] [YEAR]) reaches VALUE, as Excel's Goal Seek does; shows the value, the output it gives and the `set` command that applies it. When no value in the range reaches it, says so with the output at both ends of the range.
      A series takes its year after PATH (default: the horizon). solve recruitment_index 2040 shortfall 会津地域 2040 = 0 is the 2040 recruitment index at which the region just breaks even.
      Fields in csv and json: parameter, value, output, metric, municipality, year, target, reached, current, set_command.
      """)
}

/// Diagnostics of ranges in scenario files.
extension Words.Diagnostics {
  public static let rangeKeysWithoutRange = LocalizedText(
    ja: "range_source か range_note がありますが、range がありません",
    en: "range_source or range_note without a range")
  public static let addRange = LocalizedText(
    ja: "range = [下限, 上限] を書く", en: "add range = [low, high]")

  public static func giveRangeSource(_ sources: [String]) -> LocalizedText {
    let list = sources.joined(separator: ", ")
    return LocalizedText(
      ja: "range_source に資料の ID (\(list)) か \"assumption\" を書く",
      en: "give range_source: a source's id (\(list)) or \"assumption\"")
  }

  public static let assumedRangeNeedsNote = LocalizedText(
    ja: "仮定の範囲 (range_source = \"assumption\") には根拠 (range_note) が要ります",
    en: "a range that is an assumption needs its reasoning in range_note")
  public static let addRangeNote = LocalizedText(
    ja: "range_note = { ja = \"…\", en = \"…\" } を書く",
    en: "add range_note = { ja = \"…\", en = \"…\" }")
  public static let aRangeByYear = LocalizedText(
    ja: "{ 2040 = [下限, 上限] } のような年ごとの範囲", en: "ranges by year, as in { 2040 = [low, high] }")

  public static func writeRangeByYear(_ name: String) -> LocalizedText {
    LocalizedText(
      ja: "\(name) は年ごとの値なので range = { 2040 = [0.5, 1.0] } のように書く",
      en: "\(name) is a value a year: write range = { 2040 = [0.5, 1.0] }")
  }

  public static let aRangePair = LocalizedText(
    ja: "[下限, 上限] の二つの数値", en: "two numbers, [low, high]")
  public static let writeRangePair = LocalizedText(
    ja: "range = [0.03, 0.04] のように書く", en: "write it as range = [0.03, 0.04]")
  public static let aRangeEnd = LocalizedText(
    ja: "この仮定の値", en: "a value of this assumption")

  public static func rangeEndNotAllowed(_ shown: String) -> LocalizedText {
    LocalizedText(
      ja: "\(shown) はこの仮定に使えない値です", en: "\(shown) is not a value this assumption takes")
  }

  public static func rangeNotIncreasing(_ low: String, _ high: String) -> LocalizedText {
    LocalizedText(
      ja: "範囲の下限 \(low) が上限 \(high) より小さくありません",
      en: "the range's low end \(low) is not below its high end \(high)")
  }

  public static let writeLowFirst = LocalizedText(
    ja: "[下限, 上限] の順に、異なる二つの値を書く", en: "write [low, high], low first, two different values")
}
