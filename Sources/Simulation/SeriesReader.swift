/// Reads a series at years in increasing order, as `YearSeries.linear(at:)` reads it, moving
/// along the anchors instead of searching them every year: the projection reads several
/// series at every year of every municipality (docs/performance.md). The values are exactly
/// `linear(at:)`'s.
struct LinearReader {
  private let anchors: [(year: Int, value: Double)]
  private var i = 0

  init(_ series: YearSeries) {
    anchors = series.anchors
  }

  /// The value at `year`, which is not before the year read last.
  @inline(__always) mutating func value(at year: Int) -> Double {
    guard let first = anchors.first, let last = anchors.last else { return 0 }
    if year <= first.year { return first.value }
    if year >= last.year { return last.value }
    while anchors[i + 1].year <= year { i += 1 }
    let (a, b) = (anchors[i], anchors[i + 1])
    if a.year == year { return a.value }
    let fraction = Double(year - a.year) / Double(b.year - a.year)
    return a.value + (b.value - a.value) * fraction
  }
}

/// Reads a series at years in increasing order, as `YearSeries.logLinear(at:)` reads it:
/// within a segment the value is carried from one year to the next by the segment's annual
/// factor (P(b)/P(a))^(1/(b−a)), one multiplication a year instead of a power, and an anchor
/// year gives its own value exactly. The values agree with `logLinear(at:)` to a few units in
/// the last place (`ProjectionSweepTests`).
struct LogLinearReader {
  private let series: YearSeries
  private let anchors: [(year: Int, value: Double)]
  private var i = 0
  private var factor = (segment: -1, value: 1.0)
  private var previous = (year: Int.min, segment: -1, value: 0.0)

  init(_ series: YearSeries) {
    self.series = series
    self.anchors = series.anchors
  }

  /// The value at `year`, which is not before the year read last.
  @inline(__always) mutating func value(at year: Int) -> Double {
    guard anchors.count > 1 else { return anchors.first?.value ?? 0 }
    while i + 2 < anchors.count, anchors[i + 1].year <= year { i += 1 }
    let (a, b) = (anchors[i], anchors[i + 1])
    let value: Double
    if a.year == year {
      value = a.value
    } else if b.year == year {
      value = b.value
    } else if a.value > 0, b.value > 0 {
      if factor.segment != i {
        factor = (i, pow(b.value / a.value, 1 / Double(b.year - a.year)))
      }
      value =
        previous.segment == i && previous.year == year - 1
        ? previous.value * factor.value : series.logLinear(at: year)
    } else {
      value = series.logLinear(at: year)
    }
    previous = (year, i, value)
    return value
  }
}
