import Bilingual
import Simulation
import Words

/// A value set at the prompt: `set hours_per_fte 1900`.
public struct Override: Sendable, Equatable {
  /// The full key path (`assumptions`, `hours_per_fte`).
  public var path: [String]
  public var value: Node
  /// The command that set it, as diagnostics name it.
  public var command: String

  public init(path: [String], value: Node, command: String) {
    self.path = path
    self.value = value
    self.command = command
  }

  /// The path written with dots: `assumptions.hours_per_fte`.
  public var pathText: String { path.joined(separator: ".") }

  /// The override as a document layer: nested tables down to the value.
  var layer: Node {
    let origin = Origin.command(command)
    var node = value
    for key in path.reversed() {
      node = Node(.table(NodeTable([(key, node)])), at: origin)
    }
    return node
  }
}

extension ScenarioFile {
  /// Reads a value as typed after `set PATH`: TOML (`1900`, `0.5`, `"text"`,
  /// `{ 2040 = 0.5 }`, `true`) or a bare word (`target`), read as a string.
  public static func value(_ text: String, command: String) -> Node? {
    let origin = Origin.command(command)
    if let node = TOMLReader.readValue(text, origin: origin) { return node }
    let isWord = !text.isEmpty && text.allSatisfy { !$0.isWhitespace && !"{}[]=,\"'#".contains($0) }
    return isWord ? Node(.string(text), at: origin) : nil
  }

  /// The full key path a user's path names, allowing the short forms `set` accepts:
  /// an assumption's name (`hours_per_fte`), a model key (`staffing`), and a
  /// municipality in kanji or romaji first (`Showa.population.2040`).
  public static func settingPath(_ text: String, in document: ScenarioDocument) -> Result<
    [String], Diagnostic
  > {
    let origin = Origin.command("set \(text)")
    let parts = splitPath(text)
    guard let first = parts.first, !first.isEmpty, !parts.contains(where: \.isEmpty) else {
      return .failure(Diagnostic(at: origin, path: text, message: Message.emptyParameterPath))
    }
    let rest = Array(parts.dropFirst())
    if first == "municipalities", let name = rest.first {
      guard let key = document.municipalityKey(name) else {
        return .failure(unknownMunicipality(name, document: document, origin: origin))
      }
      return .success(["municipalities", key] + rest.dropFirst())
    }
    if ScenarioDecoder.topLevelKeys.contains(first) { return .success(parts) }
    if ScenarioDecoder.assumptionNames.contains(first) { return .success(["assumptions"] + parts) }
    if ScenarioDecoder.modelKeys.contains(first), rest.isEmpty {
      return .success(["model", first])
    }
    if let key = document.municipalityKey(first) {
      return .success(["municipalities", key] + rest)
    }
    let municipalities =
      document.municipalityNames + document.municipalityNames.compactMap { document.romaji[$0] }
    if !rest.isEmpty, Suggestion.closest(to: first, among: municipalities) != nil {
      return .failure(unknownMunicipality(first, document: document, origin: origin))
    }
    let known = settableRoots(document)
    return .failure(
      Diagnostic(
        at: origin, path: text, message: Message.unknownParameter(first),
        suggestion: Suggestion.guess(first, among: known) ?? Message.tryShowAssumptions))
  }

  /// Every path `set` can complete to, in short form where one exists.
  public static func settablePaths(_ document: ScenarioDocument) -> [String] {
    var paths = ["horizon"] + ScenarioDecoder.modelKeys + ScenarioDecoder.assumptionNames
    let fields = ScenarioDecoder.municipalityKeys.filter {
      $0 != "notes" && $0 != "cohort" && $0 != "romaji"
    }
    for name in document.municipalityNames {
      for field in fields {
        paths.append("\(name).\(field)")
        if let years = document.root.table?["municipalities"]?.table?[name]?.table?[field]?.table?
          .keys,
          ["population", "elderly", "elderly_share"].contains(field)
        {
          paths += years.map { "\(name).\(field).\($0)" }
        }
      }
    }
    // Measures, guideline options and the verdict's thresholds, as the document has
    // them: every value that is not prose (names and notes are not numbers to try).
    for section in ["verdict", "measures", "guidelines", "facetime", "checks"] {
      guard let node = document.root.table?[section] else { continue }
      paths += leafPaths(node, prefix: section)
    }
    return paths
  }

  /// The dotted paths of the values under `node`, an annotated value counting as one.
  private static func leafPaths(_ node: Node, prefix: String) -> [String] {
    guard let table = node.table, table["value"] == nil else { return [prefix] }
    return table.entries.flatMap { key, child -> [String] in
      ["name", "note", "title", "source", "source_fields", "unit"].contains(key)
        ? [] : leafPaths(child, prefix: "\(prefix).\(ScenarioFile.key(key))")
    }
  }

  private static func settableRoots(_ document: ScenarioDocument) -> [String] {
    ScenarioDecoder.topLevelKeys + ScenarioDecoder.assumptionNames + ScenarioDecoder.modelKeys
      + document.municipalityNames + document.municipalityNames.compactMap { document.romaji[$0] }
  }

  static func unknownMunicipality(_ name: String, document: ScenarioDocument, origin: Origin)
    -> Diagnostic
  {
    let known =
      document.municipalityNames + document.municipalityNames.compactMap { document.romaji[$0] }
    return Diagnostic(
      at: origin, path: "municipalities.\(name)", message: Message.unknownMunicipality,
      suggestion: Suggestion.guess(name, among: known))
  }

  /// Splits `a."b.c".d` at the dots outside quotes.
  static func splitPath(_ text: String) -> [String] {
    var parts: [String] = []
    var current = ""
    var quote: Character?
    for c in text {
      if let q = quote {
        if c == q { quote = nil } else { current.append(c) }
      } else if c == "\"" || c == "'" {
        quote = c
      } else if c == "." {
        parts.append(current)
        current = ""
      } else {
        current.append(c)
      }
    }
    parts.append(current)
    return parts
  }
}
