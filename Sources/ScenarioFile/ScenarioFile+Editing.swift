/// Writes the prompt's changes into a scenario file itself, as a person would edit it.
extension ScenarioFile {
  /// The text of a scenario file with `overrides` written into it: each value replaced
  /// where the file writes it, each new key added to the table it belongs to, and every
  /// comment, blank line and key order kept.
  ///
  /// This is how `save` writes onto the file that is loaded: the file's own keys plus the
  /// changes, never a file that extends itself. The caller checks the result by reading it
  /// back, since only a full read tells whether the edited file still means what was asked.
  ///
  /// - Returns: the edited text, or `nil` when the file is not valid TOML.
  public static func text(_ original: String, updatedWith overrides: [Override]) -> String? {
    var text = original
    for override in overrides {
      guard let edited = Editor(text)?.setting(override.path, to: override.value) else {
        return nil
      }
      text = edited
    }
    return text
  }
}

/// One edit of a scenario file's text.
private struct Editor {
  /// The text as Unicode scalars, the unit `KeyLocator` gives positions in.
  let text: [Unicode.Scalar]
  let root: Node
  let locator: KeyLocator
  let newline: String

  init?(_ text: String) {
    guard case .success(let root) = TOMLReader.read(text, name: "") else { return nil }
    self.text = Array(text.unicodeScalars)
    self.root = root
    locator = KeyLocator(text)
    newline = text.contains("\r\n") ? "\r\n" : "\n"
  }

  /// The text with the value at `path` set to `value`.
  func setting(_ path: [String], to value: Node) -> String? {
    var path = path
    // A plain value laid over an annotated one ({ value = …, note = … }) replaces its
    // value and keeps its note, as `ScenarioFile.overlaid` does.
    let isAnnotation = value.table?.keys.contains(where: ScenarioDecoder.annotationKeys.contains)
    if node(at: path)?.table?["value"] != nil, isAnnotation != true {
      path.append("value")
    }
    // The value, or an inline table or list that holds it, is written in the file: replace it.
    for length in stride(from: path.count, through: 1, by: -1) {
      let prefix = Array(path.prefix(length))
      guard let span = locator.valueSpans[prefix] else { continue }
      var replacement = value
      if length < path.count {
        guard let existing = node(at: prefix) else { return nil }
        replacement = ScenarioFile.overlaid(
          existing, with: Self.layer(Array(path.dropFirst(length)), value))
      }
      var edited = text
      edited.replaceSubrange(span, with: ScenarioFile.toml(replacement).unicodeScalars)
      return Self.string(edited)
    }
    // A table the file already has (under a header, or through dotted keys): set each key.
    if let table = value.table, locator.positions[path] != nil {
      var edited = Self.string(text)
      for (key, child) in table.entries {
        guard let next = Editor(edited)?.setting(path + [key], to: child) else { return nil }
        edited = next
      }
      return edited
    }
    return adding(path, value)
  }

  /// The text with a key it does not have yet: in the deepest table the file opens with a
  /// header, or under a new header at the end, as `save` would write a what-if.
  private func adding(_ path: [String], _ value: Node) -> String {
    let header =
      (0..<path.count).reversed().map { Array(path.prefix($0)) }.first {
        $0.isEmpty || locator.headers.contains($0)
      } ?? []
    let depth = ScenarioFile.headerDepth(path)
    let isNewTable = header.count < depth && locator.positions[Array(path.prefix(depth))] == nil
    if path.count > depth, isNewTable {
      var edited = Self.string(text)
      if !edited.isEmpty, !edited.hasSuffix("\n") { edited += newline }
      let keys = path.prefix(depth).map(ScenarioFile.key).joined(separator: ".")
      return edited + newline + "[\(keys)]" + newline + line(path.dropFirst(depth), value) + newline
    }
    let entry = line(path.dropFirst(header.count), value)
    if let end = locator.sectionEnds[header] {
      return Self.string(text[..<end]) + newline + entry + Self.string(text[end...])
    }
    // The root table has no key yet: put the key before the first header.
    let start = locator.firstHeader ?? text.count
    return Self.string(text[..<start]) + entry + newline + (start < text.count ? newline : "")
      + Self.string(text[start...])
  }

  private static func string(_ scalars: some Sequence<Unicode.Scalar>) -> String {
    var text = ""
    text.unicodeScalars.append(contentsOf: scalars)
    return text
  }

  private func line(_ keys: ArraySlice<String>, _ value: Node) -> String {
    keys.map(ScenarioFile.key).joined(separator: ".") + " = " + ScenarioFile.toml(value)
  }

  private func node(at path: [String]) -> Node? {
    var node: Node? = root
    for key in path { node = node?.table?[key] }
    return node
  }

  /// `value` under the keys of `path`, as a layer to lay over a table.
  private static func layer(_ path: [String], _ value: Node) -> Node {
    path.reversed().reduce(value) { node, key in
      Node(.table(NodeTable([(key, node)])), at: value.origin)
    }
  }
}

extension Node {
  /// The value written as TOML, on one line, as `set` reads it back.
  public var tomlText: String { ScenarioFile.toml(self) }

  /// The value on one line as `changes`, `unset` and `undo` show it: a word or number as
  /// `show` shows it (`ratio`, `1`, not `1.0`), a table in braces and an array in brackets,
  /// the words inside quoted, so that a table reads as `set` takes it:
  /// `{ 2020 = 1, 2040 = 0.5 }`, `{ savings = { hours = 200 }, kind = "hybrid" }`.
  public var shownText: String {
    switch value {
    case .table, .array: ScenarioFile.shown(self)
    default: inlineText
    }
  }

  /// Whether two nodes hold the same value, wherever each was written: tables with the same
  /// keys (in any order) holding the same values, and numbers equal whether written as
  /// integers or not.
  public func isSameValue(as other: Node) -> Bool {
    switch (value, other.value) {
    case (.table(let a), .table(let b)):
      return a.keys.count == b.keys.count
        && a.entries.allSatisfy { key, node in b[key].map(node.isSameValue) ?? false }
    case (.array(let a), .array(let b)):
      return a.count == b.count && zip(a, b).allSatisfy { $0.isSameValue(as: $1) }
    case (.integer, _), (.float, _):
      return number == other.number
    default:
      return value == other.value
    }
  }
}

extension Override {
  /// The path with dots, its keys quoted where TOML needs it (`municipalities."a.b"`), so
  /// that `set` reads the same path back.
  public var quotedPathText: String { path.map(ScenarioFile.key).joined(separator: ".") }
}
