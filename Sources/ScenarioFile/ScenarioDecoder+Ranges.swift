import Bilingual
import Simulation
import Words

/// `range`, `range_source` and `range_note` of an annotated assumption: where `montecarlo`
/// draws it from, and why (docs/scenario-format.md, "Ranges of assumptions").
///
/// ```toml
/// [assumptions.leave_rate]
/// value = 0.035
/// range = [0.032, 0.040]                 # an assumption that is one number
/// range_source = "departures2022"        # a declared source, or "assumption"
/// range_note = { ja = "…", en = "…" }    # required with "assumption"
///
/// [assumptions.recruitment_index]
/// value = { 2020 = 1.0 }
/// range = { 2040 = [0.5, 1.0] }          # a series: by year
/// ```
extension ScenarioDecoder {
  /// The keys of a range, beside an annotated assumption's `value`.
  static let rangeKeys = ["range", "range_source", "range_note"]

  /// The word `range_source` takes for a range that is an assumption.
  static let assumedRange = "assumption"

  /// Decodes the ranges of every assumption under `node` into `scenario.assumptions`, with
  /// a located diagnostic for each problem: a range without its source, a source not
  /// declared, an assumption range without its reasoning, a pair that is not two numbers
  /// within the limits `set` enforces with the low end below the high one.
  mutating func decodeRanges(_ node: Node, into scenario: inout Scenario) {
    for (name, entry) in node.table?.entries ?? [] {
      guard let fields = entry.table, Self.rangeKeys.contains(where: { fields[$0] != nil }),
        fields["value"] != nil,
        let index = scenario.assumptions.firstIndex(where: { $0.name == name })
      else { continue }
      let path = join("assumptions", name)
      guard let rangeNode = fields["range"] else {
        context.error(
          entry.origin, path, Message.rangeKeysWithoutRange, suggestion: Message.addRange)
        continue
      }
      guard let sourceNode = fields["range_source"] else {
        context.error(
          rangeNode.origin, join(path, "range"), Message.missing("range_source"),
          suggestion: Message.giveRangeSource(scenario.sources.map(\.id)))
        continue
      }
      guard let sourceID = context.string(sourceNode, join(path, "range_source")) else { continue }
      let note = fields["range_note"].flatMap { prose($0, join(path, "range_note")) }
      let source: String?
      if sourceID == Self.assumedRange {
        guard let note, !note.isEmpty else {
          context.error(
            sourceNode.origin, join(path, "range_source"), Message.assumedRangeNeedsNote,
            suggestion: Message.addRangeNote)
          continue
        }
        source = nil
      } else if scenario.sources.contains(where: { $0.id == sourceID }) {
        source = sourceID
      } else {
        context.error(
          sourceNode.origin, join(path, "range_source"), Message.unknownSource(sourceID),
          suggestion: Suggestion.guess(
            sourceID, among: scenario.sources.map(\.id) + [Self.assumedRange])
            ?? Message.giveRangeSource(scenario.sources.map(\.id)))
        continue
      }
      let pairs = rangePairs(name, rangeNode, join(path, "range"))
      scenario.assumptions[index].ranges = pairs.map { pair in
        AssumptionRange(
          path: pair.parameter.path, low: pair.low, high: pair.high, source: source,
          note: note ?? LocalizedText(""), origin: pair.origin.description)
      }
    }
  }

  /// The pairs a `range` gives: one for an assumption that is one number (`[low, high]`),
  /// one per year of a series (`{ 2040 = [low, high] }`), `{ share = [low, high] }` for
  /// `staff_target`.
  private mutating func rangePairs(_ name: String, _ node: Node, _ path: String)
    -> [(parameter: Parameter, low: Double, high: Double, origin: Origin)]
  {
    if ScenarioFile.seriesAssumptions.contains(name) {
      guard let table = node.table else {
        context.error(
          node.origin, path, Message.expected(Message.aRangeByYear, found: node.kind),
          suggestion: Message.writeRangeByYear(name))
        return []
      }
      return table.entries.compactMap { key, child in
        let childPath = join(path, key)
        guard let year = context.year(key, origin: child.origin, childPath),
          let parameter = ScenarioFile.rangedParameter(name, key: year),
          let (low, high) = pair(child, childPath, parameter)
        else { return nil }
        return (parameter, low, high, child.origin)
      }
    }
    if name == "staff_target" {
      guard let table = context.table(node, path, known: ["share"]),
        let child = table["share"], let parameter = ScenarioFile.rangedParameter(name, key: nil),
        let (low, high) = pair(child, join(path, "share"), parameter)
      else {
        if node.table?["share"] == nil, node.table != nil {
          context.error(node.origin, path, Message.missing("share"))
        }
        return []
      }
      return [(parameter, low, high, child.origin)]
    }
    guard let parameter = ScenarioFile.rangedParameter(name, key: nil),
      let (low, high) = pair(node, path, parameter)
    else { return [] }
    return [(parameter, low, high, node.origin)]
  }

  /// `[low, high]`: two finite numbers that `set` would accept for `parameter`, low below high.
  private mutating func pair(_ node: Node, _ path: String, _ parameter: Parameter)
    -> (Double, Double)?
  {
    guard case .array(let ends) = node.value, ends.count == 2 else {
      context.error(
        node.origin, path, Message.expected(Message.aRangePair, found: node.kind),
        suggestion: Message.writeRangePair)
      return nil
    }
    let values = ends.compactMap { end -> Double? in
      guard let x = context.number(end, path, in: parameter.limits, what: Message.aRangeEnd)
      else { return nil }
      guard parameter.allows(x) else {
        context.error(end.origin, path, Message.rangeEndNotAllowed(Node.numberText(x)))
        return nil
      }
      return x
    }
    guard values.count == 2 else { return nil }
    guard values[0] < values[1] else {
      context.error(
        node.origin, path,
        Message.rangeNotIncreasing(Node.numberText(values[0]), Node.numberText(values[1])),
        suggestion: Message.writeLowFirst)
      return nil
    }
    return (values[0], values[1])
  }
}
