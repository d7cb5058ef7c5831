import Bilingual
import Simulation
import Words

extension ScenarioFile {
  /// The keys a measure may have (`max_adoption`, `savings`, …), for the shell's
  /// `measure set` and its completion.
  public static var measureKeys: [String] { ScenarioDecoder.measureKeys }
}

/// `[measures.ID]`: efficiency measures (docs/scenario-format.md, "[measures.ID]").
extension ScenarioDecoder {
  static let measureKeys = [
    "name", "guideline", "kind", "adopters", "start", "ramp_years", "max_adoption",
    "initial_cost_yen", "yearly_cost_yen", "savings", "note", "source", "source_fields",
  ]

  /// The keys a new measure must give; the others have defaults.
  static let requiredMeasureKeys = ["name", "guideline", "kind", "adopters", "start", "savings"]

  /// The words `adopters` may be instead of a list of municipalities.
  static let adopterWords = ["all", "shared", "regional_office"]

  /// Fields a measure's source may supply; the rest are assumptions.
  static var measureFields: [String] {
    measureKeys.filter { !["note", "source", "source_fields"].contains($0) }
  }

  mutating func decodeMeasures(_ node: Node, into scenario: inout Scenario) {
    guard let table = node.table else {
      context.error(
        node.origin, "measures", Message.expectedTable(of: Message.measures, found: node.kind))
      return
    }
    let isComplete = { (entry: Node) in
      Self.requiredMeasureKeys.allSatisfy { entry.table?[$0] != nil }
    }
    let complete = table.entries.filter { isComplete($0.node) }.map(\.key)
    for (id, entry) in table.entries {
      // An incomplete measure named like an existing one is most likely a what-if's
      // typo for it: one error, not a missing key each.
      if !isComplete(entry), entry.table != nil,
        let suggestion = Suggestion.guess(id, among: complete)
      {
        context.error(
          entry.origin, join("measures", id), Message.unknownMeasure(id), suggestion: suggestion)
        continue
      }
      guard let measure = decodeMeasure(id, entry, scenario: scenario) else { continue }
      scenario.measures.append(measure)
      recordProvenance(of: measure, entry: entry, into: &scenario)
    }
  }

  private mutating func decodeMeasure(_ id: String, _ node: Node, scenario: Scenario) -> Measure? {
    let path = join("measures", id)
    guard let table = context.table(node, path, known: Self.measureKeys) else { return nil }
    let errorsBefore = context.diagnostics.filter(\.isError).count
    for key in Self.requiredMeasureKeys where table[key] == nil {
      context.error(
        node.origin, path, Message.missing(key), suggestion: Message.seeMeasureFormat)
    }
    let name = table["name"].flatMap { localized($0, join(path, "name")) }
    let guideline = table["guideline"].flatMap {
      wholeNumber(
        $0, join(path, "guideline"), in: Measure.guidelines,
        what: Message.Quantity.guidelineNumber)
    }
    let approach = table["kind"].flatMap {
      context.choice($0, join(path, "kind"), as: Approach.self)
    }
    let adopters = table["adopters"].flatMap {
      decodeAdopters($0, join(path, "adopters"), scenario: scenario)
    }
    let start = table["start"].flatMap { context.year($0, join(path, "start")) }
    let ramp =
      table["ramp_years"].map {
        wholeNumber(
          $0, join(path, "ramp_years"), in: 1...100, what: Message.Quantity.numberOfYears)
      } ?? 1
    let maxAdoption =
      table["max_adoption"].map { context.share($0, join(path, "max_adoption")) } ?? 1
    let initialCost = table["initial_cost_yen"].flatMap {
      context.yen($0, join(path, "initial_cost_yen"))
    }
    let yearlyCost = table["yearly_cost_yen"].flatMap {
      context.yen($0, join(path, "yearly_cost_yen"))
    }
    let savings = table["savings"].flatMap {
      decodeSavings(
        $0, join(path, "savings"), for: .measure(atRegionalOffice: adopters == .regionalOffice))
    }
    let note = table["note"].flatMap { prose($0, join(path, "note")) } ?? LocalizedText("")
    let source = table["source"].flatMap {
      decodeSourceID($0, join(path, "source"), scenario: scenario)
    }
    let sourceFields =
      table["source_fields"].map {
        decodeFieldList($0, join(path, "source_fields"), known: Self.measureFields)
      } ?? []

    let errorsAfter = context.diagnostics.filter(\.isError).count
    guard errorsAfter == errorsBefore, let name, let guideline, let approach, let adopters,
      let start, let ramp, let maxAdoption, let savings
    else { return nil }
    return Measure(
      id: id, name: name, guideline: guideline, approach: approach, adopters: adopters,
      start: start, rampYears: ramp, maxAdoption: maxAdoption, initialCost: initialCost,
      yearlyCost: yearlyCost, savings: savings,
      isStatedInMinutes: table["savings"]?.table?["minutes"] != nil, note: note, source: source,
      sourceFields: sourceFields)
  }

  /// A whole number in `range`.
  mutating func wholeNumber(
    _ node: Node, _ path: String, in range: ClosedRange<Int>, what: LocalizedText
  ) -> Int? {
    let bounds = Double(range.lowerBound)...Double(range.upperBound)
    guard let value = context.number(node, path, in: bounds, what: what) else { return nil }
    guard let whole = Int(exactly: value) else {
      context.error(node.origin, path, Message.notWhole("\(value)", expected: what))
      return nil
    }
    return whole
  }

  /// `"all"`, `"shared"`, `"regional_office"`, a list of municipalities, or
  /// `{ shared = [municipalities] }`.
  private mutating func decodeAdopters(_ node: Node, _ path: String, scenario: Scenario)
    -> Adopters?
  {
    switch node.value {
    case .string(let word):
      switch word {
      case "all": return .all
      case "shared": return .shared(nil)
      case "regional_office": return .regionalOffice
      default:
        let suggestion =
          scenario.municipality(named: word).map { Message.adoptersList($0.name) }
          ?? Suggestion.guess(word, among: Self.adopterWords)
          ?? Message.expected(Message.adopterChoices(Self.adopterWords))
        context.error(node.origin, path, Message.unknownAdopters(word), suggestion: suggestion)
        return nil
      }
    case .array:
      return municipalityList(node, path, scenario: scenario).map { .listed($0) }
    case .table:
      guard let table = context.table(node, path, known: ["shared"]), let group = table["shared"]
      else {
        context.error(node.origin, path, Message.expected(Message.sharedGroup))
        return nil
      }
      return municipalityList(group, join(path, "shared"), scenario: scenario).map { .shared($0) }
    default:
      let words = Self.adopterWords.map { "\"\($0)\"" }
      context.error(
        node.origin, path, Message.expected(Message.adopterChoices(words), found: node.kind))
      return nil
    }
  }

  /// A non-empty list of municipalities, as kanji names; each unknown one is an error.
  private mutating func municipalityList(_ node: Node, _ path: String, scenario: Scenario)
    -> [String]?
  {
    guard case .array(let elements) = node.value, !elements.isEmpty else {
      context.error(node.origin, path, Message.expected(Message.aListOfMunicipalities))
      return nil
    }
    var names: [String] = []
    var isValid = true
    for element in elements {
      guard let text = context.string(element, path) else {
        isValid = false
        continue
      }
      guard let name = municipalityName(text, element.origin, path, scenario: scenario) else {
        isValid = false
        continue
      }
      if !names.contains(name) { names.append(name) }
    }
    return isValid ? names : nil
  }

  /// The kanji name of the municipality `text` names (kanji or romaji, any case), or an
  /// `unknown municipality` error with a did-you-mean among the municipalities and
  /// the `words` also allowed where it is written.
  mutating func municipalityName(
    _ text: String, _ origin: Origin, _ path: String, scenario: Scenario, or words: [String] = []
  ) -> String? {
    if let municipality = scenario.municipality(named: text) { return municipality.name }
    let known = scenario.municipalities.flatMap { [$0.name, $0.romaji] } + words
    context.error(
      origin, path, Message.unknownMunicipality(text),
      suggestion: Suggestion.guess(text, among: known))
    return nil
  }

  /// The id of a source the scenario declares.
  private mutating func decodeSourceID(_ node: Node, _ path: String, scenario: Scenario) -> String?
  {
    guard let id = context.string(node, path) else { return nil }
    guard scenario.source(id) != nil else {
      context.error(
        node.origin, path, Message.unknownSource(id),
        suggestion: Suggestion.guess(id, among: scenario.sources.map(\.id))
          ?? Message.declareSource(id))
      return nil
    }
    return id
  }

  /// A list of field names, each one of `known`.
  private mutating func decodeFieldList(_ node: Node, _ path: String, known: [String]) -> [String] {
    guard case .array(let elements) = node.value else {
      context.error(node.origin, path, Message.expected(Message.aListOfFieldNamesExample))
      return []
    }
    return elements.compactMap { element in
      guard let field = context.string(element, path) else { return nil }
      guard known.contains(field) else {
        context.error(
          element.origin, path, Message.unknownField(field),
          suggestion: Suggestion.guess(field, among: known) ?? Message.knownFields(known))
        return nil
      }
      return field
    }
  }

  /// Each figure of a measure: data when its source supplies the field and the file
  /// declaring the source wrote it; an assumption when the file that declared the
  /// measure wrote it; otherwise the what-if or command that changed it.
  private func recordProvenance(of measure: Measure, entry: Node, into scenario: inout Scenario) {
    let declaredIn = entry.origin.fileName
    func visit(_ node: Node, path: String, field: String) {
      if let children = node.table?.entries {
        for (key, child) in children { visit(child, path: join(path, key), field: field) }
        return
      }
      let provenance: Provenance
      if let source = measure.source, !measure.isAssumption(field),
        sourceOrigins[source] == node.origin.fileName
      {
        provenance = .source(id: source)
      } else {
        provenance = assumedProvenance(of: node, path: path, declaredIn: declaredIn)
      }
      scenario.provenance[path] = provenance
    }
    for (key, child) in entry.table?.entries ?? []
    where Self.measureFields.contains(key) && key != "name" {
      visit(child, path: join(join("measures", measure.id), key), field: key)
    }
  }
}
