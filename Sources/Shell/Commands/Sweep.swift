import Bilingual
import Foundation
import Rendering
import ScenarioFile
import Simulation
import Words

extension Command {
  static let sweep = Command(
    name: "sweep",
    usage: "sweep PATH [YEAR] FROM TO STEP [OUTPUT…]",
    summary: Words.Help.sweepSummary,
    details: Words.Help.sweepDetails,
    examples: [
      "sweep leave_rate 0.03 0.04 0.0025",
      "sweep recruitment_index 2040 0.4 1 0.1 shortfall shortfall 会津若松市",
      "sweep elderly_weight 0.8 1.5 0.1 staff_demand 2040 facetime_per_elderly 昭和村",
    ],
    columnsForArguments: { arguments, session in
      ((try? SweepRequest(arguments, session: session)).map {
        SweepReport.columns(for: $0.outputs, path: $0.parameter.path)
      } ?? SweepReport.columns(for: [], path: "PATH")).map(\.column)
    },
    complete: { context in
      explorationCandidates(context, pathPosition: 1, options: [])
    },
    run: { invocation, session throws(CommandError) in
      try invocation.rejectUnknownOptions(known: Interpreter.outputOptions)
      let request = try SweepRequest(invocation.arguments, session: session)
      let sweep = SweepReport(request: request, scenario: session.scenario)
      return Output(items: [.report(sweep.report), .chart(sweep.chart)])
    })
}

/// What `sweep` was asked: the parameter, the values to try and the outputs to read.
struct SweepRequest {
  var parameter: Parameter
  var grid: SweepGrid
  var outputs: [ChosenOutput]
  /// FROM, TO and STEP as typed, for the title.
  var typed: (from: String, to: String, step: String)

  init(_ arguments: [String], session: Session) throws(CommandError) {
    let command = "sweep"
    let (parameter, rest) = try session.chosenParameter(arguments, command: command)
    guard rest.count >= 3 else {
      throw CommandError(
        Words.Exploration.sweepNeedsRange(parameter.path),
        suggestion: Words.Exploration.sweepExample(parameter.path))
    }
    let (fromText, toText, stepText) = (rest[0], rest[1], rest[2])
    let from = try session.allowed(
      session.number(fromText, command: command, argument: "FROM"), fromText, for: parameter,
      command: command, argument: "FROM")
    let to = try session.allowed(
      session.number(toText, command: command, argument: "TO"), toText, for: parameter,
      command: command, argument: "TO")
    let step = try session.number(stepText, command: command, argument: "STEP")
    guard step > 0 else {
      throw CommandError(Words.Exploration.stepNotPositive(stepText))
    }
    guard from <= to else {
      throw CommandError(
        Words.Exploration.fromAboveTo(fromText, toText),
        suggestion: Words.Exploration.writeFromFirst(
          "sweep \(parameter.path) \(toText) \(fromText) \(stepText)"))
    }
    do {
      grid = try SweepGrid(
        from: fromText, to: toText, step: stepText, fromValue: from, toValue: to, stepValue: step)
    } catch {
      throw CommandError(
        Words.Exploration.tooManyRows(error.rows, maximum: SweepGrid.maximumRows),
        suggestion: Words.Exploration.stepAtLeast(
          Report.Cell.parameterText((to - from) / Double(SweepGrid.maximumRows - 1))))
    }
    self.parameter = parameter
    let chosen = try session.chosenOutputs(Array(rest.dropFirst(3)), command: command)
    outputs =
      chosen.isEmpty
      ? [session.chosenOutput(.shortfall), session.chosenOutput(.facetime_per_elderly)] : chosen
    typed = (fromText, toText, stepText)
  }
}

/// What `sweep` shows: a row per value tried, a column per output, and a bar chart of the
/// first output.
struct SweepReport {
  let request: SweepRequest
  let scenario: Scenario

  /// One value tried, and each output's value with it.
  struct Row {
    var path: String
    var value: Double
    var shown: String
    var outputs: [Double]
  }

  /// The value's column (named by the parameter's path), then a column per output.
  static func columns(for outputs: [ChosenOutput], path: String) -> [ReportColumn<Row>] {
    [
      .init(Words.Exploration.parameter, field: "parameter", alignment: .left, audience: .programs)
      {
        .text($0.path)
      },
      .init(LocalizedText(path), field: "value", isKey: true) {
        Report.Cell(display: LocalizedText($0.shown), value: .number($0.value))
      },
    ]
      + outputs.enumerated().map { index, output in
        .init(output.label, field: output.field, isEssential: index == 0) {
          output.output.metric.cell($0.outputs[index])
        }
      }
  }

  var rows: [Row] {
    let outputs = request.outputs.map(\.output)
    return request.grid.values.map { value in
      Row(
        path: request.parameter.path, value: value, shown: request.grid.shown(value),
        outputs: request.parameter.applied(value, to: scenario).values(of: outputs))
    }
  }

  var report: Report {
    let parameter = request.parameter
    return Report(
      title: Words.Exploration.sweepTitle(
        parameter.path, from: request.typed.from, to: request.typed.to, step: request.typed.step,
        scenario: scenario.name),
      rows: rows, columns: Self.columns(for: request.outputs, path: parameter.path),
      notes: [
        Words.Exploration.sweepNote(
          parameter.path, current: Report.Cell.parameterText(parameter.value(in: scenario)))
      ])
  }

  /// The first output's value at each value tried, as bars; drawn for people only (the
  /// report carries the values for programs).
  var chart: BarChart.Localized {
    let output = request.outputs[0]
    return BarChart.Localized(
      title: Words.Exploration.sweepChartTitle(output.label, path: request.parameter.path),
      bars: rows.map {
        BarChart.Bar(
          label: $0.shown, value: $0.outputs[0],
          display: output.output.metric.cell($0.outputs[0]).display.en)
      },
      data: Report(columns: []))
  }
}

extension Report.Cell {
  /// A parameter's value as tables show it: four significant digits, grouped (`1,800`,
  /// `0.035`, `0.6418`), carried in full.
  static func parameterValue(_ x: Double) -> Report.Cell {
    Report.Cell(display: LocalizedText(parameterText(x)), value: .number(x))
  }

  /// `x` to `digits` significant digits, grouped, without trailing zeros.
  static func parameterText(_ x: Double, digits: Int = 4) -> String {
    guard x.isFinite, x != 0 else { return NumberFormat.plain(x) }
    let magnitude = Int(log10(x.magnitude).rounded(.down))
    let decimals = min(max(digits - 1 - magnitude, 0), 15)
    var text = NumberFormat.grouped(x, decimals: decimals)
    if decimals > 0 {
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
    }
    return text
  }
}
