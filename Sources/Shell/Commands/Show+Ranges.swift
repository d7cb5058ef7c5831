import Bilingual
import Rendering
import ScenarioFile
import Simulation
import Words

/// The ranges `montecarlo` draws from, in `show assumptions`: a column with each
/// assumption's range as the scenario file writes it, one with its source, and its reason
/// below the table.
extension ScenarioReport {
  static let rangeColumns: [ReportColumn<Assumption>] = [
    .init(Words.Exploration.rangeHeader, field: "range", alignment: .left) {
      .text(rangeText($0))
    },
    .init(Words.Exploration.rangeSourceHeader, field: "range_source", alignment: .left) {
      guard let range = $0.ranges.first else { return .text("") }
      return range.source.map(Report.Cell.text)
        ?? .words(Words.Exploration.assumedRange, value: "assumption")
    },
    .init(LocalizedText("range_note"), field: "range_note", alignment: .left, audience: .programs) {
      .words($0.ranges.first?.note ?? LocalizedText(""))
    },
  ]

  /// `[0.032, 0.04]`, or by key for an assumption with parts: `2040 = [0.5, 1]`.
  static func rangeText(_ assumption: Assumption) -> String {
    assumption.ranges.map { range in
      let pair = "[\(NumberFormat.plain(range.low)), \(NumberFormat.plain(range.high))]"
      let key = range.path.dropFirst(assumption.name.count)
      return key.hasPrefix(".") ? "\(key.dropFirst()) = \(pair)" : pair
    }.joined(separator: ", ")
  }

  /// Each range's reason, once per assumption.
  static func rangeNotes(_ scenario: Scenario) -> [LocalizedText] {
    scenario.assumptions.compactMap { assumption in
      guard let note = assumption.ranges.first?.note, !note.isEmpty else { return nil }
      return Words.Exploration.rangeNote(assumption.name, note)
    }
  }
}
