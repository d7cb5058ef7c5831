/// Why a verdict changes between years: verdicts follow the projection.
extension Comparison {
  /// The year verdicts are compared with: the rule's reference year, else the base
  /// year.
  public var referenceYear: Int { rule.referenceYear ?? baseYear }

  /// Why a verdict differs from an earlier year's, the same guideline and area: the
  /// share of residents aged 65+ then and now, and what the earlier winner lacks now
  /// (docs/model.md, "When the verdict changes").
  public struct Change: Sendable, Equatable {
    public var earlierYear: Int
    /// The option that won in `earlierYear`, with its figures of that year.
    public var earlierWinner: OptionFigures
    public var year: Int
    /// The area's share of residents aged 65+ in `earlierYear` and in `year`.
    public var earlierElderlyShare: Double
    public var elderlyShare: Double
    public var cause: Cause

    public init(
      earlierYear: Int, earlierWinner: OptionFigures, year: Int, earlierElderlyShare: Double,
      elderlyShare: Double, cause: Cause
    ) {
      self.earlierYear = earlierYear
      self.earlierWinner = earlierWinner
      self.year = year
      self.earlierElderlyShare = earlierElderlyShare
      self.elderlyShare = elderlyShare
      self.cause = cause
    }

    /// What the earlier winner lacks in `year`, the first of these that holds.
    public enum Cause: Sendable, Equatable {
      /// It has not taken effect, or is not among the options, in `year`.
      case notInEffect
      /// A hybrid put together whose digital part no longer frees the hours its fallback
      /// needs: its figures in `year`.
      case hybridDoesNotPay(OptionFigures)
      /// Alone it leaves `share` of the residents aged 65+ unreached, above the rule's
      /// `limit` (指針9).
      case leavesElderlyUnreached(share: Double, limit: Double)
      /// Its cost per resident reached went `from` the earlier year's `to` this year's,
      /// above `winner`'s `winnerCost`.
      case costsMore(from: Double, to: Double, winner: OptionFigures, winnerCost: Double)
      /// Another rule decides the verdict.
      case ruleChanged(from: Verdict.Reason, to: Verdict.Reason)
    }
  }

  /// Why this verdict differs from `earlier`'s, the same guideline and area in
  /// another year; `nil` when the same option wins.
  ///
  /// 指針1 in 金山町: online applications with the counter and home visits as their
  /// fallback won in 2025; in 2040 online frees 121 staff hours a year, fewer than the
  /// 133 the visits then need, so the cause is `hybridDoesNotPay` with those figures.
  public func change(since earlier: Comparison) -> Change? {
    guard let was = earlier.verdict.winner, let now = verdict.winner, was.id != now.id else {
      return nil
    }
    return Change(
      earlierYear: earlier.year, earlierWinner: was, year: year,
      earlierElderlyShare: earlier.elderlyShare, elderlyShare: elderlyShare,
      cause: cause(was, lostTo: now, earlier))
  }

  /// Why the earlier winner does not win this year.
  private func cause(_ was: OptionFigures, lostTo now: OptionFigures, _ earlier: Comparison)
    -> Change.Cause
  {
    let current: OptionFigures?
    if let fallback = was.fallback {
      current = hybrid(was.option, fallback: fallback)
    } else {
      current = options.first { $0.id == was.id }
    }
    guard let current, current.isInEffect else { return .notInEffect }
    if current.isPutTogether, !current.paysForItself {
      return .hybridDoesNotPay(current)
    }
    if !rule.meetsGuideline9(current) {
      return .leavesElderlyUnreached(
        share: current.unreachedElderlyShare, limit: rule.maxUnreachedElderly)
    }
    if let mine = current.costPerReached, let theirs = now.costPerReached, mine > theirs,
      let before = was.costPerReached
    {
      return .costsMore(from: before, to: mine, winner: now, winnerCost: theirs)
    }
    return .ruleChanged(from: earlier.verdict.reason, to: verdict.reason)
  }
}
