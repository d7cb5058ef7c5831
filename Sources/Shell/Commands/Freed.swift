import Bilingual
import Rendering
import Simulation

extension Command {
  static let freed = Command(
    name: "freed",
    usage: "freed [YEAR|FROM..TO] [MUNICIPALITY…]",
    summary: LocalizedText(ja: "取組ごとの削減時間と費用を見る", en: "Hours freed by each measure, and its cost"),
    details: LocalizedText(
      ja: """
        指定した年(既定は目標年)に、各取組が生み出す時間(導入率を掛け、定型業務の量を上限とする)、
        その常勤換算、その年の費用を示します。市町村を指定しなければ取組ごとの地域計と振興局の分、
        指定すればその市町村の取組ごとの値です。振興局の時間はどの市町村の台帳にも入りません。
        共同の取組の費用はその年の人口で按分します。
        """,
      en: """
        Shows, in the given year (default: the horizon), the hours each measure frees
        (adoption that year times its savings, capped at the routine work there is), the
        same in full-time staff, and what it costs that year. With no municipality: each
        measure's sum over its adopters, and the regional office's measures, whose hours
        enter no municipality's ledger. With municipalities: each one's measures. A shared
        measure's cost is split by population that year. docs/model.md, "Hours ledger"
        and "Costs", has the equations.
        """),
    examples: ["freed 2030", "freed R7 昭和村 Kitakata", "freed 2025..2030 --format csv"],
    complete: { context in ledgerCompletions(context) },
    run: { invocation, session throws(CommandError) in
      try invocation.rejectUnknownOptions(known: ["--format", "--lang"])
      let (years, chosen) = try session.yearsAndMunicipalities(invocation.arguments)
      return [
        session.render(FreedTable(session: session, years: years, municipalities: chosen).table)
      ]
    })

  /// Years and municipalities, as `project` completes them.
  static func ledgerCompletions(_ context: CompletionContext, options: [String] = []) -> [String] {
    if context.current.first?.isNumber == true || context.current.first == "R" {
      return ["2025", "2030", "2035", "2040", "2050"].filter { $0.hasPrefix(context.current) }
    }
    return context.session.municipalityCandidates(context.current)
      + (options + ["--format"]).filter { $0.hasPrefix(context.current) }
  }
}

/// The table `freed` shows: one row per measure and place (the region, the regional
/// office, or a municipality) and year.
struct FreedTable {
  let session: Session
  let years: [Int]
  /// The municipalities asked for; empty means each measure's sum over its adopters.
  let municipalities: [Municipality]

  static let office = LocalizedText(ja: "地方振興局", en: "regional office")

  var table: Table {
    let ledger = session.ledger(through: years.last)
    let scenario = session.scenario
    var rows: [[Table.Cell]] = []
    var rules: Set<Int> = []
    var isCapped = false
    for year in years {
      if !rows.isEmpty, !session.isMachineFormat { rules.insert(rows.count) }
      if municipalities.isEmpty {
        for measure in scenario.measures {
          let atOffice = measure.adopters == .regionalOffice
          let (ja, en) =
            atOffice ? (Self.office.ja, Self.office.en) : (scenario.region.ja, scenario.region.en)
          let cost = ledger.costs.filter { $0.measureID == measure.id && $0.year == year }
          rows.append(
            row(
              ja: ja, en: en, year: year, measure: measure,
              hours: ledger.freedHours(by: measure.id, in: year),
              cost: measure.hasStatedCost ? cost.reduce(0) { $0 + $1.total } : nil))
        }
      } else {
        for municipality in municipalities {
          guard let entry = ledger.entry(of: municipality.name, in: year) else { continue }
          for freed in entry.freedByMeasure {
            guard let measure = scenario.measure(freed.id) else { continue }
            let cost = ledger.cost(
              of: measure.id, paidBy: .municipality(municipality.name), in: year)
            rows.append(
              row(
                ja: municipality.name, en: municipality.romaji, year: year, measure: measure,
                hours: freed.hours, cost: measure.hasStatedCost ? cost : nil))
          }
        }
      }
      let shown =
        municipalities.isEmpty
        ? ledger.paths : municipalities.compactMap { ledger.path(of: $0.name) }
      isCapped =
        isCapped
        || shown.contains { path in
          path[year].map { $0.potentialFreedHours > $0.routineNeedHours } ?? false
        }
    }
    return Table(
      title: session.title(ja: "削減時間", en: "Hours freed", years: years), columns: columns,
      rows: rows, ruleBeforeRows: rules, notes: notes(isCapped))
  }

  private var columns: [Table.Column] {
    var columns: [Table.Column] = []
    if session.isMachineFormat {
      columns = [
        .init("municipality", field: "municipality", alignment: .left, isKey: true),
        .init("romaji", field: "romaji", alignment: .left),
        .init("year", field: "year"),
        .init("measure", field: "measure", alignment: .left, isKey: true),
      ]
    } else {
      if years.count > 1 {
        columns.append(.init(session.text(Label.year), field: "year", isKey: true))
      }
      columns += [
        .init(
          session.text(ja: "どこで", en: "Where"), field: "municipality", alignment: .left, isKey: true
        ),
        .init(
          session.text(ja: "取組", en: "Measure"), field: "measure", alignment: .left, isKey: true),
      ]
    }
    return columns + [
      .init(session.text(ja: "導入率", en: "Adoption"), field: "adoption"),
      .init(session.text(ja: "削減時間", en: "Hours freed"), field: "freed_hours"),
      .init(session.text(ja: "常勤換算", en: "FTE"), field: "freed_fte"),
      .init(session.text(ja: "費用(円)", en: "Cost ¥"), field: "cost_yen"),
    ]
  }

  private func row(
    ja: String, en: String, year: Int, measure: Measure, hours: Double, cost: Double?
  )
    -> [Table.Cell]
  {
    let yearCell = Table.Cell(display: String(year), value: .integer(year))
    var cells: [Table.Cell]
    if session.isMachineFormat {
      cells = [.text(ja), .text(en), yearCell, .text(measure.id)]
    } else {
      cells = years.count > 1 ? [yearCell] : []
      cells += [.text("\(ja) \(en)"), .text(measure.id)]
    }
    return cells + [
      .percent(measure.adoption(in: year), decimals: 0),
      .number(hours, decimals: 0),
      .number(hours / session.scenario.model.hoursPerFTE, decimals: 2),
      cost.map { .number($0, decimals: 0) } ?? Table.Cell(display: "-", value: .null),
    ]
  }

  private func notes(_ isCapped: Bool) -> [String] {
    let hours = NumberFormat.grouped(session.scenario.model.hoursPerFTE, decimals: 0)
    var notes = [
      session.text(
        ja: "導入率 × 1年の削減。振興局の時間は市町村の台帳に入りません。共同の取組の費用は人口で按分。- は費用が示されていないこと。1人年 = \(hours) 時間",
        en:
          "Adoption × yearly savings. The regional office's hours enter no municipality's ledger. "
          + "Shared costs are split by population; - a cost not stated. 1 FTE = \(hours) hours"
      )
    ]
    if isCapped {
      notes.append(
        session.text(
          ja: "取組の削減が定型業務を超える市町村では、定型業務の量に比例して縮めています",
          en:
            "Where measures would free more than the routine work there is, each is scaled down to "
            + "fit"
        ))
    }
    return notes
  }
}

extension Measure {
  /// Whether the scenario states any cost for this measure.
  var hasStatedCost: Bool { initialCost != nil || yearlyCost != nil }
}
