import Simulation
import Testing

/// `Comparisons`, every guideline weighed for every area at once, against `Comparison`,
/// one at a time: the same figures and verdicts to the last bit.
@Suite("All guidelines for all areas at once, as one at a time")
struct ComparisonsTests {
  /// A built-in scenario, or `whatif`: the built-in one without the hybrids it lists and
  /// with a second, cheaper digital option and a second, dearer analog one beside each,
  /// so that AizuSim ranks four options and puts several hybrids together, under a
  /// stricter 指針9 and a wider tie.
  func scenario(_ name: String) throws -> Scenario {
    guard name == "whatif" else { return try Fixtures.builtin(name).1 }
    var scenario = try Fixtures.builtin().1
    for index in scenario.guidelines.indices {
      let listed = scenario.guidelines[index].options.filter { $0.approach != .hybrid }
      scenario.guidelines[index].options =
        listed
        + listed.map { option in
          var other = option
          other.id += "_2"
          let (digital, factor) = (
            option.approach == .digital, option.approach == .digital ? 0.5 : 1.5
          )
          other.cost = OptionCost(
            initial: option.cost.initial * factor, yearly: option.cost.yearly * factor,
            initialPerResident: option.cost.initialPerResident,
            yearlyPerResident: option.cost.yearlyPerResident)
          other.reach = Reach(
            under65: digital ? option.reach.under65 * 0.8 : min(1, option.reach.under65 + 0.1),
            elderly: digital ? option.reach.elderly * 0.8 : min(1, option.reach.elderly + 0.04))
          return other
        }
    }
    scenario.verdictRule = VerdictRule(maxUnreachedElderly: 0.02, costTie: 0.3)
    return scenario
  }

  @Test(
    "every guideline, area and year 2020–2040: the figures and verdicts of Comparison",
    arguments: ["aizu", "ipss2023", "whatif"])
  func sameAsOneAtATime(name: String) throws {
    let scenario = try scenario(name)
    let projection = Projection(scenario, through: max(2040, scenario.horizon))
    let areas: [Comparison.Area] =
      scenario.municipalities.map { .municipality($0.name) } + [.region]
    var reasons: Set<Verdict.Reason> = []
    var hybridsTried = 0
    var mostTried = 0
    var differ: [String] = []
    for year in 2020...2040 {
      let all = try #require(Comparisons(projection, year: year))
      #expect(all.areas == areas)
      #expect(all.guidelines == scenario.guidelines)
      for (g, guideline) in scenario.guidelines.enumerated() {
        for (a, area) in areas.enumerated() {
          let one = try #require(
            Comparison(projection, guideline: guideline, area: area, year: year))
          let batch = all.comparison(guideline: g, area: a)
          let winner = all.winner(guideline: g, area: a)
          let same =
            batch.area == one.area && batch.year == one.year && batch.guideline == one.guideline
            && batch.population == one.population && batch.elderly == one.elderly
            && batch.options == one.options && batch.verdict == one.verdict
            && all.reason(guideline: g, area: a) == one.verdict.reason
            && winner?.costToHorizon == one.verdict.winner?.costToHorizon
            && winner?.netHours == one.verdict.winner?.netHours
            && winner?.approach == one.verdict.winner?.approach
            && winner.map { guideline.options[$0.option].id } == one.verdict.winner?.option.id
            && winner?.fallback.map { guideline.options[$0].id } == one.verdict.winner?.fallback?.id
            && all.options(guideline: g, area: a).map(\.reached) == one.options.map(\.reached)
          if !same { differ.append("指針\(guideline.number) \(area) \(year)") }
          reasons.insert(one.verdict.reason)
          hybridsTried += one.hybrids.count
          mostTried = max(mostTried, one.hybrids.count)
        }
      }
    }
    #expect(differ.isEmpty)
    // The years and scenarios reach every rule but the last resort, and put hybrids together.
    #expect(
      reasons.isSuperset(of: [.lowestCost, .mostHours, .hybridPaysForItself, .notYetInEffect]))
    #expect(hybridsTried > 0)
    #expect(name != "whatif" || mostTried > 1)
  }

  @Test("a guideline by its number, a municipality by its romaji; years out of range")
  func byNumberAndName() throws {
    let scenario = try Fixtures.builtin().1
    let projection = Projection(scenario, through: 2030)
    let all = try #require(Comparisons(projection, year: 2040))
    #expect(all.projection.lastYear == 2040)
    let guideline = try #require(scenario.guideline(1))
    let one = try #require(
      Comparison(projection, guideline: guideline, area: .municipality("Kaneyama"), year: 2040))
    let batch = try #require(all.comparison(number: 1, area: .municipality("Kaneyama")))
    #expect(batch.area == .municipality("金山町"))
    #expect(batch.verdict == one.verdict && batch.options == one.options)
    #expect(
      batch.hybrid(guideline.options[0], fallback: guideline.options[1])
        == one.hybrid(guideline.options[0], fallback: guideline.options[1]))
    #expect(
      all.comparison(number: 1, area: .region)?.verdict.winner?.id
        == Comparison(projection, guideline: guideline, year: 2040)?.verdict.winner?.id)
    #expect(all.comparison(number: 19, area: .region) == nil)
    #expect(all.comparison(number: 1, area: .municipality("Aizu")) == nil)
    #expect(Comparisons(projection, year: 2019) == nil)
    #expect(Comparisons(projection, year: 2101) == nil)
  }
}
