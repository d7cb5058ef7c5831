import Bilingual
import Rendering
import Simulation
import Words

/// The model's outputs as users name them (`population`, `人口`), and their values as cells:
/// for `chart`, `sweep`, `sensitivity`, `montecarlo`, `solve` and every command that names
/// an output.
extension Metric {
  /// The metric's words: its names and its title.
  func words(baseYear: Int) -> Words.Chart.Metric {
    switch self {
    case .population: Words.Chart.population
    case .elderly: Words.Chart.elderly
    case .elderly_share: Words.Chart.elderlyShare
    case .staff_supply: Words.Chart.staffSupply
    case .staff_demand: Words.Chart.staffDemand
    case .shortfall: Words.Chart.shortfall
    case .staff_per_1000: Words.Chart.staffPer1000
    case .facetime: Words.Chart.facetime
    case .facetime_per_elderly: Words.Chart.facetimePerElderly
    case .facetime_index: Words.Chart.facetimeIndex(baseYear: baseYear)
    }
  }

  /// The names a user may type: `population` and `人口`.
  var name: LocalizedText { words(baseYear: 0).name }

  /// Every name a user may type, English first, for completion and suggestions.
  static let names = allCases.map(\.name.en) + allCases.map(\.name.ja)

  /// The metric named `text`, in English or Japanese.
  init?(named text: String) {
    guard let found = Self.allCases.first(where: { $0.name.en == text || $0.name.ja == text })
    else { return nil }
    self = found
  }

  /// A value as a bar shows it: a share as a percentage, a count grouped.
  func cell(_ value: Double) -> Report.Cell {
    isShare ? .percent(value, decimals: decimals) : .number(value, decimals: decimals)
  }

  // `decimals`, the places a value is shown with (of the percentage, for a share), is in
  // Commands/Pictures.swift beside the charts that use it too.

  /// A change of a value, signed: `+12.3`, `-0.4`; a share's in percentage points.
  func change(_ value: Double) -> String {
    NumberFormat.signed(isShare ? value * 100 : value, decimals: decimals)
  }
}
