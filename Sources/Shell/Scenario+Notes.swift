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
}
