/// Writes the prompt's changes as a what-if scenario file.
extension ScenarioFile {
  /// A scenario file that `extends` `base` and sets each override, as `save` writes it.
  ///
  /// Overrides are grouped under a table header per municipality or section, with
  /// dotted keys below it, so the file reads like one a planner would write.
  public static func whatIfText(extending base: String, name: String, overrides: [Override])
    -> String
  {
    var lines = [
      "# What-if saved by AizuSim: the changes made at the prompt over \(base).",
      "scenario = \(quoted(name))",
      "extends = \(quoted(base))",
    ]
    var sections: [(header: [String], lines: [String])] = []
    for override in overrides {
      let depth = headerDepth(override.path)
      var header: [String] = []
      var lines: [String] = []
      if override.path.count > depth {
        header = Array(override.path.prefix(depth))
        let keys = override.path.dropFirst(depth).map(key).joined(separator: ".")
        lines = ["\(keys) = \(toml(override.value))"]
      } else if override.path.count == depth, depth > 1, let table = override.value.table {
        // A whole table, such as a measure added at the prompt, under its own header.
        header = override.path
        lines = table.entries.map { "\(key($0.key)) = \(toml($0.node))" }
      } else {
        lines = ["\(override.path.map(key).joined(separator: ".")) = \(toml(override.value))"]
      }
      if let i = sections.firstIndex(where: { $0.header == header }) {
        sections[i].lines += lines
      } else {
        sections.append((header, lines))
      }
    }
    // Top-level keys first, then the sections in the order a scenario file has them.
    let rank = { (header: [String]) -> Int in
      ["", "model", "assumptions"].firstIndex(of: header.first ?? "") ?? 3
    }
    let ordered = sections.enumerated().sorted {
      (rank($0.element.header), $0.offset) < (rank($1.element.header), $1.offset)
    }
    for section in ordered.map(\.element) {
      if !section.header.isEmpty {
        lines.append("")
        lines.append("[\(section.header.map(key).joined(separator: "."))]")
      }
      lines += section.lines
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// How many keys of `path` go in its table header, so a saved what-if reads like a
  /// hand-written one: `[municipalities."昭和村"]`, `[measures.online_procedures]`,
  /// `[guidelines.18.options.qr_app]`, `[facetime.categories.counter]`, `[assumptions]`.
  static func headerDepth(_ path: [String]) -> Int {
    switch path.first {
    case "municipalities", "measures": 2
    case "guidelines": path.count > 4 && path[2] == "options" ? 4 : 2
    case "facetime": path.count > 3 && path[1] == "categories" ? 3 : 1
    default: 1
    }
  }

  /// A key, bare when TOML allows it, else in double quotes.
  static func key(_ text: String) -> String {
    !text.isEmpty && text.allSatisfy(\.isBareKeyCharacter) ? text : quoted(text)
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
