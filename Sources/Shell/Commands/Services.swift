import Bilingual
import Rendering
import Simulation

extension Command {
  static let services = Command(
    name: "services",
    usage: "services [YEAR|FROM..TO] [MUNICIPALITY…] [--categories]",
    summary: LocalizedText(
      ja: "職員の時間台帳: 対面サービスの時間を見る", en: "The staff-hours ledger: face-to-face service hours"),
    details: LocalizedText(
      ja: """
        指定した年(既定は目標年)の時間台帳を市町村ごとと地域計で示します。使える時間(職員数 × 1人年の時間)、
        定型業務(必要職員数 × (1 − 2020年の対面割合) − 取組の削減)、削減時間、対面サービスの時間、
        65歳以上1人当たりの対面時間とその2020年比、こなせない定型業務、2020年の水準を下回る最初の年、
        2020年の水準を保つのにあと何時間の削減が要るか。--categories で対面時間を分野(訪問、窓口など)に分けます。
        """,
      en: """
        Shows each municipality's and the region's staff-hours ledger in the given year
        (default: the horizon): hours available (staff supply × hours per FTE), routine
        work (staff demand × (1 − the 2020 face-to-face share) less the hours measures
        free), the hours freed, face-to-face hours, face-to-face hours per resident aged
        65+ and their index against 2020, routine work left uncovered, the first year
        below the 2020 level, and how many more freed hours would keep that level.
        --categories splits face-to-face hours into the scenario's categories (home
        visits, counter consultations, …). docs/model.md, "Hours ledger", has the
        equations.
        """),
    examples: [
      "services 2040", "services 2030 昭和村 Bandai", "services 2040 --categories",
      "services R22 --format csv",
    ],
    complete: { context in ledgerCompletions(context, options: ["--categories"]) },
    run: { invocation, session throws(CommandError) in
      var invocation = invocation
      let byCategory = invocation.flag("--categories")
      try invocation.rejectUnknownOptions(known: ["--categories", "--format", "--lang"])
      let (years, chosen) = try session.yearsAndMunicipalities(invocation.arguments)
      let report = ServicesTable(session: session, years: years, municipalities: chosen)
      return [session.render(byCategory ? report.categories : report.table)]
    })
}

/// The tables `services` shows: the hours ledger, or face-to-face hours by category.
struct ServicesTable {
  let session: Session
  let years: [Int]
  /// The municipalities asked for; empty means all of them, with the region's total.
  let municipalities: [Municipality]

  private var ledger: Ledger { session.ledger(through: years.last) }
  private var machine: Bool { session.isMachineFormat }

  /// The rows to show: each municipality's entry and, for all of them, the region's.
  private func entries(_ ledger: Ledger, in year: Int)
    -> [(ja: String, en: String, entry: LedgerEntry, firstBelow: Int?, assumed: Bool)]
  {
    let scenario = session.scenario
    let names =
      municipalities.isEmpty ? scenario.municipalities.map(\.name) : municipalities.map(\.name)
    var rows: [(String, String, LedgerEntry, Int?, Bool)] = names.compactMap { name in
      guard let path = ledger.path(of: name), let entry = path[year] else { return nil }
      let assumed = ledger.projection.state(of: name, in: year)?.elderlyBasis.isAssumption ?? false
      return (
        path.municipality.name, path.municipality.romaji, entry, path.firstYearBelowBase, assumed
      )
    }
    if municipalities.isEmpty {
      let assumed = ledger.projection.region(in: year).elderlyBasis.isAssumption
      rows.append(
        (
          scenario.region.ja, scenario.region.en, ledger.region(in: year),
          ledger.regionFirstYearBelowBase, assumed
        ))
    }
    return rows.map { (ja: $0.0, en: $0.1, entry: $0.2, firstBelow: $0.3, assumed: $0.4) }
  }

  var table: Table {
    let ledger = self.ledger
    var rows: [[Table.Cell]] = []
    var rules: Set<Int> = []
    var assumed = false
    for year in years {
      if !rows.isEmpty, !machine { rules.insert(rows.count) }
      let shown = entries(ledger, in: year)
      for (index, shownRow) in shown.enumerated() {
        if !machine, municipalities.isEmpty, index == shown.count - 1, years.count == 1 {
          rules.insert(rows.count)
        }
        assumed = assumed || shownRow.assumed
        rows.append(
          row(shownRow.ja, shownRow.en, year, shownRow.entry, shownRow.firstBelow, shownRow.assumed)
        )
      }
    }
    return Table(
      title: session.title(ja: "時間台帳", en: "Staff-hours ledger", years: years), columns: columns,
      rows: rows,
      ruleBeforeRows: rules, notes: notes(ledger, assumed: assumed))
  }

  /// Face-to-face hours split into the scenario's categories.
  var categories: Table {
    let ledger = self.ledger
    let categories = session.scenario.facetimeCategories
    var rows: [[Table.Cell]] = []
    for year in years {
      for shown in entries(ledger, in: year) {
        for (category, hours) in zip(categories, shown.entry.facetimeByCategory) {
          let perElderly = shown.entry.elderly > 0 ? hours.hours / shown.entry.elderly : 0
          rows.append(
            placeCells(shown.ja, shown.en, year) + [
              .text(machine ? category.id : category.name.text(in: session.language)),
              .percent(category.share, decimals: 0),
              .number(hours.hours, decimals: 0),
              .number(perElderly, decimals: 2),
            ])
        }
      }
    }
    let notes =
      categories.isEmpty
      ? [
        session.text(
          ja: "シナリオに分野がありません ([facetime.categories])",
          en: "the scenario names no categories ([facetime.categories])")
      ]
      : categories.map { "\($0.id): \(session.text($0.note))" }
    return Table(
      title: session.title(ja: "分野別の対面時間", en: "Face-to-face hours by category", years: years),
      columns: placeColumns + [
        .init(
          session.text(ja: "分野", en: "Category"), field: "category", alignment: .left, isKey: true),
        .init(session.text(ja: "割合", en: "Share"), field: "share"),
        .init(session.text(ja: "対面時間", en: "Hours"), field: "facetime_hours"),
        .init(session.text(ja: "65歳以上1人当たり", en: "Per 65+"), field: "per_elderly"),
      ],
      rows: rows, notes: notes)
  }

  /// `municipality` and `year` for programs (the fields the issue names); the year
  /// (for ranges) and both names for people.
  private var placeColumns: [Table.Column] {
    if machine {
      return [
        .init("municipality", field: "municipality", alignment: .left, isKey: true),
        .init("year", field: "year"),
      ]
    }
    return (years.count > 1 ? [.init(session.text(Label.year), field: "year", isKey: true)] : [])
      + [
        .init(
          session.text(Label.municipality), field: "municipality", alignment: .left, isKey: true)
      ]
  }

  private func placeCells(_ ja: String, _ en: String, _ year: Int) -> [Table.Cell] {
    let yearCell = Table.Cell(display: String(year), value: .integer(year))
    if machine { return [.text(ja), yearCell] }
    return (years.count > 1 ? [yearCell] : []) + [.text("\(ja) \(en)")]
  }

  private var columns: [Table.Column] {
    placeColumns + [
      .init(session.text(ja: "使える時間", en: "Available h"), field: "available_hours"),
      .init(session.text(ja: "定型業務", en: "Routine h"), field: "routine_hours"),
      .init(session.text(ja: "削減", en: "Freed h"), field: "freed_hours"),
      .init(session.text(ja: "対面", en: "Face-to-face h"), field: "facetime_hours"),
      .init(session.text(ja: "65歳以上1人当たり", en: "Per 65+"), field: "facetime_per_elderly"),
      .init(session.text(ja: "2020年比", en: "Index"), field: "facetime_index"),
      .init(session.text(ja: "こなせない業務", en: "Uncovered h"), field: "uncovered_hours"),
      .init(session.text(ja: "下回る年", en: "Below from"), field: "first_year_below"),
      .init(session.text(ja: "要る削減", en: "Extra freed h"), field: "extra_freed_hours"),
    ]
  }

  private func row(
    _ ja: String, _ en: String, _ year: Int, _ e: LedgerEntry, _ firstBelow: Int?, _ assumed: Bool
  ) -> [Table.Cell] {
    func marked(_ cell: Table.Cell) -> Table.Cell {
      machine ? cell : Table.Cell(display: cell.display + (assumed ? "*" : " "), value: cell.value)
    }
    let below =
      firstBelow.map { Table.Cell(display: String($0), value: .integer($0)) }
      ?? Table.Cell(display: "-", value: .null)
    return placeCells(ja, en, year) + [
      .number(e.availableHours, decimals: 0),
      .number(e.routineHours, decimals: 0),
      .number(e.freedHours, decimals: 0),
      .number(e.facetimeHours, decimals: 0),
      marked(.number(e.facetimePerElderly, decimals: 1)),
      marked(.number(e.facetimeIndex, decimals: 2)),
      .number(e.uncoveredHours, decimals: 0),
      below,
      .number(e.extraFreedNeeded, decimals: 0),
    ]
  }

  private func notes(_ ledger: Ledger, assumed: Bool) -> [String] {
    let f0 = NumberFormat.percent(ledger.facetimeShare2020, decimals: 0)
    let hours = NumberFormat.grouped(session.scenario.model.hoursPerFTE, decimals: 0)
    var notes: [String] = []
    if assumed {
      notes.append(
        session.text(
          ja: "* 仮定: 2020年より後の65歳以上は全国の上昇分を加えた値 (elderly_share_rise)",
          en:
            "* assumption: 65+ after 2020 is the 2020 share plus the national rise "
            + "(elderly_share_rise)"
        ))
    }
    notes.append(
      session.text(
        ja:
          "2020年の対面割合 f0 = \(f0) (仮定 facetime_share_2020)、1人年 = \(hours) "
          + "時間。2020年比は65歳以上1人当たりの対面時間の比。- は2020年の水準を下回らないこと",
        en:
          "2020 face-to-face share f0 = \(f0) (assumption facetime_share_2020); 1 FTE = \(hours) "
          + "hours. Index: face-to-face hours per 65+ against 2020; - never below 2020's level"
      ))
    if ledger.paths.contains(where: { path in
      years.contains { year in path[year].map { !$0.canReachBaseLevel } ?? false }
    }) {
      notes.append(
        session.text(
          ja: "削減だけでは2020年の水準に届かない市町村があります (使える時間より多くの対面時間が要る)",
          en:
            "For some municipalities freeing hours alone cannot reach 2020's level: it needs more "
            + "hours than there are"
        ))
    }
    return notes
  }
}
