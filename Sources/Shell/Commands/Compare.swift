import Bilingual
import Rendering
import ScenarioFile
import Simulation

extension Command {
  static let compare = Command(
    name: "compare",
    usage: "compare GUIDELINE|all [MUNICIPALITY] [YEAR]",
    summary: LocalizedText(
      ja: "指針ごとにアナログとデジタルの方法を比べる",
      en: "Compare a guideline's analog and digital options"),
    details: LocalizedText(
      ja: """
        指針(1〜18)の方法ごとに、届く人と届かない人(うち65歳以上)、目標年までの費用、
        住民1人に届く費用、職員の時間(年、浮く分は+、増える分は−)、停電・通信障害の時に使えるかを示し、
        どれを選ぶかを理由とともに言葉で示します。市町村を省くと地域全体(各市町村が導入した合計)、
        年を省くとシナリオの目標年です。比較の基準年と判定が違うときは、なぜ変わったかも示します。
        compare all は、市町村ごとにデジタル・アナログ・併用になる指針を一覧にします。
        判定の決まりと数式は docs/model.md の「Verdict」にあります。方法の数値は仮定で、シナリオの note が根拠です。
        """,
      en: """
        For each option of a guideline (1 to 18): residents reached and not reached (65+
        apart), the cost to the horizon, the cost per resident reached, staff hours a year
        (freed +, used −) and whether it works when power or the network is down; then
        which to choose, and why, in plain words. With no municipality, the region (every
        municipality adopting it); with no year, the scenario's horizon. When the verdict
        differs from the reference year's, it says why. `compare all` lists, for each
        municipality, the guidelines that go digital, analog or both. docs/model.md,
        "Verdict", has the rule; option figures are assumptions, each with a note.
        """),
    examples: [
      "compare 18", "compare 1 金山町 2040", "compare 5 Showa R12 --format csv", "compare all 2040",
    ],
    complete: { context in
      guard context.previous.count > 1 else {
        let numbers = context.session.scenario.guidelines.map { String($0.number) }
        return (["all"] + numbers).filter { $0.hasPrefix(context.current) }
      }
      return yearsOrMunicipalities(context)
    },
    run: { invocation, session throws(CommandError) in
      var invocation = invocation
      try invocation.rejectUnknownOptions(known: ["--format", "--lang"])
      guard let first = invocation.arguments.first else {
        throw CommandError(
          "compare needs a guideline", suggestion: "compare 1 to compare 18, or compare all")
      }
      let rest = Array(invocation.arguments.dropFirst())
      if first == "all" {
        let (year, chosen) = try session.yearAndMunicipalities(rest, command: "compare")
        return [
          session.render(
            ComparisonSummary(session: session, year: year, municipalities: chosen).table)
        ]
      }
      let guideline = try session.guideline(first)
      let (year, chosen) = try session.yearAndMunicipalities(rest, command: "compare")
      guard chosen.count <= 1 else {
        throw CommandError(
          "compare takes one municipality",
          suggestion: "or none, for the region; `compare all` lists them all")
      }
      let table = try ComparisonTable(
        session: session, guideline: guideline, year: year, municipality: chosen.first)
      return [session.render(table.table)]
    })

  /// Years and municipality names, for the completers of `compare` and `guidelines`.
  static func yearsOrMunicipalities(_ context: CompletionContext) -> [String] {
    context.current.first?.isNumber == true || context.current.first == "R"
      ? ["2025", "2030", "2035", "2040", "2050"].filter { $0.hasPrefix(context.current) }
      : context.session.municipalityCandidates(context.current)
  }
}

extension Label {
  static let option = LocalizedText(ja: "方法", en: "Option")
  static let kind = LocalizedText(ja: "種類", en: "Kind")
  static let reached = LocalizedText(ja: "届く人", en: "Reached")
  static let unreached = LocalizedText(ja: "届かない人", en: "Not reached")
  static let unreachedElderly = LocalizedText(ja: "うち65歳以上", en: "of them 65+")
  static let perReached = LocalizedText(ja: "1人あたり費用(円)", en: "Yen per reached")
  static let staffHours = LocalizedText(ja: "職員時間/年", en: "Staff hours/yr")
  static let disaster = LocalizedText(ja: "災害時", en: "In disaster")
  static let verdict = LocalizedText(ja: "判定", en: "Verdict")
  static let guideline = LocalizedText(ja: "指針", en: "Guideline")
  static let decidedBy = LocalizedText(ja: "決め手", en: "Decided by")
  static let digital = LocalizedText(ja: "デジタル", en: "Digital")
  static let analog = LocalizedText(ja: "アナログ", en: "Analog")
  static let hybrid = LocalizedText(ja: "併用", en: "Both")
  static let works = LocalizedText(ja: "使える", en: "yes")
  static let doesNotWork = LocalizedText(ja: "使えない", en: "no")

  static func costTo(_ year: Int) -> LocalizedText {
    LocalizedText(ja: "費用(円, 〜\(year))", en: "Cost to \(year) (yen)")
  }
}

extension Session {
  /// The guideline `word` names: `5` or `指針5`.
  func guideline(_ word: String) throws(CommandError) -> Guideline {
    let digits = word.hasPrefix("指針") ? String(word.dropFirst(2)) : word
    guard let number = Int(digits), Guideline.numbers.contains(number) else {
      throw CommandError(
        "unknown guideline '\(word)'",
        suggestion: "the guidelines are numbered 1 to 18; `guidelines` lists them")
    }
    guard let guideline = scenario.guideline(number) else {
      throw CommandError(
        "the scenario lists no guideline \(number)", suggestion: "`guidelines` lists those it has")
    }
    return guideline
  }

  /// One year (default: the horizon) and municipalities, in any order.
  func yearAndMunicipalities(_ words: [String], command: String) throws(CommandError)
    -> (year: Int, municipalities: [Municipality])
  {
    if let range = words.first(where: { $0.contains("..") }) {
      throw CommandError("\(command) takes one year, not the range '\(range)'")
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
      throw CommandError("cannot compare guideline \(guideline.number) in \(year)")
    }
    return comparison
  }

  /// A verdict's kind in plain words: デジタル, アナログ, 併用 / Digital, Analog, Both.
  func kindText(_ approach: Approach) -> String {
    switch approach {
    case .digital: text(Label.digital)
    case .analog: text(Label.analog)
    case .hybrid: text(Label.hybrid)
    }
  }
}

/// The table `compare GUIDELINE` shows: one row per option (and per hybrid put
/// together), then the verdict in words below.
struct ComparisonTable {
  let session: Session
  let comparison: Comparison
  /// The same guideline in the reference year, when another year is asked for.
  let reference: Comparison?

  init(session: Session, guideline: Guideline, year: Int, municipality: Municipality?)
    throws(CommandError)
  {
    self.session = session
    let projection = session.projection(through: year)
    comparison = try session.comparison(
      guideline, in: municipality, year: year, projection: projection)
    let referenceYear = comparison.referenceYear
    reference =
      referenceYear == year
      ? nil
      : try session.comparison(
        guideline, in: municipality, year: referenceYear, projection: projection)
  }

  private var isMachine: Bool { session.format == .csv || session.format == .json }

  private var areaName: String {
    switch comparison.area {
    case .region: session.scenario.region.ja
    case .municipality(let name): name
    }
  }

  var table: Table {
    let rows = (comparison.options + comparison.hybrids).map(row)
    return Table(title: title, columns: columns, rows: rows, notes: notes)
  }

  private var title: String {
    let guideline = comparison.guideline
    let area: String
    switch comparison.area {
    case .region: area = session.regionName
    case .municipality(let name):
      area = session.scenario.municipality(named: name)?.bilingualName ?? name
    }
    let name = "\(session.text(guideline.label)) \(session.text(guideline.title))"
    return "\(name) — \(area), \(Year.label(comparison.year))"
  }

  private var columns: [Table.Column] {
    if isMachine {
      return [
        .init("guideline", field: "guideline", isKey: true),
        .init("option", field: "option", alignment: .left, isKey: true),
        .init("kind", field: "kind", alignment: .left),
        .init("municipality", field: "municipality", alignment: .left),
        .init("year", field: "year"),
        .init("reached", field: "reached"),
        .init("unreached_elderly", field: "unreached_elderly"),
        .init("cost_to_horizon_yen", field: "cost_to_horizon_yen"),
        .init("cost_per_reached_yen", field: "cost_per_reached_yen"),
        .init("net_staff_hours", field: "net_staff_hours"),
        .init("works_in_disaster", field: "works_in_disaster"),
        .init("verdict", field: "verdict", alignment: .left),
      ]
    }
    return [
      .init(session.text(Label.option), field: "option", alignment: .left, isKey: true),
      .init(session.text(Label.kind), field: "kind", alignment: .left),
      .init(session.text(Label.reached), field: "reached"),
      .init(session.text(Label.unreached), field: "unreached"),
      .init(session.text(Label.unreachedElderly), field: "unreached_elderly"),
      .init(session.text(Label.costTo(comparison.horizon)), field: "cost_to_horizon_yen"),
      .init(session.text(Label.perReached), field: "cost_per_reached_yen"),
      .init(session.text(Label.staffHours), field: "net_staff_hours"),
      .init(session.text(Label.disaster), field: "works_in_disaster", alignment: .left),
      .init(session.text(Label.verdict), field: "verdict", alignment: .left),
    ]
  }

  private func row(_ f: OptionFigures) -> [Table.Cell] {
    let status = comparison.status(of: f)
    let perReached = f.costPerReached.map { Table.Cell.number($0, decimals: 0) } ?? .empty
    if isMachine {
      return [
        .integer(comparison.guideline.number), .text(f.id), .text(f.approach.rawValue),
        .text(areaName),
        .integer(comparison.year), .number(f.reached, decimals: 0),
        .number(f.unreachedElderly, decimals: 0),
        .number(f.costToHorizon, decimals: 0), perReached, .number(f.netHours, decimals: 0),
        Table.Cell(display: "", value: .bool(f.worksInDisaster)), .text(status.rawValue),
      ]
    }
    return [
      .text(f.name.text(in: session.language)), .text(session.kindText(f.approach)),
      .number(f.reached, decimals: 0), .number(f.unreached, decimals: 0),
      .number(f.unreachedElderly, decimals: 0),
      .number(f.costToHorizon, decimals: 0), perReached, .number(f.netHours, decimals: 0),
      .text(session.text(f.worksInDisaster ? Label.works : Label.doesNotWork)),
      .text(session.text(status.label)),
    ]
  }

  private var notes: [String] {
    var notes = [comparison.verdict.sentence(in: session.language)]
    if let reference, let why = comparison.change(since: reference) {
      notes.append(why.text(in: session.language))
    }
    let rule = comparison.rule
    let limit = NumberFormat.percent(rule.maxUnreachedElderly, decimals: 0)
    let tie = NumberFormat.percent(rule.costTie, decimals: 0)
    let (start, end) = (comparison.baseYear, comparison.horizon)
    notes.append(
      session.text(
        ja: "費用は各市町村が\(start)年に始めた場合の\(end)年までの合計(地域は全市町村の合計)。"
          + "方法の数値は出典のない限り仮定で、根拠はシナリオの note にあります。",
        en: "Costs: each municipality starting in \(start), to \(end) (the region adds them up). "
          + "Option figures are assumptions unless a source is cited; each option's note says why.")
    )
    notes.append(
      session.text(
        ja: "決まり: 65歳以上の住民の\(limit)を超える人に届かない方法は単独では選ばない(指針9)。"
          + "1人あたり費用の差が\(tie)以内なら職員の時間で決める (verdict.*、docs/model.md)。",
        en:
          "Rule: an option leaving more than \(limit) of the residents aged 65+ unreached "
          + "is not chosen alone (指針9); costs per resident reached within \(tie) are decided by "
          + "staff hours (verdict.*, docs/model.md)."))
    return notes
  }
}

/// The table `compare all` shows: per municipality and the region, the guidelines
/// whose verdict is digital, analog or both.
struct ComparisonSummary {
  let session: Session
  let year: Int
  /// The municipalities asked for; empty means all of them and the region.
  let municipalities: [Municipality]

  private var isMachine: Bool { session.format == .csv || session.format == .json }

  var table: Table {
    let projection = session.projection(through: year)
    let areas: [Municipality?] =
      municipalities.isEmpty ? session.scenario.municipalities + [nil] : municipalities
    var rows: [[Table.Cell]] = []
    var changed = false
    for municipality in areas {
      var numbers: [Approach: [String]] = [:]
      for guideline in session.scenario.guidelines {
        let area: Comparison.Area = municipality.map { .municipality($0.name) } ?? .region
        guard let comparison = Comparison(projection, guideline: guideline, area: area, year: year),
          let winner = comparison.verdict.winner
        else { continue }
        if isMachine {
          rows.append(machineRow(municipality, comparison, winner))
          continue
        }
        let reference = Comparison(
          projection, guideline: guideline, area: area, year: comparison.referenceYear)
        let differs = reference.flatMap { $0.verdict.winner?.id }.map { $0 != winner.id } ?? false
        changed = changed || differs
        numbers[winner.approach, default: []].append("\(guideline.number)" + (differs ? "*" : ""))
      }
      if !isMachine {
        let name =
          municipality?.bilingualName
          ?? "\(session.scenario.region.ja) \(session.scenario.region.en)"
        rows.append(
          [.text(name)]
            + [Approach.digital, .analog, .hybrid].map {
              .text((numbers[$0] ?? []).joined(separator: " "))
            })
      }
    }
    return Table(
      title: title, columns: columns, rows: rows, ruleBeforeRows: rules(rows), notes: notes(changed)
    )
  }

  private var title: String {
    session.text(ja: "指針ごとの判定", en: "Verdicts by guideline") + " — \(Year.label(year))"
  }

  private func rules(_ rows: [[Table.Cell]]) -> Set<Int> {
    municipalities.isEmpty && !isMachine ? [rows.count - 1] : []
  }

  private var columns: [Table.Column] {
    if isMachine {
      return [
        .init("municipality", field: "municipality", alignment: .left, isKey: true),
        .init("year", field: "year"),
        .init("guideline", field: "guideline", isKey: true),
        .init("option", field: "option", alignment: .left),
        .init("kind", field: "kind", alignment: .left),
        .init("reason", field: "reason", alignment: .left),
      ]
    }
    return [
      .init(session.text(Label.municipality), field: "municipality", alignment: .left, isKey: true),
      .init(session.text(Label.digital), field: "digital", alignment: .left),
      .init(session.text(Label.analog), field: "analog", alignment: .left),
      .init(session.text(Label.hybrid), field: "hybrid", alignment: .left),
    ]
  }

  private func machineRow(
    _ municipality: Municipality?, _ comparison: Comparison, _ winner: OptionFigures
  )
    -> [Table.Cell]
  {
    [
      .text(municipality?.name ?? session.scenario.region.ja), .integer(year),
      .integer(comparison.guideline.number),
      .text(winner.id), .text(winner.approach.rawValue), .text(comparison.verdict.reason.rawValue),
    ]
  }

  private func notes(_ changed: Bool) -> [String] {
    let reference = session.scenario.verdictRule.referenceYear ?? session.scenario.baseYear
    var notes = [
      session.text(
        ja: "数字は指針の番号。`compare 番号 市町村 年` で方法ごとの比較と理由を示します。",
        en: "Numbers are guidelines; `compare NUMBER MUNICIPALITY YEAR` shows the options and why.")
    ]
    if changed {
      notes.append(
        session.text(
          ja: "* \(reference)年と判定が違う指針 (compare で理由を示します)",
          en: "* the verdict differs from \(reference)'s (compare says why)"))
    }
    return notes
  }
}
