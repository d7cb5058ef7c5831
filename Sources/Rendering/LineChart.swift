/// A line chart for a terminal: series over the years drawn in Unicode braille, each with a
/// marker at the labelled years so that lines stay apart without colour, a y axis in the
/// values' unit and a legend.
///
/// Braille patterns (U+2800–U+28FF) are East Asian Neutral, one column in every terminal,
/// Japanese ones included, and give each character cell 2 × 4 dots. Markers and axes are
/// ASCII for the same reason.
///
/// ```swift
/// let chart = LineChart(
///   title: "人口 Population", unit: "人",
///   series: [
///     .init(name: "昭和村", points: [.init(x: 2020, y: 1_244), .init(x: 2040, y: 650)])
///   ],
///   ticks: [.init(x: 2020, label: "2020"), .init(x: 2040, label: "2040")])
/// print(chart.rendered(width: 40, height: 8), terminator: "")
/// ```
///
/// The y axis runs between round values just outside the data (``AxisTicks``); the x axis
/// from the first year of any series to the last. A point that is not finite is left out
/// and breaks its line; a segment ending at an assumed point is dotted. The output depends
/// only on the chart, the width and the height.
public struct LineChart: Sendable, Equatable {
  /// One value: a year (or any x) and what it is; `isAssumed` draws the segment that ends here
  /// dotted.
  public struct Point: Sendable, Equatable {
    public var x: Double
    public var y: Double
    public var isAssumed: Bool

    public init(x: Double, y: Double, isAssumed: Bool = false) {
      self.x = x
      self.y = y
      self.isAssumed = isAssumed
    }
  }

  /// One line: its name in the legend and its points, in order of x.
  public struct Series: Sendable, Equatable {
    public var name: String
    public var points: [Point]

    public init(name: String, points: [Point]) {
      self.name = name
      self.points = points
    }
  }

  /// A labelled place on the x axis (`2040`, `R22`), with a marker on each series there.
  public struct Tick: Sendable, Equatable {
    public var x: Double
    public var label: String

    public init(x: Double, label: String) {
      self.x = x
      self.label = label
    }
  }

  /// The markers of the series, in order: ASCII, so that they are one column everywhere, and
  /// none of `*`, `~` or `^`, which mark assumptions and notes.
  public static let markers: [Character] = ["o", "x", "#", "@", "&", "%"]
  /// The most series a chart tells apart: one per marker.
  public static var maximumSeries: Int { markers.count }

  public var title: String?
  /// The unit of the values, shown above the y axis (`persons`); `nil` for none.
  public var unit: String?
  public var series: [Series]
  public var ticks: [Tick]
  public var style: ValueStyle

  public init(
    title: String? = nil, unit: String? = nil, series: [Series], ticks: [Tick],
    style: ValueStyle = .number
  ) {
    self.title = title
    self.unit = unit
    self.series = series
    self.ticks = ticks
    self.style = style
  }

  /// The marker of the series at `index`.
  public static func marker(_ index: Int) -> Character { markers[index % markers.count] }

  /// The chart as text `width` columns wide with a plot `height` lines high (at least 3),
  /// every line ending in `"\n"`: the title, the unit, the plot with its y labels, the x
  /// axis and its labels, and the legend.
  public func rendered(width: Int, height: Int) -> String {
    let rows = max(3, min(height, 200))
    let yTicks = yAxis(intervals: max(2, rows / 5)...max(2, rows / 2))
    let yLabels = yTicks.values.map { style.label($0, decimals: yTicks.decimals) }
    let labelWidth = yLabels.map(displayWidth).max() ?? 0
    let columns = max(10, min(width, 2000) - labelWidth - 2)
    var canvas = BrailleCanvas(columns: columns, rows: rows)
    let xRange = self.xRange
    let layout = XAxisLayout(ticks: ticks, range: xRange, columns: columns)

    for (index, series) in series.enumerated() {
      var previous: (column: Int, row: Int)?
      for point in series.points {
        guard let dot = dot(point, xRange: xRange, yTicks: yTicks, canvas: canvas) else {
          previous = nil
          continue
        }
        if let previous {
          canvas.line(from: previous, to: dot, dotted: point.isAssumed)
        } else {
          canvas.set(dot)
        }
        previous = dot
      }
      for tick in layout.shown {
        guard let point = series.points.first(where: { $0.x == tick.x }),
          let dot = dot(point, xRange: xRange, yTicks: yTicks, canvas: canvas)
        else { continue }
        canvas.mark(dot, with: Self.marker(index))
      }
    }

    var lines: [String] = []
    if let title, !title.isEmpty { lines += title.lines(wrappedTo: width) }
    if let unit, !unit.isEmpty { lines.append(unit.sanitized) }
    var labelByRow: [Int: String] = [:]
    for (value, label) in zip(yTicks.values, yLabels) {
      guard let position = yTicks.position(of: value) else { continue }
      let row = canvas.row(forPosition: position)
      if labelByRow[row] == nil { labelByRow[row] = label }
    }
    for (row, text) in canvas.lines.enumerated() {
      let label = (labelByRow[row] ?? "").padded(toWidth: labelWidth, alignment: .right)
      lines.append((label + " |" + text).trimmingTrailingSpaces)
    }
    let margin = String(repeating: " ", count: labelWidth + 1)
    lines.append(margin + "+" + layout.axis)
    lines.append((margin + " " + layout.labels).trimmingTrailingSpaces)
    lines += legend(width: width)
    return lines.map { $0 + "\n" }.joined()
  }

  /// The legend: each series' marker and name, as many to a line as the width allows.
  func legend(width: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    for (index, series) in series.enumerated() {
      let entry = "\(Self.marker(index)) \(series.name.sanitized)"
      if !current.isEmpty, displayWidth(current) + 3 + displayWidth(entry) > width {
        lines.append(current)
        current = ""
      }
      current += (current.isEmpty ? "" : "   ") + entry
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }

  /// The y axis: round values around every finite value of every series, in as few of
  /// `intervals` as leave least room unused.
  func yAxis(intervals: ClosedRange<Int>) -> AxisTicks {
    AxisTicks.tightest(covering: series.flatMap { $0.points.map(\.y) }, intervals: intervals)
  }

  /// The first and last x of any finite point (or of the ticks, when there is none).
  var xRange: ClosedRange<Double> {
    let xs = series.flatMap { $0.points.filter { $0.y.isFinite && $0.x.isFinite }.map(\.x) }
    let all = xs.isEmpty ? ticks.map(\.x).filter(\.isFinite) : xs
    guard let low = all.min(), let high = all.max() else { return 0...1 }
    return low...high
  }

  /// Where `point` is drawn, in dots; `nil` when it is not finite.
  private func dot(
    _ point: Point, xRange: ClosedRange<Double>, yTicks: AxisTicks, canvas: BrailleCanvas
  ) -> (column: Int, row: Int)? {
    guard point.x.isFinite, let y = yTicks.position(of: point.y) else { return nil }
    let x = XAxisLayout.position(of: point.x, in: xRange)
    return (canvas.dotColumn(forPosition: x), canvas.dotRow(forPosition: y))
  }
}

/// Where the x axis puts its labels: each tick's column, and only as many ticks as their
/// labels leave room for (every second, third, … when they would touch).
struct XAxisLayout {
  /// The ticks that get a label (and a marker on each line).
  var shown: [LineChart.Tick] = []
  /// The axis line under the plot: `-`, with `+` at each labelled tick.
  var axis: String
  /// The labels, each centred under its tick where the edges allow.
  var labels: String

  init(ticks: [LineChart.Tick], range: ClosedRange<Double>, columns: Int) {
    let inside = ticks.filter { $0.x.isFinite && range.contains($0.x) }
    let placed = inside.map { tick -> (tick: LineChart.Tick, column: Int, start: Int) in
      let column = Self.column(Self.position(of: tick.x, in: range), columns: columns)
      let width = displayWidth(tick.label)
      let start = max(0, min(columns - width, column - width / 2))
      return (tick, column, start)
    }
    var chosen = placed
    for every in 1...max(1, placed.count) {
      chosen = placed.enumerated().filter { $0.offset % every == 0 }.map(\.element)
      let fits = zip(chosen, chosen.dropFirst()).allSatisfy { left, right in
        left.start + displayWidth(left.tick.label) < right.start
      }
      if fits { break }
    }
    var axis = Array(repeating: Character("-"), count: columns)
    var labels = ""
    for item in chosen {
      axis[item.column] = "+"
      let pad = item.start - displayWidth(labels)
      guard pad >= 0 else { continue }
      labels += String(repeating: " ", count: pad) + item.tick.label.sanitized
      shown.append(item.tick)
    }
    self.axis = String(axis)
    self.labels = labels
  }

  /// Where `x` lies in `range`, 0 to 1 (the middle for a range of one value).
  static func position(of x: Double, in range: ClosedRange<Double>) -> Double {
    let span = range.upperBound / 2 - range.lowerBound / 2
    guard span > 0, x.isFinite else { return 0.5 }
    return min(1, max(0, (x / 2 - range.lowerBound / 2) / span))
  }

  /// The character column of a position 0…1 across `columns`, as the canvas places dots.
  static func column(_ position: Double, columns: Int) -> Int {
    BrailleCanvas.scaled(position, count: columns * 2) / 2
  }
}

/// A grid of braille cells, 2 dots wide and 4 high each, with ASCII markers laid over them.
struct BrailleCanvas {
  let columns: Int
  let rows: Int
  private var dots: [[UInt8]]
  private var markers: [[Character?]]

  init(columns: Int, rows: Int) {
    self.columns = max(1, columns)
    self.rows = max(1, rows)
    dots = Array(repeating: Array(repeating: 0, count: self.columns), count: self.rows)
    markers = Array(repeating: Array(repeating: nil, count: self.columns), count: self.rows)
  }

  /// The bit of each dot in a cell, by column (0, 1) and row (0…3), as Unicode numbers them.
  private static let bits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

  /// `position` (0…1, clamped) as one of `count` places, 0 to count − 1.
  static func scaled(_ position: Double, count: Int) -> Int {
    let clamped = position.isFinite ? min(1, max(0, position)) : 0
    return Int(exactly: (clamped * Double(max(0, count - 1))).rounded()) ?? 0
  }

  func dotColumn(forPosition x: Double) -> Int { Self.scaled(x, count: columns * 2) }

  /// The dot row for a position 0 (bottom) to 1 (top).
  func dotRow(forPosition y: Double) -> Int { rows * 4 - 1 - Self.scaled(y, count: rows * 4) }

  /// The character row for a position 0 (bottom) to 1 (top), as `dotRow` places it.
  func row(forPosition y: Double) -> Int { dotRow(forPosition: y) / 4 }

  mutating func set(_ dot: (column: Int, row: Int)) {
    let (cell, cellRow) = (dot.column / 2, dot.row / 4)
    guard dot.column >= 0, dot.row >= 0, cell < columns, cellRow < rows else { return }
    dots[cellRow][cell] |= Self.bits[dot.column % 2][dot.row % 4]
  }

  /// A straight line of dots (Bresenham's), every third dot only when `dotted`.
  mutating func line(
    from start: (column: Int, row: Int), to end: (column: Int, row: Int), dotted: Bool
  ) {
    let dx = abs(end.column - start.column)
    let dy = -abs(end.row - start.row)
    let sx = start.column < end.column ? 1 : -1
    let sy = start.row < end.row ? 1 : -1
    var error = dx + dy
    var (x, y) = start
    var count = 0
    while true {
      if !dotted || count % 3 == 0 { set((x, y)) }
      count += 1
      if x == end.column && y == end.row { break }
      let doubled = 2 * error
      if doubled >= dy {
        error += dy
        x += sx
      }
      if doubled <= dx {
        error += dx
        y += sy
      }
    }
  }

  /// Puts `marker` in the cell of `dot`, unless another series' marker is there.
  mutating func mark(_ dot: (column: Int, row: Int), with marker: Character) {
    let (cell, cellRow) = (dot.column / 2, dot.row / 4)
    guard cell >= 0, cellRow >= 0, cell < columns, cellRow < rows else { return }
    if markers[cellRow][cell] == nil { markers[cellRow][cell] = marker }
  }

  /// Each row as text: markers, braille where there are dots, spaces elsewhere.
  var lines: [String] {
    (0..<rows).map { row in
      String(
        (0..<columns).map { column -> Character in
          if let marker = markers[row][column] { return marker }
          let bits = dots[row][column]
          guard bits != 0, let scalar = Unicode.Scalar(0x2800 + UInt32(bits)) else { return " " }
          return Character(scalar)
        })
    }
  }
}
