import Bilingual
import Foundation
import Rendering
import ScenarioFile
import Simulation
import Words

extension Command {
  static let measures = Command(
    name: "measures",
    usage: "measures [ID]",
    summary: LocalizedText(ja: "効率化の取組を一覧する", en: "List the efficiency measures"),
    details: LocalizedText(
      ja: """
        シナリオの効率化の取組(指針番号、デジタル/アナログ、導入する市町村、開始年と導入期間、
        最大導入率、1年の削減時間、費用)を一覧します。* の付いた値は仮定で、資料にはない数字です。
        ID を指定すると、その取組のすべての値と出典(資料、仮定、変更した場所)を示します。
        変更は measure set、追加は measure add、取りやめは measure drop です。
        """,
      en: """
        Lists the scenario's efficiency measures: the guideline (指針) each serves,
        digital or analog, who adopts it, start year and ramp, maximum adoption, the
        hours it frees a year per adopter at full adoption, and its costs. Values marked *
        are assumptions: the seed does not give them. With an ID, shows every value of
        that measure with its source (a seed slide, an assumption, or where it was
        changed). `measure set`, `measure add` and `measure drop` change them;
        docs/model.md, "Measures", defines them.
        """),
    examples: ["measures", "measures online_procedures", "measures --format csv"],
    complete: { context in
      context.previous.count == 1 ? context.session.measureCandidates(context.current) : []
    },
    run: { invocation, session throws(CommandError) in
      try invocation.rejectUnknownOptions(known: ["--format", "--lang"])
      guard invocation.arguments.count <= 1 else {
        throw CommandError(
          "measures takes at most one measure", suggestion: "measures, or measures ID")
      }
      guard let id = invocation.arguments.first else {
        return [session.render(MeasureReport(session: session).list)]
      }
      return [session.render(MeasureReport(session: session).detail(try session.measure(id)))]
    })

  static let measureActions = ["add", "set", "drop"]

  static let measure = Command(
    name: "measure",
    usage: "measure add ID { … } | measure set ID FIELD VALUE | measure drop ID",
    summary: LocalizedText(ja: "効率化の取組を加える・変える・やめる", en: "Add, change or drop a measure"),
    details: LocalizedText(
      ja: """
        add: 新しい取組を TOML の表で加えます(項目は docs/scenario-format.md の [measures.ID])。
        set: 取組の一つの項目を変えます(max_adoption、start、savings.per_case.minutes など)。
        drop: プロンプトで加えた取組は取り除き、シナリオファイルの取組は max_adoption = 0 で止めます。
        どれも set と同じく変更として記録され、シナリオ全体と合わせて検査されます。save で保存、unset で取り消せます。
        """,
      en: """
        add: adds a measure written as a TOML table, with the keys of [measures.ID] in
        docs/scenario-format.md. set: changes one field of a measure (max_adoption,
        start, savings.per_case.minutes, …). drop: removes a measure added at the prompt,
        and switches off one from the scenario file (max_adoption = 0), which stays
        listed. Like `set`, each is a change checked with the whole scenario, shown in
        `show changes`, kept by `save` and undone by `unset`.
        """),
    examples: [
      "measure set online_procedures max_adoption 0.9",
      "measure set grassroots_spread max_adoption 1",
      """
      measure add joint_visits { name = "joint home visits", guideline = 10, \
      kind = "hybrid", adopters = { shared = ["Mishima", "Kaneyama", "Showa"] }, \
      start = "R8", savings = { hours = 200 } }
      """,
      "measure drop shared_systems",
    ],
    complete: { context in
      let session = context.session
      switch context.previous.count {
      case 1: return measureActions.filter { $0.hasPrefix(context.current) }
      case 2 where context.previous[1] != "add": return session.measureCandidates(context.current)
      case 3 where context.previous[1] == "set":
        return ScenarioFile.measureKeys.filter { $0.hasPrefix(context.current) }
      default: return []
      }
    },
    run: { invocation, session throws(CommandError) in
      guard let action = invocation.arguments.first else {
        throw CommandError("measure needs add, set or drop", suggestion: "see `help measure`")
      }
      switch action {
      case "add": return [.output(try addMeasure(invocation, &session))]
      case "set": return [.output(try setMeasure(invocation, &session))]
      case "drop": return [.output(try dropMeasure(invocation, &session))]
      default:
        throw CommandError(
          "unknown action '\(action)' for measure",
          suggestion: Suggestion.didYouMean(action, among: measureActions)
            ?? "expected add, set or drop")
      }
    })

  private static func addMeasure(_ invocation: Invocation, _ session: inout Session)
    throws(CommandError)
    -> String
  {
    guard invocation.arguments.count >= 3 else {
      throw CommandError(
        "measure add needs an id and a table",
        suggestion: "measure add ID { name = \"…\", guideline = 1, kind = \"digital\", … }")
    }
    let id = invocation.arguments[1]
    guard !id.isEmpty,
      id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") })
    else {
      throw CommandError(
        "'\(id)' is not a measure id",
        suggestion: "use letters, digits, _ and -, as in joint_visits")
    }
    if session.scenario.measure(id) != nil {
      throw CommandError(
        "measure '\(id)' exists", suggestion: "change it with `measure set \(id) FIELD VALUE`")
    }
    let table = rawArguments(after: 2, in: invocation.rawArguments)
    guard table.hasPrefix("{") else {
      throw CommandError(
        "measure add needs the measure as a table in { }",
        suggestion: "measure add \(id) { name = \"…\", guideline = 1, kind = \"digital\", … }")
    }
    try session.set("measures.\(id)", to: table)
    return session.text(ja: "取組 \(id) を加えました", en: "added measure \(id)")
  }

  private static func setMeasure(_ invocation: Invocation, _ session: inout Session)
    throws(CommandError)
    -> String
  {
    guard invocation.arguments.count >= 4 else {
      throw CommandError(
        "measure set needs an id, a field and a value",
        suggestion:
          "measure set ID FIELD VALUE, e.g. measure set online_procedures max_adoption 0.9")
    }
    let measure = try session.measure(invocation.arguments[1])
    let field = invocation.arguments[2]
    let top = String(field.prefix { $0 != "." })
    guard ScenarioFile.measureKeys.contains(top) else {
      throw CommandError(
        "unknown field '\(field)' of a measure",
        suggestion: Suggestion.didYouMean(top, among: ScenarioFile.measureKeys)
          ?? "known fields: \(ScenarioFile.measureKeys.joined(separator: ", "))")
    }
    let value = rawArguments(after: 3, in: invocation.rawArguments)
    let previous = try session.set("measures.\(measure.id).\(field)", to: value)
    let was = previous.map { session.text(ja: " (元は \($0))", en: " (was \($0))") } ?? ""
    return "\(measure.id).\(field) = \(value)\(was)"
  }

  private static func dropMeasure(_ invocation: Invocation, _ session: inout Session)
    throws(CommandError)
    -> String
  {
    guard invocation.arguments.count == 2 else {
      throw CommandError("measure drop needs one id", suggestion: "measure drop ID")
    }
    let measure = try session.measure(invocation.arguments[1])
    if session.overrides.contains(where: { $0.path == ["measures", measure.id] }) {
      _ = try session.unset("measures.\(measure.id)")
      return session.text(
        ja: "プロンプトで加えた取組 \(measure.id) を取り除きました",
        en: "dropped \(measure.id), added at the prompt")
    }
    let previous = try session.set("measures.\(measure.id).max_adoption", to: "0")
    let was = previous ?? "1"
    return session.text(
      ja: "\(measure.id) を止めました: max_adoption = 0 (元は \(was))。シナリオファイルの取組なので一覧には残ります",
      en:
        "switched off \(measure.id): max_adoption = 0 (was \(was)); it is in the scenario file, so "
        + "it stays listed"
    )
  }

  /// The raw text after the first `count` words, as typed (quotes and braces kept).
  static func rawArguments(after count: Int, in raw: String) -> String {
    var rest = Substring(raw)
    for _ in 0..<count {
      rest = rest.drop(while: \.isWhitespace)
      rest = rest.dropFirst(rawWordLength(String(rest)))
    }
    return rest.trimmingCharacters(in: .whitespaces)
  }
}

extension Session {
  /// The measure with this id, or an error with a did-you-mean.
  func measure(_ id: String) throws(CommandError) -> Measure {
    if let found = scenario.measure(id) { return found }
    let ids = scenario.measures.map(\.id)
    throw CommandError(
      "unknown measure '\(id)'",
      suggestion: Suggestion.didYouMean(id, among: ids) ?? "`measures` lists them")
  }

  /// Measure ids starting with `prefix`.
  func measureCandidates(_ prefix: String) -> [String] {
    scenario.measures.map(\.id).filter { $0.hasPrefix(prefix) }
  }

  /// The hours ledger of the scenario, through `year` (at least the horizon).
  func ledger(through year: Int? = nil) -> Ledger {
    Ledger(projection(through: year))
  }

  /// Whether the output is for programs (CSV, JSON) rather than people.
  var isMachineFormat: Bool { format == .csv || format == .json }

  /// `Hours freed 2030 (R12) — scenario aizu`, or with a range `2020 (R2)–2040 (R22)`.
  func title(ja: String, en: String, years: [Int]) -> String {
    let first = years.first.map(Year.label) ?? ""
    let when = years.count > 1 ? "\(first)–\(years.last.map(Year.label) ?? "")" : first
    return text(ja: "\(ja) \(when)", en: "\(en) \(when)")
      + " — \(text(Label.scenario)) \(scenario.name)"
  }
}

/// What `measures` shows.
struct MeasureReport {
  let session: Session

  private var scenario: Scenario { session.scenario }

  /// Every measure, one row each, with assumptions marked.
  var list: Table {
    let machine = session.isMachineFormat
    var columns: [Table.Column] = [.init("ID", field: "id", alignment: .left, isKey: true)]
    if machine {
      columns += [
        .init("name_ja", field: "name_ja", alignment: .left),
        .init("name_en", field: "name_en", alignment: .left),
      ]
    } else {
      columns.append(.init(session.text(ja: "名称", en: "Name"), field: "name", alignment: .left))
    }
    columns += [
      .init(session.text(ja: "指針", en: "Guideline"), field: "guideline"),
      .init(session.text(ja: "種類", en: "Kind"), field: "kind", alignment: .left),
      .init(session.text(ja: "導入", en: "Adopters"), field: "adopters", alignment: .left),
      .init(session.text(ja: "開始", en: "Start"), field: "start"),
      .init(session.text(ja: "導入期間", en: "Ramp"), field: "ramp_years"),
      .init(session.text(ja: "最大導入率", en: "Max"), field: "max_adoption"),
      .init(
        session.text(ja: "削減(年・導入先ごと)", en: "Saves a year, each"), field: "savings",
        alignment: .left),
      .init(session.text(ja: "初期費用(円)", en: "Initial ¥"), field: "initial_cost_yen"),
      .init(session.text(ja: "年間費用(円)", en: "Yearly ¥"), field: "yearly_cost_yen"),
    ]
    if machine {
      columns += [
        .init("source", field: "source", alignment: .left),
        .init("assumptions", field: "assumptions", alignment: .left),
      ]
    }
    var assumed = false
    let rows = scenario.measures.map { measure -> [Table.Cell] in
      func mark(_ cell: Table.Cell, _ field: String) -> Table.Cell {
        guard !machine else { return cell }
        let isAssumed = isAssumption(measure, field)
        assumed = assumed || isAssumed
        return Table.Cell(display: cell.display + (isAssumed ? "*" : " "), value: cell.value)
      }
      var cells: [Table.Cell] = [.text(measure.id)]
      cells +=
        machine
        ? [.text(measure.name.ja), .text(measure.name.en)]
        : [.text(measure.name.text(in: session.language))]
      cells += [
        mark(.integer(measure.guideline), "guideline"),
        mark(.text(machine ? measure.approach.rawValue : kindText(measure.approach)), "kind"),
        mark(
          .text(machine ? adoptersValue(measure.adopters) : adoptersText(measure.adopters)),
          "adopters"),
        mark(
          Table.Cell(display: Year.label(measure.start), value: .integer(measure.start)), "start"),
        mark(.integer(measure.rampYears), "ramp_years"),
        mark(.percent(measure.maxAdoption, decimals: 0), "max_adoption"),
        mark(.text(machine ? savingsValue(measure) : savingsText(measure)), "savings"),
        measure.initialCost == nil ? yen(nil) : mark(yen(measure.initialCost), "initial_cost_yen"),
        measure.yearlyCost == nil ? yen(nil) : mark(yen(measure.yearlyCost), "yearly_cost_yen"),
      ]
      if machine {
        let unstated =
          (measure.initialCost == nil ? ["initial_cost_yen"] : [])
          + (measure.yearlyCost == nil ? ["yearly_cost_yen"] : [])
        let fields = ScenarioFile.measureKeys.filter {
          !(["name", "note", "source", "source_fields"] + unstated).contains($0)
            && isAssumption(measure, $0)
        }
        cells += [.text(measure.source ?? ""), .text(fields.joined(separator: ","))]
      }
      return cells
    }
    var notes: [String] = []
    if assumed {
      notes.append(
        session.text(
          ja: "* 仮定: 資料にない数字 (measures ID で各値の出典)。- は費用が示されていないこと(0円ではない)",
          en:
            "* assumption: not in the seed (measures ID gives each value's source); - a cost not "
            + "stated (not zero)"
        ))
    }
    if !machine {
      notes += scenario.measures.filter { !$0.note.isEmpty }.map {
        "\($0.id): \(session.text($0.note))"
      }
    }
    return Table(
      title: session.text(
        ja: "効率化の取組 — シナリオ \(scenario.name)", en: "Measures — scenario \(scenario.name)"),
      columns: columns, rows: rows, notes: notes)
  }

  /// Every value of one measure with its source.
  func detail(_ measure: Measure) -> Table {
    let prefix = "measures.\(measure.id)"
    var rows: [[Table.Cell]] = []
    func add(_ field: String, _ value: String) {
      let provenance = scenario.provenance["\(prefix).\(field)"]
      let source =
        provenance.map { ScenarioReport.describe($0, session: session) }
        ?? session.text(ja: "既定値 (docs/model.md)", en: "default (docs/model.md)")
      rows.append([.text(field), .text(value), .text(source)])
    }
    rows.append([.text("name"), .text("\(measure.name.ja) / \(measure.name.en)"), .text("")])
    add("guideline", String(measure.guideline))
    add("kind", measure.approach.rawValue)
    add("adopters", adoptersText(measure.adopters))
    add("start", Year.label(measure.start))
    add("ramp_years", String(measure.rampYears))
    add("max_adoption", NumberFormat.plain(measure.maxAdoption))
    switch measure.savings {
    case .hoursPerYear(let hours):
      if measure.isStatedInMinutes {
        add("savings.minutes", NumberFormat.grouped(hours * 60, decimals: 0))
      } else {
        add("savings.hours", NumberFormat.plain(hours))
      }
    case .perCase(let minutes, let cases, let uptake):
      add("savings.per_case.minutes", NumberFormat.plain(minutes))
      add("savings.per_case.cases_per_1000", NumberFormat.plain(cases))
      add("savings.per_case.uptake.under65", NumberFormat.plain(uptake.under65))
      add("savings.per_case.uptake.elderly", NumberFormat.plain(uptake.elderly))
    case .shareOfRoutine(let share):
      add("savings.routine_share", NumberFormat.plain(share))
    }
    if let cost = measure.initialCost {
      add("initial_cost_yen", NumberFormat.grouped(cost, decimals: 0))
    }
    if let cost = measure.yearlyCost {
      add("yearly_cost_yen", NumberFormat.grouped(cost, decimals: 0))
    }
    return Table(
      title: "\(measure.id): \(measure.name.text(in: session.language))",
      columns: [
        .init(session.text(ja: "項目", en: "Field"), field: "field", alignment: .left, isKey: true),
        .init(session.text(ja: "値", en: "Value"), field: "value", alignment: .left),
        .init(session.text(ja: "出典", en: "Source"), field: "source", alignment: .left),
      ],
      rows: rows, notes: measure.note.isEmpty ? [] : [session.text(measure.note)])
  }

  /// Whether any value written under `field` rests on an assumption.
  private func isAssumption(_ measure: Measure, _ field: String) -> Bool {
    let key = "measures.\(measure.id).\(field)"
    let written = scenario.provenance.filter { $0.key == key || $0.key.hasPrefix(key + ".") }
    guard !written.isEmpty else { return measure.isAssumption(field) && field != "name" }
    return written.values.contains {
      if case .assumption = $0 { return true }
      return false
    }
  }

  func adoptersText(_ adopters: Adopters) -> String {
    let all = scenario.municipalities.count
    switch adopters {
    case .all: return session.text(ja: "全\(all)市町村", en: "all \(all)")
    case .listed(let names): return names.joined(separator: ", ")
    case .shared(nil): return session.text(ja: "共同 全\(all)市町村", en: "shared, all \(all)")
    case .shared(let names?):
      return session.text(ja: "共同 ", en: "shared: ") + names.joined(separator: ", ")
    case .regionalOffice: return session.text(ja: "振興局", en: "regional office")
    }
  }

  func kindText(_ approach: Approach) -> String {
    approach.label.text(in: session.language)
  }

  /// Adopters for programs: `all`, `shared`, `shared:三島町;金山町`, `regional_office`,
  /// or kanji names separated by `;`.
  func adoptersValue(_ adopters: Adopters) -> String {
    switch adopters {
    case .all: "all"
    case .listed(let names): names.joined(separator: ";")
    case .shared(nil): "shared"
    case .shared(let names?): "shared:" + names.joined(separator: ";")
    case .regionalOffice: "regional_office"
    }
  }

  /// Savings for programs, as key paths under `savings` in the scenario file joined
  /// by `;`: `minutes=240`, `hours=200`, `routine_share=0.03`, or
  /// `per_case.minutes=10;per_case.cases_per_1000=1000;per_case.uptake.under65=0.5;`
  /// `per_case.uptake.elderly=0.2` (one line).
  func savingsValue(_ measure: Measure) -> String {
    switch measure.savings {
    case .hoursPerYear(let hours):
      return measure.isStatedInMinutes
        ? "minutes=\(NumberFormat.plain(hours * 60))" : "hours=\(NumberFormat.plain(hours))"
    case .perCase(let minutes, let cases, let uptake):
      return [
        "per_case.minutes=\(NumberFormat.plain(minutes))",
        "per_case.cases_per_1000=\(NumberFormat.plain(cases))",
        "per_case.uptake.under65=\(NumberFormat.plain(uptake.under65))",
        "per_case.uptake.elderly=\(NumberFormat.plain(uptake.elderly))",
      ].joined(separator: ";")
    case .shareOfRoutine(let share):
      return "routine_share=\(NumberFormat.plain(share))"
    }
  }

  func savingsText(_ measure: Measure) -> String {
    switch measure.savings {
    case .hoursPerYear(let hours):
      return measure.isStatedInMinutes
        ? session.text(
          ja: "\(NumberFormat.grouped(hours * 60, decimals: 0)) 分",
          en: "\(NumberFormat.grouped(hours * 60, decimals: 0)) min")
        : session.text(ja: "\(figure(hours)) 時間", en: "\(figure(hours)) h")
    case .perCase(let minutes, let cases, let uptake):
      let young = NumberFormat.percent(uptake.under65, decimals: 0)
      let users = "\(young)/\(NumberFormat.percent(uptake.elderly, decimals: 0))"
      return session.text(
        ja: "1件\(figure(minutes))分 × 千人当たり\(figure(cases))件 × 利用 \(users) (65歳未満/以上)",
        en: "\(figure(minutes)) min × \(figure(cases))/1,000 × uptake \(users) (<65/65+)")
    case .shareOfRoutine(let share):
      return session.text(
        ja: "定型業務の \(NumberFormat.percent(share, decimals: 1))",
        en: "\(NumberFormat.percent(share, decimals: 1)) of routine")
    }
  }

  /// A cost, or — (not stated, carried as null), padded like a marked cell.
  private func yen(_ cost: Double?) -> Table.Cell {
    cost.map { .number($0, decimals: 0) }
      ?? Table.Cell(display: session.isMachineFormat ? "-" : "- ", value: .null)
  }

  /// A figure as a person writes it: 1,000, 0.5, 12.25.
  private func figure(_ x: Double) -> String {
    x == x.rounded() ? NumberFormat.grouped(x, decimals: 0) : NumberFormat.plain(x)
  }
}
