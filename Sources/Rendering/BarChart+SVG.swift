import Bilingual

extension BarChart {
  /// The chart as an `<svg>` element `width` pixels wide: the title, a row per bar with its
  /// label, its bar from a zero line (negative to the left, positive to the right) and its
  /// value, then `notes`. Bars scale as in text: the scaled bars set the scale, and a bar
  /// that does not (a total) is cut at the edge with a break mark where it runs off it.
  public func svg(width: Int, notes: [String] = []) -> String {
    let width = Double(max(240, min(width, 4000)))
    let size = 14.0
    let row = 26.0
    var body: [String] = []
    var y = 8.0
    for line in Markup.lines(title ?? "", width: width - 16, size: size + 4) where !line.isEmpty {
      y += size + 8
      body.append(Markup.text(line, x: 8, y: y, size: size + 4, weight: "bold"))
    }
    let values = bars.map { $0.display ?? NumberFormat.grouped($0.value, decimals: decimals) }
    let labelWidth = bars.map { Markup.textWidth($0.label, size: size) }.max() ?? 0
    let valueWidth = values.map { Markup.textWidth($0, size: size) }.max() ?? 0
    let left = 12 + min(labelWidth, width / 2)
    let plotWidth = max(40, width - left - valueWidth - 28)
    let scaled = bars.filter(\.isScaled).map(\.value).filter(\.isFinite)
    let largest = max(0, scaled.max() ?? 0)
    let smallest = min(0, scaled.min() ?? 0)
    let halfSpan = largest / 2 - smallest / 2
    // The zero line: as far right as the negative bars need.
    let zero = left + (halfSpan > 0 ? (-smallest / 2) / halfSpan * plotWidth : 0)
    let top = y + 12
    for (index, bar) in bars.enumerated() {
      let middle = top + Double(index) * row + row / 2
      body.append(Markup.text(bar.label, x: 8, y: middle + 5, size: size))
      var end = zero
      var isCut = false
      if bar.value.isFinite, halfSpan > 0 {
        let share = (bar.value.magnitude / 2) / halfSpan
        isCut = share > 1.0001
        let length = min(share, bar.value < 0 ? (zero - left) / plotWidth : 1) * plotWidth
        end = bar.value < 0 ? zero - length : min(left + plotWidth, zero + length)
      }
      let color = !bar.isScaled ? "#777" : bar.value < 0 ? "#D55E00" : "#0072B2"
      let x0 = min(zero, end)
      body.append(
        "<rect x=\"\(Markup.number(x0))\" y=\"\(Markup.number(middle - 8))\""
          + " width=\"\(Markup.number(abs(end - zero)))\" height=\"16\" fill=\"\(color)\"/>")
      if isCut {
        let at = bar.value < 0 ? x0 + 10 : end - 10
        body.append(
          "<path d=\"M\(Markup.number(at - 3)) \(Markup.number(middle + 10))"
            + "l6 -20\" stroke=\"#fff\" stroke-width=\"3\"/>")
      }
      let textX = bar.value < 0 ? max(zero, left) + 6 : end + 6
      body.append(Markup.text(values[index], x: max(textX, zero + 6), y: middle + 5, size: size))
    }
    let bottom = top + Double(bars.count) * row
    body.append(
      "<line x1=\"\(Markup.number(zero))\" y1=\"\(Markup.number(top - 4))\""
        + " x2=\"\(Markup.number(zero))\" y2=\"\(Markup.number(bottom + 4))\""
        + " stroke=\"#444\" stroke-width=\"1\"/>")
    y = bottom + 8
    for note in notes {
      for line in Markup.lines(note, width: width - 16, size: size - 2) {
        y += size + 2
        body.append(Markup.text(line, x: 8, y: y, size: size - 2, fill: "#444"))
      }
    }
    return Markup.svgOpening(width: width, height: y + 12, label: title ?? "")
      + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>" + body.joined() + "</svg>"
  }
}

extension BarChart.Localized {
  /// The chart as a standalone SVG file in `language`, its notes below it.
  public func svg(language: Language, width: Int = 800) -> String {
    Markup.xmlDeclaration + svgElement(language: language, width: width) + "\n"
  }

  /// The chart as an `<svg>` element, for a page.
  public func svgElement(language: Language, width: Int = 800) -> String {
    var chart = BarChart(title: title.text(in: language), bars: [])
    chart.bars = bars
    return chart.svg(width: width, notes: notes.map { $0.text(in: language) })
  }
}
