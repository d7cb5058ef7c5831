/// Round values for an axis: the ticks a person would mark on graph paper, 1, 2 or 5 times a
/// power of ten apart, from at or below the smallest value to at or above the largest.
///
/// ```swift
/// let ticks = AxisTicks(covering: [179_610, 239_190], intervals: 4)
/// ticks.values    // [160000, 180000, 200000, 220000, 240000]
/// ticks.decimals  // 0
/// ```
///
/// Never traps, whatever the values: not-a-number and infinities are left out, one value (or
/// none) gets an axis around it, and values too large to take a difference of (beyond about
/// 10³⁰⁰) get their own two ends as ticks.
struct AxisTicks: Sendable, Equatable {
  /// The first tick, at or below every value.
  var lower: Double
  /// The last tick, at or above every value.
  var upper: Double
  /// The ticks, `lower` to `upper`.
  var values: [Double]
  /// The decimal places that show every tick exactly (0 for a step of 1 or more; 2 for 0.05).
  var decimals: Int

  /// The most ticks an axis gets, so that a step lost in rounding cannot make a long loop.
  static let maximumCount = 200

  /// Ticks covering `values` in about `intervals` steps (at least 1).
  init(covering values: [Double], intervals: Int) {
    let finite = values.filter(\.isFinite)
    var low = finite.min() ?? 0
    var high = finite.max() ?? 1
    if low == high {
      // One value: an axis a tenth of it either side (one unit either side of zero).
      let pad = low == 0 ? 1 : low.magnitude / 10
      (low, high) = (low - pad, high + pad)
    }
    let span = high - low
    guard span.isFinite, span > 0, low.magnitude < 1e300, high.magnitude < 1e300 else {
      self.init(lower: low, upper: high, values: [low, high], decimals: 0)
      return
    }
    let rough = span / Double(max(1, intervals))
    // The power of ten at or below `rough`: 10^exponent.
    var magnitude = 1.0
    var exponent = 0
    while magnitude * 10 <= rough, exponent < 310 {
      magnitude *= 10
      exponent += 1
    }
    while magnitude > rough, exponent > -330 {
      magnitude /= 10
      exponent -= 1
    }
    let residual = rough / magnitude
    let nice: Double = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10
    let step = nice * magnitude
    let lower = (low / step).rounded(.down) * step
    let upper = (high / step).rounded(.up) * step
    let count = min(Self.maximumCount, Int(exactly: ((upper - lower) / step).rounded()) ?? 1)
    var ticks = (0...max(1, count)).map { lower + Double($0) * step }
    ticks[ticks.count - 1] = upper
    self.init(
      lower: lower, upper: upper, values: ticks,
      decimals: max(0, nice == 10 ? -exponent - 1 : -exponent))
  }

  /// Of the ticks for each number of intervals in `intervals`, those that waste least room
  /// around the values (the narrowest span), then the fewest: a plot uses its height for
  /// the data rather than for empty axis.
  static func tightest(covering values: [Double], intervals: ClosedRange<Int>) -> AxisTicks {
    let candidates = intervals.map { AxisTicks(covering: values, intervals: $0) }
    return candidates.min { a, b in
      let (spanA, spanB) = (a.upper / 2 - a.lower / 2, b.upper / 2 - b.lower / 2)
      return spanA != spanB ? spanA < spanB : a.values.count < b.values.count
    } ?? AxisTicks(covering: values, intervals: intervals.lowerBound)
  }

  init(lower: Double, upper: Double, values: [Double], decimals: Int) {
    self.lower = lower
    self.upper = upper
    self.values = values
    self.decimals = decimals
  }

  /// Where `value` lies between `lower` (0) and `upper` (1), clamped to 0…1; `nil` for a
  /// value that is not finite. Halved before subtracting, so that it stays finite for any
  /// two finite ends.
  func position(of value: Double) -> Double? {
    guard value.isFinite else { return nil }
    let span = upper / 2 - lower / 2
    guard span > 0 else { return 0.5 }
    return min(1, max(0, (value / 2 - lower / 2) / span))
  }
}

/// How a chart's values read: counts and amounts, or shares shown as percentages.
public enum ValueStyle: Sendable, Equatable {
  /// Grouped numbers (`180,000`, `2.5`).
  case number
  /// A share shown as a percentage (`0.35` is `35%`).
  case percent

  /// A tick's label: `180,000`, `35%`; values too large for a short label in exponent
  /// form (`1e+300`).
  func label(_ value: Double, decimals: Int) -> String {
    let text =
      self == .percent
      ? NumberFormat.percent(value, decimals: max(0, decimals - 2))
      : NumberFormat.grouped(value, decimals: decimals)
    return displayWidth(text) > 14 ? NumberFormat.plain(value) : text
  }
}
