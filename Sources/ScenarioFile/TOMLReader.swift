import Bilingual
import CTOML

/// Reads TOML text into located nodes.
///
/// toml++ (through `CTOML`) checks the syntax and gives the values; `KeyLocator` gives
/// each key's place and the order keys were written in.
enum TOMLReader {
  /// The document as a table node, or a diagnostic for the first syntax error.
  static func read(_ text: String, name: String) -> Result<Node, Diagnostic> {
    switch parse(text) {
    case .failure(let error):
      return .failure(syntaxDiagnostic(error, name: name))
    case .success(let document):
      defer { CTOML_free(document) }
      let locator = KeyLocator(text)
      return .success(node(CTOML_root(document), path: [], locator: locator, name: name))
    }
  }

  /// Reads one value written as TOML (`1900`, `"target"`, `{ 2040 = 0.5 }`), as the
  /// `set` command receives it, or `nil` when it is not TOML.
  static func readValue(_ text: String, origin: Origin) -> Node? {
    guard case .success(let document) = parse("value = \(text)") else { return nil }
    defer { CTOML_free(document) }
    let root = node(CTOML_root(document), path: [], locator: KeyLocator(""), name: "")
    guard case .table(let table) = root.value, var value = table["value"] else { return nil }
    value.reorigin(origin)
    return value
  }

  /// Why a text is not TOML, as toml++ says it, and where.
  struct SyntaxError: Error {
    var description: String
    var line: Int
    var column: Int
  }

  /// The parsed document, which the caller frees with `CTOML_free`.
  private static func parse(_ text: String) -> Result<OpaquePointer, SyntaxError> {
    var text = text
    var error = CTOML_Error()
    let document = text.withUTF8 { bytes in
      bytes.withMemoryRebound(to: CChar.self) { CTOML_parse($0.baseAddress, $0.count, &error) }
    }
    if let document { return .success(document) }
    defer { CTOML_freeError(&error) }
    return .failure(
      SyntaxError(
        description: error.description.map { String(cString: $0) } ?? "not TOML",
        line: Int(error.line), column: Int(error.column)))
  }

  private static func node(
    _ handle: OpaquePointer, path: [String], locator: KeyLocator, name: String
  ) -> Node {
    let position = locator.position(of: path)
    let origin = Origin.file(name: name, line: position?.line ?? 1, column: position?.column ?? 1)
    let count = CTOML_count(handle)
    switch CTOML_type(handle) {
    case CTOML_TABLE:
      var keys = [UnsafePointer<CChar>?](repeating: nil, count: count)
      var lengths = [Int](repeating: 0, count: count)
      var children = [OpaquePointer?](repeating: nil, count: count)
      CTOML_entries(handle, &keys, &lengths, &children)
      var entries: [(rank: Int, key: String, node: Node)] = []
      for index in 0..<count {
        guard let child = children[index] else { continue }
        let key = text(keys[index], length: lengths[index])
        let childPath = path + [key]
        let rank = locator.positions[childPath]?.rank ?? Int.max
        entries.append((rank, key, node(child, path: childPath, locator: locator, name: name)))
      }
      entries.sort { ($0.rank, $0.key) < ($1.rank, $1.key) }
      return Node(.table(NodeTable(entries.map { ($0.key, $0.node) })), at: origin)
    case CTOML_ARRAY:
      var elements = [OpaquePointer?](repeating: nil, count: count)
      CTOML_elements(handle, &elements)
      let nodes = elements.enumerated().compactMap { i, element in
        element.map { node($0, path: path + ["[\(i)]"], locator: locator, name: name) }
      }
      return Node(.array(nodes), at: origin)
    case CTOML_STRING:
      var length = 0
      let bytes = CTOML_string(handle, &length)
      return Node(.string(text(bytes, length: length)), at: origin)
    case CTOML_INTEGER:
      return Node(.integer(Int(CTOML_integer(handle))), at: origin)
    case CTOML_FLOAT:
      return Node(.float(CTOML_float(handle)), at: origin)
    case CTOML_BOOLEAN:
      return Node(.bool(CTOML_boolean(handle) != 0), at: origin)
    default:
      var buffer = [CChar](repeating: 0, count: 64)
      _ = CTOML_dateText(handle, &buffer, buffer.count)
      return Node(
        .date(
          String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)),
        at: origin)
    }
  }

  /// `length` bytes of UTF-8 at `bytes` (toml++ has checked that they are UTF-8).
  private static func text(_ bytes: UnsafePointer<CChar>?, length: Int) -> String {
    guard let bytes else { return "" }
    return bytes.withMemoryRebound(to: UInt8.self, capacity: length) {
      String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
    }
  }

  private static func syntaxDiagnostic(_ error: SyntaxError, name: String) -> Diagnostic {
    var message = error.description
    if message.hasPrefix("Error while parsing ") {
      message = String(message.dropFirst("Error while parsing ".count))
    }
    if let first = message.first { message = first.lowercased() + message.dropFirst() }
    // toml++'s own words, in English, are quoted as data; a kanji key gets the catalog's.
    var text = Message.tomlSyntax(message)
    var suggestion: LocalizedText?
    if let seen = offendingCharacter(in: message), !seen.isASCII, message.contains("key") {
      text = Message.unquotedJapaneseKey(String(seen))
      suggestion = Message.quoteJapaneseKeys
    }
    return Diagnostic(
      at: .file(name: name, line: error.line, column: error.column), path: "", message: text,
      suggestion: suggestion)
  }

  /// The character toml++ quotes in "saw 'X'", if any.
  private static func offendingCharacter(in message: String) -> Character? {
    guard let range = message.firstRange(of: "saw '") else { return nil }
    return message[range.upperBound...].first
  }
}

extension Node {
  /// Gives this node and everything inside it the same origin.
  mutating func reorigin(_ origin: Origin) {
    self.origin = origin
    switch value {
    case .table(var table):
      for key in table.keys {
        table[key]?.reorigin(origin)
      }
      value = .table(table)
    case .array(var elements):
      for i in elements.indices { elements[i].reorigin(origin) }
      value = .array(elements)
    default:
      break
    }
  }
}
