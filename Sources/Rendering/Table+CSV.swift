extension Table {
  /// The table as RFC 4180 CSV: a header of `field` names, then a record per row.
  ///
  /// Values come from ``Cell/value`` at full precision: numbers as
  /// ``NumberFormat/plain(_:)`` prints them, booleans as `true` and `false`, null and
  /// non-finite numbers as an empty field. A field holding a comma, a double quote, CR
  /// or LF is quoted, with inner quotes doubled. A record that would be a blank line
  /// (one empty field) is written as `""`, so readers that skip blank lines keep it.
  /// Lines end in `"\n"`. No title and no notes: the output is data only.
  func renderedCSV() -> String {
    guard !columns.isEmpty else { return "" }
    var lines = [record(columns.map(\.field))]
    for row in rows {
      lines.append(record(columns.indices.map { csvField(cell(row, $0).value) }))
    }
    return lines.map { $0 + "\n" }.joined()
  }

  private func csvField(_ value: Value) -> String {
    switch value {
    case .text(let text): return text
    case .integer(let n): return String(n)
    case .number(let x): return x.isFinite ? NumberFormat.plain(x) : ""
    case .bool(let flag): return flag ? "true" : "false"
    case .null: return ""
    }
  }

  private func record(_ fields: [String]) -> String {
    if fields == [""] { return "\"\"" }
    return fields.map { field in
      let needsQuotes = field.unicodeScalars.contains {
        $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n"
      }
      guard needsQuotes else { return field }
      var quoted = "\""
      for scalar in field.unicodeScalars {
        if scalar == "\"" { quoted += "\"" }
        quoted.unicodeScalars.append(scalar)
      }
      return quoted + "\""
    }
    .joined(separator: ",")
  }
}
