/// A tree of located nodes as compact bytes, so that the built-in scenario is not parsed at
/// every start (docs/performance.md, "Start-up").
///
/// `aizu.nodes` holds `Scenarios/aizu.toml` as `TOMLReader` reads it, origins included,
/// and is compiled in beside the text. A test (`BuiltinArchiveTests`) fails when the two
/// disagree and names the command that writes the archive again.
///
/// The format: the magic bytes `AZN1`; a table of every distinct string (keys, values and
/// file names), each a length and its UTF-8; then the root node. A node is its origin (a
/// tag, then a file's name, line and column or a command's text) and its value (a tag, then
/// what the value holds). Counts, lengths, lines, columns and string numbers are unsigned
/// LEB128; integers are zigzag LEB128; floats are their 64 bits, little-endian.
enum NodeArchive {
  private static let magic: [UInt8] = Array("AZN1".utf8)
  /// Deeper than any document toml++ accepts (it stops at 256): the stack stays small.
  private static let maximumDepth = 256

  private enum Tag: UInt8 {
    case file = 0, command
    case table = 0x10, array, string, integer, float, bool, date
  }

  /// The bytes of `root` and everything under it.
  static func encode(_ root: Node) -> [UInt8] {
    var writer = Writer()
    writer.node(root)
    var bytes = magic
    Writer.unsigned(UInt64(writer.strings.count), to: &bytes)
    for string in writer.strings {
      Writer.unsigned(UInt64(string.utf8.count), to: &bytes)
      bytes += string.utf8
    }
    return bytes + writer.body
  }

  /// The tree the bytes hold, or `nil` when they are not an archive of this version (the
  /// caller then reads the text).
  static func decode(_ bytes: [UInt8]) -> Node? {
    bytes.withUnsafeBufferPointer { buffer in
      var reader = Reader(bytes: buffer)
      guard reader.take(magic.count).map(Array.init) == magic,
        let count = reader.count()
      else { return nil }
      var strings: [String] = []
      strings.reserveCapacity(count)
      for _ in 0..<count {
        guard let length = reader.count(), let utf8 = reader.take(length) else { return nil }
        strings.append(String(decoding: utf8, as: UTF8.self))
      }
      reader.strings = strings
      guard let root = reader.node(depth: 0), reader.isAtEnd else { return nil }
      return root
    }
  }

  /// The root table with only the entries under `keys`, read without making the rest of the
  /// tree: quick, for a scenario's heading before it is decoded (`ScenarioFile.builtinHeading`).
  /// `nil` when the bytes are not an archive of this version. The entries left out are read
  /// past, not checked: `decode(_:)` checks every byte.
  static func decode(_ bytes: [UInt8], keeping keys: Set<String>) -> Node? {
    bytes.withUnsafeBufferPointer { buffer in
      var reader = Reader(bytes: buffer)
      guard reader.take(magic.count).map(Array.init) == magic,
        let count = reader.count()
      else { return nil }
      reader.spans.reserveCapacity(count)
      for _ in 0..<count {
        guard let length = reader.count() else { return nil }
        let start = reader.index
        guard reader.take(length) != nil else { return nil }
        reader.spans.append(start..<start + length)
      }
      guard let origin = reader.origin(), reader.byte() == Tag.table.rawValue,
        let entries = reader.count()
      else { return nil }
      var kept: [(key: String, node: Node)] = []
      for _ in 0..<entries {
        guard let key = reader.string() else { return nil }
        if keys.contains(key) {
          guard let node = reader.node(depth: 1) else { return nil }
          kept.append((key, node))
        } else if !reader.skip(depth: 1) {
          return nil
        }
      }
      return NodeTable(uniqueEntries: kept).map { Node(.table($0), at: origin) }
    }
  }

  private struct Writer {
    var strings: [String] = []
    var numbers: [String: Int] = [:]
    var body: [UInt8] = []

    static func unsigned(_ value: UInt64, to bytes: inout [UInt8]) {
      var value = value
      while value >= 0x80 {
        bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
        value >>= 7
      }
      bytes.append(UInt8(truncatingIfNeeded: value))
    }

    mutating func count(_ value: Int) {
      Self.unsigned(UInt64(clamping: value), to: &body)
    }

    mutating func string(_ string: String) {
      if let number = numbers[string] { return count(number) }
      numbers[string] = strings.count
      count(strings.count)
      strings.append(string)
    }

    mutating func tag(_ tag: Tag) { body.append(tag.rawValue) }

    mutating func node(_ node: Node) {
      switch node.origin {
      case .file(let name, let line, let column):
        tag(.file)
        string(name)
        count(line)
        count(column)
      case .command(let text):
        tag(.command)
        string(text)
      }
      switch node.value {
      case .table(let table):
        tag(.table)
        count(table.entries.count)
        for (key, child) in table.entries {
          string(key)
          self.node(child)
        }
      case .array(let elements):
        tag(.array)
        count(elements.count)
        for element in elements { self.node(element) }
      case .string(let text):
        tag(.string)
        string(text)
      case .integer(let n):
        tag(.integer)
        // Zigzag: small negative numbers stay short.
        Self.unsigned(UInt64(bitPattern: Int64(n) << 1 ^ Int64(n) >> 63), to: &body)
      case .float(let x):
        tag(.float)
        for shift in stride(from: 0, to: 64, by: 8) {
          body.append(UInt8(truncatingIfNeeded: x.bitPattern >> UInt64(shift)))
        }
      case .bool(let b):
        tag(.bool)
        body.append(b ? 1 : 0)
      case .date(let text):
        tag(.date)
        string(text)
      }
    }
  }

  /// Reads what `Writer` wrote; every read is checked, so bad bytes give `nil`, never a trap.
  private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var strings: [String] = []
    /// Where each string's bytes are, when the strings are made only as they are read
    /// (`decode(_:keeping:)`).
    var spans: [Range<Int>] = []

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var isAtEnd: Bool { index == bytes.count }

    mutating func byte() -> UInt8? {
      guard index < bytes.count else { return nil }
      defer { index += 1 }
      return bytes[index]
    }

    mutating func take(_ count: Int) -> UnsafeBufferPointer<UInt8>? {
      guard count >= 0, count <= bytes.count - index else { return nil }
      defer { index += count }
      return UnsafeBufferPointer(rebasing: bytes[index..<index + count])
    }

    mutating func unsigned() -> UInt64? {
      var value: UInt64 = 0
      var shift: UInt64 = 0
      while let byte = byte() {
        guard shift < 64 else { return nil }
        value |= UInt64(byte & 0x7F) << shift
        if byte < 0x80 { return value }
        shift += 7
      }
      return nil
    }

    mutating func count() -> Int? {
      unsigned().flatMap { Int(exactly: $0) }
    }

    mutating func string() -> String? {
      guard let number = count() else { return nil }
      if strings.indices.contains(number) { return strings[number] }
      guard spans.indices.contains(number) else { return nil }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[spans[number]]), as: UTF8.self)
    }

    /// Reads past a node and everything under it without making them; `false` when the bytes
    /// end too soon or hold a tag that is not one.
    mutating func skip(depth: Int) -> Bool {
      guard depth <= NodeArchive.maximumDepth else { return false }
      switch byte().flatMap(Tag.init) {
      case .file: guard count() != nil, count() != nil, count() != nil else { return false }
      case .command: guard count() != nil else { return false }
      default: return false
      }
      switch byte().flatMap(Tag.init) {
      case .table:
        guard let count = count() else { return false }
        for _ in 0..<count where self.count() == nil || !skip(depth: depth + 1) { return false }
        return true
      case .array:
        guard let count = count() else { return false }
        for _ in 0..<count where !skip(depth: depth + 1) { return false }
        return true
      case .string, .date: return count() != nil
      case .integer: return unsigned() != nil
      case .float: return take(8) != nil
      case .bool: return byte() != nil
      default: return false
      }
    }

    mutating func origin() -> Origin? {
      switch byte().flatMap(Tag.init) {
      case .file:
        guard let name = string(), let line = count(), let column = count() else { return nil }
        return .file(name: name, line: line, column: column)
      case .command:
        return string().map(Origin.command)
      default:
        return nil
      }
    }

    mutating func node(depth: Int) -> Node? {
      guard depth <= NodeArchive.maximumDepth, let origin = origin() else { return nil }
      switch byte().flatMap(Tag.init) {
      case .table:
        guard let count = count(), count <= bytes.count - index else { return nil }
        var entries: [(key: String, node: Node)] = []
        entries.reserveCapacity(count)
        for _ in 0..<count {
          guard let key = string(), let child = node(depth: depth + 1) else { return nil }
          entries.append((key, child))
        }
        return NodeTable(uniqueEntries: entries).map { Node(.table($0), at: origin) }
      case .array:
        guard let count = count(), count <= bytes.count - index else { return nil }
        var elements: [Node] = []
        elements.reserveCapacity(count)
        for _ in 0..<count {
          guard let element = node(depth: depth + 1) else { return nil }
          elements.append(element)
        }
        return Node(.array(elements), at: origin)
      case .string:
        return string().map { Node(.string($0), at: origin) }
      case .integer:
        guard let zigzag = unsigned() else { return nil }
        let n = Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1)
        return Int(exactly: n).map { Node(.integer($0), at: origin) }
      case .float:
        guard let raw = take(8) else { return nil }
        let bits = raw.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        return Node(.float(Double(bitPattern: bits)), at: origin)
      case .bool:
        switch byte() {
        case 0: return Node(.bool(false), at: origin)
        case 1: return Node(.bool(true), at: origin)
        default: return nil
        }
      case .date:
        return string().map { Node(.date($0), at: origin) }
      default:
        return nil
      }
    }
  }
}
