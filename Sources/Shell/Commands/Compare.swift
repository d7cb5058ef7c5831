import Bilingual
import Rendering
import Simulation
import Words

extension Command {
  static let compare = Command(
    name: "compare",
    usage: "compare GUIDELINE|all [MUNICIPALITY] [YEAR]",
    summary: Words.Help.compareSummary,
    details: Words.Help.compareDetails,
    examples: [
      "compare 18", "compare 1 金山町 2040", "compare 5 Showa R12 --format csv", "compare all 2040",
    ],
    columns: ComparisonReport.columns.map(\.column)
      + ComparisonSummary.columns.map(\.column) + ComparisonSummary.verdictColumns.map(\.column),
    complete: { context in
      guard context.previous.count > 1 else {
        let numbers = context.session.scenario.guidelines.map { String($0.number) }
        return (["all"] + numbers).filter { $0.hasPrefix(context.current) }
      }
      return yearsOrMunicipalities(context)
    },
    run: { invocation, session throws(CommandError) in
      try invocation.rejectUnknownOptions(known: outputOptions)
      guard let first = invocation.arguments.first else {
        throw CommandError(
          Words.Guidelines.needsGuideline, suggestion: Words.Guidelines.needsGuidelineHint)
      }
      let rest = Array(invocation.arguments.dropFirst())
      if first == "all" {
        let (year, chosen) = try session.yearAndMunicipalities(rest, command: "compare")
        let summary = ComparisonSummary(
          scenario: session.scenario, projection: session.projection(through: year), year: year,
          municipalities: chosen)
        // People read the guidelines grouped by kind, an area a row; programs read a row
        // per verdict, with its option and rule. The two have different rows, not just
        // different columns, so the command picks one by the format it is asked for.
        return .report(
          invocation.settings.format.isForPrograms ? summary.verdictReport : summary.report)
      }
      let guideline = try session.guideline(first)
      let (year, chosen) = try session.yearAndMunicipalities(rest, command: "compare")
      guard chosen.count <= 1 else {
        throw CommandError(
          Words.Guidelines.oneMunicipality("compare"), suggestion: Words.Guidelines.orRegionOrAll)
      }
      return .report(
        try ComparisonReport(
          session: session, guideline: guideline, year: year, municipality: chosen.first
        ).report)
    })

  /// The options every command takes, for a did-you-mean after a misspelt one.
  static let outputOptions = ["--format", "--lang", "--columns", "--layout"]

  /// Years and municipality names, for the completers of `compare` and `guidelines`.
  static func yearsOrMunicipalities(_ context: CompletionContext) -> [String] {
    context.current.first?.isNumber == true || context.current.first == "R"
      ? ["2025", "2030", "2035", "2040", "2050"].filter { $0.hasPrefix(context.current) }
      : context.session.municipalityCandidates(context.current)
  }
}

extension Session {
  /// The guideline `word` names: `5` or `指針5`.
  func guideline(_ word: String) throws(CommandError) -> Guideline {
    let digits = word.hasPrefix("指針") ? String(word.dropFirst(2)) : word
    guard let number = Int(digits), Guideline.numbers.contains(number) else {
      throw CommandError(
        Words.Guidelines.unknownGuideline(word),
        suggestion: Words.Guidelines.guidelineNumbers(Guideline.numbers))
    }
    guard let guideline = scenario.guideline(number) else {
      throw CommandError(
        Words.Guidelines.notInScenario(number), suggestion: Words.Guidelines.listsThoseItHas)
    }
    return guideline
  }

  /// One year (default: the horizon) and municipalities, in any order.
  func yearAndMunicipalities(_ words: [String], command: String) throws(CommandError)
    -> (year: Int, municipalities: [Municipality])
  {
    if let range = words.first(where: { $0.contains("..") }) {
      throw CommandError(Words.Guidelines.oneYear(command, range: range))
    }
    let (years, municipalities) = try yearsAndMunicipalities(words)
    return (years.first ?? scenario.horizon, municipalities)
  }

  /// A comparison of `guideline` in `municipality` (or the region) in `year`.
  func comparison(
    _ guideline: Guideline, in municipality: Municipality?, year: Int, projection: Projection
  )
    throws(CommandError) -> Comparison
  {
    let area: Comparison.Area = municipality.map { .municipality($0.name) } ?? .region
    guard let comparison = Comparison(projection, guideline: guideline, area: area, year: year)
    else {
      throw CommandError(Words.Guidelines.cannotCompare(guideline.number, year: year))
    }
    return comparison
  }
}

/// Where options are weighed, as reports name it.
struct AreaName {
  /// In titles: `金山町 Kaneyama` in both languages, or the region's name in the output's.
  var title: LocalizedText
  /// In CSV and JSON: the kanji name, or the region's Japanese name.
  var field: String

  /// `municipality` of `scenario`, or its region when it is `nil`.
  init(_ municipality: Municipality?, in scenario: Scenario) {
    guard let municipality else {
      (title, field) = (scenario.region, scenario.region.ja)
      return
    }
    title = LocalizedText("\(municipality.name) \(municipality.romaji)")
    field = municipality.name
  }
}

/// What `compare GUIDELINE` shows: a row per option (and per hybrid put together), the
/// verdict and, when it differs from the reference year's, why, in notes below; each
/// column declared once below.
struct ComparisonReport {
  let comparison: Comparison
  /// The same guideline in the reference year, when another year is asked for.
  let reference: Comparison?
  let area: AreaName

  init(session: Session, guideline: Guideline, year: Int, municipality: Municipality?)
    throws(CommandError)
  {
    let projection = session.projection(through: year)
    comparison = try session.comparison(
      guideline, in: municipality, year: year, projection: projection)
    let referenceYear = comparison.referenceYear
    reference =
      referenceYear == year
      ? nil
      : try session.comparison(
        guideline, in: municipality, year: referenceYear, projection: projection)
    area = AreaName(municipality, in: session.scenario)
  }

  /// One row: an option's figures and its place in the verdict.
  struct Row {
    var figures: OptionFigures
    var status: Comparison.Status
    var guideline: Int
    var area: String
    var year: Int
  }

  typealias G = Words.Guidelines
  typealias P = Words.Projection

  static let columns: [ReportColumn<Row>] = [
    .init(G.guideline, field: "guideline", isKey: true, audience: .programs) {
      .integer($0.guideline)
    },
    .init(G.option, field: "option", alignment: .left, isKey: true) {
      .words(Words.Verdict.option($0.figures), value: $0.figures.id)
    },
    .init(G.kind, field: "kind", alignment: .left) {
      .words(Words.Verdict.kind($0.figures.approach), value: $0.figures.approach.rawValue)
    },
    .init(P.municipality, field: "municipality", alignment: .left, audience: .programs) {
      .text($0.area)
    },
    .init(P.year, field: "year", audience: .programs) { .year($0.year) },
    .init(G.reached, field: "reached", unit: P.persons) {
      .number($0.figures.reached, decimals: 0)
    },
    .init(G.unreached, field: "unreached", unit: P.persons, audience: .people) {
      .number($0.figures.unreached, decimals: 0)
    },
    .init(G.unreachedElderly, field: "unreached_elderly", unit: P.persons) {
      .number($0.figures.unreachedElderly, decimals: 0)
    },
    .init(G.cost, field: "cost_to_horizon_yen", unit: G.yen) {
      .number($0.figures.costToHorizon, decimals: 0)
    },
    .init(G.costPerReached, field: "cost_per_reached_yen", unit: G.yen) {
      $0.figures.costPerReached.map { .number($0, decimals: 0) } ?? .empty
    },
    .init(G.staffHours, field: "net_staff_hours", unit: G.hoursPerYear) {
      .number($0.figures.netHours, decimals: 0)
    },
    .init(G.disaster, field: "works_in_disaster", alignment: .left) {
      .bool(
        $0.figures.worksInDisaster, display: $0.figures.worksInDisaster ? G.works : G.doesNotWork)
    },
    .init(G.verdict, field: "verdict", alignment: .left, isEssential: true) {
      .words(Words.Verdict.status($0.status), value: $0.status.rawValue)
    },
  ]

  /// The columns whose figures decided a verdict for `reason`: shown first, beside the
  /// verdict, on a narrow screen (docs/model.md, "Verdict").
  static func decisive(_ reason: Verdict.Reason) -> Set<String> {
    switch reason {
    case .lowestCost: ["cost_per_reached_yen"]
    case .mostHours: ["cost_per_reached_yen", "net_staff_hours"]
    case .hybridPaysForItself: ["net_staff_hours"]
    case .elderlyUnreached, .fewestLeftOut: ["unreached_elderly"]
    case .notYetInEffect: []
    }
  }

  var report: Report {
    let rows = (comparison.options + comparison.hybrids).map {
      Row(
        figures: $0, status: comparison.status(of: $0), guideline: comparison.guideline.number,
        area: area.field, year: comparison.year)
    }
    let decisive = Self.decisive(comparison.verdict.reason)
    let columns = Self.columns.map { declared in
      var declared = declared
      if decisive.contains(declared.column.field) { declared.column.isEssential = true }
      return declared
    }
    var notes = [Words.Verdict.sentence(comparison.verdict)]
    if let reference, let change = comparison.change(since: reference) {
      notes.append(Words.Verdict.change(change))
    }
    let rule = comparison.rule
    notes += [
      G.costsNote(baseYear: comparison.baseYear, horizon: comparison.horizon),
      G.ruleNote(maxUnreachedElderly: rule.maxUnreachedElderly, costTie: rule.costTie),
    ]
    let guideline = comparison.guideline
    return Report(
      title: G.compareTitle(
        number: guideline.number, title: guideline.title, area: area.title,
        year: Year.label(comparison.year)),
      rows: rows, columns: columns, notes: notes)
  }
}

/// What `compare all` shows: for each municipality and the region, the guidelines whose
/// verdict is digital, analog or both; for programs, a row per verdict.
struct ComparisonSummary {
  let scenario: Scenario
  let projection: Projection
  let year: Int
  /// The municipalities asked for; empty means all of them and the region.
  let municipalities: [Municipality]

  /// One verdict: a guideline's in an area.
  struct AreaVerdict {
    var area: AreaName
    var comparison: Comparison
    var winner: OptionFigures
    /// Whether another option won in the reference year.
    var differs: Bool
  }

  /// One area's verdicts, for people: the guidelines' numbers by the kind that won.
  struct Row {
    var name: String
    var verdicts: [AreaVerdict]

    /// `1* 2 3 5-7 9-13`: the numbers of the guidelines whose verdict is of `kind`, marked
    /// `*` where it differs from the reference year's; three or more in a row unmarked as
    /// a range, so that the table fits a projector's 80 columns.
    func numbers(_ kind: Approach) -> Report.Cell {
      var runs: [(first: Int, last: Int, differs: Bool)] = []
      for verdict in verdicts where verdict.winner.approach == kind {
        let number = verdict.comparison.guideline.number
        if let last = runs.last, !last.differs, !verdict.differs, last.last + 1 == number {
          runs[runs.count - 1].last = number
        } else {
          runs.append((number, number, verdict.differs))
        }
      }
      let words = runs.flatMap { run -> [String] in
        if run.differs { return ["\(run.first)*"] }
        return run.last - run.first >= 2
          ? ["\(run.first)-\(run.last)"] : Array(run.first...run.last).map(String.init)
      }
      return .text(words.joined(separator: " "))
    }
  }

  typealias G = Words.Guidelines
  typealias P = Words.Projection

  static let columns: [ReportColumn<Row>] =
    [
      .init(P.municipality, field: "municipality", alignment: .left, isKey: true) { .text($0.name) }
    ]
    + [Approach.digital, .analog, .hybrid].map { kind in
      .init(
        Words.Verdict.kindHeading(kind), field: kind.rawValue, alignment: .left, isEssential: true
      ) { $0.numbers(kind) }
    }

  static let verdictColumns: [ReportColumn<AreaVerdict>] = [
    .init(P.municipality, field: "municipality", alignment: .left, isKey: true) {
      .text($0.area.field)
    },
    .init(P.year, field: "year") { .year($0.comparison.year) },
    .init(G.guideline, field: "guideline", isKey: true) {
      .integer($0.comparison.guideline.number)
    },
    .init(G.option, field: "option", alignment: .left) {
      .words(Words.Verdict.option($0.winner), value: $0.winner.id)
    },
    .init(G.kind, field: "kind", alignment: .left) {
      .words(Words.Verdict.kind($0.winner.approach), value: $0.winner.approach.rawValue)
    },
    .init(G.decidedBy, field: "reason", alignment: .left) {
      .words(
        Words.Verdict.reason($0.comparison.verdict.reason),
        value: $0.comparison.verdict.reason.rawValue)
    },
  ]

  /// Every area's verdicts, the region last when no municipality is asked for.
  private var rows: [Row] {
    let areas: [Municipality?] =
      municipalities.isEmpty ? scenario.municipalities + [nil] : municipalities
    // Every guideline weighed for every area at once, this year and the reference year.
    let now = Comparisons(projection, year: year)
    let referenceYear = scenario.verdictRule.referenceYear ?? scenario.baseYear
    let then = referenceYear == year ? now : Comparisons(projection, year: referenceYear)
    return areas.map { municipality in
      let area = AreaName(municipality, in: scenario)
      let comparisonArea: Comparison.Area = municipality.map { .municipality($0.name) } ?? .region
      let verdicts = scenario.guidelines.indices.compactMap { guideline -> AreaVerdict? in
        guard let now, let index = now.index(of: comparisonArea) else { return nil }
        let comparison = now.comparison(guideline: guideline, area: index)
        guard let winner = comparison.verdict.winner else { return nil }
        let reference = then.map { $0.comparison(guideline: guideline, area: index) }
        let differs = reference?.verdict.winner.map { $0.id != winner.id } ?? false
        return AreaVerdict(area: area, comparison: comparison, winner: winner, differs: differs)
      }
      let shown = municipality.map { "\($0.name) \($0.romaji)" }
      return Row(name: shown ?? "\(scenario.region.ja) \(scenario.region.en)", verdicts: verdicts)
    }
  }

  var report: Report {
    let rows = rows
    let changed = rows.contains { $0.verdicts.contains(where: \.differs) }
    var notes = [G.summaryNote]
    if changed {
      notes.append(
        G.changedNote(referenceYear: scenario.verdictRule.referenceYear ?? scenario.baseYear))
    }
    return Report(
      title: G.summaryTitle(year: Year.label(year)), rows: rows, columns: Self.columns,
      rules: municipalities.isEmpty ? [rows.count - 1] : [], notes: notes)
  }

  /// A row per verdict, for CSV and JSON.
  var verdictReport: Report {
    Report(rows: rows.flatMap(\.verdicts), columns: Self.verdictColumns)
  }
}
