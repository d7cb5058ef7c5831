import Bilingual

extension LineChart {
  /// The chart as an `<svg>` element `width` pixels wide: title, y axis with grid lines in the
  /// values' unit, x axis with the ticks' labels, a line per series with its marker shape at
  /// each labelled tick (and a dash pattern of its own), assumed segments dashed finer, the
  /// legend, and `notes` below. Its height follows from the legend and the notes; the plot
  /// is `plotHeight` pixels high. Pure text, no scripts, no fetched fonts or images.
  public func svg(width: Int, plotHeight: Int, notes: [String] = []) -> String {
    let width = Double(max(240, min(width, 4000)))
    let plotHeight = Double(max(80, min(plotHeight, 4000)))
    let size = 14.0
    let yTicks = yAxis(intervals: 4...6)
    let yLabels = yTicks.values.map { style.label($0, decimals: yTicks.decimals) }
    let left = 16 + (yLabels.map { Markup.textWidth($0, size: size - 1) }.max() ?? 0)
    let right = 24.0
    var y = 8.0
    var body: [String] = []
    for line in Markup.lines(title ?? "", width: width - 16, size: size + 4) where !line.isEmpty {
      y += size + 8
      body.append(Markup.text(line, x: 8, y: y, size: size + 4, weight: "bold"))
    }
    if let unit, !unit.isEmpty {
      y += size + 6
      body.append(Markup.text(unit, x: 8, y: y, size: size - 1, fill: "#555"))
    }
    let top = y + 12
    let plotWidth = width - left - right
    let bottom = top + plotHeight
    let xRange = self.xRange
    let xOf = { (x: Double) in left + XAxisLayout.position(of: x, in: xRange) * plotWidth }
    let yOf = { (value: Double) in bottom - (yTicks.position(of: value) ?? 0) * plotHeight }

    // Grid lines and the y labels.
    for (value, label) in zip(yTicks.values, yLabels) {
      let at = yOf(value)
      body.append(
        "<line x1=\"\(Markup.number(left))\" y1=\"\(Markup.number(at))\""
          + " x2=\"\(Markup.number(left + plotWidth))\" y2=\"\(Markup.number(at))\""
          + " stroke=\"#ddd\" stroke-width=\"1\"/>")
      body.append(Markup.text(label, x: left - 6, y: at + 4.5, size: size - 1, anchor: "end"))
    }
    // The axes and the x labels, thinned until they do not touch.
    body.append(
      "<path d=\"M\(Markup.number(left)) \(Markup.number(top))V\(Markup.number(bottom))"
        + "H\(Markup.number(left + plotWidth))\" fill=\"none\" stroke=\"#444\" stroke-width=\"1\"/>"
    )
    let shown = Self.thinned(ticks.filter { xRange.contains($0.x) }, at: xOf, size: size - 1)
    for tick in shown {
      let at = xOf(tick.x)
      body.append(
        "<line x1=\"\(Markup.number(at))\" y1=\"\(Markup.number(bottom))\""
          + " x2=\"\(Markup.number(at))\" y2=\"\(Markup.number(bottom + 5))\" stroke=\"#444\"/>")
      body.append(Markup.text(tick.label, x: at, y: bottom + 20, size: size - 1, anchor: "middle"))
    }
    // The lines, then their markers on top.
    for (index, series) in series.enumerated() {
      let color = Markup.colors[index % Markup.colors.count]
      for run in Self.runs(series.points) {
        let d = run.points.enumerated().map { offset, point in
          (offset == 0 ? "M" : "L") + Markup.number(xOf(point.x)) + " "
            + Markup.number(yOf(point.y))
        }.joined()
        let dash = run.isAssumed ? "2 4" : Self.dashes[index % Self.dashes.count]
        body.append(
          "<path d=\"\(d)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2.5\""
            + (dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"") + "/>")
      }
      for tick in shown {
        guard let point = series.points.first(where: { $0.x == tick.x }), point.y.isFinite
        else { continue }
        body.append(Self.marker(index, x: xOf(point.x), y: yOf(point.y), color: color))
      }
    }
    // The legend: a sample of each line with its marker, and its name.
    y = bottom + 30
    var x = left
    for (index, series) in series.enumerated() {
      let color = Markup.colors[index % Markup.colors.count]
      let entryWidth = 44 + Markup.textWidth(series.name, size: size)
      if x > left, x + entryWidth > width - right {
        x = left
        y += size + 10
      }
      let dash = Self.dashes[index % Self.dashes.count]
      body.append(
        "<path d=\"M\(Markup.number(x)) \(Markup.number(y + 10))h30\" stroke=\"\(color)\""
          + " stroke-width=\"2.5\"" + (dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"") + "/>")
      body.append(Self.marker(index, x: x + 15, y: y + 10, color: color))
      body.append(Markup.text(series.name, x: x + 38, y: y + 15, size: size))
      x += entryWidth + 18
    }
    y += size + 14
    for note in notes {
      for line in Markup.lines(note, width: width - 16, size: size - 2) {
        y += size + 2
        body.append(Markup.text(line, x: 8, y: y, size: size - 2, fill: "#444"))
      }
    }
    let height = y + 12
    return Markup.svgOpening(width: width, height: height, label: title ?? "")
      + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>" + body.joined() + "</svg>"
  }

  /// Dash patterns of the series, after their colours and markers: solid, long, short, …
  static let dashes = ["", "9 3", "3 3", "12 3 3 3", "6 6", "1 3"]

  /// The points of a series as runs to draw: finite points in a row, each run solid or
  /// assumed (dashed), a segment belonging to the run of the point it ends at. A point
  /// alone between gaps draws no line (its marker, at a tick, still shows).
  static func runs(_ points: [Point]) -> [(points: [Point], isAssumed: Bool)] {
    var runs: [(points: [Point], isAssumed: Bool)] = []
    var previous: Point?
    for point in points {
      guard point.x.isFinite, point.y.isFinite else {
        previous = nil
        continue
      }
      if let start = previous {
        if let last = runs.last, last.isAssumed == point.isAssumed,
          last.points.last == start
        {
          runs[runs.count - 1].points.append(point)
        } else {
          runs.append(([start, point], point.isAssumed))
        }
      }
      previous = point
    }
    return runs
  }

  /// The ticks whose labels fit side by side: every one, or every second, third, ….
  static func thinned(_ ticks: [Tick], at x: (Double) -> Double, size: Double) -> [Tick] {
    for every in 1...max(1, ticks.count) {
      let chosen = ticks.enumerated().filter { $0.offset % every == 0 }.map(\.element)
      let fits = zip(chosen, chosen.dropFirst()).allSatisfy { left, right in
        x(left.x) + Markup.textWidth(left.label, size: size) / 2 + 6
          < x(right.x) - Markup.textWidth(right.label, size: size) / 2
      }
      if fits { return chosen }
    }
    return Array(ticks.prefix(1))
  }

  /// The marker of series `index` at (x, y): a circle, a cross, a square, a diamond, a
  /// triangle, a plus, as the text chart's `o x # @ & %`.
  static func marker(_ index: Int, x: Double, y: Double, color: String) -> String {
    let (cx, cy) = (Markup.number(x), Markup.number(y))
    let stroke = "stroke=\"\(color)\" stroke-width=\"2\""
    switch index % markers.count {
    case 0:
      return "<circle cx=\"\(cx)\" cy=\"\(cy)\" r=\"4.5\" fill=\"#fff\" \(stroke)/>"
    case 1:
      return "<path d=\"M\(Markup.number(x - 4.5)) \(Markup.number(y - 4.5))l9 9m0 -9l-9 9\""
        + " fill=\"none\" \(stroke)/>"
    case 2:
      return "<rect x=\"\(Markup.number(x - 4))\" y=\"\(Markup.number(y - 4))\" width=\"8\""
        + " height=\"8\" fill=\"\(color)\" \(stroke)/>"
    case 3:
      return "<path d=\"M\(cx) \(Markup.number(y - 6))l6 6l-6 6l-6 -6z\" fill=\"#fff\" \(stroke)/>"
    case 4:
      return "<path d=\"M\(cx) \(Markup.number(y - 6))l5.5 10h-11z\" fill=\"\(color)\" \(stroke)/>"
    default:
      return
        "<path d=\"M\(Markup.number(x - 5.5)) \(cy)h11m-5.5 -5.5v11\" fill=\"none\" \(stroke)/>"
    }
  }
}

extension LineChart.Localized {
  /// The chart as a standalone SVG file in `language`, its notes below it.
  public func svg(language: Language, width: Int = 800, plotHeight: Int = 300) -> String {
    Markup.xmlDeclaration + svgElement(language: language, width: width, plotHeight: plotHeight)
      + "\n"
  }

  /// The chart as an `<svg>` element, for a page.
  public func svgElement(language: Language, width: Int = 800, plotHeight: Int = 300) -> String {
    chart(in: language).svg(
      width: width, plotHeight: plotHeight, notes: notes.map { $0.text(in: language) })
  }
}
