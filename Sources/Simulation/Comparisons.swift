/// Every guideline of a scenario weighed for each municipality and for the region in
/// one year, with the verdicts: what `compare all` shows, worked out at once.
///
/// The figures and verdicts are those of `Comparison` for each guideline and area,
/// to the last bit; but every option is weighed once per municipality and the
/// region's figures are the sums of the municipalities' (as docs/model.md,
/// "Guidelines and options", defines them), and the figures are kept as numbers,
/// without the options' texts. A `Comparison` is built only when asked for.
///
/// ```swift
/// let all = Comparisons(projection, year: 2040)!
/// let region = all.areas.count - 1                   // the municipalities, then the region
/// all.winner(guideline: 0, area: region)?.approach   // 指針1 in the region
/// all.comparison(guideline: 0, area: region).verdict.winner?.id
/// ```
public struct Comparisons: Sendable {
  /// The projection weighed, through the horizon at least.
  public let projection: Projection
  public let year: Int
  /// The options of all guidelines, each municipality's and the region's.
  private let weighing: Weighing
  /// Where each guideline's options start in a row of `weighing`, and the end.
  private let starts: [Int]
  /// Guideline by guideline, area by area.
  private let decisions: [Decision]
  /// The hybrids put together, where the decisions say: the municipalities', the region's.
  private let hybrids: [WeighedOption]
  private let areaHybrids: [WeighedOption]

  /// Weighs every guideline of `projection`'s scenario in each municipality and the
  /// region in `year`.
  ///
  /// Projects further when `projection` stops before the horizon or `year`. Returns
  /// `nil` when `Comparison` would: for a year before the base year or after 2100, or a
  /// scenario without municipalities.
  public init?(_ projection: Projection, year: Int) {
    let (horizon, baseYear) = (projection.scenario.horizon, projection.scenario.baseYear)
    let last = max(horizon, year)
    guard year >= projection.firstYear, last <= Scenario.lastYear else { return nil }
    let full =
      projection.lastYear >= last ? projection : Projection(projection.scenario, through: last)
    let guidelines = projection.scenario.guidelines
    var starts = [0]
    starts.reserveCapacity(guidelines.count + 1)
    for guideline in guidelines {
      starts.append(starts[starts.count - 1] + guideline.options.count)
    }
    var specs: [OptionSpec] = []
    specs.reserveCapacity(starts[guidelines.count])
    var most = 0
    for guideline in guidelines {
      for index in guideline.options.indices {
        specs.append(OptionSpec(guideline.options[index], index: index))
      }
      most = max(most, guideline.options.count)
    }
    guard
      let weighing = Weighing(
        paths: full.paths, specs: specs, year: year, baseYear: baseYear, horizon: horizon)
    else { return nil }
    let towns = weighing.municipalities
    var decisions = [Decision](repeating: Decision(), count: guidelines.count * (towns + 1))
    var hybrids: [WeighedOption] = []
    var areaHybrids: [WeighedOption] = []
    Decider.with(rule: projection.scenario.verdictRule, options: most) { decider in
      weighing.rows.withUnsafeBufferPointer { rows in
        for g in guidelines.indices {
          let first = starts[g]
          let n = starts[g + 1] - first
          let listsHybrid = specs[first..<first + n].contains { $0.approach == .hybrid }
          func options(_ area: Int) -> UnsafeBufferPointer<WeighedOption> {
            let row = area * specs.count + first
            return UnsafeBufferPointer(rebasing: rows[row..<row + n])
          }
          let townDecisions = g * (towns + 1)
          for m in 0..<towns {
            decider.decide(
              options(m), into: &decisions[townDecisions + m], hybrids: &hybrids,
              listsHybrid: listsHybrid, sameID: { guidelines[g].haveSameID($0, $1) },
              hybrid: { weighing.hybrid(first + $0, fallback: first + $1, in: m) })
          }
          // The region's hybrids from the municipalities' where they put the same together.
          let decision = decider.decide(
            options(towns), hybrids: &areaHybrids, listsHybrid: listsHybrid,
            sameID: { guidelines[g].haveSameID($0, $1) },
            hybrid: { digital, fallback in
              weighing.areaHybrid(first + digital, fallback: first + fallback) { m in
                let tried = decisions[townDecisions + m]
                guard tried.cheapest == digital else { return nil }
                return hybrids[tried.hybridStart..<tried.hybridStart + tried.hybridCount].first {
                  $0.fallbackIndex == fallback
                }
              }
            })
          decisions[townDecisions + towns] = decision
        }
      }
    }
    self.projection = full
    self.year = year
    self.weighing = weighing
    self.starts = starts
    self.decisions = decisions
    self.hybrids = hybrids
    self.areaHybrids = areaHybrids
  }

  /// The scenario's guidelines, in its order: `guideline` below is an index into them.
  public var guidelines: [Guideline] { projection.scenario.guidelines }

  /// Where options are weighed: each municipality in the scenario's order, then the
  /// region. `area` below is an index into them.
  public var areas: [Comparison.Area] {
    projection.paths.map { .municipality($0.municipality.name) } + [.region]
  }

  /// The options of guideline `guideline` weighed in area `area`, in the scenario's order.
  public func options(guideline: Int, area: Int) -> ArraySlice<WeighedOption> {
    let row = area * weighing.specs.count
    return weighing.rows[row + starts[guideline]..<row + starts[guideline + 1]]
  }

  /// The recommended option of guideline `guideline` in area `area`, or `nil` when none
  /// is in effect yet.
  public func winner(guideline: Int, area: Int) -> WeighedOption? {
    let decision = decision(guideline, area)
    let winner = decision.winner
    guard winner >= 0 else { return nil }
    let first = starts[guideline]
    let count = starts[guideline + 1] - first
    return winner < count
      ? weighing.rows[area * weighing.specs.count + first + winner]
      : hybrids(in: area)[decision.hybridStart + winner - count]
  }

  /// The rule that decided guideline `guideline`'s verdict in area `area`.
  public func reason(guideline: Int, area: Int) -> Verdict.Reason {
    decision(guideline, area).reason
  }

  /// Guideline `guideline` weighed in area `area`: the same as `Comparison.init` gives.
  public func comparison(guideline: Int, area: Int) -> Comparison {
    let decision = decision(guideline, area)
    let start = decision.hybridStart
    let isRegion = area == weighing.municipalities
    let paths = isRegion ? projection.paths : [projection.paths[area]]
    return Comparison(
      guideline: guidelines[guideline],
      area: isRegion ? .region : .municipality(paths[0].municipality.name), paths: paths,
      year: year, scenario: projection.scenario,
      residents: (weighing.population[area], weighing.elderly[area]),
      options: options(guideline: guideline, area: area), decision: decision,
      hybrids: hybrids(in: area)[start..<start + decision.hybridCount])
  }

  /// The guideline numbered `number` weighed in `area`, as `Comparison.init` names
  /// them; `nil` when the scenario lists no such guideline or municipality.
  public func comparison(number: Int, area: Comparison.Area) -> Comparison? {
    guard let guideline = guidelines.firstIndex(where: { $0.number == number }),
      let area = index(of: area)
    else { return nil }
    return comparison(guideline: guideline, area: area)
  }

  /// The place of `area` in `areas`: a municipality by its kanji or romaji name, as
  /// `Comparison.init` finds it; `nil` for one the scenario does not have.
  public func index(of area: Comparison.Area) -> Int? {
    switch area {
    case .region: weighing.municipalities
    case .municipality(let name): projection.index(of: name)
    }
  }

  private func hybrids(in area: Int) -> [WeighedOption] {
    area == weighing.municipalities ? areaHybrids : hybrids
  }

  private func decision(_ guideline: Int, _ area: Int) -> Decision {
    decisions[guideline * (weighing.municipalities + 1) + area]
  }
}
