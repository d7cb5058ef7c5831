import Bilingual
import Words

/// A value of a scenario document, remembering where it was written.
///
/// Scenario files are read into nodes, what-ifs and prompt changes are laid over
/// them, and only then is the result decoded: so every diagnostic, whichever layer
/// the value came from, names its own place.
public struct Node: Sendable, Equatable {
  public indirect enum Value: Sendable, Equatable {
    case table(NodeTable)
    case array([Node])
    case string(String)
    case integer(Int)
    case float(Double)
    case bool(Bool)
    /// A TOML date or time, kept as written; scenarios do not use them.
    case date(String)
  }

  public var value: Value
  public var origin: Origin

  public init(_ value: Value, at origin: Origin) {
    self.value = value
    self.origin = origin
  }

  public var table: NodeTable? {
    if case .table(let table) = value { return table }
    return nil
  }

  /// The value as a number, for integers and floats alike.
  public var number: Double? {
    switch value {
    case .integer(let n): Double(n)
    case .float(let x): x
    default: nil
    }
  }

  public var string: String? {
    if case .string(let s) = value { return s }
    return nil
  }

  /// What kind of value this is, for messages ("expected a number, found a string").
  public var kind: LocalizedText {
    switch value {
    case .table: Words.Diagnostics.aTable
    case .array: Words.Diagnostics.aList
    case .string: Words.Diagnostics.aString
    case .integer, .float: Words.Diagnostics.aNumber
    case .bool: Words.Diagnostics.trueOrFalse
    case .date: Words.Diagnostics.aDate
    }
  }
}

/// The entries of a table, in the order they were first written.
public struct NodeTable: Sendable, Equatable {
  public private(set) var entries: [(key: String, node: Node)] = []

  public init(_ entries: [(key: String, node: Node)] = []) {
    for entry in entries { self[entry.key] = entry.node }
  }

  /// A table of entries whose keys are known to differ (as an archived table's do), without
  /// the look-up per key that `init(_:)` makes; `nil` when two keys are the same after all.
  init?(uniqueEntries entries: [(key: String, node: Node)]) {
    // Most tables are small (a year's values, an option's figures): comparing their keys pair
    // by pair is quicker than hashing each into a set.
    if entries.count <= 8 {
      for (index, entry) in entries.enumerated()
      where entries[..<index].contains(where: { $0.key == entry.key }) {
        return nil
      }
    } else {
      guard Set(entries.map(\.key)).count == entries.count else { return nil }
    }
    self.entries = entries
  }

  public static func == (lhs: NodeTable, rhs: NodeTable) -> Bool {
    lhs.entries.elementsEqual(rhs.entries) { $0.key == $1.key && $0.node == $1.node }
  }

  public var keys: [String] { entries.map(\.key) }
  public var isEmpty: Bool { entries.isEmpty }

  /// The node under `key`; setting `nil` removes it, setting a new key appends it.
  public subscript(key: String) -> Node? {
    get { entries.first { $0.key == key }?.node }
    set {
      let index = entries.firstIndex { $0.key == key }
      switch (index, newValue) {
      case (let i?, let node?): entries[i].node = node
      case (let i?, nil): entries.remove(at: i)
      case (nil, let node?): entries.append((key, node))
      case (nil, nil): break
      }
    }
  }
}
