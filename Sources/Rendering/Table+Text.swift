extension Table {
  /// The table as aligned text: title, header, a rule of `-`, rows, then notes.
  ///
  /// Columns are two spaces apart and padded by display width, so kanji line up.
  /// Decorations are plain ASCII: box-drawing characters are East Asian Ambiguous and
  /// a Japanese terminal draws them two columns wide, which would skew every rule.
  ///
  /// When `width` is positive and the table is wider, its widest columns are narrowed in
  /// turn (choosing which columns to show is the caller's: see `Report`): cut text ends
  /// with `~`, and a number that does not fit is shown as `#` marks, as a spreadsheet
  /// does, because a cut number reads as a different number. A note below says what was
  /// done, in the words of ``fitNotes``.
  func renderedText(width: Int?, style: TextStyle) -> String {
    let width = width.flatMap { $0 > 0 ? $0 : nil }
    let headers = columns.map(\.title.sanitized)
    let alignments = columns.map(\.alignment)
    let body = rows.map { row in
      columns.indices.map { column in
        var cell = cell(row, column)
        cell.display = cell.display.sanitized
        return cell
      }
    }
    let natural = columns.indices.map { column in
      body.reduce(max(1, displayWidth(headers[column]))) {
        max($0, displayWidth($1[column].display))
      }
    }
    let isNumber = columns.indices.map { column in body.contains { $0[column].value.isNumber } }

    var lines: [String] = []
    if let title, !title.isEmpty {
      lines += title.lines(wrappedTo: width).map { style.bold($0) }
    }
    var cuts = TextCuts()
    if !columns.isEmpty {
      let panel = TextPanel(
        columns: Array(columns.indices),
        widths: width.map { Self.narrowed(natural, isNumber: isNumber, toFit: $0) } ?? natural)
      lines.append(style.bold(panel.line(headers, alignments: alignments, cuts: &cuts)))
      lines.append(panel.rule)
      for (index, row) in body.enumerated() {
        if ruleBeforeRows.contains(index) { lines.append(panel.rule) }
        lines.append(panel.line(row, alignments: alignments, cuts: &cuts))
      }
    }
    var footer: [String] = []
    if let width, cuts.text { footer.append(fitNotes.textCut(width)) }
    if let width, cuts.numbers { footer.append(fitNotes.numbersCut(width)) }
    lines += (footer + notes).flatMap { $0.lines(wrappedTo: width) }
    return lines.map { $0 + "\n" }.joined()
  }

  /// The width of the table's widest line, were it not narrowed.
  func naturalWidth() -> Int {
    guard !columns.isEmpty else { return 0 }
    return columns.indices.reduce(2 * (columns.count - 1)) { total, column in
      total
        + rows.reduce(max(1, displayWidth(columns[column].title.sanitized))) {
          max($0, displayWidth(cell($1, column).display.sanitized))
        }
    }
  }

  /// `widths` narrowed until the line, with two spaces between columns, fits `width`.
  ///
  /// Text columns give way first, the widest one column at a time, down to three
  /// columns (a kanji and the `~`), because a cut label still hints at the row while a
  /// number too wide is lost. Then every column gives way, down to one.
  private static func narrowed(_ widths: [Int], isNumber: [Bool], toFit width: Int) -> [Int] {
    var widths = widths
    let budget = width - 2 * (widths.count - 1)
    var total = widths.reduce(0, +)
    let textColumns = widths.indices.filter { !isNumber[$0] }
    for (candidates, floor) in [(textColumns, 3), (Array(widths.indices), 1)] {
      // Ties go to the rightmost column, so the keys on the left keep their text longest.
      while total > budget,
        let largest = candidates.map({ widths[$0] }).max(), largest > floor,
        let widest = candidates.last(where: { widths[$0] == largest })
      {
        widths[widest] -= 1
        total -= 1
      }
    }
    return widths
  }
}

/// Some of a table's columns and the width each gets in one block of text output.
private struct TextPanel {
  /// Indexes into the table's columns, in table order.
  var columns: [Int]
  /// The width of each of those columns, in terminal columns.
  var widths: [Int]

  /// The rule under the header and before marked rows.
  var rule: String {
    widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
  }

  /// One line of header titles, each fitted to its column.
  func line(_ titles: [String], alignments: [Alignment], cuts: inout TextCuts) -> String {
    var texts: [String] = []
    for (column, width) in zip(columns, widths) {
      texts.append(fitted(titles[column], width: width, isNumber: false, cuts: &cuts))
    }
    return joined(texts, alignments: alignments)
  }

  /// One line of cells, already sanitized, each fitted to its column.
  func line(_ cells: [Table.Cell], alignments: [Alignment], cuts: inout TextCuts) -> String {
    var texts: [String] = []
    for (column, width) in zip(columns, widths) {
      let cell = cells[column]
      texts.append(fitted(cell.display, width: width, isNumber: cell.value.isNumber, cuts: &cuts))
    }
    return joined(texts, alignments: alignments)
  }

  private func joined(_ texts: [String], alignments: [Alignment]) -> String {
    texts.indices
      .map { texts[$0].padded(toWidth: widths[$0], alignment: alignments[columns[$0]]) }
      .joined(separator: "  ")
      .trimmingTrailingSpaces
  }

  private func fitted(_ text: String, width: Int, isNumber: Bool, cuts: inout TextCuts)
    -> String
  {
    guard displayWidth(text) > width else { return text }
    if isNumber {
      cuts.numbers = true
      return String(repeating: "#", count: width)
    }
    cuts.text = true
    return text.truncated(toWidth: width)
  }
}

/// What had to give way for a table to fit its width.
private struct TextCuts {
  /// Whether some text was cut and ends in `~`.
  var text = false
  /// Whether some number was replaced by `#` marks.
  var numbers = false
}

extension Table.Value {
  /// Whether the value is a number, which is never cut: it would read as another number.
  var isNumber: Bool {
    switch self {
    case .integer, .number: return true
    case .text, .bool, .null: return false
    }
  }
}

extension TextStyle {
  /// `line` in bold when colour is on; an empty line stays empty.
  func bold(_ line: String) -> String {
    guard color, !line.isEmpty else { return line }
    return "\u{1B}[1m" + line + "\u{1B}[0m"
  }
}
