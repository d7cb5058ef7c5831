import Simulation

/// Typed reads from nodes that record a diagnostic, with its place, for every
/// value that is missing, of the wrong kind or out of range, and carry on.
struct DecodingContext {
  var diagnostics: [Diagnostic] = []
  /// The scenario's base year, once known, for checking years.
  var baseYear = 2020

  mutating func error(
    _ origin: Origin, _ path: String, _ message: String, suggestion: String? = nil
  ) {
    diagnostics.append(Diagnostic(at: origin, path: path, message: message, suggestion: suggestion))
  }

  mutating func warning(
    _ origin: Origin, _ path: String, _ message: String, suggestion: String? = nil
  ) {
    diagnostics.append(
      Diagnostic(.warning, at: origin, path: path, message: message, suggestion: suggestion))
  }

  /// The node as a table whose keys are all in `known`; unknown keys are errors
  /// with the closest known key suggested.
  mutating func table(_ node: Node, _ path: String, known: [String]) -> NodeTable? {
    guard let table = node.table else {
      error(node.origin, path, "expected a table, found \(node.kind)")
      return nil
    }
    for (key, child) in table.entries where !known.contains(key) {
      error(
        child.origin, join(path, key), "unknown key '\(key)'",
        suggestion: Suggestion.didYouMean(key, among: known)
          ?? "known keys: \(known.joined(separator: ", "))")
    }
    return table
  }

  mutating func number(
    _ node: Node, _ path: String, in range: ClosedRange<Double>? = nil, what: String? = nil
  )
    -> Double?
  {
    guard let value = node.number, value.isFinite else {
      error(node.origin, path, "expected a number, found \(node.kind)")
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
    number(node, path, in: 0...1, what: "a share")
  }

  mutating func string(_ node: Node, _ path: String) -> String? {
    guard let value = node.string else {
      error(node.origin, path, "expected a string in quotes, found \(node.kind)")
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
        node.origin, path, "unknown choice '\(text)'",
        suggestion: Suggestion.didYouMean(text, among: names)
          ?? "expected one of \(names.joined(separator: ", "))")
      return nil
    }
    return value
  }

  /// A year written as 2025, R7 or 令和7, checked against the base year and 2100.
  mutating func year(_ text: String, origin: Origin, _ path: String, allowPast: Bool = false)
    -> Int?
  {
    guard let year = Year.parse(text) else {
      error(origin, path, "'\(text)' is not a year", suggestion: "write 2025, R7 or 令和7")
      return nil
    }
    if year > Scenario.lastYear {
      error(
        origin, path, "year \(year) is after \(Scenario.lastYear), the last year AizuSim projects")
      return nil
    }
    if !allowPast, year < baseYear {
      error(origin, path, "year \(year) is before the base year \(baseYear)")
      return nil
    }
    return year
  }

  /// A table keyed by year (`{ 2020 = 1.0, R22 = 0.5 }`) of numbers in `range`.
  /// When a year is written twice (2040 in the file, R22 at the prompt), the later wins.
  mutating func yearTable(
    _ node: Node, _ path: String, in range: ClosedRange<Double>? = nil, what: String? = nil,
    allowPast: Bool = false
  ) -> [Int: (value: Double, origin: Origin)] {
    guard let table = node.table else {
      error(
        node.origin, path,
        "expected a table of years, as in { 2020 = 1.0, 2040 = 0.5 }, found \(node.kind)")
      return [:]
    }
    var values: [Int: (Double, Origin)] = [:]
    for (key, child) in table.entries {
      let childPath = join(path, key)
      guard let year = year(key, origin: child.origin, childPath, allowPast: allowPast),
        let value = number(child, childPath, in: range, what: what)
      else { continue }
      values[year] = (value, child.origin)
    }
    return values
  }

  private func outOfRangeMessage(_ value: Double, range: ClosedRange<Double>, what: String?)
    -> String
  {
    let shown = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    if range.lowerBound == 0 && range.upperBound == .greatestFiniteMagnitude {
      return "\(shown) is negative; expected \(what ?? "a number") of 0 or more"
    }
    if let what, what == "a share" {
      return "\(shown) is outside 0 to 1; expected a share (0.25 for 25%)"
    }
    let upper =
      range.upperBound == .greatestFiniteMagnitude ? "" : " to \(format(range.upperBound))"
    return
      "\(shown) is out of range; expected \(what ?? "a number") from \(format(range.lowerBound))\(upper)"
  }

  private func format(_ x: Double) -> String {
    x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
  }
}

/// A key path with `key` appended; keys that are not bare TOML keys are quoted.
func join(_ path: String, _ key: String) -> String {
  path.isEmpty ? key : "\(path).\(key)"
}

/// Numbers of 0 or more.
let nonNegative: ClosedRange<Double> = 0...(.greatestFiniteMagnitude)
