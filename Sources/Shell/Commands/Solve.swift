import Bilingual
import Foundation
import Rendering
import ScenarioFile
import Simulation
import Words

extension Command {
  static let solve = Command(
    name: "solve",
    usage: "solve PATH [YEAR] OUTPUT = VALUE",
    summary: Words.Help.solveSummary,
    details: Words.Help.solveDetails,
    examples: [
      "solve recruitment_index 2040 shortfall 会津地域 2040 = 0",
      "solve recruitment_index shortfall 会津若松市 = 0",
      "solve measures.online_procedures.max_adoption facetime_index 昭和村 2030 = 1",
    ],
    columns: SolveReport.columns.map(\.column),
    complete: { context in
      context.previous.last == "="
        ? [] : explorationCandidates(context, pathPosition: 1, options: [])
    },
    run: { invocation, session throws(CommandError) in
      try invocation.rejectUnknownOptions(known: Interpreter.outputOptions)
      let command = "solve"
      // `=` may be written apart or against its neighbours: `shortfall = 0`, `shortfall=0`.
      let words = invocation.arguments.flatMap(SolveReport.splittingEquals)
      let sides = words.split(separator: "=", omittingEmptySubsequences: false)
      guard sides.count == 2, let targetText = sides[1].first, sides[1].count == 1 else {
        throw CommandError(
          sides.count > 2 ? Words.Exploration.equalsTwice : Words.Exploration.solveNeedsTarget,
          suggestion: Words.Exploration.solveExample)
      }
      let (parameter, rest) = try session.chosenParameter(Array(sides[0]), command: command)
      let outputs = try session.chosenOutputs(rest, command: command)
      guard outputs.count == 1, let output = outputs.first else {
        throw CommandError(
          outputs.isEmpty
            ? Words.Exploration.solveNeedsOutput : Words.Exploration.oneOutput(command),
          suggestion: Words.Exploration.solveExample)
      }
      let target = try session.number(targetText, command: command, argument: "VALUE")
      let scenario = session.scenario
      let result = GoalSeek.solve(
        scenario, parameter: parameter, output: output.output, target: target)
      switch result {
      case .found(let value, let reached, let others):
        return .report(
          SolveReport(
            parameter: parameter, output: output, target: target, value: value,
            reached: reached, others: others, current: parameter.value(in: scenario)
          ).report)
      case .unreachable(let lowest, let atLowest, let highest, let atHighest):
        let metric = output.output.metric
        throw CommandError(
          Words.Exploration.unreachable(
            parameter.path, from: NumberFormat.plain(lowest), to: NumberFormat.plain(highest),
            output: output.label, target: metric.cell(target).display.en,
            atLowest: metric.cell(atLowest).display.en,
            atHighest: metric.cell(atHighest).display.en),
          suggestion: Words.Exploration.tryAnotherParameter)
      }
    })
}

/// What `solve` shows: the value found, the output it gives, and the `set` command that
/// puts it in place.
struct SolveReport {
  let parameter: Parameter
  let output: ChosenOutput
  let target: Double
  let value: Double
  let reached: Double
  let others: Int
  let current: Double

  /// The digits of the value in the `set` command: enough that the output it gives is the
  /// target's to far below the tables' last digit.
  static let significantDigits = 10

  static let columns: [ReportColumn<SolveReport>] = {
    let E = Words.Exploration.self
    return [
      .init(E.parameter, field: "parameter", alignment: .left, isKey: true) {
        .text($0.parameter.path)
      },
      .init(E.valueFound, field: "value", isEssential: true) {
        Report.Cell(
          display: LocalizedText(Report.Cell.parameterText($0.value, digits: significantDigits)),
          value: .number($0.value))
      },
      .init(E.output, field: "output", alignment: .left) { .words($0.output.label) },
      .init(E.metric, field: "metric", alignment: .left, audience: .programs) {
        .text($0.output.output.metric.rawValue)
      },
      .init(
        Words.Projection.municipality, field: "municipality", alignment: .left, audience: .programs
      ) {
        $0.output.output.municipality.map(Report.Cell.text) ?? .empty
      },
      .init(Words.Projection.year, field: "year", audience: .programs) {
        .year($0.output.output.year)
      },
      .init(E.target, field: "target") { $0.output.output.metric.cell($0.target) },
      .init(E.reached, field: "reached", isEssential: true) {
        let metric = $0.output.output.metric
        return Report.Cell(
          display: LocalizedText(NumberFormat.grouped($0.reached, decimals: metric.decimals + 3)),
          value: .number($0.reached))
      },
      .init(E.currentValue, field: "current") { .parameterValue($0.current) },
      .init(E.setCommand, field: "set_command", alignment: .left, audience: .programs) {
        .text($0.setCommand)
      },
    ]
  }()

  /// `set recruitment_index.2040 0.5958407104`: the value to `significantDigits` digits.
  var setCommand: String {
    "set \(parameter.path) \(NumberFormat.plain(Self.rounded(value, digits: Self.significantDigits)))"
  }

  var report: Report {
    let E = Words.Exploration.self
    var notes = [E.applyWith(setCommand), E.solveTolerance(GoalSeek.tolerance)]
    if others > 0 { notes.append(E.otherSolutions(others)) }
    return Report(
      title: E.solveTitle(parameter.path, output: output.label, target: NumberFormat.plain(target)),
      rows: [self], columns: Self.columns, notes: notes)
  }

  /// `x` rounded to `digits` significant digits.
  static func rounded(_ x: Double, digits: Int) -> Double {
    guard x.isFinite, x != 0 else { return x }
    let places = digits - 1 - Int(log10(x.magnitude).rounded(.down))
    guard places > -300, places < 300 else { return x }
    let scale = pow(10, Double(places))
    let result = (x * scale).rounded() / scale
    return result.isFinite ? result : x
  }

  /// `shortfall=0` as `shortfall`, `=`, `0`; a word without `=` as it is.
  static func splittingEquals(_ word: String) -> [String] {
    guard word != "=", word.contains("=") else { return [word] }
    var parts: [String] = []
    for (index, piece) in word.split(separator: "=", omittingEmptySubsequences: false).enumerated()
    {
      if index > 0 { parts.append("=") }
      if !piece.isEmpty { parts.append(String(piece)) }
    }
    return parts
  }
}
