/// Who pays for a measure.
public enum Payer: Sendable, Hashable {
  /// A municipality, by its kanji name.
  case municipality(String)
  /// The prefecture's regional office (会津地方振興局).
  case regionalOffice
}

/// What one payer pays for one measure in one year, in yen.
public struct MeasureCost: Sendable, Equatable {
  public var measureID: String
  public var payer: Payer
  public var year: Int
  /// The payer's part of the initial cost (only in the start year).
  public var initial: Double
  /// The payer's part of the yearly cost.
  public var yearly: Double

  public init(measureID: String, payer: Payer, year: Int, initial: Double, yearly: Double) {
    self.measureID = measureID
    self.payer = payer
    self.year = year
    self.initial = initial
    self.yearly = yearly
  }

  public var total: Double { initial + yearly }
}

extension Ledger {
  /// Each measure's costs, by payer and year (docs/model.md, "Costs"): the initial
  /// cost in the start year, the yearly cost in every year the measure runs. Each
  /// adopter of an `all` or listed measure pays the whole of both; a shared measure's
  /// costs are paid once and split by the members' populations that year:
  ///
  ///     cost_m(t) = cost(t) · P_m(t) / Σ_{k in group} P_k(t)
  static func costs(of measures: [Measure], projection: Projection) -> [MeasureCost] {
    var costs: [MeasureCost] = []
    let scenario = projection.scenario
    for measure in measures where measure.initialCost != nil || measure.yearlyCost != nil {
      let members = measure.adopters.municipalities(in: scenario)
      for year in projection.years where measure.isActive(in: year) {
        let initial = year == measure.start ? measure.initialCost ?? 0 : 0
        let yearly = measure.yearlyCost ?? 0
        func cost(_ payer: Payer, _ part: Double) -> MeasureCost {
          MeasureCost(
            measureID: measure.id, payer: payer, year: year, initial: initial * part,
            yearly: yearly * part)
        }
        switch measure.adopters {
        case .regionalOffice:
          costs.append(cost(.regionalOffice, 1))
        case .all, .listed:
          costs += members.map { cost(.municipality($0), 1) }
        case .shared:
          let populations = members.map { projection.state(of: $0, in: year)?.population ?? 0 }
          let total = populations.reduce(0, +)
          guard total > 0 else { continue }
          costs += zip(members, populations).map { cost(.municipality($0), $1 / total) }
        }
      }
    }
    return costs
  }
}
