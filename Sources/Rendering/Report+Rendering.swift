import Bilingual

/// How a report is to be shown: the format, the language, the width of the screen, which
/// columns and which layout, and the words the renderer itself adds.
public struct OutputSettings: Sendable {
  /// Which columns a table shows.
  public enum Columns: Sendable, Equatable {
    /// Every column when they fit; on a narrow screen the key and essential columns first,
    /// then as many others as fit, and a note naming the rest.
    case fitted
    /// Every column, whatever the width.
    case all
    /// These fields (and the key columns), in the report's order.
    case only([String])
  }

  /// How rows are laid out in text output.
  public enum Layout: String, Sendable, CaseIterable {
    /// A table, or records when even the key and essential columns do not fit.
    case auto
    /// A row per line, always.
    case table
    /// One field per line, row after row, as psql's `\x` shows them.
    case vertical
  }

  /// The words the renderer adds, in the caller's catalog.
  public struct Phrases: Sendable {
    /// Columns left out to fit the screen, by field name, and how to see them.
    public var omittedColumns: @Sendable (_ fields: [String]) -> LocalizedText
    public var textCut: @Sendable (_ width: Int) -> LocalizedText
    public var numbersCut: @Sendable (_ width: Int) -> LocalizedText

    public init(
      omittedColumns: @escaping @Sendable ([String]) -> LocalizedText,
      textCut: @escaping @Sendable (Int) -> LocalizedText,
      numbersCut: @escaping @Sendable (Int) -> LocalizedText
    ) {
      self.omittedColumns = omittedColumns
      self.textCut = textCut
      self.numbersCut = numbersCut
    }

    /// Plain English, for callers without a catalog (tests, tools).
    public static let english = Phrases(
      omittedColumns: {
        LocalizedText("(not shown to fit the screen: \($0.joined(separator: ", ")))")
      },
      textCut: { LocalizedText("(text ending in ~ was cut to fit \($0) columns)") },
      numbersCut: { LocalizedText("(numbers too wide for \($0) columns are shown as #)") })
  }

  public var format: OutputFormat
  public var language: Language
  /// The screen's width for text output, or `nil` never to fit (scripts and files).
  public var width: Int?
  public var style: TextStyle
  public var columns: Columns
  public var layout: Layout
  public var phrases: Phrases

  public init(
    format: OutputFormat = .table, language: Language = .en, width: Int? = nil,
    style: TextStyle = .plain, columns: Columns = .fitted, layout: Layout = .auto,
    phrases: Phrases = .english
  ) {
    self.format = format
    self.language = language
    self.width = width
    self.style = style
    self.columns = columns
    self.layout = layout
    self.phrases = phrases
  }
}

extension Report {
  /// The report as text in the settings' format and language, every line ending in `"\n"`.
  ///
  /// CSV and JSON carry the columns for programs at full precision, with no title and no
  /// notes. Table output fits the width: when every column does not fit, the key and
  /// essential columns come first and others follow while they fit, with a note naming
  /// those left out; when even those do not fit, the rows are shown as records, one
  /// field per line (layout `auto`), or their cells are cut (layout `table`).
  public func rendered(_ settings: OutputSettings) -> String {
    let language = settings.language
    var shown = columns.indices.filter { isChosen($0, settings) }
    var table = self.table(shown, settings)
    guard settings.format == .table else {
      return table.rendered(as: settings.format)
    }
    guard let width = settings.width, width > 0 else {
      return settings.layout == .vertical
        ? records(shown, settings) : table.renderedText(width: nil, style: settings.style)
    }
    if settings.layout == .vertical { return records(shown, settings) }
    if table.naturalWidth() <= width {
      return table.renderedText(width: width, style: settings.style)
    }
    if settings.columns == .fitted {
      let first = shown.filter { columns[$0].isKey || columns[$0].isEssential }
      var fitting = first
      for index in shown where !first.contains(index) {
        if self.table((fitting + [index]).sorted(), settings).naturalWidth() <= width {
          fitting.append(index)
        }
      }
      fitting.sort()
      let firstFits = self.table(first, settings).naturalWidth() <= width
      if firstFits || settings.layout == .table {
        let omitted = shown.filter { !fitting.contains($0) }.map { columns[$0].field }
        shown = firstFits ? fitting : first
        table = self.table(shown, settings)
        if !omitted.isEmpty {
          table.notes.insert(settings.phrases.omittedColumns(omitted).text(in: language), at: 0)
        }
        return table.renderedText(width: width, style: settings.style)
      }
    }
    return settings.layout == .table
      ? table.renderedText(width: width, style: settings.style) : records(shown, settings)
  }

  /// Whether the column at `index` is part of output with `settings`.
  private func isChosen(_ index: Int, _ settings: OutputSettings) -> Bool {
    let column = columns[index]
    guard column.isShown(in: settings.format) else { return false }
    if case .only(let fields) = settings.columns {
      return column.isKey || fields.contains(column.field)
    }
    return true
  }

  /// The report in one language, with the columns at `indexes`: marks after the shown
  /// values (and a space after unmarked ones, so digits line up), rules and notes for
  /// people only.
  func table(_ indexes: [Int], _ settings: OutputSettings) -> Table {
    let language = settings.language
    let forPeople = !settings.format.isForPrograms
    let marked = indexes.map { index in rows.contains { cell($0, index).mark != nil } }
    let grid = rows.map { row in
      zip(indexes, marked).map { index, hasMarks -> Table.Cell in
        let cell = cell(row, index)
        var display = cell.display.text(in: language)
        if forPeople, hasMarks { display += cell.mark.map(String.init) ?? " " }
        return Table.Cell(display: display, value: cell.value)
      }
    }
    var table = Table(
      title: title?.text(in: language),
      columns: indexes.map { index in
        let column = columns[index]
        return Table.Column(
          column.header.text(in: language), field: column.field, alignment: column.alignment,
          isKey: column.isKey)
      },
      rows: grid, ruleBeforeRows: forPeople ? rules : [],
      notes: notes.map { $0.text(in: language) })
    let phrases = settings.phrases
    table.fitNotes = Table.FitNotes(
      textCut: { phrases.textCut($0).text(in: language) },
      numbersCut: { phrases.numbersCut($0).text(in: language) })
    return table
  }

  /// The rows as records, one field per line: a line naming the row by its key columns,
  /// then each other column's header and value, values lined up by display width.
  func records(_ indexes: [Int], _ settings: OutputSettings) -> String {
    let table = self.table(indexes, settings)
    let keys = table.columns.indices.filter { table.columns[$0].isKey }
    let fields = table.columns.indices.filter { !table.columns[$0].isKey }
    let labelWidth = fields.map { displayWidth(table.columns[$0].title.sanitized) }.max() ?? 0
    // Numbers line up on their last digit; text starts where the numbers start.
    let numberWidth =
      table.rows.flatMap { row in
        fields.map { table.cell(row, $0) }.filter(\.value.isNumber).map {
          displayWidth($0.display.sanitized)
        }
      }.max() ?? 0
    var lines: [String] = []
    if let title = table.title, !title.isEmpty {
      lines += title.lines(wrappedTo: settings.width).map { settings.style.bold($0) }
    }
    for (number, row) in table.rows.enumerated() {
      let name = keys.map { table.cell(row, $0).display.sanitized }.joined(separator: "  ")
      lines.append(settings.style.bold("-[ \(name.isEmpty ? String(number + 1) : name) ]-"))
      for field in fields {
        let column = table.columns[field]
        let cell = table.cell(row, field)
        let value =
          cell.value.isNumber
          ? cell.display.sanitized.padded(toWidth: numberWidth, alignment: .right)
          : cell.display.sanitized
        // A long value wraps under itself, the label's column left clear.
        let label = column.title.sanitized.padded(toWidth: labelWidth, alignment: .left) + "  "
        let room = settings.width.map { max(10, $0 - labelWidth - 2) }
        let wrapped = value.trimmingTrailingSpaces.lines(wrappedTo: room)
        for (index, part) in wrapped.enumerated() {
          let prefix = index == 0 ? label : String(repeating: " ", count: labelWidth + 2)
          lines.append((prefix + part).trimmingTrailingSpaces)
        }
      }
    }
    lines += table.notes.flatMap { $0.lines(wrappedTo: settings.width) }
    return lines.map { $0 + "\n" }.joined()
  }

  private func cell(_ row: [Cell], _ column: Int) -> Cell {
    column < row.count ? row[column] : .empty
  }
}
