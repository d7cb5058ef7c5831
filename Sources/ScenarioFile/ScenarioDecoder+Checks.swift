import Bilingual
import Simulation
import Words

/// `[checks.ID]`: assertions a scenario states about its outputs (docs/scenario-format.md,
/// "[checks.ID]").
extension ScenarioDecoder {
  static let checkKeys = [
    "title", "metric", "where", "year", "below", "above", "at_most", "at_least", "note",
  ]

  /// The keys every check must give, besides one comparison.
  static let requiredCheckKeys = ["metric", "where", "year"]

  /// The comparisons, one of which a check gives.
  static let comparisonKeys = Check.Relation.allCases.map(\.rawValue)

  /// The words `where` may be instead of a municipality.
  static let checkPlaces = ["region", "each"]

  /// The keys of a relative bound: `{ year = 2020, times = 0.9 }`.
  static let relativeBoundKeys = ["year", "times"]

  mutating func decodeChecks(_ node: Node, into scenario: inout Scenario) {
    guard let table = node.table else {
      context.error(
        node.origin, "checks", Message.expectedTable(of: Message.checks, found: node.kind))
      return
    }
    let isComplete = { (entry: Node) in
      Self.requiredCheckKeys.allSatisfy { entry.table?[$0] != nil }
        && Self.comparisonKeys.contains { entry.table?[$0] != nil }
    }
    let complete = table.entries.filter { isComplete($0.node) }.map(\.key)
    for (id, entry) in table.entries {
      // An incomplete check named like a complete one is most likely a what-if's typo for
      // it: one error, not a missing key each.
      if !isComplete(entry), entry.table != nil,
        let suggestion = Suggestion.guess(id, among: complete)
      {
        context.error(
          entry.origin, join("checks", id), Message.unknownCheck(id), suggestion: suggestion)
        continue
      }
      if let check = decodeCheck(id, entry, scenario: scenario) { scenario.checks.append(check) }
    }
  }

  private mutating func decodeCheck(_ id: String, _ node: Node, scenario: Scenario) -> Check? {
    let path = join("checks", id)
    guard let table = context.table(node, path, known: Self.checkKeys) else { return nil }
    var isValid = true
    for key in Self.requiredCheckKeys where table[key] == nil {
      context.error(node.origin, path, Message.missing(key), suggestion: Message.seeCheckFormat)
      isValid = false
    }
    let comparisons = Self.comparisonKeys.filter { table[$0] != nil }
    if comparisons.isEmpty {
      context.error(
        node.origin, path, Message.noComparison, suggestion: Message.giveOneOf(Self.comparisonKeys))
      isValid = false
    }
    if comparisons.count > 1, let second = table[comparisons[1]] {
      context.error(
        second.origin, join(path, comparisons[1]), Message.checkGivesBoth(comparisons),
        suggestion: Message.keepOne)
      isValid = false
    }
    var title = LocalizedText(id)
    if let node = table["title"] {
      if let text = localized(node, join(path, "title")) { title = text } else { isValid = false }
    }
    var note = LocalizedText("")
    if let node = table["note"] {
      if let text = prose(node, join(path, "note")) { note = text } else { isValid = false }
    }
    let metric = table["metric"].flatMap { decodeMetric($0, join(path, "metric")) }
    let place = table["where"].flatMap { decodePlace($0, join(path, "where"), scenario) }
    let year = table["year"].flatMap { context.year($0, join(path, "year")) }
    let relation = comparisons.first.flatMap(Check.Relation.init(rawValue:))
    let bound = relation.flatMap { relation in
      table[relation.rawValue].flatMap { decodeBound($0, join(path, relation.rawValue)) }
    }
    guard isValid, let metric, let place, let year, let relation, let bound else { return nil }
    return Check(
      id: id, title: title, metric: metric, place: place, year: year, relation: relation,
      bound: bound, note: note)
  }

  /// An output by its field name (`facetime_per_elderly`), as `chart` names it in English.
  private mutating func decodeMetric(_ node: Node, _ path: String) -> Metric? {
    guard let text = context.string(node, path) else { return nil }
    guard let metric = Metric(rawValue: text) else {
      let names = Metric.allCases.map(\.rawValue)
      context.error(
        node.origin, path, Message.unknownMetric(text),
        suggestion: Suggestion.guess(text, among: names) ?? Words.expectedOneOf(names))
      return nil
    }
    return metric
  }

  /// `region`, `each`, or a municipality in kanji or romaji.
  private mutating func decodePlace(_ node: Node, _ path: String, _ scenario: Scenario)
    -> Check.Place?
  {
    guard let text = context.string(node, path) else { return nil }
    switch text {
    case "region": return .region
    case "each": return .each
    default:
      if let found = scenario.municipality(named: text) { return .municipality(found.name) }
      let known = Self.checkPlaces + scenario.municipalities.flatMap { [$0.name, $0.romaji] }
      context.error(
        node.origin, path, Message.unknownPlace(text),
        suggestion: Suggestion.guess(text, among: known) ?? Message.placeIs)
      return nil
    }
  }

  /// A number, or `{ year = YEAR, times = FACTOR }` (times 1 when left out).
  private mutating func decodeBound(_ node: Node, _ path: String) -> Check.Bound? {
    if node.number != nil {
      return context.number(node, path, in: Limits.checkValue, what: Message.Quantity.checkValue)
        .map { .value($0) }
    }
    guard node.table != nil else {
      context.error(
        node.origin, path, Message.expected(Message.aNumberOrYearTimes, found: node.kind))
      return nil
    }
    guard let table = context.table(node, path, known: Self.relativeBoundKeys) else { return nil }
    guard let yearNode = table["year"] else {
      context.error(node.origin, path, Message.missing("year"), suggestion: Message.writeYearTimes)
      return nil
    }
    let year = context.year(yearNode, join(path, "year"))
    let times =
      table["times"].map {
        context.number($0, join(path, "times"), in: Limits.ratio, what: Message.Quantity.ratio)
      } ?? 1
    guard let year, let times else { return nil }
    return .relative(year: year, times: times)
  }
}
