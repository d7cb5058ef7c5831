import Bilingual
import Rendering
import ScenarioFile
import Simulation
import Words

extension Command {
  static let showTopics = ["municipalities", "assumptions", "sources", "changes"]

  static let show = Command(
    name: "show",
    usage: "show [municipalities|MUNICIPALITY|assumptions|sources|changes]",
    summary: LocalizedText(
      ja: "シナリオの中身と出典を見る", en: "Show the scenario, its data and their sources"),
    details: LocalizedText(
      ja: """
        引数なし: シナリオの概要。municipalities: 市町村の基礎データ(表1)。市町村名: その市町村のすべての値と出典。
        assumptions: 仮定の一覧(値・根拠・設定場所)。sources: 出典の一覧。changes: 未保存の変更。
        """,
      en: """
        With no argument: a summary of the scenario. municipalities: the base data of every
        municipality (table 1). A municipality: every value with its source. assumptions:
        each assumption with its value, reason and where it was set. sources: the documents
        the data come from. changes: the unsaved changes made with `set`.
        """),
    examples: ["show", "show 会津若松市", "show assumptions", "show sources"],
    complete: { context in
      guard context.previous.count == 1 else { return [] }
      return showTopics.filter { $0.hasPrefix(context.current) }
        + context.session.municipalityCandidates(context.current)
    },
    run: { invocation, session throws(CommandError) in
      guard invocation.arguments.count <= 1 else {
        throw CommandError(
          "show takes one topic",
          suggestion: "show, show municipalities, show NAME, show assumptions, show sources")
      }
      guard let topic = invocation.arguments.first else {
        return [.output(ScenarioReport.summary(session))]
      }
      switch topic {
      case "municipalities": return [session.render(ScenarioReport.municipalities(session))]
      case "assumptions": return Output(ScenarioReport.assumptions(session))
      case "sources": return [session.render(ScenarioReport.sources(session))]
      case "changes": return [ScenarioReport.changes(session)]
      default:
        if session.scenario.municipality(named: topic) == nil {
          let known = showTopics + session.scenario.municipalities.flatMap { [$0.name, $0.romaji] }
          if let guess = Suggestion.closest(to: topic, among: known) {
            throw CommandError("unknown topic '\(topic)'", suggestion: "did you mean '\(guess)'?")
          }
        }
        return [
          session.render(
            ScenarioReport.municipality(try session.municipality(topic), session: session))
        ]
      }
    })
}

/// What `show` prints.
enum ScenarioReport {
  static func summary(_ session: Session) -> String {
    let s = session.scenario
    let projection = session.projection()
    let base = projection.region(in: s.baseYear)
    let horizon = projection.region(in: s.horizon)
    let p = { (x: Double) in NumberFormat.grouped(x, decimals: 0) }
    var lines = [
      "\(s.title.text(in: session.language)) [\(s.name)]",
      session.text(ja: "ファイル: ", en: "file: ") + fileChain(session),
      session.text(ja: "期間: ", en: "years: ")
        + "\(Year.label(s.baseYear)) – \(Year.label(s.horizon))",
      session.text(ja: "推計方法: ", en: "methods: ")
        + "population \(s.model.populationMethod.rawValue), staffing \(s.model.staffingPolicy.rawValue)",
      session.text(
        ja:
          "\(session.regionName): \(s.municipalities.count) 市町村、人口 \(p(base.population)) (\(s.baseYear)) → \(p(horizon.population)) (\(s.horizon))、職員 \(p(base.staffSupply))",
        en:
          "\(session.regionName): \(s.municipalities.count) municipalities, population \(p(base.population)) (\(s.baseYear)) → \(p(horizon.population)) (\(s.horizon)), staff \(p(base.staffSupply))"
      ),
    ]
    if session.isModified {
      lines.append(
        session.text(ja: "未保存の変更: ", en: "unsaved changes: ")
          + session.overrides.map(\.pathText).joined(separator: ", "))
    }
    return lines.joined(separator: "\n")
  }

  /// `whatif.toml, extending aizu.toml, extending …`: the loaded file first.
  static func fileChain(_ session: Session) -> String {
    let files = Array(session.document.files.reversed())
    guard let top = files.first else { return "" }
    let extending = files.dropFirst().map {
      session.text(ja: "（\($0) を拡張）", en: ", extending \($0)")
    }
    return top + extending.joined()
  }

  static func municipalities(_ session: Session) -> Table {
    let machine = session.format == .csv || session.format == .json
    let base = session.scenario.baseYear
    var columns: [Table.Column] = [
      .init(session.text(Label.municipality), field: "municipality", alignment: .left, isKey: true)
    ]
    if machine { columns.append(.init("romaji", field: "romaji", alignment: .left)) }
    columns += [
      .init(session.text(ja: "人口 \(base)", en: "Pop. \(base)"), field: "population_\(base)"),
      .init(session.text(Label.elderly), field: "elderly_\(base)"),
      .init(session.text(Label.elderlyShare), field: "elderly_share_\(base)"),
      .init(session.text(ja: "職員数", en: "Staff"), field: "staff_\(base)"),
      .init(session.text(Label.staffPer1000), field: "staff_per_1000_\(base)"),
      .init(session.text(ja: "面積 km²", en: "Area km²"), field: "area_km2"),
      .init(session.text(ja: "所得 千円", en: "Income k¥"), field: "income_per_head_kyen"),
      .init(session.text(ja: "財政力", en: "Fiscal"), field: "fiscal_strength"),
    ]
    let projection = session.projection()
    var rows: [[Table.Cell]] = []
    for m in session.scenario.municipalities {
      guard let f = projection.path(of: m.name)?[base] else { continue }
      var row: [Table.Cell] = machine ? [.text(m.name), .text(m.romaji)] : [.text(m.bilingualName)]
      row += [
        .number(f.population, decimals: 0), .number(f.elderly, decimals: 0),
        .percent(f.elderlyShare, decimals: 2),
        .number(f.staffSupply, decimals: 0), .number(f.staffPer1000, decimals: 1),
        optional(m.areaKm2, decimals: 2), optional(m.incomePerHeadKyen, decimals: 0),
        optional(m.fiscalStrength, decimals: 2),
      ]
      rows.append(row)
    }
    let region = projection.region(in: base)
    let area = session.scenario.municipalities.compactMap(\.areaKm2).reduce(0, +)
    var total: [Table.Cell] =
      machine
      ? [.text(session.scenario.region.ja), .text(session.scenario.region.en)]
      : [.text("\(session.scenario.region.ja) \(session.scenario.region.en)")]
    total += [
      .number(region.population, decimals: 0), .number(region.elderly, decimals: 0),
      .percent(region.elderlyShare, decimals: 2),
      .number(region.staffSupply, decimals: 0), .number(region.staffPer1000, decimals: 1),
      .number(area, decimals: 2),
      .empty, .empty,
    ]
    rows.append(total)
    return Table(
      title: session.text(ja: "市町村の基礎データ (\(base))", en: "Municipalities, \(base)"),
      columns: columns, rows: rows,
      ruleBeforeRows: machine ? [] : [rows.count - 1],
      notes: [
        session.text(
          ja: "出典: 表1 (『福島県市町村要覧2021』、住基 R2.1.1)。地域計は各市町村の合計。",
          en:
            "Source: table 1 (福島県市町村要覧2021; resident register, 1 Jan 2020). The region's row is the sum."
        )
      ])
  }

  private static func optional(_ x: Double?, decimals: Int) -> Table.Cell {
    x.map { .number($0, decimals: decimals) } ?? .empty
  }

  /// Every value of one municipality with its source.
  static func municipality(_ m: Municipality, session: Session) -> Table {
    let prefix = "municipalities.\(m.name)."
    var rows: [[Table.Cell]] = []
    func add(_ field: String, _ value: Double?, decimals: Int) {
      guard let value else { return }
      let provenance = session.scenario.provenance[prefix + field]
      var source = provenance.map { describe($0, session: session) } ?? ""
      if let note = m.notes[field] { source += " — " + session.text(note) }
      rows.append([.text(field), .number(value, decimals: decimals), .text(source)])
    }
    rows.append([.text("romaji"), .text(m.romaji), .text("")])
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
    return Table(
      title: m.bilingualName,
      columns: [
        .init(session.text(ja: "項目", en: "Field"), field: "field", alignment: .left, isKey: true),
        .init(session.text(ja: "値", en: "Value"), field: "value"),
        .init(session.text(ja: "出典", en: "Source"), field: "source", alignment: .left),
      ],
      rows: rows)
  }

  static func describe(_ provenance: Provenance, session: Session) -> String {
    switch provenance {
    case .source(let id):
      let title = session.scenario.source(id).map { session.text($0.title) } ?? id
      return "\(id): \(title)"
    case .assumption(let name): return session.text(ja: "仮定 \(name)", en: "assumption \(name)")
    case .file(let location):
      return session.text(ja: "\(location) で変更", en: "changed in \(location)")
    case .user(let command):
      return session.text(ja: "プロンプトで変更: \(command)", en: "changed at the prompt: \(command)")
    }
  }

  static func assumptions(_ session: Session) -> [Reply] {
    let machine = session.format == .csv || session.format == .json
    let rows: [[Table.Cell]] = session.scenario.assumptions.map { a in
      var row: [Table.Cell] = [
        .text(a.name), .text(a.value), .text(session.text(a.unit)), .text(a.source ?? ""),
        .text(a.origin),
      ]
      if machine || session.format == .md { row.append(.text(session.text(a.note))) }
      return row
    }
    var columns: [Table.Column] = [
      .init(session.text(ja: "仮定", en: "Assumption"), field: "name", alignment: .left, isKey: true),
      .init(session.text(ja: "値", en: "Value"), field: "value", alignment: .left),
      .init(session.text(ja: "単位", en: "Unit"), field: "unit", alignment: .left),
      .init(session.text(ja: "出典", en: "Source"), field: "source", alignment: .left),
      .init(session.text(ja: "設定場所", en: "Set at"), field: "origin", alignment: .left),
    ]
    if machine || session.format == .md {
      columns.append(.init(session.text(ja: "根拠", en: "Note"), field: "note", alignment: .left))
    }
    let notes =
      machine || session.format == .md
      ? []
      : session.scenario.assumptions.filter { !$0.note.isEmpty }.map {
        "\($0.name): \(session.text($0.note))"
      }
    return [
      session.render(
        Table(
          title: session.text(ja: "仮定", en: "Assumptions"), columns: columns, rows: rows,
          notes: notes))
    ]
  }

  static func sources(_ session: Session) -> Table {
    Table(
      title: session.text(ja: "出典", en: "Sources"),
      columns: [
        .init("ID", field: "id", alignment: .left, isKey: true),
        .init(session.text(ja: "資料", en: "Document"), field: "title", alignment: .left),
        .init(session.text(ja: "項目", en: "Fields"), field: "fields", alignment: .left),
      ],
      rows: session.scenario.sources.map {
        [.text($0.id), .text(session.text($0.title)), .text($0.fields.joined(separator: ", "))]
      },
      notes: session.scenario.sources.map { "\($0.id): \(session.text($0.citation))" })
  }

  static func changes(_ session: Session) -> Reply {
    guard session.isModified else {
      return .output(session.text(ja: "未保存の変更はありません", en: "no unsaved changes"))
    }
    return .output(session.overrides.map { "\($0.command)" }.joined(separator: "\n"))
  }
}
