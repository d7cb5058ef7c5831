extension Table {
  /// The table as a GitHub-flavoured Markdown table.
  ///
  /// The title comes first as a line of bold text, the notes last, one paragraph each.
  /// Cells are padded by display width so the source lines up in a text editor too.
  /// The delimiter row marks each column `:---` or `---:`. A `|` inside a cell is
  /// escaped as `\|`, and control characters become spaces; other Markdown is left
  /// as written, so a caller may emphasise a cell on purpose. Rules before rows have
  /// no Markdown form and are left out, and so is wrapping: a Markdown table is for
  /// pasting, and the renderer wraps it to the reader's window.
  func renderedMarkdown() -> String {
    var lines: [String] = []
    if let title, !title.isEmpty {
      lines += title.lines(wrappedTo: nil).map { "**" + markdownEscaped($0) + "**" }
      lines.append("")
    }
    if !columns.isEmpty {
      let headers = columns.map { markdownCell($0.title) }
      let body = rows.map { row in columns.indices.map { markdownCell(cell(row, $0).display) } }
      // At least four columns, for a delimiter of `:---` or `---:`.
      let widths = columns.indices.map { column in
        body.reduce(max(4, displayWidth(headers[column]))) {
          max($0, displayWidth($1[column]))
        }
      }
      func line(_ texts: [String]) -> String {
        let padded = texts.indices.map {
          texts[$0].padded(toWidth: widths[$0], alignment: columns[$0].alignment)
        }
        return "| " + padded.joined(separator: " | ") + " |"
      }
      lines.append(line(headers))
      lines.append(
        line(
          columns.indices.map {
            switch columns[$0].alignment {
            case .left: ":" + String(repeating: "-", count: widths[$0] - 1)
            case .right: String(repeating: "-", count: widths[$0] - 1) + ":"
            }
          }))
      lines += body.map(line)
    }
    for note in notes {
      lines.append("")
      lines += note.lines(wrappedTo: nil)
    }
    return lines.map { $0 + "\n" }.joined()
  }

  private func markdownCell(_ text: String) -> String {
    var escaped = ""
    for character in text.sanitized.trimmingTrailingSpaces {
      if character == "|" { escaped += "\\" }
      escaped.append(character)
    }
    return escaped
  }

  /// `text` with the characters that would start or end emphasis escaped, for the
  /// bold title line.
  private func markdownEscaped(_ text: String) -> String {
    var escaped = ""
    for character in text {
      if "\\*_`".contains(character) { escaped += "\\" }
      escaped.append(character)
    }
    return escaped
  }
}
