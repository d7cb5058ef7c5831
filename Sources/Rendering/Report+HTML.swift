import Bilingual

extension Report {
  /// The report as an XHTML `<table>` in `language`, every column people read (no fitting:
  /// a page wraps), marks after the values as in text, a rule before totals, the title as
  /// its caption, and the notes in paragraphs after it.
  public func html(language: Language) -> String {
    let settings = OutputSettings(format: .md, language: language, columns: .all)
    let shown = columns.indices.filter { columns[$0].isShown(in: .md) }
    let table = self.table(shown, settings)
    var html = "<table>"
    if let title = table.title, !title.isEmpty {
      html += "<caption>\(Markup.escaped(title))</caption>"
    }
    html += "<thead><tr>"
    for column in table.columns {
      html +=
        "<th class=\"\(column.alignment == .right ? "num" : "text")\">"
        + Markup.escaped(column.title) + "</th>"
    }
    html += "</tr></thead><tbody>"
    for (index, row) in table.rows.enumerated() {
      html += table.ruleBeforeRows.contains(index) ? "<tr class=\"total\">" : "<tr>"
      for (number, column) in table.columns.enumerated() {
        html +=
          "<td class=\"\(column.alignment == .right ? "num" : "text")\">"
          + Markup.escaped(table.cell(row, number).display.trimmingTrailingSpaces) + "</td>"
      }
      html += "</tr>"
    }
    html += "</tbody></table>"
    for note in table.notes where !note.isEmpty {
      html += "<p class=\"note\">\(Markup.escaped(note))</p>"
    }
    return html
  }
}
