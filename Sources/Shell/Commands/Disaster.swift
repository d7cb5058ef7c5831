import Bilingual
import Rendering
import Simulation

extension Command {
  static let disaster = Command(
    name: "disaster",
    usage: "disaster [MUNICIPALITY…] [--from]",
    summary: LocalizedText(
      ja: "道路が寸断された日に役場に集まれる職員を見る", en: "Staff who can reach the office when roads are cut"),
    details: LocalizedText(
      ja: """
        市町村間の道路が寸断された日(指針3)に、自分の役場に行ける職員(市町村内に住む職員、表3)と、
        住んでいる市町村の役場に集まる広域連携の取り決めで加わる他の市町村の職員を示します。
        市町村外に住む職員がどこに住むかは資料にないため仮定です(既定: 他の市町村に人口比で分布。
        シナリオの [disaster.outside_residence] で市町村ごとに指定できます)。--from で、加わる職員の勤務先を示します。
        """,
      en: """
        For a day when the roads between municipalities are cut (指針3): the staff who
        can reach their own office (those living inside the municipality, table 3), and
        how many more a wide-area arrangement gives, under which staff report to the
        office of the municipality where they live. Where the staff living outside
        actually live is not in the seed: it is an assumption (default: spread over the
        other municipalities in proportion to population; a scenario may state it per
        municipality under [disaster.outside_residence]). --from lists where the staff
        received come from. docs/model.md, "Disaster-day staffing", has the equations.
        """),
    examples: [
      "disaster", "disaster 北塩原村 Showa", "disaster Aizuwakamatsu --from", "disaster --format csv",
    ],
    complete: { context in
      context.session.municipalityCandidates(context.current)
        + ["--from", "--format"].filter { $0.hasPrefix(context.current) }
    },
    run: { invocation, session throws(CommandError) in
      var invocation = invocation
      let byOrigin = invocation.flag("--from")
      try invocation.rejectUnknownOptions(known: ["--from", "--format", "--lang"])
      var chosen: [Municipality] = []
      for word in invocation.arguments {
        let found = try session.municipality(word)
        if !chosen.contains(where: { $0.name == found.name }) { chosen.append(found) }
      }
      let report = DisasterTable(session: session, municipalities: chosen)
      return [session.render(byOrigin ? report.origins : report.table)]
    })
}

/// The tables `disaster` shows.
struct DisasterTable {
  let session: Session
  /// The municipalities asked for; empty means all of them, with the region's total.
  let municipalities: [Municipality]

  private var machine: Bool { session.isMachineFormat }

  private var rows: [DisasterRow] {
    let day = DisasterStaffing(session.scenario)
    return municipalities.isEmpty ? day.rows : municipalities.compactMap { day.row(of: $0.name) }
  }

  var table: Table {
    let shown = rows
    var cells = shown.map { row in
      cellsOf(
        row.municipality.name, row.municipality.romaji, survey: row.survey,
        received: row.receivedStaff,
        stated: row.isSpreadStated)
    }
    if municipalities.isEmpty {
      let sum = { (value: (DisasterRow) -> Double) in shown.reduce(0) { $0 + value($1) } }
      let survey = StaffResidence(
        staff: sum { $0.survey?.staff ?? 0 }, inside: sum(\.inside),
        outside: sum { $0.survey?.outside ?? 0 })
      cells.append(
        cellsOf(
          session.scenario.region.ja, session.scenario.region.en, survey: survey,
          received: sum(\.receivedStaff), stated: nil))
    }
    let region = session.scenario.region
    return Table(
      title: session.text(ja: "道路が寸断された日の職員 (表3)", en: "Staff on a day the roads are cut (table 3)")
        + " — \(session.text(Label.scenario)) \(session.scenario.name)",
      columns: columns, rows: cells,
      ruleBeforeRows: municipalities.isEmpty && !machine ? [cells.count - 1] : [],
      notes: [
        session.text(
          ja: "職員数・市町村内・市町村外: 表3 (R3.8.24現在、表1とは別の日)。加わる職員 = 他の市町村の職員でここに住む人",
          en:
            "Staff, inside and outside: table 3 (as of R3.8.24, another date than table 1). "
            + "Received: other municipalities' staff who live here"
        ),
        session.text(
          ja:
            "* 仮定: 市町村外に住む職員は、指定がなければ他の\(region.ja)の市町村に2020年の人口比で住む "
            + "([disaster.outside_residence])",
          en:
            "* assumption: unless the scenario states it, staff living outside live in the other "
            + "municipalities of the \(region.en) in proportion to their 2020 population "
            + "([disaster.outside_residence])"
        ),
      ])
  }

  /// Where each municipality's received staff work.
  var origins: Table {
    var cells: [[Table.Cell]] = []
    for row in rows {
      for from in row.received {
        let origin = session.scenario.municipality(named: from.municipality)
        let place: [Table.Cell] =
          machine
          ? [
            .text(row.municipality.name), .text(row.municipality.romaji), .text(from.municipality),
            .text(origin?.romaji ?? ""),
          ]
          : [
            .text(row.municipality.bilingualName),
            .text(origin?.bilingualName ?? from.municipality),
          ]
        cells.append(place + [.number(from.staff, decimals: machine ? 0 : 2)])
      }
    }
    var columns: [Table.Column] = []
    if machine {
      columns = [
        .init("municipality", field: "municipality", alignment: .left, isKey: true),
        .init("romaji", field: "romaji", alignment: .left),
        .init("from", field: "from", alignment: .left),
        .init("from_romaji", field: "from_romaji", alignment: .left),
      ]
    } else {
      columns = [
        .init(
          session.text(ja: "集まる役場", en: "Office"), field: "municipality", alignment: .left,
          isKey: true),
        .init(session.text(ja: "勤務先", en: "Works for"), field: "from", alignment: .left),
      ]
    }
    return Table(
      title: session.text(ja: "加わる職員の勤務先", en: "Where the staff received work"),
      columns: columns + [.init(session.text(ja: "職員*", en: "Staff*"), field: "staff")],
      rows: cells,
      notes: [
        session.text(
          ja: "* 仮定: 市町村外に住む職員の住所 (docs/model.md「Disaster-day staffing」)",
          en:
            "* assumption: where staff living outside live (docs/model.md, \"Disaster-day "
            + "staffing\")"
        )
      ])
  }

  private var columns: [Table.Column] {
    var columns: [Table.Column] =
      machine
      ? [
        .init("municipality", field: "municipality", alignment: .left, isKey: true),
        .init("romaji", field: "romaji", alignment: .left),
      ]
      : [
        .init(
          session.text(Label.municipality), field: "municipality", alignment: .left, isKey: true)
      ]
    columns += [
      .init(session.text(ja: "職員数", en: "Staff"), field: "staff_surveyed"),
      .init(session.text(ja: "市町村内", en: "Inside"), field: "inside"),
      .init(session.text(ja: "割合", en: "Share"), field: "inside_share"),
      .init(session.text(ja: "市町村外", en: "Outside"), field: "outside"),
      .init(session.text(ja: "加わる職員", en: "Received"), field: "received"),
      .init(session.text(ja: "連携後", en: "With arrangement"), field: "with_arrangement"),
      .init(session.text(ja: "住所の仮定", en: "Spread"), field: "spread", alignment: .left),
    ]
    return columns
  }

  /// One row; `stated` is nil for the region.
  private func cellsOf(
    _ ja: String, _ en: String, survey: StaffResidence?, received: Double, stated: Bool?
  ) -> [Table.Cell] {
    func marked(_ cell: Table.Cell) -> Table.Cell {
      machine ? cell : Table.Cell(display: cell.display + "*", value: cell.value)
    }
    let none = Table.Cell(display: "-", value: .null)
    let inside = survey?.inside ?? 0
    let share = survey.map { $0.staff > 0 ? $0.inside / $0.staff : 0 }
    let spread: String
    switch stated {
    case .some(true): spread = machine ? "stated" : session.text(ja: "シナリオで指定", en: "stated")
    case .some(false): spread = machine ? "population" : session.text(ja: "人口比", en: "population")
    case nil: spread = ""
    }
    let place: [Table.Cell] = machine ? [.text(ja), .text(en)] : [.text("\(ja) \(en)")]
    return place + [
      survey.map { .number($0.staff, decimals: 0) } ?? none,
      survey.map { .number($0.inside, decimals: 0) } ?? none,
      share.map { .percent($0, decimals: 1) } ?? none,
      survey.map { .number($0.outside, decimals: 0) } ?? none,
      marked(.number(received, decimals: 1)),
      marked(.number(inside + received, decimals: 1)),
      .text(spread),
    ]
  }
}
