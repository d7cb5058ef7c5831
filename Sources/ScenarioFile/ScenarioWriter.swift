/// Writes the prompt's changes as a what-if scenario file.
extension ScenarioFile {
  /// A scenario file that `extends` `base` and sets each override, as `save` writes it.
  ///
  /// The overrides are first laid over each other, as `decode` lays them over the
  /// scenario, so a value set twice or a table and one of its keys set separately are
  /// written once. Each table gets a header per municipality or section, with its fields
  /// below it, so the file reads like one a planner would write.
  public static func whatIfText(extending base: String, name: String, overrides: [Override])
    -> String
  {
    var lines = [
      "# What-if saved by AizuSim: the changes made at the prompt over \(base).",
      "scenario = \(quoted(name))",
      "extends = \(quoted(base))",
    ]
    let layer = overrides.reduce(Node(.table(NodeTable()), at: .command(""))) {
      overlaid($0, with: $1.layer)
    }
    // Every header a value needs, in the order the values were first set.
    var headers: [[String]] = []
    for leaf in leafPaths(layer) {
      let depth = headerDepth(leaf)
      let header = leaf.count > depth ? Array(leaf.prefix(depth)) : []
      if !headers.contains(header) { headers.append(header) }
    }
    // Top-level keys first, then the sections in the order a scenario file has them.
    let rank = { (header: [String]) -> Int in
      ["", "model", "assumptions"].firstIndex(of: header.first ?? "") ?? 3
    }
    let ordered = headers.enumerated().sorted {
      (rank($0.element), $0.offset) < (rank($1.element), $1.offset)
    }
    for header in ordered.map(\.element) {
      guard let table = node(at: header, in: layer)?.table else { continue }
      if !header.isEmpty {
        lines.append("")
        lines.append("[\(header.map(key).joined(separator: "."))]")
      }
      lines += assignments(
        table, under: header, keys: [], headers: headers, written: Set(overrides.map(\.path)))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The `key = value` lines of a table under a header: a value set at the prompt on one
  /// line as it was set (`recruitment_index = { 2040 = 0.5 }`), the tables on the way to
  /// it as dotted keys (`population.2040 = 700`), and any part a deeper header holds left
  /// to that header.
  private static func assignments(
    _ table: NodeTable, under header: [String], keys: [String], headers: [[String]],
    written: Set<[String]>
  ) -> [String] {
    table.entries.flatMap { entry -> [String] in
      let path = header + keys + [entry.key]
      let isSplit = headers.contains { $0.count > header.count && $0.starts(with: path) }
      let isWritten = written.contains { path.starts(with: $0) }
      guard let child = entry.node.table, isSplit || !isWritten else {
        return ["\((keys + [entry.key]).map(key).joined(separator: ".")) = \(toml(entry.node))"]
      }
      return headers.contains(path)
        ? []
        : assignments(
          child, under: header, keys: keys + [entry.key], headers: headers, written: written)
    }
  }

  /// The paths of a layer's values, down to the deepest: a table's keys, never the table.
  private static func leafPaths(_ node: Node, prefix: [String] = []) -> [[String]] {
    guard let table = node.table, !table.isEmpty else { return [prefix] }
    return table.entries.flatMap { leafPaths($0.node, prefix: prefix + [$0.key]) }
  }

  private static func node(at path: [String], in root: Node) -> Node? {
    var node: Node? = root
    for key in path { node = node?.table?[key] }
    return node
  }

  /// How many keys of `path` go in its table header, so a saved what-if reads like a
  /// hand-written one: `[municipalities."昭和村"]`, `[measures.online_procedures]`,
  /// `[guidelines.18.options.qr_app]`, `[facetime.categories.counter]`, `[assumptions]`.
  static func headerDepth(_ path: [String]) -> Int {
    switch path.first {
    case "municipalities", "measures", "checks": 2
    case "guidelines": path.count > 4 && path[2] == "options" ? 4 : 2
    case "facetime": path.count > 3 && path[1] == "categories" ? 3 : 1
    default: 1
    }
  }

  /// A key, bare when TOML allows it, else in double quotes.
  static func key(_ text: String) -> String {
    !text.isEmpty && text.unicodeScalars.allSatisfy(\.isBareKeyCharacter) ? text : quoted(text)
  }

  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  /// A node written as a TOML value.
  /// As `toml(_:)`, with numbers as `show` writes them (`Node.shownText`).
  static func shown(_ node: Node) -> String {
    switch node.value {
    case .table(let table):
      if table.isEmpty { return "{}" }
      return "{ "
        + table.entries.map { "\(key($0.key)) = \(shown($0.node))" }.joined(separator: ", ") + " }"
    case .array(let elements): return "[" + elements.map(shown).joined(separator: ", ") + "]"
    case .string: return toml(node)
    default: return node.inlineText
    }
  }

  static func toml(_ node: Node) -> String {
    switch node.value {
    case .table(let table):
      if table.isEmpty { return "{}" }
      return "{ "
        + table.entries.map { "\(key($0.key)) = \(toml($0.node))" }.joined(separator: ", ") + " }"
    case .array(let elements): return "[" + elements.map(toml).joined(separator: ", ") + "]"
    case .string(let s): return quoted(s)
    case .integer(let n): return String(n)
    case .float(let x):
      // TOML needs a fraction or exponent to read a float back as one.
      let text = String(x)
      return text.contains(where: { ".eEn".contains($0) }) ? text : text + ".0"
    case .bool(let b): return String(b)
    case .date(let d): return d
    }
  }
}
