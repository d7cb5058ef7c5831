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

  /// The verdict `decision` stands for: its indices read in `options` (the guideline's
  /// options, weighed) and after them `hybrids` (the hybrids tried).
  init(
    _ decision: Decision, options: [OptionFigures], hybrids: [OptionFigures], rule: VerdictRule,
    year: Int
  ) {
    func pick(_ i: Int) -> OptionFigures? {
      if i < 0 { return nil }
      return i < options.count ? options[i] : hybrids[i - options.count]
    }
    self.winner = pick(decision.winner)
    self.reason = decision.reason
    self.cheapest = pick(decision.cheapest)
    self.rival = pick(decision.rival)
    self.unpaidHybrid = pick(decision.unpaidHybrid)
    self.hybridsTried = hybrids
    self.rule = rule
    self.year = year
  }
}

extension VerdictRule {
  /// Whether an option leaves few enough residents aged 65+ unreached to be
  /// recommended alone (指針9).
  public func meetsGuideline9(_ figures: OptionFigures) -> Bool {
    meetsGuideline9(unreachedElderlyShare: figures.unreachedElderlyShare)
  }

  func meetsGuideline9(unreachedElderlyShare share: Double) -> Bool {
    share <= maxUnreachedElderly + Verdict.tolerance
  }

  /// Whether costs per resident reached `a` and `b` (infinite: it reaches nobody)
  /// differ by no more than `costTie` of the lower.
  func isTied(_ a: Double, _ b: Double) -> Bool {
    if a == b { return true }
    return max(a, b) <= min(a, b) * (1 + costTie) + Verdict.tolerance
  }
}
