/// The formats a ``Table`` renders to: aligned text for a terminal, CSV, JSON, Markdown.
public enum OutputFormat: String, CaseIterable, Sendable {
  /// Columns aligned by display width, for a terminal; wraps to a width when given one.
  case table
  /// RFC 4180 comma-separated values with `field` names as the header, for spreadsheets.
  case csv
  /// An array of objects keyed by `field`, for scripts.
  case json
  /// A GitHub-flavoured Markdown table, for notes and issues.
  case md
}

/// Which side of its column a cell's text sits on.
public enum Alignment: Sendable {
  case left
  case right
}

/// How text output may be decorated.
///
/// Only ``OutputFormat/table`` is ever styled; CSV, JSON and Markdown are for files and
/// pipes. The caller decides: it knows whether stdout is a terminal and whether
/// `NO_COLOR` is set; this module never looks.
public struct TextStyle: Sendable, Equatable {
  /// Whether to bold the title and the header with ANSI SGR escapes.
  public var color: Bool

  /// Creates a style.
  public init(color: Bool) {
    self.color = color
  }

  /// No escapes at all: for pipes, files, transcripts and `NO_COLOR`.
  public static let plain = TextStyle(color: false)

  /// Bold title and header, for an interactive terminal.
  public static let color = TextStyle(color: true)
}

/// A table of results, rendered as aligned text, CSV, JSON or Markdown.
///
/// Each cell carries two things: the text a person reads (`display`, grouped and
/// rounded) and the value a program reads (`value`, full precision). Text and Markdown
/// show the first, CSV and JSON carry the second, so `28.9%` on screen is `0.2892` in
/// the CSV.
///
/// ```swift
/// let table = Table(
///   title: "人口 2020",
///   columns: [
///     .init("市町村", field: "municipality", alignment: .left, isKey: true),
///     .init("人口", field: "population"),
///   ],
///   rows: [
///     [.text("会津若松市"), .integer(118_322)],
///     [.text("昭和村"), .integer(1_244)],
///   ]
/// )
/// print(table.rendered(as: .table), terminator: "")
/// // 人口 2020
/// // 市町村         人口
/// // ----------  -------
/// // 会津若松市  118,322
/// // 昭和村        1,244
/// ```
///
/// A row with fewer cells than there are columns is padded with ``Cell/empty``; cells
/// beyond the last column are ignored.
public struct Table: Sendable, Equatable {
  /// One column: its header, its machine name and how it lines up.
  public struct Column: Sendable, Equatable {
    /// The header shown in table and Markdown output, already localized by the caller.
    public var title: String
    /// The stable machine name: the CSV header and the JSON key.
    public var field: String
    /// Which side of the column the cells sit on; numbers go right, text left.
    public var alignment: Alignment
    /// Whether the column identifies a row, such as the municipality.
    public var isKey: Bool

    /// Creates a column, right-aligned and not a key unless told otherwise.
    public init(
      _ title: String, field: String, alignment: Alignment = .right, isKey: Bool = false
    ) {
      self.title = title
      self.field = field
      self.alignment = alignment
      self.isKey = isKey
    }
  }

  /// The machine-readable content of a cell, written to CSV and JSON at full precision.
  public enum Value: Sendable, Equatable {
    case text(String)
    case integer(Int)
    case number(Double)
    case bool(Bool)
    case null
  }

  /// One cell: what a person reads and what a program reads.
  public struct Cell: Sendable, Equatable {
    /// What table and Markdown output show.
    public var display: String
    /// What CSV and JSON output carry, at full precision.
    public var value: Value

    /// Creates a cell whose display and value the caller chose separately.
    public init(display: String, value: Value) {
      self.display = display
      self.value = value
    }

    /// A text cell shown and carried as `s`.
    public static func text(_ s: String) -> Cell {
      Cell(display: s, value: .text(s))
    }

    /// An integer cell shown with thousands separators: `1234` shows as `1,234`.
    public static func integer(_ n: Int) -> Cell {
      Cell(display: NumberFormat.grouped(n), value: .integer(n))
    }

    /// A number cell shown grouped and rounded to `decimals` places, carried in full.
    public static func number(_ x: Double, decimals: Int) -> Cell {
      Cell(display: NumberFormat.grouped(x, decimals: decimals), value: .number(x))
    }

    /// A share shown as a percentage: `0.2892` with 1 decimal shows as `28.9%` and is
    /// carried as `0.2892`.
    public static func percent(_ share: Double, decimals: Int) -> Cell {
      Cell(display: NumberFormat.percent(share, decimals: decimals), value: .number(share))
    }

    /// A blank cell, carried as null (an empty CSV field, JSON `null`).
    public static var empty: Cell {
      Cell(display: "", value: .null)
    }
  }

  /// A line printed above the table in table and Markdown output only.
  public var title: String?
  /// The columns, in display order.
  public var columns: [Column]
  /// The rows, each a cell per column.
  public var rows: [[Cell]]
  /// Indexes of rows preceded by a horizontal rule in table output, such as the total;
  /// indexes with no row are ignored.
  public var ruleBeforeRows: Set<Int>
  /// Lines printed below the table in table and Markdown output, such as assumptions.
  public var notes: [String]
  /// What the text output says when it had to cut cells to fit a width.
  public var fitNotes = FitNotes()

  /// The notes text output adds when cells had to be cut to fit a width, in the caller's
  /// language.
  public struct FitNotes: Sendable, Equatable {
    public var textCut: @Sendable (_ width: Int) -> String
    public var numbersCut: @Sendable (_ width: Int) -> String

    public init(
      textCut: @escaping @Sendable (Int) -> String = {
        "(text ending in ~ was cut to fit \($0) columns)"
      },
      numbersCut: @escaping @Sendable (Int) -> String = {
        "(numbers too wide for \($0) columns are shown as #)"
      }
    ) {
      self.textCut = textCut
      self.numbersCut = numbersCut
    }

    /// Notes are words, not data: two tables are equal whatever their notes' wording.
    public static func == (lhs: FitNotes, rhs: FitNotes) -> Bool { true }
  }

  /// Creates a table.
  public init(
    title: String? = nil,
    columns: [Column],
    rows: [[Cell]] = [],
    ruleBeforeRows: Set<Int> = [],
    notes: [String] = []
  ) {
    self.title = title
    self.columns = columns
    self.rows = rows
    self.ruleBeforeRows = ruleBeforeRows
    self.notes = notes
  }

  /// The table as text in `format`, every line ending in `"\n"`.
  ///
  /// - Parameters:
  ///   - format: The output format.
  ///   - width: For ``OutputFormat/table`` only: the terminal width. A wider table has
  ///     its widest cells cut to fit. `nil` never cuts: use it for scripts and files,
  ///     whose output must not depend on a terminal. The other formats ignore the width.
  ///   - style: For ``OutputFormat/table`` only: whether to bold the title and header.
  /// - Returns: The rendered text; empty only for CSV of a table without columns.
  public func rendered(
    as format: OutputFormat, width: Int? = nil, style: TextStyle = .plain
  ) -> String {
    switch format {
    case .table: return renderedText(width: width, style: style)
    case .csv: return renderedCSV()
    case .json: return renderedJSON()
    case .md: return renderedMarkdown()
    }
  }

  /// The cell at `column` of `row`, or ``Cell/empty`` when the row is short.
  func cell(_ row: [Cell], _ column: Int) -> Cell {
    column < row.count ? row[column] : .empty
  }
}
