import Bilingual
import Simulation
import Words

/// Scenario files: TOML text in, a `Scenario` and every located `Diagnostic` out.
///
/// A file may `extends` another and change only what differs; values typed at the
/// prompt (`set`) are one more layer on top. Layers are merged as located nodes
/// and decoded once, so each diagnostic names the file and line, or the command,
/// where its value was written:
///
/// ```swift
/// let text = ScenarioText(name: "whatif.toml", identity: "/home/me/whatif.toml", text: source)
/// let (document, problems) = ScenarioFile.read(text) { reference, from in
///   try readFile(reference, relativeTo: from)   // the caller does the file I/O
/// }
/// let (scenario, more) = ScenarioFile.decode(document!, overrides: [])
/// ```
///
/// This module never opens a file: it is handed text and a name to report.
public enum ScenarioFile {
  /// The name of the built-in scenario, loaded when no other is given.
  public static let builtinName = "aizu"

  /// The names of every scenario compiled in: the built-in one and the what-ifs that
  /// can be loaded by name (`load ipss2023`).
  public static let builtinNames = [builtinName, "ipss2023"]

  /// The built-in scenarios, by name: `Scenarios/aizu.toml` and `Scenarios/ipss2023.toml`,
  /// compiled in.
  public static func builtin(_ name: String) -> ScenarioText? {
    switch name {
    case builtinName: builtinSource
    case "ipss2023": builtinText("ipss2023", PackageResources.ipss2023_toml)
    default: nil
    }
  }

  private static func builtinText(_ name: String, _ bytes: [UInt8]) -> ScenarioText {
    ScenarioText(
      name: "\(name) (built in)", identity: "builtin:\(name)",
      text: String(decoding: bytes, as: UTF8.self))
  }

  /// The built-in scenario's text, made once: every session starts by reading it.
  private static let builtinSource = builtinText(builtinName, PackageResources.aizu_toml)
  /// The built-in scenario, read once: its text never changes, and reading it again took
  /// most of the time of every `load`, `reload` and `save` of a what-if built on it. Its
  /// nodes come from the archive compiled in beside the text (`NodeArchive`), which is
  /// much quicker than parsing the text: the text is parsed only if the archive is unreadable.
  private static let builtinRoot: Result<Node, Diagnostic> =
    NodeArchive.decode(builtinArchive).map { .success($0) }
    ?? TOMLReader.read(builtinSource.text, name: builtinSource.name)

  /// `Scenarios/aizu.toml` as `NodeArchive` bytes (`aizu.nodes`), checked against the text
  /// by `BuiltinArchiveTests`.
  static var builtinArchive: [UInt8] { PackageResources.aizu_nodes }

  /// Whether an `extends` reference names a built-in scenario (`aizu`) rather than a
  /// file (`aizu.toml`, `../base.toml`).
  public static func isBuiltinReference(_ reference: String) -> Bool {
    builtin(reference) != nil
  }

  /// Reads a scenario file and every file it extends.
  ///
  /// - Parameters:
  ///   - source: the file's text and the name to report it by.
  ///   - resolve: reads the file an `extends` names, relative to the file naming it;
  ///     its errors become diagnostics at the `extends` line.
  /// - Returns: the merged document, or `nil` when a file could not be read or
  ///   parsed; and every diagnostic found so far.
  public static func read(
    _ source: ScenarioText,
    resolve: (_ reference: String, _ from: ScenarioText) throws -> ScenarioText
  ) -> (ScenarioDocument?, [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    let document = read(source, chain: [], resolve: resolve, diagnostics: &diagnostics)
    return (document, diagnostics)
  }

  private static func read(
    _ source: ScenarioText, chain: [ScenarioText],
    resolve: (String, ScenarioText) throws -> ScenarioText, diagnostics: inout [Diagnostic]
  ) -> ScenarioDocument? {
    // The built-in scenario is within the limits (`BuiltinArchiveTests`): its text, made
    // once, is not measured again at every start.
    let isBuiltin = source == builtinSource
    if !isBuiltin, let diagnostic = oversize(source) {
      diagnostics.append(diagnostic)
      return nil
    }
    let root: Node
    switch isBuiltin ? builtinRoot : TOMLReader.read(source.text, name: source.name) {
    case .failure(let diagnostic):
      diagnostics.append(diagnostic)
      return nil
    case .success(let node):
      root = node
    }
    guard let extends = root.table?["extends"] else {
      return ScenarioDocument(files: [source.name], root: root)
    }
    guard let reference = extends.string else {
      diagnostics.append(
        Diagnostic(
          at: extends.origin, path: "extends",
          message: Message.expected(Message.aFileNameInQuotes, found: extends.kind)))
      return nil
    }
    let base: ScenarioText
    if let builtin = builtin(reference) {
      base = builtin
    } else {
      do {
        base = try resolve(reference, source)
      } catch {
        diagnostics.append(
          Diagnostic(
            at: extends.origin, path: "extends",
            message: Message.cannotRead(reference, reason: "\(error)"),
            suggestion: reference.hasSuffix(".toml") ? nil : Message.builtinIs(builtinName)))
        return nil
      }
    }
    let chain = chain + [source]
    guard chain.count < Limits.extendsDepth else {
      diagnostics.append(
        Diagnostic(
          at: extends.origin, path: "extends",
          message: Message.extendsTooDeep(
            Limits.extendsDepth, chain: (chain + [base]).map(\.name).joined(separator: " → ")),
          suggestion: Message.mergeWhatIfs))
      return nil
    }
    if chain.contains(where: { $0.identity == base.identity }) {
      let names = (chain + [base]).map(\.name).joined(separator: " → ")
      diagnostics.append(
        Diagnostic(
          at: extends.origin, path: "extends", message: Message.extendsCycle(names),
          suggestion: Message.removeAnExtends))
      return nil
    }
    guard let parent = read(base, chain: chain, resolve: resolve, diagnostics: &diagnostics) else {
      return nil
    }
    var layer = root
    diagnostics += parent.canonicalizeMunicipalities(in: &layer)
    return ScenarioDocument(
      files: parent.files + [source.name], root: overlaid(parent.root, with: layer))
  }

  /// A diagnostic when a file is larger, or has a longer line, than a scenario file may
  /// (`Limits.fileBytes`, `Limits.lineCharacters`): such a file is refused unread.
  static func oversize(_ source: ScenarioText) -> Diagnostic? {
    let bytes = source.text.utf8.count
    if bytes > Limits.fileBytes {
      return Diagnostic(
        at: .file(name: source.name, line: 1, column: 1), path: "",
        message: Message.fileTooLarge(bytes: bytes, limit: Limits.fileBytes),
        suggestion: Message.splitLargeFile)
    }
    // Quick when no line has more bytes than a line may have characters, as in most files:
    // a character is at least one byte, and every line feed ends a line.
    var longest = 0
    var bytesInLine = 0
    for byte in source.text.utf8 {
      bytesInLine = byte == 0x0A ? 0 : bytesInLine + 1
      longest = max(longest, bytesInLine)
    }
    guard longest > Limits.lineCharacters else { return nil }
    var line = 1
    var length = 0
    for character in source.text {
      if character.isNewline {
        line += 1
        length = 0
        continue
      }
      length += 1
      if length > Limits.lineCharacters {
        return Diagnostic(
          at: .file(name: source.name, line: line, column: length), path: "",
          message: Message.lineTooLong(line, limit: Limits.lineCharacters),
          suggestion: Message.breakLongLine)
      }
    }
    return nil
  }

  /// A scenario's short name and title as `decode` reads them, from its document alone and
  /// without diagnostics: quick, for the banner and the prompt shown while the scenario is
  /// still being decoded. For a document that decodes without errors they are the decoded
  /// scenario's `name` and `title`.
  public static func heading(of document: ScenarioDocument) -> (name: String, title: LocalizedText)
  {
    let root = document.root.table
    return (
      root?["scenario"]?.string ?? ScenarioDecoder.defaultName,
      ScenarioDecoder.proseText(root?["title"]) ?? ScenarioDecoder.defaultTitle
    )
  }

  /// The heading (`heading(of:)`) of the built-in scenario `name`, read from its archive
  /// without making the rest of its nodes: for the first prompt, shown before the scenario is
  /// decoded. `nil` when it cannot be read so (the caller then reads the whole document).
  public static func builtinHeading(_ name: String) -> (name: String, title: LocalizedText)? {
    guard name == builtinName,
      let root = NodeArchive.decode(builtinArchive, keeping: ["scenario", "title", "extends"]),
      root.table?["extends"] == nil
    else { return nil }
    return heading(of: ScenarioDocument(files: [], root: root))
  }

  /// Decodes a document with the prompt's overrides laid on top.
  public static func decode(_ document: ScenarioDocument, overrides: [Override] = [])
    -> (Scenario?, [Diagnostic])
  {
    var diagnostics: [Diagnostic] = []
    let root = merged(document, overrides: overrides, diagnostics: &diagnostics)
    let (scenario, decoded) = ScenarioDecoder.decode(
      root, files: document.files, commands: overrides.map(\.command))
    diagnostics += decoded
    return (diagnostics.hasErrors ? nil : scenario, diagnostics)
  }

  /// The document with the prompt's overrides laid on top, as `decode` reads it.
  public static func merged(_ document: ScenarioDocument, overrides: [Override]) -> Node {
    var diagnostics: [Diagnostic] = []
    return merged(document, overrides: overrides, diagnostics: &diagnostics)
  }

  private static func merged(
    _ document: ScenarioDocument, overrides: [Override], diagnostics: inout [Diagnostic]
  ) -> Node {
    var root = document.root
    for override in overrides {
      var layer = override.layer
      diagnostics += document.canonicalizeMunicipalities(in: &layer)
      root = overlaid(root, with: layer)
    }
    return root
  }

  /// Lays `top` over `base`: tables merge key by key, anything else is replaced. A
  /// plain value laid over an annotated one (`{ value = …, note = … }`) replaces its
  /// value and keeps the note; a text in both languages (`{ ja, en }`) is replaced whole.
  static func overlaid(_ base: Node, with top: Node) -> Node {
    guard var table = base.table else { return top }
    // A text in both languages is replaced whole: a what-if's new English note must not
    // be shown in Japanese as its base's note on what it replaced.
    if isText(table), let topTable = top.table, isText(topTable) { return top }
    let isAnnotated = table["value"] != nil
    if let topTable = top.table,
      !isAnnotated || topTable.keys.contains(where: ScenarioDecoder.isAnnotationKey)
    {
      for (key, node) in topTable.entries where key != "extends" || table[key] == nil {
        table[key] = table[key].map { overlaid($0, with: node) } ?? node
      }
      return Node(.table(table), at: base.origin)
    }
    if isAnnotated, let value = table["value"] {
      table["value"] = overlaid(value, with: top)
      return Node(.table(table), at: base.origin)
    }
    return top
  }
}

/// Whether a table is a text in both languages, `{ ja = "…", en = "…" }` or one of them.
private func isText(_ table: NodeTable) -> Bool {
  !table.isEmpty && table.keys.allSatisfy { $0 == "ja" || $0 == "en" }
}

/// A scenario file's text, the name diagnostics report, and an identity (such as
/// its absolute path) that tells two names for one file apart.
public struct ScenarioText: Sendable, Equatable {
  public var name: String
  public var identity: String
  public var text: String

  public init(name: String, identity: String, text: String) {
    self.name = name
    self.identity = identity
    self.text = text
  }
}

/// A scenario file merged with everything it extends.
public struct ScenarioDocument: Sendable, Equatable {
  /// The names of the files read, the base first.
  public var files: [String]
  public var root: Node

  public init(files: [String], root: Node) {
    self.files = files
    self.root = root
  }

  /// The municipalities' keys, in order.
  public var municipalityNames: [String] {
    root.table?["municipalities"]?.table?.keys ?? []
  }

  /// The romaji of each municipality, by kanji key.
  var romaji: [String: String] {
    var names: [String: String] = [:]
    for (key, node) in root.table?["municipalities"]?.table?.entries ?? [] {
      if let romaji = node.table?["romaji"]?.string { names[key] = romaji }
    }
    return names
  }

  /// The kanji key of the municipality `text` names (its kanji or, in any case, its romaji).
  public func municipalityKey(_ text: String) -> String? {
    if municipalityNames.contains(text) { return text }
    return romaji.first { $0.value.lowercased() == text.lowercased() }?.key
  }

  /// Renames a layer's municipality keys written in romaji to this document's
  /// kanji keys; reports keys that name no municipality and are not complete new ones.
  func canonicalizeMunicipalities(in layer: inout Node) -> [Diagnostic] {
    guard var root = layer.table, let node = root["municipalities"], let table = node.table else {
      return []
    }
    var diagnostics: [Diagnostic] = []
    let known = municipalityNames + municipalityNames.compactMap { romaji[$0] }
    var canonical = NodeTable()
    for (key, entry) in table.entries {
      if let name = municipalityKey(key) {
        // Two keys for one municipality in one layer ([municipalities.Showa] and
        // [municipalities."昭和村"] in one file): which one is meant is not said.
        if let first = canonical[name] {
          let firstKey = table.entries.first { municipalityKey($0.key) == name }?.key ?? name
          diagnostics.append(
            Diagnostic(
              at: entry.origin, path: "municipalities.\(key)",
              message: Message.givenTwice(
                LocalizedText(name), as: "municipalities.\(firstKey)",
                at: first.origin.description),
              suggestion: Message.writeOneTable))
          continue
        }
        canonical[name] = entry
        continue
      }
      let fields = entry.table?.keys ?? []
      let isComplete = ["romaji", "population", "staff"].allSatisfy(fields.contains)
      if isComplete {
        canonical[key] = entry
      } else {
        // Dropped, so the decoder does not pile "missing staff" on top of this.
        diagnostics.append(
          Diagnostic(
            at: entry.origin, path: "municipalities.\(key)",
            message: Message.unknownMunicipality,
            suggestion: Suggestion.guess(key, among: known) ?? Message.newMunicipalityNeeds))
      }
    }
    root["municipalities"] = Node(.table(canonical), at: node.origin)
    layer = Node(.table(root), at: layer.origin)
    return diagnostics
  }
}
