import Bilingual
import Rendering

/// A chart as `chart` or `bars` drew it, kept for `export FILE.svg`.
public enum Picture: Sendable, Equatable {
  case lines(LineChart.Localized)
  case bars(BarChart.Localized)

  /// The chart as a standalone SVG file in `language`.
  public func svg(language: Language) -> String {
    switch self {
    case .lines(let chart): chart.svg(language: language)
    case .bars(let chart): chart.svg(language: language)
    }
  }

  /// The chart as a block of a page.
  var block: HTMLPage.Block {
    switch self {
    case .lines(let chart): .lineChart(chart)
    case .bars(let chart): .barChart(chart)
    }
  }
}
