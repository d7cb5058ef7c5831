/// A verdict as indices into a guideline's weighed options, `0..<n`, and after them the
/// hybrids tried, `n...`: what `Comparisons` keeps, and what `Verdict` is built from.
struct Decision: Sendable {
  var reason: Verdict.Reason = .notYetInEffect
  /// −1 for none.
  var winner = -1
  var cheapest = -1
  var rival = -1
  var unpaidHybrid = -1
  /// Where the hybrids tried start in the decider's `hybrids`, and how many.
  var hybridStart = 0
  var hybridCount = 0
}

/// Decides verdicts by the rule of docs/model.md, "Verdict" (see `Verdict`), on weighed
/// options ranked by their indices.
///
/// Its scratch space for ranking is on the stack of `Decider.with`: a decider must not
/// outlive the call that made it.
struct Decider {
  let rule: VerdictRule
  private let candidates: UnsafeMutableBufferPointer<Candidate>
  private let spare: UnsafeMutableBufferPointer<Candidate>

  /// Which options are ranked: those in effect, those of them that meet 指針9, or the
  /// hybrids put together that meet it and pay for themselves.
  private enum Filter {
    case inEffect, inEffectMeeting9, paying
  }

  /// An option or hybrid while ranking: its index and the figures it is ranked by.
  private struct Candidate {
    var index: Int
    /// Per resident reached; infinite when it reaches nobody.
    var cost: Double
    var hours: Double
  }

  /// Calls `body` with a decider for guidelines of up to `options` options.
  static func with<Result>(rule: VerdictRule, options: Int, _ body: (Decider) -> Result)
    -> Result
  {
    withUnsafeTemporaryAllocation(of: Candidate.self, capacity: 2 * options + 2) { buffer in
      body(
        Decider(
          rule: rule, candidates: UnsafeMutableBufferPointer(rebasing: buffer[..<(options + 1)]),
          spare: UnsafeMutableBufferPointer(rebasing: buffer[(options + 1)...])))
    }
  }

  /// Decides among `options`, a guideline's options weighed in one area.
  ///
  /// - Parameters:
  ///   - hybrids: the hybrids put together, to which this verdict's are added.
  ///   - listsHybrid: whether the guideline lists a hybrid; if not, AizuSim puts
  ///     one together when the rule asks for it.
  ///   - sameID: whether the options at two indices have the same id.
  ///   - hybrid: the figures of the option at the first index with the one at the
  ///     second as its fallback.
  func decide(
    _ options: UnsafeBufferPointer<WeighedOption>, hybrids: inout [WeighedOption],
    listsHybrid: Bool, sameID: (Int, Int) -> Bool, hybrid: (Int, Int) -> WeighedOption
  ) -> Decision {
    var decision = Decision()
    decide(
      options, into: &decision, hybrids: &hybrids, listsHybrid: listsHybrid, sameID: sameID,
      hybrid: hybrid)
    return decision
  }

  /// The same, written into `decision`: where many are decided, in place, so that the
  /// decision is not copied as soon as it is written (a stall in store forwarding).
  func decide(
    _ options: UnsafeBufferPointer<WeighedOption>, into decision: inout Decision,
    hybrids: inout [WeighedOption], listsHybrid: Bool, sameID: (Int, Int) -> Bool,
    hybrid: (Int, Int) -> WeighedOption
  ) {
    let n = options.count
    let start = hybrids.count
    decision = Decision(hybridStart: start)
    let (rule, candidates, spare) = (rule, candidates, spare)
    func meets9(_ figures: WeighedOption) -> Bool {
      rule.meetsGuideline9(unreachedElderlyShare: figures.unreachedElderlyShare)
    }
    /// Puts the options of `figures` that `filter` admits among `candidates`, their
    /// indices from `first` on, and ranks them; returns how many.
    func ranked(_ figures: UnsafeBufferPointer<WeighedOption>, from first: Int, _ filter: Filter)
      -> Int
    {
      // The first two are kept in registers, and only a third goes to memory: most
      // guidelines have two options.
      var count = 0
      var two = (Candidate(index: 0, cost: 0, hours: 0), Candidate(index: 0, cost: 0, hours: 0))
      for (offset, option) in figures.enumerated() {
        let isIncluded =
          switch filter {
          case .inEffect: option.isInEffect
          case .inEffectMeeting9: option.isInEffect && meets9(option)
          case .paying: meets9(option) && option.paysForItself
          }
        guard isIncluded else { continue }
        let candidate = Candidate(
          index: first + offset, cost: option.perReached, hours: option.netHours)
        switch count {
        case 0: two.0 = candidate
        case 1: two.1 = candidate
        case 2: (candidates[0], candidates[1], candidates[2]) = (two.0, two.1, candidate)
        default: candidates[count] = candidate
        }
        count += 1
      }
      switch count {
      case 0: break
      case 1: candidates[0] = two.0
      case 2: (candidates[0], candidates[1]) = inOrder(two.0, two.1)
      default: rank(candidates, count: count, spare: spare)
      }
      return count
    }

    let inEffect = ranked(options, from: 0, .inEffect)
    guard inEffect > 0 else { return }
    let cheapest = candidates[0].index
    let first = options[cheapest]
    decision.cheapest = cheapest
    if meets9(first) {
      decision.winner = cheapest
      if inEffect > 1, rule.isTied(candidates[1].cost, candidates[0].cost) {
        decision.reason = .mostHours
        decision.rival = candidates[1].index
      } else {
        decision.reason = .lowestCost
        var rival = inEffect > 1 ? candidates[1].index : -1
        for i in 0..<inEffect where options[candidates[i].index].approach != first.approach {
          rival = candidates[i].index
          break
        }
        decision.rival = rival
      }
      return
    }
    decision.rival = cheapest
    if first.approach == .digital && !listsHybrid {
      for a in 0..<n where options[a].approach == .analog && options[a].isInEffect {
        hybrids.append(hybrid(cheapest, a))
      }
      decision.hybridCount = hybrids.count - start
      let paying = hybrids.withUnsafeBufferPointer {
        ranked(UnsafeBufferPointer(rebasing: $0[start...]), from: n, .paying)
      }
      if paying > 0 {
        (decision.winner, decision.reason) = (candidates[0].index, .hybridPaysForItself)
        return
      }
    }
    if ranked(options, from: 0, .inEffectMeeting9) > 0 {
      let best = candidates[0].index
      (decision.winner, decision.reason) = (best, .elderlyUnreached)
      // The hybrid with the winner as its fallback whose hours did not pay for it, else
      // the first whose hours did not.
      var unpaid = -1
      for h in start..<hybrids.count where !hybrids[h].paysForItself {
        if sameID(hybrids[h].fallbackIndex, best) {
          unpaid = h
          break
        }
        if unpaid < 0 { unpaid = h }
      }
      decision.unpaidHybrid = unpaid < 0 ? -1 : n + unpaid - start
      return
    }
    var fewest = -1
    for i in 0..<n where options[i].isInEffect {
      if fewest < 0 || leavesFewer(options[i], than: options[fewest]) { fewest = i }
    }
    (decision.winner, decision.reason) = (fewest, .fewestLeftOut)
  }

  /// Whether `a` leaves fewer residents aged 65+ unreached than `b`, or as many at a
  /// lower cost per resident reached.
  private func leavesFewer(_ a: WeighedOption, than b: WeighedOption) -> Bool {
    (a.unreachedElderly, a.perReached) < (b.unreachedElderly, b.perReached)
  }

  /// `a` and `b`, `a` first in the scenario's order, ranked as `rank` would: the
  /// costlier second, unless tied with the other and freeing more hours.
  private func inOrder(_ a: Candidate, _ b: Candidate) -> (Candidate, Candidate) {
    let (first, second) = b.cost < a.cost ? (b, a) : (a, b)
    return second.hours > first.hours && rule.isTied(second.cost, first.cost)
      ? (second, first) : (first, second)
  }

  /// Ranks the first `count` of `candidates`, in increasing order of index, best first:
  /// the tie group (cost per resident reached within `costTie` of the lowest) by hours
  /// freed, most first, then the rest by cost; equal options keep their order. `spare`
  /// holds as many while ranking.
  private func rank(
    _ candidates: UnsafeMutableBufferPointer<Candidate>, count: Int,
    spare: UnsafeMutableBufferPointer<Candidate>
  ) {
    guard count > 1 else { return }
    // By cost; the indices increase, so an insertion sort that moves a candidate only
    // past costlier ones keeps equal ones in their order.
    for i in 1..<count {
      let x = candidates[i]
      var j = i
      while j > 0, x.cost < candidates[j - 1].cost {
        candidates[j] = candidates[j - 1]
        j -= 1
      }
      candidates[j] = x
    }
    // The tie group first, in cost order, then the rest.
    let lowest = candidates[0].cost
    var tied = 0
    var rest = 0
    for i in 0..<count {
      if rule.isTied(candidates[i].cost, lowest) {
        candidates[tied] = candidates[i]
        tied += 1
      } else {
        spare[rest] = candidates[i]
        rest += 1
      }
    }
    for i in 0..<rest { candidates[tied + i] = spare[i] }
    // The tie group by hours, most first, in cost order where hours are equal.
    for i in 1..<max(tied, 1) {
      let x = candidates[i]
      var j = i
      while j > 0, x.hours > candidates[j - 1].hours {
        candidates[j] = candidates[j - 1]
        j -= 1
      }
      candidates[j] = x
    }
  }
}

extension WeighedOption {
  /// For a hybrid put together: whether the hours its digital part frees cover the
  /// hours its fallback uses (docs/model.md, "Verdict").
  var paysForItself: Bool {
    isPutTogether && netHours - fallbackPart > 0 && netHours >= 0
  }
}
