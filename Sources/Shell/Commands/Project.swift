import Rendering
import Simulation

extension Command {
  static let project = Command(
    name: "project",
    usage: "project [YEAR|FROM..TO] [MUNICIPALITY…] [--step N]",
    summary: LocalizedText(
      ja: "人口・高齢者・職員の需給を推計する", en: "Project population, 65+ and staff supply and demand"),
    details: LocalizedText(
      ja: """
        指定した年(既定はシナリオの目標年)の人口、65歳以上人口と高齢化率、職員数の見込み(供給)、
        必要職員数(需要)、不足、人口千人当たり職員数を、市町村ごとと地域計で示します。
        年は 2040、R22、令和22 のどれでも書けます。2020..2040 のように範囲も指定でき、--step で間隔を選べます。
        市町村は漢字でもローマ字でも指定できます。~ の付いた値は市町村別の将来推計(社人研2023年推計)に、
        * の付いた値は仮定(全国の高齢化率の上昇など)に基づきます。
        """,
      en: """
        Shows, for each municipality and the region, in the given year (default: the
        scenario's horizon): population, residents aged 65+ and their share, staff supply,
        staff demand, the shortfall (demand minus supply, in full-time staff) and staff per
        1,000 residents. Years may be written 2040, R22 or 令和22, or as a range 2020..2040
        with --step. Municipalities may be named in kanji or romaji. Values marked ~ rest on
        the municipality's own projection (IPSS 2023), values marked * on an assumption (such
        as the national rise of the 65+ share); docs/model.md has the equations.
        """),
    examples: [
      "project 2040", "project 2040 会津若松市 Showa", "project 2020..2040 昭和村 --step 5",
      "project R22 --format csv",
    ],
    complete: { context in
      context.current.first?.isNumber == true || context.current.first == "R"
        ? ["2025", "2030", "2035", "2040", "2050"].filter { $0.hasPrefix(context.current) }
        : context.session.municipalityCandidates(context.current)
          + ["--step", "--format"].filter { $0.hasPrefix(context.current) }
    },
    run: { invocation, session throws(CommandError) in
      var invocation = invocation
      let stepText = try invocation.option("--step")
      try invocation.rejectUnknownOptions(known: ["--step", "--format", "--lang"])
      var step = 1
      if let stepText {
        guard let n = Int(stepText), n >= 1 else {
          throw CommandError("--step needs a whole number of years, 1 or more; got '\(stepText)'")
        }
        step = n
      }
      let (years, chosen) = try session.yearsAndMunicipalities(invocation.arguments, step: step)
      return [
        session.render(
          ProjectionTable(session: session, years: years, municipalities: chosen).table)
      ]
    })
}

/// The table `project` shows: one row per municipality and year, then the region.
struct ProjectionTable {
  let session: Session
  let years: [Int]
  /// The municipalities asked for; empty means all of them, with the region's total.
  let municipalities: [Municipality]

  private var isMachine: Bool { session.format == .csv || session.format == .json }

  var table: Table {
    let projection = session.projection(through: years.last)
    let names =
      municipalities.isEmpty
      ? session.scenario.municipalities.map(\.name) : municipalities.map(\.name)
    var rows: [[Table.Cell]] = []
    var rules: Set<Int> = []
    var marks = Marks()
    var noted: [String] = []
    for year in years {
      if !rows.isEmpty, !isMachine, names.count > 1 { rules.insert(rows.count) }
      for name in names {
        guard let path = projection.path(of: name), let figures = path[year] else { continue }
        marks.note(figures)
        let note = populationNote(path.municipality, year: year)
        if let note, !noted.contains(note) { noted.append(note) }
        rows.append(
          row(
            name: path.municipality.name, romaji: path.municipality.romaji, figures,
            hasNote: note != nil))
      }
      if municipalities.isEmpty {
        if !isMachine, years.count == 1 { rules.insert(rows.count) }
        let region = projection.region(in: year)
        rows.append(
          row(
            name: session.scenario.region.ja, romaji: session.scenario.region.en, region,
            hasNote: false))
      }
    }
    return Table(
      title: title, columns: columns, rows: rows, ruleBeforeRows: rules,
      notes: notes(projection, marks: marks, populationNotes: noted))
  }

  private var title: String {
    let when =
      years.count == 1
      ? Year.label(years[0]) : "\(Year.label(years[0]))–\(Year.label(years[years.count - 1]))"
    return
      "\(session.text(Label.projection)) \(when) — \(session.text(Label.scenario)) \(session.scenario.name)"
  }

  private var columns: [Table.Column] {
    var columns: [Table.Column] = []
    if isMachine {
      columns = [
        .init("municipality", field: "municipality", alignment: .left, isKey: true),
        .init("romaji", field: "romaji", alignment: .left),
        .init("year", field: "year"),
      ]
    } else {
      if years.count > 1 {
        columns.append(.init(session.text(Label.year), field: "year", isKey: true))
      }
      columns.append(
        .init(
          session.text(Label.municipality), field: "municipality", alignment: .left, isKey: true))
    }
    columns += [
      .init(session.text(Label.population), field: "population"),
      .init(session.text(Label.elderly), field: "elderly"),
      .init(session.text(Label.elderlyShare), field: "elderly_share"),
      .init(session.text(Label.staffSupply), field: "staff_supply"),
      .init(session.text(Label.staffDemand), field: "staff_demand"),
      .init(session.text(Label.shortfall), field: "shortfall_fte"),
      .init(session.text(Label.staffPer1000), field: "staff_per_1000"),
    ]
    if isMachine {
      columns += [
        .init("shortfall_hours", field: "shortfall_hours"),
        .init("elderly_is_assumption", field: "elderly_is_assumption"),
        .init("elderly_is_projection_data", field: "elderly_is_projection_data"),
        .init("staff_supply_is_assumption", field: "staff_supply_is_assumption"),
        .init("recruitment_pool", field: "recruitment_pool"),
      ]
    }
    return columns
  }

  private func row(name: String, romaji: String, _ f: Figures, hasNote: Bool) -> [Table.Cell] {
    // `~`: the municipality's own projection (IPSS 2023); `*`: an assumption.
    let mark = f.elderlyBasis.isAssumption ? "*" : f.elderlyBasis.isProjectionData ? "~" : " "
    var cells: [Table.Cell] = []
    if isMachine {
      cells = [
        .text(name), .text(romaji), Table.Cell(display: String(f.year), value: .integer(f.year)),
      ]
    } else {
      if years.count > 1 {
        cells.append(Table.Cell(display: String(f.year), value: .integer(f.year)))
      }
      cells.append(.text("\(name) \(romaji)"))
    }
    cells += [
      marked(.number(f.population, decimals: 0), hasNote ? "^" : " "),
      marked(.number(f.elderly, decimals: 0), mark),
      marked(.percent(f.elderlyShare, decimals: 1), mark),
      marked(.number(f.staffSupply, decimals: 1), f.isSupplyAssumed ? "*" : " "),
      .number(f.staffDemand, decimals: 1),
      .number(f.shortfallFTE, decimals: 1),
      .number(f.staffPer1000, decimals: 1),
    ]
    if isMachine {
      cells += [
        .number(f.shortfallHours, decimals: 0),
        Table.Cell(display: "", value: .bool(f.elderlyBasis.isAssumption)),
        Table.Cell(display: "", value: .bool(f.elderlyBasis.isProjectionData)),
        Table.Cell(display: "", value: .bool(f.isSupplyAssumed)),
        .number(f.recruitmentPool, decimals: 0),
      ]
    }
    return cells
  }

  /// A number with a one-character mark after it, so marked and unmarked cells still
  /// line up on their last digit. Machine formats carry the number alone.
  private func marked(_ cell: Table.Cell, _ mark: String) -> Table.Cell {
    isMachine ? cell : Table.Cell(display: cell.display + mark, value: cell.value)
  }

  /// A scenario note on a population anchor the figure of `year` depends on (Bandai's
  /// 2040 is the town's hoped-for value, so every year after 2020 leans on it).
  private func populationNote(_ municipality: Municipality, year: Int) -> String? {
    guard year > session.scenario.baseYear else { return nil }
    for anchor in municipality.population.years where anchor > session.scenario.baseYear {
      if let note = municipality.notes["population.\(anchor)"] {
        return "^ \(municipality.name) \(municipality.romaji), population \(anchor): \(note)"
      }
    }
    return nil
  }

  /// The marks the rows shown carry, for their footnotes.
  private struct Marks {
    var elderlyAssumed = false
    var elderlyProjected = false
    var supplyAssumed = false

    mutating func note(_ figures: Figures) {
      elderlyAssumed = elderlyAssumed || figures.elderlyBasis.isAssumption
      elderlyProjected = elderlyProjected || figures.elderlyBasis.isProjectionData
      supplyAssumed = supplyAssumed || figures.isSupplyAssumed
    }
  }

  private func notes(_ projection: Projection, marks: Marks, populationNotes: [String]) -> [String]
  {
    var notes: [String] = []
    let base = session.scenario.baseYear
    if marks.elderlyProjected {
      notes.append(
        session.text(
          ja:
            "~ 将来推計: 65歳以上は、\(base)年の割合にその市町村の将来推計での変化を加えた値 (社人研2023年推計 ipss2023、age_bands)",
          en:
            "~ projection data: 65+ is the \(base) share plus the municipality's own change in its projection (IPSS 2023, ipss2023; age_bands)"
        ))
    }
    if marks.elderlyAssumed {
      notes.append(
        session.text(
          ja:
            "* 仮定: 市町村の将来推計を使わない年の65歳以上の割合は、全国の上昇分(社人研2017年推計、2020→2040年で+6.4ポイント)に沿って動く (elderly_share_rise)",
          en:
            "* assumption: where no municipal projection is used, the 65+ share moves with the national share (IPSS 2017, +6.4 points 2020→2040; elderly_share_rise)"
        ))
    }
    if marks.supplyAssumed {
      notes.append(
        session.text(
          ja:
            "* 仮定(職員数): それ以前の年の採用の母集団が仮定に基づく (将来推計の最終年より後の15〜64歳の割合の据え置き、または仮定の65歳以上; recruitment_pool)",
          en:
            "* assumption (staff supply): the recruitment pool of an earlier year rests on an assumption (the 15–64 share held after the projection's last year, or an assumed 65+ share; recruitment_pool)"
        ))
    }
    notes += populationNotes
    let epsilon = NumberFormat.grouped(projection.elasticity, decimals: 3)
    let fitted =
      projection.isElasticityFitted
      ? session.text(ja: "推定値", en: "fitted") : session.text(ja: "設定値", en: "set")
    let model = session.scenario.model
    let hours = NumberFormat.grouped(model.hoursPerFTE, decimals: 0)
    let pool = model.staffingPolicy == .recruitment ? " (\(model.recruitmentPool.rawValue))" : ""
    notes.append(
      session.text(
        ja:
          "需要の弾力性 ε = \(epsilon) (\(fitted))、供給: \(model.staffingPolicy.rawValue)\(pool)、1人年 = \(hours) 時間",
        en:
          "Demand elasticity ε = \(epsilon) (\(fitted)); supply policy: \(model.staffingPolicy.rawValue)\(pool); 1 FTE = \(hours) hours a year"
      ))
    notes.append(shortfallInHours(projection))
    return notes
  }

  /// The shortfall of the last year shown in hours: the region's, or the sum of the
  /// municipalities asked for (docs/model.md, "Shortfall").
  private func shortfallInHours(_ projection: Projection) -> String {
    let year = years[years.count - 1]
    let figures =
      municipalities.isEmpty
      ? [projection.region(in: year)]
      : municipalities.compactMap { projection.state(of: $0.name, in: year) }
    let fte = figures.reduce(0) { $0 + $1.shortfallFTE }
    let hours = figures.reduce(0) { $0 + $1.shortfallHours }
    let whose =
      municipalities.isEmpty
      ? session.regionName
      : municipalities.count == 1
        ? municipalities[0].name
        : session.text(
          ja: "\(municipalities.count)市町村の計", en: "these \(municipalities.count) together")
    let f = NumberFormat.grouped(fte, decimals: 1)
    let h = NumberFormat.grouped(hours, decimals: 0)
    return session.text(
      ja: "\(year)年の不足を時間で: \(whose) \(f) 人 = \(h) 時間 (負は余剰)",
      en: "Shortfall in \(year) in hours: \(whose) \(f) FTE = \(h) hours (negative: a surplus)")
  }
}
