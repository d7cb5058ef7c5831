import Bilingual
import Simulation
import Words

/// The catalog's words for diagnostics (`Words+Diagnostics.swift`, `Words+ScenarioSections.swift`).
typealias Message = Words.Diagnostics

/// Typed reads from nodes that record a diagnostic, with its place, for every
/// value that is missing, of the wrong kind or out of range, and carry on.
struct DecodingContext {
  var diagnostics: [Diagnostic] = []
  /// The scenario's base year, once known, for checking years.
  var baseYear = 2020
  /// The files laid over each other, the base first, and the commands laid on top of
  /// them in order: which of two values for one thing wins (`layerRank`).
  var files: [String] = []
  var commands: [String] = []

  mutating func error(
    _ origin: Origin, _ path: String, _ message: LocalizedText,
    suggestion: LocalizedText? = nil
  ) {
    diagnostics.append(Diagnostic(at: origin, path: path, message: message, suggestion: suggestion))
  }

  /// The node as a table whose keys are all in `known`; unknown keys are errors
  /// with the closest known key suggested.
  mutating func table(_ node: Node, _ path: String, known: [String]) -> NodeTable? {
    guard let table = node.table else {
      error(node.origin, path, Message.expected(Message.aTable, found: node.kind))
      return nil
    }
    for (key, child) in table.entries where !known.contains(key) {
      error(
        child.origin, join(path, key), Message.unknownKey(key),
        suggestion: Suggestion.guess(key, among: known) ?? Message.knownKeys(known))
    }
    return table
  }

  mutating func number(
    _ node: Node, _ path: String, in range: ClosedRange<Double>? = nil,
    what: LocalizedText = Message.aNumber
  ) -> Double? {
    guard let value = node.number else {
      error(node.origin, path, Message.expected(Message.aNumber, found: node.kind))
      return nil
    }
    guard value.isFinite else {
      error(
        node.origin, path, Message.notFinite(Node.numberText(value), expected: what),
        suggestion: Message.writeInDigits)
      return nil
    }
    if let range, !range.contains(value) {
      error(node.origin, path, outOfRangeMessage(value, range: range, what: what))
      return nil
    }
    return value
  }

  /// A share: a number from 0 to 1.
  mutating func share(_ node: Node, _ path: String) -> Double? {
    number(node, path, in: 0...1, what: Message.Quantity.share)
  }

  mutating func string(_ node: Node, _ path: String) -> String? {
    guard let value = node.string else {
      error(node.origin, path, Message.expected(Message.aStringInQuotes, found: node.kind))
      return nil
    }
    return value
  }

  mutating func choice<Choice: RawRepresentable & CaseIterable>(
    _ node: Node, _ path: String, as type: Choice.Type
  ) -> Choice? where Choice.RawValue == String {
    let names = Choice.allCases.map(\.rawValue)
    guard let text = string(node, path) else { return nil }
    guard let value = Choice(rawValue: text) else {
      error(
        node.origin, path, Message.unknownChoice(text),
        suggestion: Suggestion.guess(text, among: names) ?? Words.expectedOneOf(names))
      return nil
    }
    return value
  }

  /// A year written as a number (`2040`) or a string (`"R22"`), checked as `year(_:origin:_:)`.
  mutating func year(_ node: Node, _ path: String, allowPast: Bool = false) -> Int? {
    switch node.value {
    case .integer(let n):
      return year(String(n), origin: node.origin, path, allowPast: allowPast)
    case .string(let text):
      return year(text, origin: node.origin, path, allowPast: allowPast)
    case .float(let x):
      guard let n = Int(exactly: x) else {
        error(
          node.origin, path,
          x.isFinite
            ? Message.notAWholeYear(Node.numberText(x)) : Message.notAYearNumber("\(x)"),
          suggestion: Message.writeAYear)
        return nil
      }
      return year(String(n), origin: node.origin, path, allowPast: allowPast)
    default:
      error(node.origin, path, Message.expected(Message.aYear, found: node.kind))
      return nil
    }
  }

  /// A year written as 2025, R7 or 令和7, checked against the base year (or, with
  /// `allowPast`, 1900) and 2100 (`Limits.years`).
  mutating func year(_ text: String, origin: Origin, _ path: String, allowPast: Bool = false)
    -> Int?
  {
    let year: Int
    switch Year.parsed(text) {
    case .success(let parsed): year = parsed
    case .failure(let problem):
      error(origin, path, Words.Years.problem(problem), suggestion: Words.Years.fix(for: problem))
      return nil
    }
    if year > Limits.years.upperBound {
      error(origin, path, Message.yearAfterLast(year, last: Limits.years.upperBound))
      return nil
    }
    if !allowPast, year < baseYear {
      error(origin, path, Message.yearBeforeBase(year, base: baseYear))
      return nil
    }
    if year < Limits.years.lowerBound {
      error(origin, path, Message.yearBeforeFirst(year, first: Limits.years.lowerBound))
      return nil
    }
    return year
  }

  /// A table keyed by year (`{ 2020 = 1.0, R22 = 0.5 }`) of numbers in `range`, each
  /// with the key as written and its place.
  ///
  /// A year written twice in one layer (`{ R22 = 500, 2040 = 600 }` in one file or one
  /// command) is an error naming both places; written in two layers (2040 in the file,
  /// R22 at the prompt), the later layer wins.
  mutating func yearTable(
    _ node: Node, _ path: String, in range: ClosedRange<Double>? = nil,
    what: LocalizedText = Message.aNumber, allowPast: Bool = false
  ) -> [Int: YearValue] {
    guard let table = node.table else {
      error(node.origin, path, Message.expected(Message.aTableOfYears, found: node.kind))
      return [:]
    }
    var values: [Int: YearValue] = [:]
    for (key, child) in table.entries {
      let childPath = join(path, key)
      guard let year = year(key, origin: child.origin, childPath, allowPast: allowPast),
        let value = number(child, childPath, in: range, what: what)
      else { continue }
      let entry = YearValue(value: value, origin: child.origin, path: childPath)
      if let earlier = values[year],
        !supersedes(
          entry.origin, earlier.origin, at: childPath, as: earlier.path, Message.year(year))
      {
        continue
      }
      values[year] = entry
    }
    return values
  }

  /// Whether a value written at `later` replaces one for the same thing (`what`)
  /// written at `earlier`, under `earlierPath`: yes from a later layer, no from an
  /// earlier one. From the same layer it is a conflict, reported at `later` with both
  /// places, and the earlier value stays.
  mutating func supersedes(
    _ later: Origin, _ earlier: Origin, at path: String, as earlierPath: String,
    _ what: LocalizedText
  ) -> Bool {
    let (new, old) = (layerRank(later), layerRank(earlier))
    if new == old {
      error(
        later, path, Message.givenTwice(what, as: earlierPath, at: earlier.description),
        suggestion: Message.keepOne)
      return false
    }
    return new > old
  }

  /// The order of the layer `origin` belongs to: files in the order they were laid
  /// over each other (the base first), then the prompt's commands in the order set.
  func layerRank(_ origin: Origin) -> Int {
    switch origin {
    case .file(let name, _, _): files.firstIndex(of: name) ?? -1
    case .command(let text): files.count + (commands.lastIndex(of: text) ?? 0)
    }
  }

  private func outOfRangeMessage(
    _ value: Double, range: ClosedRange<Double>, what: LocalizedText
  ) -> LocalizedText {
    let shown = Node.numberText(value)
    if what == Message.Quantity.share { return Message.notAShare(shown) }
    if range.lowerBound == 0 && value < 0 { return Message.negative(shown, expected: what) }
    return Message.outOfRange(shown, expected: what, from: range.lowerBound, to: range.upperBound)
  }
}

/// A value of a table keyed by year, with its key path as written and its place.
struct YearValue {
  var value: Double
  var origin: Origin
  var path: String
}

/// A key path with `key` appended; keys that are not bare TOML keys are quoted.
func join(_ path: String, _ key: String) -> String {
  path.isEmpty ? key : "\(path).\(key)"
}
