/// Which option a planner should choose for a guideline, and the rule that decided
/// it (docs/model.md, "Verdict").
///
/// The rule, in order:
/// 1. Rank the options in effect by cost per resident reached; costs within
///    `costTie` of the lowest tie, and the tie goes to the most hours freed. The
///    first is the *cheapest*.
/// 2. If the cheapest leaves no more than `maxUnreachedElderly` of the residents
///    unreached among those aged 65+ (指針9), it wins: `lowestCost`, or `mostHours`
///    when a tie decided it.
/// 3. Else, if it is digital and the scenario lists no hybrid, AizuSim puts it
///    together with each analog option as a fallback; a hybrid that meets 指針9 and
///    whose digital part frees at least the hours its fallback uses wins:
///    `hybridPaysForItself`.
/// 4. Else the best-ranked option that meets 指針9 wins: `elderlyUnreached`.
/// 5. If none meets it, the option leaving the fewest residents aged 65+ unreached:
///    `fewestLeftOut`.
public struct Verdict: Sendable, Equatable {
  /// The rule that decided a verdict; the raw value is its stable code in CSV and JSON.
  ///
  /// The figures the rule weighed are the verdict's own: `winner`, `rival`, `cheapest`,
  /// `unpaidHybrid`, `costRatio` and `extraHours`. Words for them are the presentation's
  /// (`Words.Verdict`).
  public enum Reason: String, Sendable, CaseIterable {
    case lowestCost = "lowest_cost"
    case mostHours = "most_hours"
    case hybridPaysForItself = "hybrid_pays_for_itself"
    case elderlyUnreached = "elderly_unreached"
    case fewestLeftOut = "fewest_left_out"
    case notYetInEffect = "not_yet_in_effect"
  }

  /// The recommended option; `nil` when none is in effect yet.
  public var winner: OptionFigures?
  public var reason: Reason
  /// The option ranked first on cost and hours alone, before 指針9.
  public var cheapest: OptionFigures?
  /// The option the winner is set against: with `lowestCost`, the cheapest option of
  /// another kind (else the next in rank); with `mostHours`, the option it tied with; with
  /// `hybridPaysForItself` and `elderlyUnreached`, the cheapest, which fails 指針9 alone.
  public var rival: OptionFigures?
  /// A hybrid tried for the cheapest option whose freed hours did not pay for its
  /// fallback, when that explains the verdict.
  public var unpaidHybrid: OptionFigures?
  /// The hybrids put together while deciding.
  public var hybridsTried: [OptionFigures]
  public var rule: VerdictRule
  public var year: Int

  /// How many times the rival's cost per resident reached is the winner's: 24.97 when the
  /// winner costs about a 25th as much. `nil` without a rival, when either reaches nobody,
  /// or when the winner costs nothing. The figure `lowestCost` is decided by.
  public var costRatio: Double? {
    guard let mine = winner?.costPerReached, mine > 0, let theirs = rival?.costPerReached else {
      return nil
    }
    return theirs / mine
  }

  /// The staff hours a year the winner frees beyond its rival's: with `mostHours`, what
  /// broke the tie (0 when the scenario's order did). `nil` without a winner or a rival.
  public var extraHours: Double? {
    guard let winner, let rival else { return nil }
    return winner.netHours - rival.netHours
  }

  /// Shares compared with a threshold may differ from it by rounding only.
  static let tolerance = 1e-12

  /// Decides among `options` by the rule of docs/model.md, "Verdict".
  ///
  /// - Parameter hybrids: the hybrids of a digital option with each analog fallback,
  ///   or none when the scenario lists its own hybrid.
  init(
    options: [OptionFigures], rule: VerdictRule, year: Int,
    hybrids: (ServiceOption) -> [OptionFigures]
  ) {
    self.rule = rule
    self.year = year
    self.hybridsTried = []
    self.unpaidHybrid = nil
    let meets9 = rule.meetsGuideline9
    let inEffect = options.filter(\.isInEffect)
    guard let ranking = Self.ranked(inEffect, tie: rule.costTie), let cheapest = ranking.first
    else {
      (winner, reason, cheapest, rival) = (nil, .notYetInEffect, nil, nil)
      return
    }
    self.cheapest = cheapest
    if meets9(cheapest) {
      winner = cheapest
      if ranking.count > 1, ranking[1].isTied(with: cheapest, tie: rule.costTie) {
        reason = .mostHours
        rival = ranking[1]
      } else {
        reason = .lowestCost
        rival = ranking.first { $0.approach != cheapest.approach } ?? ranking.dropFirst().first
      }
      return
    }
    rival = cheapest
    if cheapest.approach == .digital {
      hybridsTried = hybrids(cheapest.option)
      let paying = hybridsTried.filter { meets9($0) && $0.paysForItself }
      if let hybrid = Self.ranked(paying, tie: rule.costTie)?.first {
        (winner, reason) = (hybrid, .hybridPaysForItself)
        return
      }
    }
    if let best = Self.ranked(inEffect.filter(meets9), tie: rule.costTie)?.first {
      (winner, reason) = (best, .elderlyUnreached)
      unpaidHybrid =
        hybridsTried.first { $0.fallback?.id == best.option.id && !$0.paysForItself }
        ?? hybridsTried.first { !$0.paysForItself }
      return
    }
    winner = inEffect.min {
      ($0.unreachedElderly, $0.costPerReached ?? .infinity)
        < ($1.unreachedElderly, $1.costPerReached ?? .infinity)
    }
    reason = .fewestLeftOut
  }

  /// `candidates` best first: the tie group (cost per resident reached within `tie`
  /// of the lowest) by hours freed, most first, then the rest by cost; equal
  /// options keep the scenario's order.
  static func ranked(_ candidates: [OptionFigures], tie: Double) -> [OptionFigures]? {
    let byCost = candidates.enumerated().sorted {
      ($0.element.costPerReached ?? .infinity, $0.offset)
        < ($1.element.costPerReached ?? .infinity, $1.offset)
    }.map(\.element)
    guard let lowest = byCost.first else { return nil }
    let tied = byCost.filter { $0.isTied(with: lowest, tie: tie) }
    let rest = byCost.filter { !$0.isTied(with: lowest, tie: tie) }
    let byHours = tied.enumerated().sorted {
      ($0.element.netHours, -$0.offset) > ($1.element.netHours, -$1.offset)
    }.map(\.element)
    return byHours + rest
  }
}

extension VerdictRule {
  /// Whether an option leaves few enough residents aged 65+ unreached to be
  /// recommended alone (指針9).
  public func meetsGuideline9(_ figures: OptionFigures) -> Bool {
    figures.unreachedElderlyShare <= maxUnreachedElderly + Verdict.tolerance
  }
}

extension OptionFigures {
  /// Whether the costs per resident reached of the two differ by no more than `tie`
  /// of the lower.
  func isTied(with other: OptionFigures, tie: Double) -> Bool {
    let a = costPerReached ?? .infinity
    let b = other.costPerReached ?? .infinity
    if a == b { return true }
    return max(a, b) <= min(a, b) * (1 + tie) + Verdict.tolerance
  }
}
