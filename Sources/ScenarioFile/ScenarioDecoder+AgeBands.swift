import Bilingual
import Simulation
import Words

extension ScenarioDecoder {
  /// The keys of `[municipalities."NAME".age_bands]`: the source's code for the
  /// municipality and four tables of years, one per band.
  static let ageBandKeys = ["code", "population", "age_0_14", "age_15_64", "age_65_plus"]

  /// A municipality's residents by broad age band (docs/scenario-format.md, "age_bands").
  ///
  /// Each band is a table of years (1900 to 2100: a projection's base year may precede
  /// the scenario's) of counts in `Limits.population`. The four tables give the same
  /// years, every year has residents, and the three bands add up to the population:
  /// otherwise the error names the place, the latest layer's value where several are
  /// involved.
  mutating func decodeAgeBands(_ node: Node, _ path: String) -> AgeBands? {
    guard let table = context.table(node, path, known: Self.ageBandKeys) else { return nil }
    let errorsBefore = context.diagnostics.filter(\.isError).count
    let code = table["code"].flatMap {
      nonEmptyText($0, join(path, "code"), Message.ageBandCode)
    }
    var bands: [String: [Int: YearValue]] = [:]
    for key in Self.ageBandKeys.dropFirst() {
      guard let band = table[key] else {
        context.error(
          node.origin, path, Message.missing(key), suggestion: Message.ageBandsNeedAll)
        continue
      }
      bands[key] = context.yearTable(
        band, join(path, key), in: Limits.population, what: Message.Quantity.population,
        allowPast: true)
    }
    guard context.diagnostics.filter(\.isError).count == errorsBefore else { return nil }
    let population = bands["population"] ?? [:]
    let parts = ["age_0_14", "age_15_64", "age_65_plus"].map { bands[$0] ?? [:] }
    // Every band at the same years: a year one gives and another lacks is reported at
    // the value that is written.
    for (key, band) in zip(["age_0_14", "age_15_64", "age_65_plus"], parts) {
      for (year, entry) in band.sorted(by: { $0.key < $1.key }) where population[year] == nil {
        context.error(
          entry.origin, entry.path, Message.bandLacksYear("population", year),
          suggestion: Message.sameYearsInEveryBand)
      }
      for (year, entry) in population.sorted(by: { $0.key < $1.key }) where band[year] == nil {
        context.error(
          entry.origin, entry.path, Message.bandLacksYear(key, year),
          suggestion: Message.sameYearsInEveryBand)
      }
    }
    guard context.diagnostics.filter(\.isError).count == errorsBefore else { return nil }
    for (year, total) in population.sorted(by: { $0.key < $1.key }) {
      let values = [total] + parts.compactMap { $0[year] }
      let latest = values.max { context.layerRank($0.origin) < context.layerRank($1.origin) }
      let origin = latest?.origin ?? total.origin
      if total.value <= 0 {
        context.error(origin, total.path, Message.noResidents(year))
        continue
      }
      let sum = parts.reduce(0) { $0 + ($1[year]?.value ?? 0) }
      // Counts of persons add up exactly; half a person allows for decimals written out.
      if abs(sum - total.value) > 0.5 {
        let shown = parts.map { Node.numberText($0[year]?.value ?? 0) }.joined(separator: " + ")
        context.error(
          origin, path,
          Message.bandsDoNotAddUp(
            year, parts: shown, sum: Node.numberText(sum),
            population: Node.numberText(total.value)),
          suggestion: Message.checkAgainstSource)
      }
    }
    guard context.diagnostics.filter(\.isError).count == errorsBefore else { return nil }
    func series(_ key: String) -> YearSeries {
      YearSeries((bands[key] ?? [:]).mapValues(\.value))
    }
    return AgeBands(
      code: code, population: series("population"), children: series("age_0_14"),
      workingAge: series("age_15_64"), elderly: series("age_65_plus"))
  }
}
