/// Goal seek: the value of one parameter at which an output reaches a target, as Excel's
/// Goal Seek finds it (docs/model.md, "Goal seek").
///
/// The parameter's whole allowed range is first tried at `gridIntervals` + 1 evenly spaced
/// values (and the value in force); where the output crosses the target between two
/// neighbours, the crossing nearest the value in force is narrowed by bisection until the
/// bracket is no wider than `tolerance` times the allowed range (or cannot be halved).
///
/// ```swift
/// let r = ScenarioFile.parameter("recruitment_index.2040", in: scenario)
/// let found = GoalSeek.solve(
///   scenario, parameter: r, output: ModelOutput(.shortfall, in: 2040), target: 0)
/// // .found(value: 0.5958…, output: ≈ 0): the region breaks even
/// ```
public enum GoalSeek {
  /// Evenly spaced intervals the allowed range is first tried at.
  public static let gridIntervals = 64
  /// The narrowest bracket sought, as a share of the allowed range's width.
  public static let tolerance = 1e-12
  /// The most halvings of a bracket.
  public static let maximumHalvings = 200

  public enum Result: Sendable, Equatable {
    /// `value` makes the output `output`, within the tolerance of the target. `others`
    /// counts the other crossings found on the grid (other values that reach it too).
    case found(value: Double, output: Double, others: Int)
    /// No value from `lowest` to `highest` reaches the target: the output there.
    case unreachable(
      lowest: Double, outputAtLowest: Double, highest: Double, outputAtHighest: Double)
  }

  public static func solve(
    _ scenario: Scenario, parameter: Parameter, output: ModelOutput, target: Double
  ) -> Result {
    func gap(_ x: Double) -> Double {
      parameter.applied(x, to: scenario).values(of: [output])[0] - target
    }
    let lowest = parameter.lowest
    let highest = parameter.limits.upperBound
    let current = parameter.clamped(parameter.value(in: scenario))
    var points = (0...gridIntervals).map { i in
      i == gridIntervals
        ? highest : lowest + (highest - lowest) * Double(i) / Double(gridIntervals)
    }
    if !points.contains(current) { points.append(current) }
    points.sort()
    let gaps = points.map(gap)
    // A grid point on the target is an answer in itself; else each neighbouring pair whose
    // gaps have opposite signs brackets one.
    var brackets: [(Int, Int)] = []
    for i in points.indices {
      if gaps[i] == 0 {
        brackets.append((i, i))
      } else if i + 1 < points.count, gaps[i + 1] != 0, (gaps[i] < 0) != (gaps[i + 1] < 0),
        !gaps[i].isNaN, !gaps[i + 1].isNaN
      {
        brackets.append((i, i + 1))
      }
    }
    func distance(_ bracket: (Int, Int)) -> Double {
      let (a, b) = (points[bracket.0], points[bracket.1])
      return current < a ? a - current : current > b ? current - b : 0
    }
    guard
      let nearest = brackets.enumerated().min(by: { x, y in
        let (dx, dy) = (distance(x.element), distance(y.element))
        return dx != dy ? dx < dy : x.offset < y.offset
      })
    else {
      return .unreachable(
        lowest: lowest, outputAtLowest: gaps[0] + target, highest: highest,
        outputAtHighest: gaps[gaps.count - 1] + target)
    }
    let others = brackets.count - 1
    var (a, b) = (points[nearest.element.0], points[nearest.element.1])
    var (gapA, gapB) = (gaps[nearest.element.0], gaps[nearest.element.1])
    if gapA == 0 { return .found(value: a, output: gapA + target, others: others) }
    let width = tolerance * (highest - lowest)
    for _ in 0..<maximumHalvings where b - a > width {
      let middle = a + (b - a) / 2
      guard middle > a, middle < b else { break }
      let gapMiddle = gap(middle)
      if gapMiddle == 0 { return .found(value: middle, output: target, others: others) }
      if (gapMiddle < 0) == (gapA < 0) {
        (a, gapA) = (middle, gapMiddle)
      } else {
        (b, gapB) = (middle, gapMiddle)
      }
    }
    // The end of the last bracket nearer the target.
    return gapA.magnitude <= gapB.magnitude
      ? .found(value: a, output: gapA + target, others: others)
      : .found(value: b, output: gapB + target, others: others)
  }
}
