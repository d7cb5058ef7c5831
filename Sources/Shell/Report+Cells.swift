import Bilingual
import Rendering
import Simulation

extension Report.Cell {
  /// A year as its label, `2025 (R7)`, carried as the year.
  static func yearLabel(_ year: Int) -> Report.Cell {
    Report.Cell(display: LocalizedText(Year.label(year)), value: .integer(year))
  }

  /// A cost in yen, or `-` when it is not stated (carried as null, never as 0).
  static func yen(_ cost: Double?) -> Report.Cell {
    cost.map { .number($0, decimals: 0) } ?? .notStated
  }

  /// `-`: a value not stated, or a year that never comes; carried as null.
  static var notStated: Report.Cell { Report.Cell(display: LocalizedText("-"), value: .null) }
}
