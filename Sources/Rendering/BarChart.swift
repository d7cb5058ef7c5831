/// A horizontal bar chart for a terminal, drawn in ASCII.
///
/// Each line is a label, a bar of `#` and the value; labels are padded by display width
/// so kanji line up, and values are right-aligned with thousands separators. Bars are
/// ASCII because the Unicode block elements (`█`, `▇`) are East Asian Ambiguous and a
/// Japanese terminal draws them two columns wide.
///
/// ```swift
/// let chart = BarChart(
///   title: "人口 2020", unit: "人",
///   bars: [
///     (label: "会津若松市", value: 118_322, display: nil),
///     (label: "昭和村", value: 1_244, display: nil),
///   ])
/// print(chart.rendered(width: 40), terminator: "")
/// // 人口 2020 (人)
/// // 会津若松市  ###################  118,322
/// // 昭和村                             1,244
/// ```
///
/// Bar lengths are proportional to the values, the longest filling the space the
/// width leaves, rounded half away from zero; a value other than zero too small for half
/// a column gets a `.`, so that its side of zero shows, and its number still shows. When
/// any value is negative, a `|` axis is drawn: negative bars grow left of it and positive
/// bars right of it, on one scale. Zero draws no bar. Not-a-number and infinite values
/// draw no bar and do not affect the scale.
///
/// A bar that is not ``Bar/isScaled`` (a total beside its parts) does not set the scale:
/// drawn on the others', it ends in `<` or `>` where it runs off it. The output depends
/// only on the chart and the width.
public struct BarChart: Sendable, Equatable {
  /// One bar: what it stands for, how long it is, and the text after it.
  public struct Bar: Sendable, Equatable {
    /// The label on the left; may be kanji.
    public var label: String
    /// The value that sets the bar's length.
    public var value: Double
    /// The text printed after the bar; `nil` prints the value grouped, rounded to the
    /// chart's ``BarChart/decimals``.
    public var display: String?
    /// Whether the bar sets the scale; a total beside its parts does not, so that it cannot
    /// squash them, and is cut with `<` or `>` where it runs off their scale.
    public var isScaled: Bool

    /// Creates a bar.
    public init(label: String, value: Double, display: String? = nil, isScaled: Bool = true) {
      self.label = label
      self.value = value
      self.display = display
      self.isScaled = isScaled
    }
  }

  /// A line above the chart.
  public var title: String?
  /// The unit of the values, shown in parentheses after the title, such as `人`.
  public var unit: String?
  /// The bars, top to bottom.
  public var bars: [Bar]
  /// The decimal places of values printed without a `display`.
  public var decimals: Int

  /// Creates a chart.
  ///
  /// - Parameters:
  ///   - title: A line above the chart.
  ///   - unit: The unit of the values, shown after the title.
  ///   - bars: The bars, top to bottom; a `nil` display prints the value.
  ///   - decimals: The decimal places of values printed without a display.
  public init(
    title: String? = nil,
    unit: String? = nil,
    bars: [(label: String, value: Double, display: String?)],
    decimals: Int = 0
  ) {
    self.title = title
    self.unit = unit
    self.bars = bars.map { Bar(label: $0.label, value: $0.value, display: $0.display) }
    self.decimals = decimals
  }

  /// The chart as text at most `width` columns wide where possible, every line ending
  /// in `"\n"`.
  ///
  /// The bars get what the labels and values leave, but at least ten columns: long
  /// labels are cut (ending in `~`) to make room, down to six columns, and when that
  /// is not enough, the bars shrink to one column and labels to three. Only when even
  /// that cannot fit does a line run past `width`; values are never cut.
  public func rendered(width: Int) -> String {
    var lines: [String] = []
    let heading = [title, unit.map { "(" + $0 + ")" }]
      .compactMap { $0 }
      .filter { !$0.isEmpty }
      .joined(separator: " ")
    if !heading.isEmpty { lines += heading.lines(wrappedTo: width) }
    guard !bars.isEmpty else {
      lines.append("(no data)")
      return lines.map { $0 + "\n" }.joined()
    }

    let labels = bars.map(\.label.sanitized)
    let values = bars.map {
      ($0.display ?? NumberFormat.grouped($0.value, decimals: decimals)).sanitized
    }
    let valueWidth = values.map(displayWidth).max() ?? 0
    // Labels and bars share what the values and the two gaps leave. The bars get ten
    // columns if labels cut to six allow it, else one if labels cut to three allow it.
    var labelWidth = labels.map(displayWidth).max() ?? 0
    let shared = width - 4 - valueWidth
    for (barFloor, labelFloor) in [(10, 6), (1, 3)] where shared - labelWidth < barFloor {
      labelWidth = max(min(labelWidth, labelFloor), shared - barFloor)
    }
    let barWidth = max(1, shared - labelWidth)

    let scale = BarScale(
      values: bars.filter(\.isScaled).map(\.value),
      hasNegative: bars.contains { $0.value.isFinite && $0.value < 0 },
      hasPositive: bars.contains { $0.value.isFinite && $0.value > 0 }, width: barWidth)
    for (index, bar) in bars.enumerated() {
      let label = labels[index].truncated(toWidth: labelWidth)
        .padded(toWidth: labelWidth, alignment: .left)
      let drawn = scale.drawn(bar.value, isScaled: bar.isScaled).padded(
        toWidth: barWidth, alignment: .left)
      let value = values[index].padded(toWidth: valueWidth, alignment: .right)
      lines.append((label + "  " + drawn + "  " + value).trimmingTrailingSpaces)
    }
    return lines.map { $0 + "\n" }.joined()
  }
}

/// How many columns of `#` each value gets, and where the axis is.
private struct BarScale {
  /// Columns left of the axis, for negative bars; 0 when no value is negative.
  var negativeWidth: Int
  /// Columns right of the axis, or of the label when there is no axis.
  var positiveWidth: Int
  /// Whether an axis is drawn: only when some value is negative.
  var hasAxis: Bool
  /// Half the distance from the smallest value (or 0) to the largest (or 0); halved so
  /// that it stays finite for any two finite values.
  private var halfSpan: Double
  /// The columns the span covers.
  private var available: Int

  /// - Parameters:
  ///   - values: The values that set the scale.
  ///   - hasNegative: Whether any bar, scaled or not, is negative: the axis is drawn then.
  ///   - hasPositive: Whether any bar is positive: it keeps a column right of the axis.
  ///   - width: The columns for the bars.
  init(values: [Double], hasNegative: Bool, hasPositive: Bool, width: Int) {
    let finite = values.filter(\.isFinite)
    let largest = max(0, finite.max() ?? 0)
    let smallest = min(0, finite.min() ?? 0)
    hasAxis = hasNegative
    available = hasAxis ? max(0, width - 1) : width
    halfSpan = largest / 2 - smallest / 2
    negativeWidth = 0
    positiveWidth = available
    if hasAxis {
      // A negative bar that does not set the scale still gets a column left of the axis.
      negativeWidth = min(available, max(columns(for: smallest), available > 1 ? 1 : 0))
      // A positive bar too small for a column still shows its side of zero with a `.`.
      if hasPositive, negativeWidth == available, available > 1 { negativeWidth -= 1 }
      positiveWidth = available - negativeWidth
    }
  }

  /// The bar for `value`: the axis, if any, and the `#` marks on its side, a `.` for a value
  /// too small for a column, and `<` or `>` at the end of one that runs off the scale.
  func drawn(_ value: Double, isScaled: Bool = true) -> String {
    let room = value < 0 ? negativeWidth : positiveWidth
    let length = columns(for: value)
    var marks = String(repeating: "#", count: min(length, room))
    // A scaled bar is at most a column over its side, by rounding; only a total is cut.
    if !isScaled, length > room, room > 0 {
      marks = value < 0 ? "<" + marks.dropFirst() : marks.dropLast() + ">"
    } else if length == 0, value.isFinite, value != 0, room > 0 {
      marks = "."
    }
    guard hasAxis else { return marks }
    if value < 0 {
      return String(repeating: " ", count: negativeWidth - marks.count) + marks + "|"
    }
    return String(repeating: " ", count: negativeWidth) + "|" + marks
  }

  /// The length of the bar for `value`, rounded half away from zero, one more than the
  /// columns available for a value beyond the scale; 0 for a value that is not finite.
  private func columns(for value: Double) -> Int {
    guard value.isFinite, halfSpan > 0 else { return 0 }
    let share = (value.magnitude / 2) / halfSpan
    guard share <= 1 else { return available + 1 }
    // Rounded to a billionth of a column first: a bar at half a column must not gain or lose
    // it with the last bit of its value (two bars of ±18.9 are drawn alike, however the
    // sums behind them were ordered).
    let length = (share * Double(available) * 1e9).rounded() / 1e9
    return Int(exactly: length.rounded(.toNearestOrAwayFromZero)) ?? 0
  }
}
