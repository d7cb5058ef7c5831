import Bilingual
import Simulation
import Words

extension ScenarioDecoder {
  /// The assumptions a scenario may state, each with its unit when the file gives none.
  static let knownAssumptions: [(name: String, unit: LocalizedText)] = [
    ("hours_per_fte", Words.ScenarioDefaults.Unit.hoursAYear),
    ("leave_rate", Words.ScenarioDefaults.Unit.shareAYear),
    ("elderly_weight", Words.ScenarioDefaults.Unit.ratio),
    ("elasticity", Words.ScenarioDefaults.Unit.ratio),
    ("recruitment_index", Words.ScenarioDefaults.Unit.index),
    ("elderly_share_rise", Words.ScenarioDefaults.Unit.share),
    ("staff_target", Words.ScenarioDefaults.Unit.shareOfBaseStaff),
    ("facetime_share_2020", Words.ScenarioDefaults.Unit.shareOfStaffTime),
  ]

  static var assumptionNames: [String] { knownAssumptions.map(\.name) }

  /// The keys of an annotated value: `{ value = 1800, unit = "…", note = "…", source = "…" }`.
  static let annotationKeys = ["value", "unit", "note", "source"]

  /// Whether `key` is an annotation's (`note`), or a misspelling of one (`valu`) rather
  /// than a year: a table with one is an annotation, whose keys are then checked.
  static func isAnnotationKey(_ key: String) -> Bool {
    let keys = annotationKeys + rangeKeys
    return keys.contains(key)
      || (Year.parse(key) == nil && Suggestion.closest(to: key, among: keys) != nil)
  }

  /// The value of an assumption written plainly or annotated.
  static func assumptionValue(_ node: Node) -> Node {
    node.table?["value"] ?? node
  }

  mutating func decodeAssumptions(_ node: Node, into scenario: inout Scenario) {
    guard let table = context.table(node, "assumptions", known: Self.assumptionNames) else {
      return
    }
    for (name, entry) in table.entries {
      let path = join("assumptions", name)
      guard
        checkAnnotation(
          entry, path, isTableValued: Self.tableValuedAssumptions.contains(name),
          sources: scenario.sources, mayHaveRange: true)
      else { continue }
      // Diagnostics name the assumption, not its `value` key: that is what `set` takes.
      decodeAssumption(name, Self.assumptionValue(entry), path, into: &scenario.model)
    }
  }

  /// The assumptions whose value is itself a table (`{ 2020 = 1, 2040 = 0.5 }`).
  static let tableValuedAssumptions = ["recruitment_index", "elderly_share_rise", "staff_target"]

  /// Checks an annotated value's keys (`{ value, unit, note, source }`) and its source;
  /// `false` when it is an annotation with no value to decode.
  ///
  /// A table is taken for an annotation when it has a `value`, when the value it stands
  /// for is not a table, or when it has a key that is not a year and is (close to) an
  /// annotation's: so that
  /// `[assumptions.hours_per_fte] valu = 1900` is an unknown key `valu` (did you mean
  /// 'value'?), not "expected a number, found a table".
  mutating func checkAnnotation(
    _ entry: Node, _ path: String, isTableValued: Bool, sources: [Source],
    mayHaveRange: Bool = false
  ) -> Bool {
    guard let fields = entry.table else { return true }
    let isAnnotation =
      fields["value"] != nil || !isTableValued
      || fields.keys.contains(where: Self.isAnnotationKey)
    guard isAnnotation else { return true }
    // An assumption may state a range for `montecarlo` (ScenarioDecoder+Ranges.swift).
    _ = context.table(
      entry, path, known: Self.annotationKeys + (mayHaveRange ? Self.rangeKeys : []))
    for key in ["unit", "note"] {
      if let node = fields[key] { _ = prose(node, join(path, key)) }
    }
    if let node = fields["source"], let id = context.string(node, join(path, "source")),
      !sources.contains(where: { $0.id == id })
    {
      context.error(
        node.origin, join(path, "source"), Message.unknownSource(id),
        suggestion: Suggestion.guess(id, among: sources.map(\.id)) ?? Message.declareSource(id))
    }
    guard fields["value"] != nil else {
      context.error(
        entry.origin, path, Message.missing("value"),
        suggestion: Message.writeValue(String(path.split(separator: ".").last ?? "")))
      return false
    }
    return true
  }

  private mutating func decodeAssumption(
    _ name: String, _ value: Node, _ path: String, into model: inout ModelSettings
  ) {
    switch name {
    case "hours_per_fte":
      if let x = context.number(
        value, path, in: Limits.hoursPerFTE, what: Message.Quantity.hoursAYear)
      {
        model.hoursPerFTE = x
      }
    case "leave_rate":
      if let x = context.share(value, path) { model.leaveRate = x }
    case "elderly_weight":
      if let x = context.number(value, path, in: Limits.ratio, what: Message.Quantity.weight) {
        model.elderlyWeight = x
      }
    case "elasticity":
      if value.string == "fitted" {
        model.elasticity = nil
      } else if value.number != nil {
        if let x = context.number(
          value, path, in: Limits.elasticity, what: Message.Quantity.elasticity)
        {
          model.elasticity = x
        }
      } else {
        context.error(
          value.origin, path, Message.expected(Message.aNumberOrFitted, found: value.kind))
      }
    case "recruitment_index":
      let values = context.yearTable(value, path, in: Limits.ratio, what: Message.Quantity.index)
      if !values.isEmpty { model.recruitmentIndex = YearSeries(values.mapValues(\.value)) }
    case "elderly_share_rise":
      let values = context.yearTable(value, path, in: 0...1, what: Message.Quantity.share)
      if !values.isEmpty { model.nationalElderlyShare = YearSeries(values.mapValues(\.value)) }
    case "staff_target":
      guard let table = context.table(value, path, known: ["year", "share"]) else { return }
      if let node = table["year"], let year = context.year(node, join(path, "year")) {
        if year <= context.baseYear {
          context.error(
            node.origin, join(path, "year"), Message.targetYearNotAfterBase(context.baseYear))
        } else {
          model.staffTarget.year = year
        }
      }
      if let node = table["share"], let share = context.share(node, join(path, "share")) {
        model.staffTarget.share = share
      }
    case "facetime_share_2020":
      guard let x = context.share(value, path) else { return }
      // docs/model.md, "Face-to-face hours": the level of service is measured against
      // the base year's face-to-face hours, so there must be some.
      guard x > 0 else {
        context.error(
          value.origin, path, Message.noFacetimeToMeasure,
          suggestion: Message.giveAShareAboveZero)
        return
      }
      model.facetimeShare2020 = x
    default:
      break
    }
  }

  /// Every known assumption, as `show assumptions` lists it: the value in force, its
  /// note and source, and where it was set: for a table-valued one, by the latest layer
  /// that wrote any part of it (`latestOrigin(of:)`).
  func describedAssumptions(_ node: Node?, model: ModelSettings) -> [Assumption] {
    let table = node?.table ?? NodeTable()
    return Self.knownAssumptions.map { name, unit in
      guard let entry = table[name] else {
        return Assumption(
          name: name, value: Self.defaultText(name, model: model), unit: unit,
          note: Words.ScenarioDefaults.assumptionNote, origin: "default")
      }
      let annotation = entry.table?["value"] != nil ? entry.table : nil
      let value = Self.assumptionValue(entry)
      return Assumption(
        name: name, value: value.inlineText,
        unit: Self.proseText(annotation?["unit"]) ?? unit,
        note: Self.proseText(annotation?["note"]) ?? LocalizedText(""),
        source: annotation?["source"]?.string,
        origin: latestOrigin(of: value).description)
    }
  }

  /// Where the latest layer wrote any part of `node`. A table laid over another keeps the
  /// first one's place (`ScenarioFile.overlaid`), so `recruitment_index = { 2040 = 0.5 }` in a
  /// what-if or at the prompt, merged into the built-in `{ 2020 = 1 }`, would otherwise be
  /// said to be set on the built-in file's line.
  func latestOrigin(of node: Node) -> Origin {
    var latest = node.origin
    var pending = [node]
    while let next = pending.popLast() {
      if context.layerRank(next.origin) > context.layerRank(latest) { latest = next.origin }
      switch next.value {
      case .table(let table): pending += table.entries.map(\.node)
      case .array(let elements): pending += elements
      default: break
      }
    }
    return latest
  }

  private static func defaultText(_ name: String, model: ModelSettings) -> String {
    let defaults = ModelSettings()
    switch name {
    case "hours_per_fte": return Node.numberText(defaults.hoursPerFTE)
    case "leave_rate": return Node.numberText(defaults.leaveRate)
    case "elderly_weight": return Node.numberText(defaults.elderlyWeight)
    case "elasticity": return "fitted"
    case "recruitment_index": return Node.seriesText(defaults.recruitmentIndex)
    case "elderly_share_rise": return Node.seriesText(defaults.nationalElderlyShare)
    case "staff_target":
      return
        "year = \(defaults.staffTarget.year), share = \(Node.numberText(defaults.staffTarget.share))"
    case "facetime_share_2020": return Node.numberText(defaults.facetimeShare2020)
    default: return ""
    }
  }
}

extension Node {
  /// The value written on one line, TOML-like: `1800`, `fitted`, `2020 = 1, 2040 = 0.5`.
  public var inlineText: String {
    switch value {
    case .table(let table):
      return table.entries.map { "\($0.key) = \($0.node.inlineText)" }.joined(separator: ", ")
    case .array(let elements):
      return "[" + elements.map(\.inlineText).joined(separator: ", ") + "]"
    case .string(let s): return s
    case .integer(let n): return String(n)
    case .float(let x): return Self.numberText(x)
    case .bool(let b): return String(b)
    case .date(let d): return d
    }
  }

  /// A number without a needless `.0`: 1800, 0.035; `1e+25`, `inf` and `nan` as Swift
  /// writes them.
  static func numberText(_ x: Double) -> String {
    guard abs(x) < 1e15, let n = Int(exactly: x) else { return String(x) }
    return String(n)
  }

  /// A bound as messages show it: `100,000,000`, `-1,000,000,000`, `0.5`.
  static func groupedText(_ x: Double) -> String {
    guard abs(x) < 1e15, let n = Int(exactly: x) else { return numberText(x) }
    var digits = String(n.magnitude)
    var index = digits.endIndex
    while digits.distance(from: digits.startIndex, to: index) > 3 {
      index = digits.index(index, offsetBy: -3)
      digits.insert(",", at: index)
    }
    return n < 0 ? "-" + digits : digits
  }

  static func seriesText(_ series: YearSeries) -> String {
    series.anchors.map { "\($0.year) = \(numberText($0.value))" }.joined(separator: ", ")
  }
}
