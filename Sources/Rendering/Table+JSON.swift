extension Table {
  /// The table as a JSON array with one object per row, keyed by `field` in column
  /// order, indented by two spaces.
  ///
  /// The serializer is written out here rather than borrowed from Foundation so the key
  /// order is the column order on every platform. Strings are escaped per RFC 8259
  /// (quote, backslash, control characters) and otherwise kept as UTF-8, so kanji stay
  /// readable. Numbers are written as ``NumberFormat/plain(_:)`` prints them; NaN and
  /// the infinities, which JSON cannot hold, become `null`. An empty table is `[]`.
  /// No title and no notes.
  func renderedJSON() -> String {
    guard !rows.isEmpty else { return "[]\n" }
    let objects = rows.map { row in
      guard !columns.isEmpty else { return "  {}" }
      let members = columns.indices.map { column in
        "    " + jsonString(columns[column].field) + ": " + jsonValue(cell(row, column).value)
      }
      return "  {\n" + members.joined(separator: ",\n") + "\n  }"
    }
    return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
  }

  private func jsonValue(_ value: Value) -> String {
    switch value {
    case .text(let text): return jsonString(text)
    case .integer(let n): return String(n)
    case .number(let x): return x.isFinite ? NumberFormat.plain(x) : "null"
    case .bool(let flag): return flag ? "true" : "false"
    case .null: return "null"
    }
  }
}

/// `text` as a JSON string literal, quotes included.
func jsonString(_ text: String) -> String {
  var result = "\""
  for scalar in text.unicodeScalars {
    switch scalar {
    case "\"": result += "\\\""
    case "\\": result += "\\\\"
    case "\n": result += "\\n"
    case "\r": result += "\\r"
    case "\t": result += "\\t"
    case "\u{08}": result += "\\b"
    case "\u{0C}": result += "\\f"
    case "\u{00}"..."\u{1F}":
      let hex = String(scalar.value, radix: 16, uppercase: true)
      result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    default:
      result.unicodeScalars.append(scalar)
    }
  }
  return result + "\""
}
