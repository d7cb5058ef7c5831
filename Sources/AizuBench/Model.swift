// The model benchmarks: the projection, the whole model, and the scaling curve.

import Simulation

/// Everything the shell computes for a scenario at its horizon: the projection, the hours
/// ledger with every measure, and the 18 guidelines weighed for the region and for every
/// municipality, with their verdicts (issue 14, "the whole Aizu scenario").
/// Returns a sum of the results, so that none of the work can be optimized away.
func wholeModel(_ scenario: Scenario) -> Double {
  let projection = Projection(scenario, through: scenario.horizon)
  let ledger = Ledger(projection)
  return ledger.region(in: scenario.horizon).facetimeHours
    + comparisonsOnly(projection, year: scenario.horizon)
}

/// The 18 guidelines weighed for every municipality and the region in `year`, with their
/// verdicts, on a projection already made: the part of the whole model that is
/// `Comparisons`. Returns the sum of the winners' costs.
func comparisonsOnly(_ projection: Projection, year: Int) -> Double {
  guard let comparisons = Comparisons(projection, year: year) else { return 0 }
  var sum = 0.0
  let areas = comparisons.areas.indices
  for guideline in comparisons.guidelines.indices {
    for area in areas {
      sum += comparisons.winner(guideline: guideline, area: area)?.costToHorizon ?? 0
    }
  }
  return sum
}

/// The projection alone, base year to horizon.
func projectionOnly(_ scenario: Scenario) -> Double {
  let projection = Projection(scenario, through: scenario.horizon)
  return projection.region(in: scenario.horizon).staffSupply
}

/// A synthetic region of `count` municipalities: the scenario's own, repeated under new names,
/// so that the measures and guidelines apply to each copy as to the original.
func syntheticRegion(_ scenario: Scenario, municipalities count: Int) -> Scenario {
  var region = scenario
  let base = scenario.municipalities
  region.municipalities = (0..<count).map { index in
    var municipality = base[index % base.count]
    let copy = index / base.count
    if copy > 0 {
      municipality.name += "・\(copy)"
      municipality.romaji += "-\(copy)"
    }
    return municipality
  }
  region.horizon = Scenario.lastYear
  return region
}

/// The projection to 2100 and the hours ledger of a synthetic region.
func projectedWithLedger(_ scenario: Scenario) -> Double {
  let ledger = Ledger(Projection(scenario, through: Scenario.lastYear))
  return ledger.region(in: Scenario.lastYear).facetimeHours
}
