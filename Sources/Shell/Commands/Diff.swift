import Bilingual
import Rendering
import ScenarioFile
import Simulation
import Words

extension Command {
  static let diff = Command(
    name: "diff",
    usage:
      "diff [A] [B] [YEAR|FROM..TO|YEAR,YEAR…]… [MUNICIPALITY…] [--step N] [--all] [--verdicts]",
    summary: Words.Diff.summary,
    details: Words.Diff.details,
    examples: [
      "diff", "diff low-recruitment", "diff aizu Scenarios/whatif-low-recruitment.toml 2030,2040",
      "diff ipss2023 aizu 2040 昭和村 --all", "diff aizu ipss2023 --verdicts --format csv",
    ],
    columns: DiffReport.columns.map(\.column) + DiffReport.verdictColumns.map(\.column),
    complete: { context in
      let word = context.current
      if word.hasPrefix("-") {
        return ["--all", "--verdicts", "--step"].filter { $0.hasPrefix(word) }
      }
      if word.first?.isNumber == true || word.first == "R" {
        return ["2025", "2030", "2035", "2040", "2050"].filter { $0.hasPrefix(word) }
      }
      return context.session.scenarioCandidates(context)
        + context.session.municipalityCandidates(word)
    },
    run: { invocation, session throws(CommandError) in
      var invocation = invocation
      let showsAll = invocation.flag("--all")
      let verdictsOnly = invocation.flag("--verdicts")
      let step = try invocation.step()
      try invocation.rejectUnknownOptions(known: ["--all", "--verdicts", "--step"])
      let diff = try DiffReport(invocation.arguments, session: session, step: step)
      let metrics = diff.rows(showingAll: showsAll)
      let verdicts = diff.verdictRows
      // Programs read one table: the numbers, or with --verdicts the verdicts, empty or not.
      if invocation.settings.format.isForPrograms {
        return .report(verdictsOnly ? diff.verdictReport(verdicts) : diff.report(metrics))
      }
      var items: [Output.Item] = []
      if !verdictsOnly, !metrics.isEmpty {
        items.append(.report(diff.report(metrics, verdictsChanged: !verdicts.isEmpty)))
      }
      if !verdicts.isEmpty { items.append(.report(diff.verdictReport(verdicts))) }
      guard !items.isEmpty else {
        return .text(verdictsOnly ? diff.noVerdictDifferences : diff.noDifferences)
      }
      return Output(items: items)
    })
}

/// One side of `diff`: a scenario, how the title names it and how programs name it.
struct DiffSide {
  var title: LocalizedText
  var name: String
  var scenario: Scenario
}

extension Session {
  /// The side `reference` names: a snapshot, a built-in scenario or a scenario file.
  func diffSide(_ reference: String) throws(CommandError) -> DiffSide {
    if let found = snapshots.first(where: { $0.name == reference }) {
      return DiffSide(
        title: Words.Diff.snapshot(found.name), name: found.name, scenario: found.scenario)
    }
    let other = try answering(from: reference)
    return DiffSide(
      title: other.localizedSourceName, name: other.answerLabel, scenario: other.scenario)
  }

  /// The loaded file, without the changes made at the prompt.
  var fileSide: DiffSide {
    DiffSide(
      title: Words.Diff.asLoaded(localizedSourceName), name: state.fileScenario.name,
      scenario: state.fileScenario)
  }

  /// The session as it stands.
  var nowSide: DiffSide {
    DiffSide(
      title: Words.Diff.now(answerLabel, changes: overrides.count), name: answerLabel,
      scenario: scenario)
  }
}

/// What `diff` shows: a row per municipality (and the region), year and metric whose value
/// differs between A and B, with both values and B − A; and a row per guideline verdict that
/// differs. Each column declared once below.
struct DiffReport {
  let a: DiffSide
  let b: DiffSide
  let years: [Int]
  /// The municipalities asked for; empty means all of them, and the region.
  let municipalities: [Municipality]
  let ledgerA: Ledger
  let ledgerB: Ledger

  /// The metrics compared, in the order shown (docs/commands.md, "diff").
  static let metrics: [Metric] = [
    .population, .elderly_share, .staff_supply, .staff_demand, .shortfall, .facetime_per_elderly,
  ]

  /// Reads `diff`'s words: up to two scenarios (snapshots, built-in names, paths ending in
  /// `.toml` or with a `/`), years and municipalities, in any order.
  init(_ words: [String], session: Session, step: Int) throws(CommandError) {
    var references: [String] = []
    var yearWords: [String] = []
    var places: [String] = []
    for word in words {
      if Year.looksLikeYear(word) {
        yearWords.append(word)
      } else if session.snapshotNames.contains(word) || ScenarioFile.builtin(word) != nil
        || word.hasSuffix(".toml") || word.contains("/")
      {
        references.append(word)
      } else {
        places.append(word)
      }
    }
    guard references.count <= 2 else {
      throw CommandError(Words.Diff.tooManyScenarios, suggestion: Words.Diff.diffUsage)
    }
    var municipalities: [Municipality] = []
    for word in places {
      guard let found = session.scenario.municipality(named: word) else {
        let known =
          session.snapshotNames + ScenarioFile.builtinNames
          + session.scenario.municipalities.flatMap { [$0.name, $0.romaji] }
        throw CommandError(
          Words.Diff.unknownWord(word),
          suggestion: Suggestion.guess(word, among: known) ?? Words.Diff.diffUsage)
      }
      if !municipalities.contains(where: { $0.name == found.name }) { municipalities.append(found) }
    }
    switch references.count {
    case 0: (a, b) = (session.fileSide, session.nowSide)
    case 1: (a, b) = (try session.diffSide(references[0]), session.nowSide)
    default: (a, b) = (try session.diffSide(references[0]), try session.diffSide(references[1]))
    }
    // Years and ranges may be given one after another, as `2030 2040` or `2030,2040`.
    var chosenYears: Set<Int> = []
    for word in yearWords { chosenYears.formUnion(try session.years(word, step: step)) }
    years = chosenYears.isEmpty ? [b.scenario.horizon] : chosenYears.sorted()
    self.municipalities = municipalities
    let last = years[years.count - 1]
    ledgerA = Ledger(Projection(a.scenario, through: max(last, a.scenario.horizon)))
    ledgerB = Ledger(Projection(b.scenario, through: max(last, b.scenario.horizon)))
  }

  // MARK: Numbers

  /// One metric of one place in one year, in A and in B.
  struct Row: PlacedRow {
    var place: ReportPlace
    var year: Int
    var metric: Metric
    var a: Double
    var b: Double
    var names: (a: String, b: String)

    var difference: Double { b - a }
  }

  typealias D = Words.Diff
  typealias P = Words.Projection

  static let columns: [ReportColumn<Row>] =
    Row.placeColumns(P.municipality, romaji: true) + [
      .init(D.metric, field: "metric", alignment: .left, isKey: true) {
        .words(label($0.metric), value: $0.metric.rawValue)
      },
      .init(D.a, field: "a", isEssential: true) { $0.metric.cell($0.a) },
      .init(D.b, field: "b", isEssential: true) { $0.metric.cell($0.b) },
      .init(D.difference, field: "difference", isEssential: true) {
        differenceCell($0.difference, $0.metric)
      },
      .init(D.scenarioA, field: "scenario_a", alignment: .left, audience: .programs) {
        .text($0.names.a)
      },
      .init(D.scenarioB, field: "scenario_b", alignment: .left, audience: .programs) {
        .text($0.names.b)
      },
    ]

  static func label(_ metric: Metric) -> LocalizedText {
    switch metric {
    case .population: D.population
    case .elderly_share: D.elderlyShare
    case .staff_supply: D.supply
    case .staff_demand: D.demand
    case .shortfall: D.shortfall
    case .facetime_per_elderly: D.facetimePerElderly
    default: metric.name
    }
  }

  /// The smallest difference shown: half a unit of the last digit the value is shown with
  /// (`Metric.cell`), so that a hidden row is one whose difference would read as zero.
  static func tolerance(_ metric: Metric) -> Double {
    switch metric {
    case .population, .elderly, .facetime: 0.5
    case .elderly_share: 0.0005
    case .facetime_index: 0.0005
    default: 0.05
    }
  }

  /// B − A with its sign, at the value's precision; a share's in percentage points.
  static func differenceCell(_ d: Double, _ metric: Metric) -> Report.Cell {
    switch metric {
    case .elderly_share:
      return Report.Cell(
        display: D.points(NumberFormat.signed(d * 100, decimals: 1)), value: .number(d))
    case .population, .elderly, .facetime:
      return Report.Cell(
        display: LocalizedText(NumberFormat.signed(d, decimals: 0)), value: .number(d))
    case .facetime_index:
      return Report.Cell(
        display: LocalizedText(NumberFormat.signed(d, decimals: 3)), value: .number(d))
    default:
      return Report.Cell(
        display: LocalizedText(NumberFormat.signed(d, decimals: 1)), value: .number(d))
    }
  }

  /// The places compared: the municipalities asked for, or every one of B's and the region
  /// (`nil`).
  private var places: [(place: ReportPlace, name: String?)] {
    let chosen = municipalities.isEmpty ? b.scenario.municipalities : municipalities
    return chosen.map { (ReportPlace.municipality($0), $0.name) }
      + (municipalities.isEmpty ? [(ReportPlace.region(of: b.scenario), nil)] : [])
  }

  /// Every metric of every place and year that both scenarios have; those whose difference
  /// rounds to zero only with `showingAll`.
  func rows(showingAll: Bool) -> [Row] {
    var rows: [Row] = []
    for year in years {
      for (place, name) in places {
        for metric in Self.metrics {
          guard let x = metric.value(of: name, in: year, ledger: ledgerA),
            let y = metric.value(of: name, in: year, ledger: ledgerB)
          else { continue }
          guard showingAll || abs(y - x) >= Self.tolerance(metric) else { continue }
          rows.append(
            Row(
              place: place, year: year, metric: metric, a: x, b: y, names: (a.name, b.name)))
        }
      }
    }
    return rows
  }

  private var yearsLabel: String {
    years.count <= 3 ? years.map { Year.label($0) }.joined(separator: ", ") : Year.label(years)
  }

  func report(_ rows: [Row], verdictsChanged: Bool = true) -> Report {
    Report(
      title: D.title(years: yearsLabel, a: a.title, b: b.title), rows: rows,
      columns: Self.columns.droppingYear(for: years),
      notes: [D.toleranceNote] + (verdictsChanged ? [] : [D.noVerdictChanged]))
  }

  var noDifferences: LocalizedText {
    D.none(a: a.title, b: b.title, years: yearsLabel)
  }

  var noVerdictDifferences: LocalizedText {
    D.noVerdicts(a: a.title, b: b.title, years: yearsLabel)
  }

  // MARK: Verdicts

  /// One guideline's verdict in one place and year, in A and in B.
  struct VerdictRow: PlacedRow {
    var guideline: Int
    var place: ReportPlace
    var year: Int
    var a: OptionFigures?
    var b: OptionFigures?
    var names: (a: String, b: String)
  }

  static let verdictColumns: [ReportColumn<VerdictRow>] =
    VerdictRow.placeColumns(P.municipality, romaji: true) + [
      .init(Words.Guidelines.guideline, field: "guideline", isKey: true) { .integer($0.guideline) },
      .init(D.verdictA, field: "verdict_a", alignment: .left, isEssential: true) {
        verdictCell($0.a)
      },
      .init(D.kindA, field: "kind_a", alignment: .left) { kindCell($0.a) },
      .init(D.verdictB, field: "verdict_b", alignment: .left, isEssential: true) {
        verdictCell($0.b)
      },
      .init(D.kindB, field: "kind_b", alignment: .left) { kindCell($0.b) },
      .init(D.scenarioA, field: "scenario_a", alignment: .left, audience: .programs) {
        .text($0.names.a)
      },
      .init(D.scenarioB, field: "scenario_b", alignment: .left, audience: .programs) {
        .text($0.names.b)
      },
    ]

  private static func verdictCell(_ winner: OptionFigures?) -> Report.Cell {
    winner.map { .words(Words.Verdict.option($0), value: $0.id) } ?? .words(D.noVerdict, value: "")
  }

  private static func kindCell(_ winner: OptionFigures?) -> Report.Cell {
    winner.map { .words(Words.Verdict.kind($0.approach), value: $0.approach.rawValue) } ?? .empty
  }

  /// Every guideline both scenarios have whose verdict (the option chosen) differs, per place
  /// and year (docs/model.md, "Verdict").
  var verdictRows: [VerdictRow] {
    var rows: [VerdictRow] = []
    for year in years {
      for guideline in b.scenario.guidelines {
        guard let other = a.scenario.guideline(guideline.number) else { continue }
        for (place, name) in places {
          let area: Comparison.Area = name.map { .municipality($0) } ?? .region
          let x = Comparison(ledgerA.projection, guideline: other, area: area, year: year)
          let y = Comparison(ledgerB.projection, guideline: guideline, area: area, year: year)
          let (winnerA, winnerB) = (x?.verdict.winner, y?.verdict.winner)
          guard winnerA?.id != winnerB?.id else { continue }
          rows.append(
            VerdictRow(
              guideline: guideline.number, place: place, year: year, a: winnerA, b: winnerB,
              names: (a.name, b.name)))
        }
      }
    }
    return rows
  }

  func verdictReport(_ rows: [VerdictRow]) -> Report {
    Report(
      title: D.verdictsTitle(years: yearsLabel), rows: rows,
      columns: Self.verdictColumns.droppingYear(for: years))
  }
}
