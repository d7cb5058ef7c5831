import Bilingual
import Rendering
import ScenarioFile
import Simulation
import Words

extension Command {
  static let showTopics = ["municipalities", "assumptions", "sources", "changes", "columns"]

  static let show = Command(
    name: "show",
    usage: "show [municipalities|MUNICIPALITY|assumptions|sources|changes|columns [COMMAND]]",
    summary: Words.Help.showSummary,
    details: Words.Help.showDetails,
    examples: [
      "show", "show 会津若松市", "show assumptions", "show sources", "show columns project",
    ],
    columnsForArguments: { arguments, session in
      ScenarioReport.columns(topic: arguments.first, session.scenario)
    },
    complete: { context in
      switch context.previous.count {
      case 1:
        return showTopics.filter { $0.hasPrefix(context.current) }
          + context.session.municipalityCandidates(context.current)
      case 2 where context.previous[1] == "columns":
        return Command.all.filter { $0.name == "show" || !$0.columns.isEmpty }.map(\.name)
          .filter { $0.hasPrefix(context.current) }
      case 3 where context.previous[1] == "columns" && context.previous[2] == "show":
        return showTopics.filter { $0.hasPrefix(context.current) }
          + context.session.municipalityCandidates(context.current)
      default:
        return []
      }
    },
    run: { invocation, session throws(CommandError) in
      let arguments = invocation.arguments
      guard let topic = arguments.first else { return .text(ScenarioReport.summary(session)) }
      if topic == "columns" {
        return try ColumnsReport.output(Array(arguments.dropFirst()), session)
      }
      guard arguments.count == 1 else {
        throw CommandError(Words.Show.oneTopic, suggestion: Words.Show.topics)
      }
      let scenario = session.scenario
      switch topic {
      case "municipalities":
        return .report(ScenarioReport.municipalities(scenario, session.projection()))
      case "assumptions": return .report(ScenarioReport.assumptions(scenario))
      case "sources": return .report(ScenarioReport.sources(scenario))
      case "changes":
        guard session.isModified else { return .text(Words.Show.noUnsavedChanges) }
        return .plain(session.overrides.map(\.command).joined(separator: "\n"))
      default:
        if scenario.municipality(named: topic) == nil {
          let known = showTopics + scenario.municipalities.flatMap { [$0.name, $0.romaji] }
          if let guess = Suggestion.guess(topic, among: known) {
            throw CommandError(Words.Show.unknownTopic(topic), suggestion: guess)
          }
        }
        return .report(ScenarioReport.municipality(try session.municipality(topic), scenario))
      }
    })
}

/// What `show` shows: the scenario's summary, and its data and assumptions as reports with
/// their columns declared once each.
enum ScenarioReport {
  typealias P = Words.Projection
  typealias S = Words.Show

  /// The columns of the report `show TOPIC` shows; none for the summary and the changes.
  static func columns(topic: String?, _ scenario: Scenario) -> [Report.Column] {
    switch topic {
    case nil, "changes", "columns": []
    case "municipalities": municipalityColumns(baseYear: scenario.baseYear).map(\.column)
    case "assumptions": assumptionColumns.map(\.column)
    case "sources": sourceColumns.map(\.column)
    default: fieldColumns.map(\.column)
    }
  }

  // MARK: The summary

  static func summary(_ session: Session) -> LocalizedText {
    let s = session.scenario
    let projection = session.projection()
    let base = projection.region(in: s.baseYear)
    let horizon = projection.region(in: s.horizon)
    var lines = [
      s.title.map { "\($0) [\(s.name)]" },
      S.file(fileChain(session.document.files)),
      S.years(Year.label(s.baseYear), Year.label(s.horizon)),
      S.methods(
        population: s.model.populationMethod.rawValue, staffing: s.model.staffingPolicy.rawValue,
        elderlyRise: s.model.elderlyRise.rawValue,
        recruitmentPool: s.model.recruitmentPool.rawValue),
      S.region(
        s.region, municipalities: s.municipalities.count, baseYear: s.baseYear,
        population: base.population, horizon: s.horizon, horizonPopulation: horizon.population,
        staff: base.staffSupply),
    ]
    if session.isModified { lines.append(S.unsavedChanges(session.overrides.map(\.pathText))) }
    return .joined(lines, separator: "\n")
  }

  /// `whatif.toml, extending aizu (built in)`: the loaded file first, then what it extends.
  static func fileChain(_ files: [String]) -> LocalizedText {
    let named = files.reversed().map(fileName)
    guard let top = named.first else { return LocalizedText("") }
    return .joined([top] + named.dropFirst().map(S.extending))
  }

  /// A file as diagnostics name it, with a built-in scenario's name in both languages.
  static func fileName(_ name: String) -> LocalizedText {
    let builtin = ScenarioFile.builtinNames.first { ScenarioFile.builtin($0)?.name == name }
    return builtin.map(Words.Files.builtin) ?? LocalizedText(name)
  }

  // MARK: Municipalities

  /// A municipality's row of table 1, or the region's (its sums).
  struct MunicipalityRow {
    var name: String
    var romaji: String
    var figures: Figures
    var area: Double?
    var income: Double?
    var fiscalStrength: Double?
  }

  /// The columns of `show municipalities`; the base year is part of the field names
  /// (`population_2020`), which programs read.
  static func municipalityColumns(baseYear base: Int) -> [ReportColumn<MunicipalityRow>] {
    ReportColumn.municipality(name: { $0.name }, romaji: { $0.romaji }) + [
      .init(S.population(base), field: "population_\(base)", unit: P.persons, isEssential: true) {
        .number($0.figures.population, decimals: 0)
      },
      .init(P.elderly, field: "elderly_\(base)", unit: P.persons) {
        .number($0.figures.elderly, decimals: 0)
      },
      .init(P.elderlyShare, field: "elderly_share_\(base)", unit: P.share, isEssential: true) {
        .percent($0.figures.elderlyShare, decimals: 2)
      },
      .init(S.staff, field: "staff_\(base)", unit: P.persons, isEssential: true) {
        .number($0.figures.staffSupply, decimals: 0)
      },
      .init(P.staffPer1000, field: "staff_per_1000_\(base)", unit: P.perThousand) {
        .number($0.figures.staffPer1000, decimals: 1)
      },
      .init(S.area, field: "area_km2", unit: S.squareKilometres) { optional($0.area, 2) },
      .init(S.income, field: "income_per_head_kyen", unit: S.thousandYenPerHead) {
        optional($0.income, 0)
      },
      .init(S.fiscalStrength, field: "fiscal_strength", unit: S.index) {
        optional($0.fiscalStrength, 2)
      },
    ]
  }

  private static func optional(_ x: Double?, _ decimals: Int) -> Report.Cell {
    x.map { .number($0, decimals: decimals) } ?? .empty
  }

  /// Table 1 for every municipality, and the region's sums; the note names where the values
  /// come from, as the scenario says.
  static func municipalities(_ scenario: Scenario, _ projection: Projection) -> Report {
    let base = scenario.baseYear
    var rows: [MunicipalityRow] = []
    var provenances: [Provenance] = []
    for m in scenario.municipalities {
      guard let figures = projection.path(of: m.name)?[base] else { continue }
      rows.append(
        MunicipalityRow(
          name: m.name, romaji: m.romaji, figures: figures, area: m.areaKm2,
          income: m.incomePerHeadKyen, fiscalStrength: m.fiscalStrength))
      let fields = [
        "population.\(base)", "elderly.\(base)", "staff", "area_km2", "income_per_head_kyen",
        "fiscal_strength",
      ]
      for field in fields {
        if let p = scenario.provenance["municipalities.\(m.name).\(field)"],
          !provenances.contains(p)
        {
          provenances.append(p)
        }
      }
    }
    rows.append(
      MunicipalityRow(
        name: scenario.region.ja, romaji: scenario.region.en,
        figures: projection.region(in: base),
        area: scenario.municipalities.compactMap(\.areaKm2).reduce(0, +)))
    return Report(
      title: S.municipalitiesTitle(base), rows: rows, columns: municipalityColumns(baseYear: base),
      rules: [rows.count - 1],
      notes: [S.municipalitiesSources(provenances.map { described($0, scenario) })])
  }

  // MARK: One municipality

  /// A value of one municipality, with where it came from and any note on it.
  struct FieldRow {
    var field: String
    var value: Report.Cell
    var provenance: Provenance?
    /// The source in full, for programs (`table2: 表2 会津地域の人口推計 (…)`).
    var source: LocalizedText?
    var note: LocalizedText?
  }

  static let fieldColumns: [ReportColumn<FieldRow>] = [
    .init(S.field, field: "field", alignment: .left, isKey: true) { .text($0.field) },
    .init(S.value, field: "value", isEssential: true) {
      $0.value.marked($0.note == nil ? nil : "^")
    },
    .init(S.source, field: "source", alignment: .left, isEssential: true) { row in
      // No source (the romaji) is an empty text, as programs have always read it.
      guard let provenance = row.provenance else { return .text("") }
      let full = (row.source?.en ?? "") + (row.note.map { " — \($0.en)" } ?? "")
      return .words(cited(provenance), value: full)
    },
  ]

  /// Every value of one municipality with its source: the source's id in the table, its
  /// title and the data's notes below.
  static func municipality(_ m: Municipality, _ scenario: Scenario) -> Report {
    var rows = [FieldRow(field: "romaji", value: .text(m.romaji))]
    func add(_ field: String, _ value: Double?, decimals: Int) {
      guard let value else { return }
      let provenance = scenario.provenance["municipalities.\(m.name).\(field)"]
      rows.append(
        FieldRow(
          field: field, value: .number(value, decimals: decimals), provenance: provenance,
          source: provenance.map { described($0, scenario) }, note: m.notes[field]))
    }
    for anchor in m.population.anchors {
      add("population.\(anchor.year)", anchor.value, decimals: 0)
    }
    for anchor in m.elderlyShare.anchors {
      let population = m.population[anchor.year] ?? m.population.logLinear(at: anchor.year)
      add("elderly.\(anchor.year)", anchor.value * population, decimals: 0)
    }
    add("staff", m.staff, decimals: 0)
    add("area_km2", m.areaKm2, decimals: 2)
    add("income_per_head_kyen", m.incomePerHeadKyen, decimals: 0)
    add("fiscal_strength", m.fiscalStrength, decimals: 2)
    if let r = m.residence {
      add("residence.staff", r.staff, decimals: 0)
      add("residence.inside", r.inside, decimals: 0)
      add("residence.outside", r.outside, decimals: 0)
    }
    add("staff_target", m.staffTarget, decimals: 0)
    if let bands = m.ageBands {
      if let code = bands.code {
        let provenance = scenario.provenance["municipalities.\(m.name).age_bands.code"]
        rows.append(
          FieldRow(
            field: "age_bands.code", value: .text(code), provenance: provenance,
            source: provenance.map { described($0, scenario) }, note: nil))
      }
      let series = [
        ("population", bands.population), ("age_0_14", bands.children),
        ("age_15_64", bands.workingAge), ("age_65_plus", bands.elderly),
      ]
      for (band, values) in series {
        for anchor in values.anchors {
          add("age_bands.\(band).\(anchor.year)", anchor.value, decimals: 0)
        }
      }
    }
    // The sources cited, in the order the scenario lists them.
    let cited = Set(
      rows.compactMap { if case .source(let id)? = $0.provenance { id } else { nil } })
    let notes =
      scenario.sources.filter { cited.contains($0.id) }.map {
        $0.title.map { [id = $0.id] in "\(id): \($0)" }
      }
      + rows.compactMap { row in row.note.map { S.fieldNote(row.field, note: $0) } }
    return Report(
      title: LocalizedText("\(m.name) \(m.romaji)"), rows: rows, columns: fieldColumns,
      notes: notes)
  }

  /// Where a value came from, as a table cell shows it: a source's id, the assumption, the
  /// file's place or the command that set it.
  static func cited(_ provenance: Provenance) -> LocalizedText {
    switch provenance {
    case .source(let id): LocalizedText(id)
    case .assumption(let name): S.assumption(name)
    case .file(let location): LocalizedText(location)
    case .user(let command): LocalizedText(command)
    }
  }

  /// Where a value came from, in full: `table1: 表1 会津地域13市町村人口等調べ (…)`,
  /// `changed at the prompt: set Showa.staff 40`.
  static func described(_ provenance: Provenance, _ scenario: Scenario) -> LocalizedText {
    switch provenance {
    case .source(let id): (scenario.source(id)?.title ?? LocalizedText(id)).map { "\(id): \($0)" }
    case .assumption(let name): S.assumption(name)
    case .file(let location): S.changedInFile(location)
    case .user(let command): S.changedAtPrompt(command)
    }
  }

  // MARK: Assumptions

  static let assumptionColumns: [ReportColumn<Assumption>] =
    [
      .init(S.assumptionName, field: "name", alignment: .left, isKey: true) { .text($0.name) },
      .init(S.value, field: "value", alignment: .left, isEssential: true) { .text($0.value) },
      .init(S.unit, field: "unit", alignment: .left) { .words($0.unit) },
      .init(S.source, field: "source", alignment: .left) { .text($0.source ?? "") },
      .init(S.setAt, field: "origin", alignment: .left) {
        .words(origin($0.origin), value: $0.origin)
      },
      .init(S.note, field: "note", alignment: .left, audience: .programs) { .words($0.note) },
    ] + rangeColumns

  /// Each assumption with its value and where it was set; its reason below, or, for
  /// programs, in a column.
  static func assumptions(_ scenario: Scenario) -> Report {
    Report(
      title: S.assumptionsTitle, rows: scenario.assumptions, columns: assumptionColumns,
      notes: scenario.assumptions.filter { !$0.note.isEmpty }.map {
        $0.note.map { [name = $0.name] in "\(name): \($0)" }
      } + rangeNotes(scenario))
  }

  /// Where an assumption was set, with the built-in scenario and the default in words.
  static func origin(_ text: String) -> LocalizedText {
    if text == "default" { return S.byDefault }
    if let builtin = ScenarioFile.builtin(ScenarioFile.builtinName)?.name,
      text.hasPrefix(builtin + ":")
    {
      return Words.Files.builtin(ScenarioFile.builtinName).map {
        $0 + text.dropFirst(builtin.count)
      }
    }
    return LocalizedText(text)
  }

  // MARK: Sources

  static let sourceColumns: [ReportColumn<Source>] = [
    .init(LocalizedText("ID"), field: "id", alignment: .left, isKey: true) { .text($0.id) },
    .init(S.document, field: "title", alignment: .left, isEssential: true) { .words($0.title) },
    .init(S.fields, field: "fields", alignment: .left) {
      .text($0.fields.joined(separator: ", "))
    },
  ]

  /// The documents the data come from, with the citation of each below.
  static func sources(_ scenario: Scenario) -> Report {
    Report(
      title: S.sourcesTitle, rows: scenario.sources, columns: sourceColumns,
      notes: scenario.sources.map { s in s.citation.map { "\(s.id): \($0)" } })
  }
}
