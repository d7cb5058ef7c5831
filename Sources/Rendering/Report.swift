import Bilingual

/// What a command shows, as a value: a title, declared columns, rows and notes, every word
/// in both languages, rendered for an output's settings (format, language, width, columns,
/// layout) without the command knowing which.
///
/// Columns are declared once, each with its header in both languages, its stable machine
/// name, its unit, whether it is essential on a narrow screen, who reads it, and the
/// function that makes its cell from a row:
///
/// ```swift
/// struct Town { var name: String; var population: Double }
/// let columns: [ReportColumn<Town>] = [
///   .init(LocalizedText(ja: "市町村", en: "Municipality"), field: "municipality",
///         alignment: .left, isKey: true) { .text($0.name) },
///   .init(LocalizedText(ja: "人口", en: "Population"), field: "population",
///         isEssential: true) { .number($0.population, decimals: 0) },
/// ]
/// let report = Report(title: LocalizedText("2040"), rows: towns, columns: columns)
/// report.rendered(OutputSettings(format: .table, language: .ja, width: 80))
/// ```
///
/// Adding a column is adding one declaration.
public struct Report: Sendable, Equatable {
  /// Who reads a column: tables for people show some columns machines do not need (a
  /// municipality's two names in one cell) and the other way round (each name alone).
  public enum Audience: Sendable, Equatable {
    case everyone
    /// Table and Markdown output only.
    case people
    /// CSV and JSON output only.
    case programs
  }

  /// One column: its header, its machine name, its unit and how it is shown.
  public struct Column: Sendable, Equatable {
    /// The header shown in table and Markdown output.
    public var header: LocalizedText
    /// The stable machine name: the CSV header and the JSON key.
    public var field: String
    /// What the numbers count (`persons`, `FTE`, `%`), for `show columns` and exports.
    public var unit: LocalizedText?
    /// Which side of the column the cells sit on; numbers go right, text left.
    public var alignment: Alignment
    /// Whether the column names the row, as the municipality does: always shown.
    public var isKey: Bool
    /// Whether the column is shown first on a narrow screen.
    public var isEssential: Bool
    public var audience: Audience

    public init(
      _ header: LocalizedText, field: String, unit: LocalizedText? = nil,
      alignment: Alignment = .right, isKey: Bool = false, isEssential: Bool = false,
      audience: Audience = .everyone
    ) {
      self.header = header
      self.field = field
      self.unit = unit
      self.alignment = alignment
      self.isKey = isKey
      self.isEssential = isEssential
      self.audience = audience
    }

    /// Whether the column is part of output in `format`.
    public func isShown(in format: OutputFormat) -> Bool {
      switch (audience, format.isForPrograms) {
      case (.everyone, _), (.people, false), (.programs, true): true
      default: false
      }
    }
  }

  /// One cell: what a person reads (in either language) and what a program reads.
  public struct Cell: Sendable, Equatable {
    /// What table and Markdown output show.
    public var display: LocalizedText
    /// What CSV and JSON output carry, at full precision.
    public var value: Table.Value
    /// A one-character mark after the shown value (`*` an assumption, `^` a note), never
    /// part of the value.
    public var mark: Character?

    public init(display: LocalizedText, value: Table.Value, mark: Character? = nil) {
      self.display = display
      self.value = value
      self.mark = mark
    }

    /// Text the same in both languages (a name, an identifier).
    public static func text(_ text: String) -> Cell {
      Cell(display: LocalizedText(text), value: .text(text))
    }

    /// Words: shown in the output's language, carried as `value` (a stable code, such as
    /// `digital`) or, by default, as the English text.
    public static func words(_ words: LocalizedText, value: String? = nil) -> Cell {
      Cell(display: words, value: .text(value ?? words.en))
    }

    public static func integer(_ n: Int) -> Cell {
      Cell(display: LocalizedText(NumberFormat.grouped(n)), value: .integer(n))
    }

    /// A number shown grouped and rounded to `decimals` places, carried in full.
    public static func number(_ x: Double, decimals: Int) -> Cell {
      Cell(display: LocalizedText(NumberFormat.grouped(x, decimals: decimals)), value: .number(x))
    }

    /// A share shown as a percentage (`28.9%`), carried as the share (`0.2892`).
    public static func percent(_ share: Double, decimals: Int) -> Cell {
      Cell(
        display: LocalizedText(NumberFormat.percent(share, decimals: decimals)),
        value: .number(share))
    }

    /// A year, shown and carried as a whole number without separators (`2040`).
    public static func year(_ year: Int) -> Cell {
      Cell(display: LocalizedText(String(year)), value: .integer(year))
    }

    public static func bool(_ flag: Bool, display: LocalizedText) -> Cell {
      Cell(display: display, value: .bool(flag))
    }

    /// A blank cell, carried as null.
    public static var empty: Cell { Cell(display: LocalizedText(""), value: .null) }

    /// The cell with `mark` after its shown value.
    public func marked(_ mark: Character?) -> Cell {
      var cell = self
      cell.mark = mark
      return cell
    }
  }

  public var title: LocalizedText?
  public var columns: [Column]
  /// The rows, a cell per column.
  public var rows: [[Cell]]
  /// Indexes of rows with a rule before them in table output, such as a total.
  public var rules: Set<Int>
  /// Lines below the table in table and Markdown output: marks explained, assumptions.
  public var notes: [LocalizedText]

  public init(
    title: LocalizedText? = nil, columns: [Column], rows: [[Cell]] = [], rules: Set<Int> = [],
    notes: [LocalizedText] = []
  ) {
    self.title = title
    self.columns = columns
    self.rows = rows
    self.rules = rules
    self.notes = notes
  }

  /// A report of `rows`, each column's cells made by its declaration.
  public init<Row>(
    title: LocalizedText? = nil, rows: [Row], columns: [ReportColumn<Row>], rules: Set<Int> = [],
    notes: [LocalizedText] = []
  ) {
    self.init(
      title: title, columns: columns.map(\.column),
      rows: rows.map { row in columns.map { $0.cell(row) } }, rules: rules, notes: notes)
  }
}

/// A column declared once: what it is, and how its cell is made from a row.
public struct ReportColumn<Row>: Sendable {
  public var column: Report.Column
  public var cell: @Sendable (Row) -> Report.Cell

  public init(
    _ header: LocalizedText, field: String, unit: LocalizedText? = nil,
    alignment: Alignment = .right, isKey: Bool = false, isEssential: Bool = false,
    audience: Report.Audience = .everyone, cell: @escaping @Sendable (Row) -> Report.Cell
  ) {
    column = Report.Column(
      header, field: field, unit: unit, alignment: alignment, isKey: isKey,
      isEssential: isEssential, audience: audience)
    self.cell = cell
  }
}

extension OutputFormat {
  /// CSV and JSON: data for programs, at full precision, with no title and no notes.
  public var isForPrograms: Bool { self == .csv || self == .json }
}
