import Bilingual
import TOMLKit

/// Reads TOML text into located nodes.
///
/// TOMLKit (toml++) checks the syntax and gives the values; `KeyLocator` gives
/// each key's place and the order keys were written in.
enum TOMLReader {
  /// The document as a table node, or a diagnostic for the first syntax error.
  static func read(_ text: String, name: String) -> Result<Node, Diagnostic> {
    let table: TOMLTable
    do {
      table = try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      return .failure(syntaxDiagnostic(error, text: text, name: name))
    } catch {
      return .failure(
        Diagnostic(
          at: .file(name: name, line: 1, column: 1), path: "",
          message: Message.tomlUnreadable("\(error)")))
    }
    let locator = KeyLocator(text)
    return .success(node(table, path: [], locator: locator, name: name))
  }

  /// Reads one value written as TOML (`1900`, `"target"`, `{ 2040 = 0.5 }`), as the
  /// `set` command receives it, or `nil` when it is not TOML.
  static func readValue(_ text: String, origin: Origin) -> Node? {
    guard let table = try? TOMLTable(string: "value = \(text)"), let value = table["value"] else {
      return nil
    }
    let locator = KeyLocator("")
    var node = node(value, path: ["value"], locator: locator, name: "")
    node.reorigin(origin)
    return node
  }

  private static func node(
    _ value: TOMLValueConvertible, path: [String], locator: KeyLocator, name: String
  ) -> Node {
    let position = locator.position(of: path)
    let origin = Origin.file(name: name, line: position?.line ?? 1, column: position?.column ?? 1)
    switch value.type {
    case .table:
      guard let table = value.table else { return Node(.table(NodeTable()), at: origin) }
      var entries: [(rank: Int, key: String, node: Node)] = []
      for (key, child) in table {
        let childPath = path + [key]
        let rank = locator.positions[childPath]?.rank ?? Int.max
        entries.append((rank, key, node(child, path: childPath, locator: locator, name: name)))
      }
      entries.sort { ($0.rank, $0.key) < ($1.rank, $1.key) }
      return Node(.table(NodeTable(entries.map { ($0.key, $0.node) })), at: origin)
    case .array:
      let elements = (value.array.map { Array($0) } ?? []).enumerated().map { i, element in
        node(element, path: path + ["[\(i)]"], locator: locator, name: name)
      }
      return Node(.array(elements), at: origin)
    case .string:
      return Node(.string(value.string ?? ""), at: origin)
    case .int:
      return Node(.integer(value.int ?? 0), at: origin)
    case .double:
      return Node(.float(value.double ?? 0), at: origin)
    case .bool:
      return Node(.bool(value.bool ?? false), at: origin)
    case .date, .time, .dateTime:
      return Node(.date(value.debugDescription), at: origin)
    }
  }

  private static func syntaxDiagnostic(_ error: TOMLParseError, text: String, name: String)
    -> Diagnostic
  {
    let begin = error.source.begin
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
      at: .file(name: name, line: begin.line, column: begin.column), path: "", message: text,
      suggestion: suggestion)
  }

  /// The character toml++ quotes in "saw 'X'", if any.
  private static func offendingCharacter(in message: String) -> Character? {
    guard let range = message.range(of: "saw '") else { return nil }
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
