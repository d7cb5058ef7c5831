import Bilingual
import Simulation
import Words

extension Scenario {
  /// The assumption behind `*` on a 65+ figure, with this scenario's own values: the year
  /// the national rise is added from (the last year of the municipal projections when they
  /// are used, else the base year), the rise of the national share from it to `lastYear`, and
  /// the source it cites (docs/model.md, "Residents aged 65+").
  func elderlyAssumptionNote(through lastYear: Int) -> LocalizedText {
    let from =
      model.elderlyRise == .municipal
      ? min(lastYear, municipalities.compactMap { $0.ageBands?.years.last }.max() ?? baseYear)
      : baseYear
    let national = model.nationalElderlyShare
    let rise = national.linear(at: lastYear) - national.linear(at: from)
    let source = assumptions.first { $0.name == "elderly_share_rise" }?.source
    return Words.Projection.assumedElderly(
      fromYear: from, lastYear: lastYear, rise: rise, source: source)
  }

  /// A note from the data on a population anchor the figure of `year` depends on
  /// (Bandai's 2040 is the town's hoped-for value, so every year after 2020 leans on it).
  func populationNote(_ municipality: Municipality, year: Int) -> LocalizedText? {
    guard year > baseYear else { return nil }
    for anchor in municipality.population.years where anchor > baseYear {
      if let note = municipality.notes["population.\(anchor)"] {
        return Words.Projection.populationNote(
          municipality: "\(municipality.name) \(municipality.romaji)", year: anchor,
          note: note)
      }
    }
    return nil
  }
}
