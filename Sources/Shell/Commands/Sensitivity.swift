import Bilingual
import Foundation
import Rendering
import ScenarioFile
import Simulation
import Words

extension Command {
  static let sensitivity = Command(
    name: "sensitivity",
    usage: "sensitivity [OUTPUT] [--by PCT]",
    summary: Words.Help.sensitivitySummary,
    details: Words.Help.sensitivityDetails,
    examples: [
      "sensitivity", "sensitivity shortfall 会津若松市", "sensitivity facetime_index 2030 --by 20",
    ],
    columns: SensitivityReport.columns(.shortfall).map(\.column),
    complete: { context in
      explorationCandidates(context, pathPosition: nil, options: ["--by"])
    },
    run: { invocation, session throws(CommandError) in
      var invocation = invocation
      let byText = try invocation.option("--by")
      try invocation.rejectUnknownOptions(known: ["--by"] + Interpreter.outputOptions)
      let share =
        try byText.map { text throws(CommandError) -> Double in
          let digits = text.hasSuffix("%") ? String(text.dropLast()) : text
          let percent = try session.number(digits, command: "sensitivity", argument: "--by")
          guard percent > 0, percent <= 100 else {
            throw CommandError(Words.Exploration.badPercent(text))
          }
          return percent / 100
        } ?? SensitivityReport.defaultShare
      let outputs = try session.chosenOutputs(invocation.arguments, command: "sensitivity")
      guard outputs.count <= 1 else {
        throw CommandError(
          Words.Exploration.oneOutput("sensitivity"),
          suggestion: Words.Exploration.oneAtATime("sensitivity"))
      }
      let output = outputs.first ?? session.chosenOutput(.shortfall)
      let scenario = session.scenario
      let result = Sensitivity.ranked(
        scenario, parameters: ScenarioFile.parameters(of: scenario), output: output.output,
        by: share)
      let sensitivity = SensitivityReport(
        scenario: scenario, output: output, share: share, result: result)
      return Output(items: [.report(sensitivity.report), .chart(sensitivity.chart)])
    })
}

/// What `sensitivity` shows: the assumptions that move the output, the largest swing first,
/// each with its values tried and the output at each; a tornado chart of the changes; and
/// notes on what was clamped, what has no effect and what is not varied.
struct SensitivityReport {
  /// ±10% unless `--by` says otherwise.
  static let defaultShare = 0.1

  let scenario: Scenario
  let output: ChosenOutput
  let share: Double
  let result: Sensitivity.Result

  /// The columns, the output's in `metric`'s form.
  static func columns(_ metric: Metric) -> [ReportColumn<Sensitivity.Effect>] {
    let E = Words.Exploration.self
    return [
      .init(E.parameter, field: "parameter", alignment: .left, isKey: true) {
        .text($0.parameter.path)
      },
      .init(E.baseValue, field: "base") { .parameterValue($0.base) },
      .init(E.lowValue, field: "low") { .parameterValue($0.low).marked($0.isClamped ? "!" : nil) },
      .init(E.highValue, field: "high") {
        .parameterValue($0.high).marked($0.isClamped ? "!" : nil)
      },
      .init(E.outputLow, field: "output_low", isEssential: true) { metric.cell($0.outputLow) },
      .init(E.outputHigh, field: "output_high", isEssential: true) { metric.cell($0.outputHigh) },
      .init(E.swing, field: "swing", isEssential: true) {
        Report.Cell(display: LocalizedText(metric.change($0.swing)), value: .number($0.swing))
      },
      .init(E.clamped, field: "clamped", audience: .programs) {
        .bool($0.isClamped, display: LocalizedText(String($0.isClamped)))
      },
    ]
  }

  /// The assumptions with an effect, ranked; the others are named in a note.
  var effective: [Sensitivity.Effect] { result.effects.filter(\.hasEffect) }

  var report: Report {
    let E = Words.Exploration.self
    let percent = NumberFormat.plain(share * 100)
    var notes = [
      E.sensitivityBase(output.label, value: output.output.metric.cell(result.base).display.en)
    ]
    let clamped = effective.filter(\.isClamped).map(\.parameter.path)
    if !clamped.isEmpty { notes.append(E.clampedNote(clamped)) }
    let idle = result.effects.filter { !$0.hasEffect }.map(\.parameter.path)
    if !idle.isEmpty {
      let measures = idle.filter { $0.hasPrefix("measures.") }
      notes.append(
        E.noEffect(idle.filter { !$0.hasPrefix("measures.") }, measureFigures: measures.count))
    }
    notes.append(E.notVariedNote(horizon: scenario.horizon))
    return Report(
      title: E.sensitivityTitle(output.label, percent: percent, scenario: scenario.name),
      rows: effective, columns: Self.columns(output.output.metric), notes: notes)
  }

  /// Two bars per assumption with a visible effect: the output's change from its value in
  /// the scenario with the low value and with the high one.
  var chart: BarChart.Localized {
    let metric = output.output.metric
    // A swing too small to show at the metric's decimals draws no bar; the table lists it.
    let visible = 0.5 * pow(10, -Double(metric.decimals + (metric.isShare ? 2 : 0)))
    let bars = effective.filter { $0.swing.magnitude >= visible }.flatMap { effect in
      [(effect.low, effect.outputLow), (effect.high, effect.outputHigh)].map { value, outcome in
        BarChart.Bar(
          label: "\(effect.parameter.path) \(Report.Cell.parameterText(value))",
          value: outcome - result.base,
          display: metric.change(outcome - result.base))
      }
    }
    return BarChart.Localized(
      title: Words.Exploration.tornadoTitle(output.label), bars: bars, data: Report(columns: []))
  }
}
