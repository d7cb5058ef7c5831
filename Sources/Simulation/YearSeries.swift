/// Values known at a few anchor years, read at any year.
///
/// Scenario files give most quantities at anchor years only (population in 2015,
/// 2020 and 2040; the recruitment index in 2020 and 2040). A series answers for the
/// years between and beyond, by the rule the caller chooses; docs/model.md names
/// the rule each quantity uses.
public struct YearSeries: Sendable, Equatable {
  /// The anchors, sorted by year.
  public private(set) var anchors: [(year: Int, value: Double)]

  public init(_ values: [Int: Double]) {
    anchors = values.sorted { $0.key < $1.key }.map { (year: $0.key, value: $0.value) }
  }

  public init(constant value: Double, at year: Int) {
    self.init([year: value])
  }

  public static func == (lhs: YearSeries, rhs: YearSeries) -> Bool {
    lhs.anchors.elementsEqual(rhs.anchors) { $0.year == $1.year && $0.value == $1.value }
  }

  public var isEmpty: Bool { anchors.isEmpty }
  public var years: [Int] { anchors.map(\.year) }

  /// The value given exactly at `year`, if that year is an anchor.
  public subscript(year: Int) -> Double? {
    anchors.first { $0.year == year }?.value
  }

  /// Sets or replaces the anchor at `year`.
  /// In place, keeping the anchors sorted: Monte Carlo runs set one per draw.
  public mutating func set(_ value: Double, at year: Int) {
    let index = anchors.firstIndex { $0.year >= year } ?? anchors.endIndex
    if index < anchors.endIndex, anchors[index].year == year {
      anchors[index].value = value
    } else {
      anchors.insert((year: year, value: value), at: index)
    }
  }

  /// Straight lines between anchors; the nearest anchor's value outside them
  /// (docs/model.md, "Series between anchors"). At an anchor, its own value exactly.
  public func linear(at year: Int) -> Double {
    guard let first = anchors.first, let last = anchors.last else { return 0 }
    if let exact = self[year] { return exact }
    if year <= first.year { return first.value }
    if year >= last.year { return last.value }
    let (a, b) = segment(around: year)
    let fraction = Double(year - a.year) / Double(b.year - a.year)
    return a.value + (b.value - a.value) * fraction
  }

  /// Constant growth rate between anchors: P(t) = P(a)·(P(b)/P(a))^((t−a)/(b−a)).
  /// After the last anchor the last segment's annual rate continues; before the
  /// first anchor the first segment's rate is run backwards; a single anchor is
  /// held constant (docs/model.md, "Population, method anchored"). At an anchor, its
  /// own value exactly: the formula at its end year (P(a)·(P(b)/P(a))^1) may miss the
  /// data in the last digit (3,473.0000000000005 for 3,473).
  public func logLinear(at year: Int) -> Double {
    guard let first = anchors.first else { return 0 }
    if let exact = self[year] { return exact }
    guard let (a, b) = logLinearSegment(at: year) else { return first.value }
    guard a.value > 0, b.value > 0 else { return linearThrough(a, b, at: year) }
    let exponent = Double(year - a.year) / Double(b.year - a.year)
    return a.value * pow(b.value / a.value, exponent)
  }

  /// The two anchors `logLinear(at:)` reads `year` from: those around it, the first two
  /// before the first anchor, the last two after the last; `nil` with fewer than two.
  public func logLinearSegment(at year: Int) -> (
    a: (year: Int, value: Double), b: (year: Int, value: Double)
  )? {
    guard anchors.count > 1, let first = anchors.first, let last = anchors.last else {
      return nil
    }
    if year <= first.year { return (anchors[0], anchors[1]) }
    if year >= last.year { return (anchors[anchors.count - 2], last) }
    return segment(around: year)
  }

  /// `linear(at:)` at every year of `years`, in one pass over the anchors (`LinearReader`).
  public func linearValues(over years: ClosedRange<Int>) -> [Double] {
    var reader = LinearReader(self)
    return years.map { reader.value(at: $0) }
  }

  /// The anchors on either side of `year`, which lies between the first and the last.
  func segment(around year: Int) -> ((year: Int, value: Double), (year: Int, value: Double)) {
    var i = 0
    while i + 2 < anchors.count, anchors[i + 1].year <= year { i += 1 }
    return (anchors[i], anchors[i + 1])
  }

  private func linearThrough(
    _ a: (year: Int, value: Double), _ b: (year: Int, value: Double), at year: Int
  ) -> Double {
    let slope = (b.value - a.value) / Double(b.year - a.year)
    return max(0, a.value + slope * Double(year - a.year))
  }
}
