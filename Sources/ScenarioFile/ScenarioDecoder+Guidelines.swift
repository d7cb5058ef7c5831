import Bilingual
import Simulation
import Words

/// `[guidelines.N]` with their options, and `[verdict]` (docs/scenario-format.md).
extension ScenarioDecoder {
  static let guidelineKeys = ["title", "group", "options"]

  static let optionKeys = [
    "kind", "name", "initial_cost_yen", "yearly_cost_yen", "initial_cost_yen_per_resident",
    "yearly_cost_yen_per_resident", "savings", "reach", "works_in_disaster", "lead_years", "note",
  ]

  /// The thresholds of the verdict rule, each with its unit when the file gives none.
  static let verdictAssumptions: [(name: String, unit: LocalizedText)] = [
    ("max_unreached_elderly", Words.ScenarioDefaults.Unit.shareOfElderly),
    ("cost_tie", Words.ScenarioDefaults.Unit.share),
    ("reference_year", Words.ScenarioDefaults.Unit.year),
  ]

  /// The option keys a decoded option must have; the rest have defaults.
  private static let requiredOptionKeys = [
    "kind", "name", "initial_cost_yen", "yearly_cost_yen", "savings", "reach",
    "works_in_disaster", "lead_years",
  ]

  mutating func decodeGuidelines(_ node: Node, into scenario: inout Scenario) {
    guard let table = node.table else {
      context.error(node.origin, "guidelines", Message.expectedGuidelines(found: node.kind))
      return
    }
    var guidelines: [Guideline] = []
    for (key, entry) in table.entries {
      let path = join("guidelines", key)
      guard let number = Int(key), Guideline.numbers.contains(number) else {
        context.error(
          entry.origin, path,
          Int(key) == nil
            ? Message.notAGuidelineNumber(key) : Message.guidelineOutside(key),
          suggestion: Message.guidelineNumbers)
        continue
      }
      if let guideline = decodeGuideline(number, entry, path) {
        guidelines.append(guideline)
        recordProvenance(
          of: guideline, entry: entry, path: path, sources: scenario.sources, into: &scenario)
      }
    }
    scenario.guidelines = guidelines.sorted { $0.number < $1.number }
  }

  /// The half of the guideline a number belongs to (docs/scenario-format.md, "[guidelines.N]").
  static func group(of number: Int) -> Guideline.Group {
    number <= 9 ? .administrative : .community
  }

  /// `指針1–9` or `指針10–18`.
  static func span(of group: Guideline.Group) -> String {
    group == .administrative ? "指針1–9" : "指針10–18"
  }

  private mutating func decodeGuideline(_ number: Int, _ node: Node, _ path: String) -> Guideline? {
    guard let table = context.table(node, path, known: Self.guidelineKeys) else { return nil }
    let errorsBefore = context.diagnostics.filter(\.isError).count
    var title: LocalizedText?
    if let node = table["title"] {
      title = localized(node, join(path, "title"))
    } else {
      context.error(node.origin, path, Message.missing("title"), suggestion: Message.addTitle)
    }
    var group: Guideline.Group?
    if let node = table["group"] {
      group = context.choice(node, join(path, "group"), as: Guideline.Group.self)
      let half = Self.group(of: number)
      if let chosen = group, chosen != half {
        context.error(
          node.origin, join(path, "group"),
          Message.wrongHalf(
            number, half: half.rawValue, span: Self.span(of: half), chosen: chosen.rawValue),
          suggestion: Message.writeGroup(half.rawValue))
        group = nil
      }
    } else {
      context.error(node.origin, path, Message.missing("group"), suggestion: Message.addGroup)
    }
    var options: [ServiceOption] = []
    if let node = table["options"] {
      options = decodeOptions(node, join(path, "options"))
    } else {
      context.error(
        node.origin, path, Message.missing("options"), suggestion: Message.addOptions(path))
    }
    guard context.diagnostics.filter(\.isError).count == errorsBefore, let title, let group else {
      return nil
    }
    for (approach, kind) in [(Approach.analog, "analog"), (.digital, "digital")]
    where !options.contains(where: { $0.approach == approach }) {
      context.error(
        kindOrigin(table["options"]) ?? node.origin, path,
        Message.noOptionOfKind(number, kind: kind), suggestion: Message.addOptionOfKind(kind))
    }
    return Guideline(number: number, title: title, group: group, options: options)
  }

  /// Where a guideline's options were last changed: a `kind` written by another file
  /// or command than the options table, else the table itself.
  private func kindOrigin(_ node: Node?) -> Origin? {
    guard let node, let options = node.table else { return node?.origin }
    let changed = options.entries.compactMap { $0.node.table?["kind"]?.origin }.last {
      $0.fileName != node.origin.fileName
    }
    return changed ?? node.origin
  }

  private mutating func decodeOptions(_ node: Node, _ path: String) -> [ServiceOption] {
    guard let table = node.table else {
      context.error(node.origin, path, Message.expectedOptions(path, found: node.kind))
      return []
    }
    let complete = table.entries.filter { $0.node.table?["kind"] != nil }.map(\.key)
    var options: [ServiceOption] = []
    for (id, entry) in table.entries {
      let optionPath = join(path, id)
      // An option without a kind is most likely a what-if's typo for an existing one.
      guard entry.table?["kind"] != nil || entry.table == nil else {
        context.error(
          entry.origin, optionPath, Message.unknownOption(id),
          suggestion: Suggestion.guess(id, among: complete)
            ?? Message.newOptionNeeds(Self.requiredOptionKeys))
        continue
      }
      if let option = decodeOption(id, entry, optionPath) { options.append(option) }
    }
    return options
  }

  private mutating func decodeOption(_ id: String, _ node: Node, _ path: String) -> ServiceOption? {
    guard let table = context.table(node, path, known: Self.optionKeys) else { return nil }
    let errorsBefore = context.diagnostics.filter(\.isError).count
    for key in Self.requiredOptionKeys where table[key] == nil {
      context.error(node.origin, path, Message.missing(key))
    }
    let approach = table["kind"].flatMap {
      context.choice($0, join(path, "kind"), as: Approach.self)
    }
    let name = table["name"].flatMap { localized($0, join(path, "name")) }
    func yen(_ key: String, perResident: Bool = false) -> Double? {
      table[key].flatMap { context.yen($0, join(path, key), perResident: perResident) }
    }
    let initial = yen("initial_cost_yen")
    let yearly = yen("yearly_cost_yen")
    let initialPerResident = yen("initial_cost_yen_per_resident", perResident: true) ?? 0
    let yearlyPerResident = yen("yearly_cost_yen_per_resident", perResident: true) ?? 0
    let reach = table["reach"].flatMap { decodeReach($0, join(path, "reach")) }
    let savings = table["savings"].flatMap {
      decodeSavings($0, join(path, "savings"), for: .option(reach: reach))
    }
    let worksInDisaster = table["works_in_disaster"].flatMap {
      context.flag($0, join(path, "works_in_disaster"))
    }
    let leadYears = table["lead_years"].flatMap {
      context.wholeNumber(
        $0, join(path, "lead_years"), in: 0...50, what: Message.Quantity.years)
    }
    let note = table["note"].flatMap { prose($0, join(path, "note")) } ?? LocalizedText("")
    guard context.diagnostics.filter(\.isError).count == errorsBefore, let approach, let name,
      let initial, let yearly, let reach, let savings, let worksInDisaster, let leadYears
    else { return nil }
    return ServiceOption(
      id: id, name: name, approach: approach,
      cost: OptionCost(
        initial: initial, yearly: yearly, initialPerResident: initialPerResident,
        yearlyPerResident: yearlyPerResident),
      savings: savings, reach: reach, worksInDisaster: worksInDisaster, leadYears: leadYears,
      note: note)
  }

  /// Each option figure's provenance: a declared source when its `fields` list the
  /// figure and the file declaring the source wrote it; an assumption when written
  /// where the option was declared; else the file or command that changed it.
  private mutating func recordProvenance(
    of guideline: Guideline, entry: Node, path: String, sources: [Source],
    into scenario: inout Scenario
  ) {
    let options = entry.table?["options"]?.table
    for option in guideline.options {
      guard let node = options?[option.id], let fields = node.table else { continue }
      let declaredIn = fields["kind"]?.origin.fileName
      let prefix = join(join(path, "options"), option.id)
      func visit(_ node: Node, _ field: String) {
        if let children = node.table?.entries {
          for (key, child) in children { visit(child, join(field, key)) }
          return
        }
        let source = sources.first { $0.fields.contains(field) }
        switch node.origin {
        case .command(let text):
          scenario.provenance[field] = .user(command: text)
        case .file(let name, _, _):
          if let source, sourceOrigins[source.id] == name {
            scenario.provenance[field] = .source(id: source.id)
          } else if name == declaredIn {
            scenario.provenance[field] = .assumption(name: field)
          } else {
            scenario.provenance[field] = .file(location: node.origin.description)
          }
        }
      }
      for (key, child) in fields.entries where !["kind", "name", "note"].contains(key) {
        visit(child, join(prefix, key))
      }
    }
  }

  mutating func decodeVerdict(_ node: Node, into scenario: inout Scenario) {
    let names = Self.verdictAssumptions.map(\.name)
    guard let table = context.table(node, "verdict", known: names) else { return }
    for (name, entry) in table.entries {
      let path = join("verdict", name)
      guard checkAnnotation(entry, path, isTableValued: false, sources: scenario.sources) else {
        continue
      }
      let value = Self.assumptionValue(entry)
      switch name {
      case "max_unreached_elderly":
        if let x = context.share(value, path) { scenario.verdictRule.maxUnreachedElderly = x }
      case "cost_tie":
        if let x = context.share(value, path) { scenario.verdictRule.costTie = x }
      case "reference_year":
        if let year = context.year(value, path) {
          scenario.verdictRule.referenceYear = year
        }
      default:
        break
      }
    }
  }

  /// The verdict's thresholds as `show assumptions` lists them, named `verdict.NAME`; the
  /// default reference year is the base year, shown as its number.
  static func describedVerdictRule(_ node: Node?, baseYear: Int) -> [Assumption] {
    let table = node?.table ?? NodeTable()
    let defaults = VerdictRule()
    return verdictAssumptions.map { name, unit in
      let path = join("verdict", name)
      guard let entry = table[name] else {
        let value =
          switch name {
          case "max_unreached_elderly": Node.numberText(defaults.maxUnreachedElderly)
          case "cost_tie": Node.numberText(defaults.costTie)
          default: String(baseYear)
          }
        return Assumption(
          name: path, value: value, unit: unit, note: Words.ScenarioDefaults.assumptionNote,
          origin: "default")
      }
      let annotation = entry.table?["value"] != nil ? entry.table : nil
      let value = assumptionValue(entry)
      return Assumption(
        name: path, value: value.inlineText, unit: proseText(annotation?["unit"]) ?? unit,
        note: proseText(annotation?["note"]) ?? LocalizedText(""),
        source: annotation?["source"]?.string,
        origin: value.origin.description)
    }
  }
}

extension DecodingContext {
  /// `true` or `false`.
  mutating func flag(_ node: Node, _ path: String) -> Bool? {
    guard case .bool(let value) = node.value else {
      error(node.origin, path, Message.expected(Message.trueOrFalse, found: node.kind))
      return nil
    }
    return value
  }

  /// A whole number in `range`.
  mutating func wholeNumber(
    _ node: Node, _ path: String, in range: ClosedRange<Int>, what: LocalizedText
  ) -> Int? {
    guard case .integer(let value) = node.value else {
      error(
        node.origin, path,
        node.number.map { Message.expectedWhole(of: what, notWhole: "\($0)") }
          ?? Message.expectedWhole(of: what, found: node.kind))
      return nil
    }
    guard range.contains(value) else {
      error(
        node.origin, path,
        Message.wholeOutOfRange(
          value, expected: what, from: range.lowerBound, to: range.upperBound))
      return nil
    }
    return value
  }
}
