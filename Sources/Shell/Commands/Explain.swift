import Bilingual
import Rendering
import ScenarioFile
import Simulation
import Words

extension Command {
  static let explain = Command(
    name: "explain",
    usage: "explain OUTPUT MUNICIPALITY|region YEAR",
    summary: Words.Help.explainSummary,
    details: Words.Help.explainDetails(outputs: Metric.allCases.map(\.name)),
    examples: [
      "explain shortfall 金山町 2040", "explain facetime_per_elderly 昭和村 2040",
      "explain 高齢化率 Showa R22", "explain population region 2040",
    ],
    columns: ExplainReport.columns.map(\.column),
    complete: { context in
      if context.previous.count == 1 {
        return Metric.names.filter { $0.hasPrefix(context.current) }
      }
      if context.current.first?.isNumber == true || context.current.first == "R" {
        return ["2020", "2025", "2030", "2035", "2040", "2050"].filter {
          $0.hasPrefix(context.current)
        }
      }
      return ["region"].filter { $0.hasPrefix(context.current) }
        + context.session.municipalityCandidates(context.current)
    },
    run: { invocation, session throws(CommandError) in
      try invocation.rejectUnknownOptions(known: Interpreter.outputOptions)
      let (metric, place, year) = try session.explained(invocation.arguments)
      let ledger = session.ledger(through: year)
      guard let explanation = ledger.explanation(of: metric, in: place?.name, year: year) else {
        throw CommandError(Words.Explain.noSuchYear)
      }
      return .report(
        ExplainReport(session: session, explanation: explanation, place: place).report)
    })
}

extension Session {
  /// `OUTPUT PLACE YEAR`, the place and the year in either order: the output (in English or
  /// Japanese), the municipality (`nil` for the region) and the year.
  fileprivate func explained(_ words: [String]) throws(CommandError)
    -> (Metric, Municipality?, Int)
  {
    let example = Words.Explain.forExample("explain shortfall 金山町 2040")
    guard words.count >= 3 else {
      throw CommandError(Words.Explain.needsArguments, suggestion: example)
    }
    guard words.count == 3 else {
      throw CommandError(Words.Explain.tooManyArguments(words[3]), suggestion: example)
    }
    guard let metric = Metric(named: words[0]) else {
      throw CommandError(
        Words.Explain.unknownOutput(words[0]),
        suggestion: Suggestion.guess(words[0], among: Metric.names)
          ?? Words.Explain.oneOf(Metric.allCases.map(\.rawValue)))
    }
    let rest = Array(words.dropFirst())
    guard let yearIndex = rest.firstIndex(where: Year.looksLikeYear) else {
      throw CommandError(Words.Explain.needsArguments, suggestion: example)
    }
    let year = try self.year(rest[yearIndex])
    let placeWord = rest[1 - yearIndex]
    if ["region", scenario.region.ja, scenario.region.en].contains(placeWord) {
      return (metric, nil, year)
    }
    if let found = scenario.municipality(named: placeWord) { return (metric, found, year) }
    let known = ["region"] + scenario.municipalities.flatMap { [$0.name, $0.romaji] }
    throw CommandError(
      Words.Arguments.unknownMunicipality(placeWord),
      suggestion: Suggestion.guess(placeWord, among: known) ?? Words.Arguments.showMunicipalities)
  }
}

/// What `explain` shows: the output's value and its equations as the title, then a row per
/// input with its value and where it comes from; each column declared once below.
struct ExplainReport {
  let session: Session
  let explanation: Explanation
  /// The municipality explained, or `nil` for the region.
  let place: Municipality?

  var scenario: Scenario { session.scenario }

  /// One input, with where it comes from in words.
  struct Row {
    var input: Explanation.Input
    /// The municipality's label, for a part of a region's sum.
    var part: String?
    var source: LocalizedText
    /// The kinds of its origins, for programs (`source`, `assumption`, `output`, …).
    var kinds: String
    /// The command that explains it in turn, if any.
    var command: String?
  }

  typealias E = Words.Explain

  static let columns: [ReportColumn<Row>] = [
    .init(E.symbol, field: "symbol", alignment: .left, isKey: true) { .text($0.input.symbol) },
    .init(E.meaningHeader, field: "meaning", alignment: .left) { row in
      let meaning = E.meaning(row.input.quantity)
      return .words(row.part.map { E.part(meaning, of: $0) } ?? meaning)
    },
    .init(E.value, field: "value", isEssential: true) { $0.input.quantity.cell($0.input.value) },
    .init(E.unit, field: "unit", alignment: .left) { .words($0.input.quantity.unit) },
    .init(E.source, field: "source", alignment: .left, isEssential: true) { .words($0.source) },
    .init(E.kind, field: "source_kind", alignment: .left, audience: .programs) { .text($0.kinds) },
    .init(E.command, field: "command", alignment: .left, audience: .programs) {
      $0.command.map(Report.Cell.text) ?? .empty
    },
  ]

  var report: Report {
    let rows = explanation.inputs.map(row)
    var cited: [String] = []
    for input in explanation.inputs {
      for id in sourceIDs(input.origins) where !cited.contains(id) { cited.append(id) }
    }
    let notes =
      scenario.sources.filter { cited.contains($0.id) }.map { source in
        source.title.map { [id = source.id] in "\(id): \($0)" }
      } + [E.marksNote]
    return Report(title: title, rows: rows, columns: Self.columns, notes: notes)
  }

  /// The output, where, when and its value; then its equations, one a line.
  private var title: LocalizedText {
    let metric = explanation.metric
    let shownPlace =
      place.map { ReportPlace.municipality($0).shown } ?? ReportPlace.region(of: scenario).shown
    let value = metric.cell(explanation.value).display
    let heading = E.title(
      metric: metric.words(baseYear: scenario.baseYear).title, place: shownPlace,
      year: Year.label(explanation.year), value: value.en, scenario: scenario.name)
    var lines = [heading]
    if explanation.equations.isEmpty {
      lines.append(E.given.map { "  " + $0 })
    } else if explanation.municipality == nil,
      [.population, .elderly, .staff_supply, .staff_demand, .shortfall, .facetime].contains(metric)
    {
      lines.append(E.sumOver(explanation.inputs.count).map { "  " + $0 })
    }
    lines += explanation.equations.map { E.equation($0).map { "  " + $0 } }
    return .joined(lines, separator: "\n")
  }

  private func row(_ input: Explanation.Input) -> Row {
    let part = input.municipality.flatMap { scenario.municipality(named: $0) }.map(\.label)
    let sources = input.origins.map(described)
    var unique: [LocalizedText] = []
    for source in sources where !unique.contains(source) { unique.append(source) }
    return Row(
      input: input, part: part, source: .joined(unique, separator: "; "),
      kinds: input.origins.map(kind).reduce(into: [String]()) {
        if !$0.contains($1) { $0.append($1) }
      }.joined(separator: ";"),
      command: input.origins.lazy.compactMap(command).first)
  }

  /// The seed tables and other documents the origins cite, by id.
  private func sourceIDs(_ origins: [Explanation.Origin]) -> [String] {
    origins.compactMap { origin -> String? in
      switch origin {
      case .data(let path):
        if case .source(let id)? = scenario.provenance[path] { return id }
        return nil
      case .assumption(let name):
        return scenario.assumptions.first { $0.name == name }?.source
      case .fitted: return scenario.sources.first { $0.fields.contains("staff") }?.id
      default: return nil
      }
    }
  }

  /// Where a value comes from, in words: a source's id, an assumption and where it is
  /// written, the user's change, or the command that explains it.
  private func described(_ origin: Explanation.Origin) -> LocalizedText {
    switch origin {
    case .data(let path):
      switch scenario.provenance[path] {
      case .source(let id)?: return LocalizedText(id)
      case .assumption(let name)?: return Words.Show.assumption(name)
      case .file(let location)?: return Words.Show.changedInFile(location)
      case .user(let command)?: return E.yourChange(command)
      case nil: return LocalizedText(path)
      }
    case .assumption(let name):
      guard let assumption = scenario.assumptions.first(where: { $0.name == name }) else {
        return E.defaultAssumption(name)
      }
      if let change = userChange(of: name) { return E.yourChange(change) }
      if assumption.origin == "default" { return E.defaultAssumption(name) }
      return E.assumption(
        name, source: assumption.source, at: ScenarioReport.origin(assumption.origin))
    case .fitted: return E.fitted
    case .heldAfterBands(let year): return E.heldAfterBands(year)
    case .output: return command(origin).map { E.output($0) } ?? E.computed
    case .freed: return command(origin).map { E.freed($0) } ?? E.computed
    case .computed: return E.computed
    }
  }

  /// The latest `set` of this session that changed the assumption `name` or a part of it
  /// (`set staff_target.share 0.4`), whichever line the assumption's origin names.
  private func userChange(of name: String) -> String? {
    let assumption = scenario.assumptions.first { $0.name == name }
    return session.overrides.last { change in
      change.command == assumption?.origin
        || change.path.starts(with: name.split(separator: ".").map(String.init))
        || change.path.starts(with: ["assumptions"] + name.split(separator: ".").map(String.init))
    }?.command
  }

  /// The command that shows an origin that is another output or the measures' hours.
  private func command(_ origin: Explanation.Origin) -> String? {
    switch origin {
    case .output(let metric, let municipality, let year):
      return "explain \(metric.rawValue) \(municipality ?? "region") \(year)"
    case .freed(let municipality, let year):
      return (["freed", String(year)] + [municipality].compactMap { $0 }).joined(separator: " ")
    default: return nil
    }
  }

  /// An origin's kind, for programs.
  private func kind(_ origin: Explanation.Origin) -> String {
    switch origin {
    case .data(let path):
      switch scenario.provenance[path] {
      case .source?: "source"
      case .assumption?: "assumption"
      case .file?: "file"
      case .user?: "user"
      case nil: "scenario"
      }
    case .assumption(let name): userChange(of: name) == nil ? "assumption" : "user"
    case .fitted: "fitted"
    case .heldAfterBands: "assumption"
    case .output: "output"
    case .freed: "freed"
    case .computed: "computed"
    }
  }
}

extension Explanation.Input {
  /// `P(2040)`, `q`, `S(2020)`; a municipality's part of a region's sum, `P_m(2040)`.
  var symbol: String {
    let letter = quantity.letter
    guard let year else { return letter }
    return letter + (municipality == nil ? "" : "_m") + "(\(year))"
  }
}

extension Explanation.Quantity {
  /// The symbol docs/model.md writes it with.
  var letter: String {
    switch self {
    case .population: "P"
    case .elderly: "E"
    case .elderlyShare: "e"
    case .referenceShare: "s"
    case .baseStaff, .staffSupply: "S"
    case .leaveRate: "q"
    case .hiringRate: "h"
    case .recruitmentIndex: "r"
    case .recruitmentPool: "W"
    case .hires: "hires"
    case .staffTarget: "T"
    case .targetYear: "y"
    case .elasticity: "ε"
    case .elderlyWeight: "w"
    case .serviceNeed: "Q"
    case .staffDemand: "D"
    case .shortfall: "shortfall"
    case .staffPer1000: "S / P × 1,000"
    case .hoursPerFTE: "H"
    case .facetimeShare: "f₀"
    case .available: "A"
    case .routineNeed: "G"
    case .freed: "X"
    case .routine: "R"
    case .facetime: "F"
    case .facetimeWithoutMeasures: "F₀"
    case .facetimeFromNeed: "F_need"
    case .facetimeFromSurplus: "F_surplus"
    case .facetimeFromMeasures: "F_measures"
    case .facetimePerElderly: "F/E"
    case .baseLevel: "L"
    case .facetimeIndex: "index"
    }
  }

  /// What the value counts.
  var unit: LocalizedText {
    typealias P = Words.Projection
    typealias L = Words.Ledger
    switch self {
    case .population, .elderly, .recruitmentPool, .serviceNeed: return P.persons
    case .elderlyShare, .referenceShare, .facetimeShare: return P.share
    case .baseStaff, .staffSupply, .staffDemand, .shortfall, .staffTarget, .hires: return P.fte
    case .leaveRate: return Words.Explain.perYear
    case .hiringRate: return Words.Explain.perPerson
    case .recruitmentIndex: return Words.Explain.index
    case .targetYear: return Words.Explain.year
    case .elasticity, .elderlyWeight: return Words.Explain.ratio
    case .staffPer1000: return P.perThousand
    case .hoursPerFTE, .available, .routineNeed, .freed, .routine, .facetime,
      .facetimeWithoutMeasures, .facetimeFromNeed, .facetimeFromSurplus, .facetimeFromMeasures:
      return L.hoursPerYear
    case .facetimePerElderly, .baseLevel: return L.hoursPerElderly
    case .facetimeIndex: return L.ratio
    }
  }

  /// A value as the row shows it: precise enough to redo the arithmetic by hand, without
  /// trailing zeros (95,000, not 95,000.0), a share as a percentage; in full for programs.
  func cell(_ value: Double) -> Report.Cell {
    let decimals: Int
    switch self {
    case .elderlyShare, .referenceShare, .facetimeShare:
      return .percent(value, decimals: 2)
    case .targetYear:
      return Int(exactly: value).map(Report.Cell.year) ?? .number(value, decimals: 0)
    case .population, .elderly, .recruitmentPool, .serviceNeed, .available, .routineNeed,
      .freed, .routine, .facetime, .facetimeWithoutMeasures, .facetimeFromNeed,
      .facetimeFromSurplus, .facetimeFromMeasures, .hoursPerFTE:
      decimals = 1
    case .baseStaff, .staffSupply, .staffDemand, .shortfall, .staffTarget, .staffPer1000,
      .facetimePerElderly, .baseLevel:
      decimals = 2
    case .hires, .facetimeIndex, .recruitmentIndex, .elderlyWeight, .leaveRate: decimals = 4
    case .elasticity: decimals = 4
    case .hiringRate: decimals = 7
    }
    var shown = NumberFormat.grouped(value, decimals: decimals)
    if shown.contains(".") {
      while shown.hasSuffix("0") { shown.removeLast() }
      if shown.hasSuffix(".") { shown.removeLast() }
    }
    return Report.Cell(display: LocalizedText(shown), value: .number(value))
  }
}
