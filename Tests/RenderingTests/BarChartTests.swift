import Rendering
import Testing

@Suite("Bar chart")
struct BarChartTests {
  static let population = BarChart(
    title: "人口 2020", unit: "人",
    bars: [
      (label: "会津若松市", value: 118_322, display: nil),
      (label: "昭和村", value: 1_244, display: nil),
    ])

  @Test("scales bars to the width and aligns kanji labels; a bar too small for a column is a dot")
  func population() {
    let expected = """
      人口 2020 (人)
      会津若松市  ###################  118,322
      昭和村      .                      1,244

      """
    #expect(Self.population.rendered(width: 40) == expected)
  }

  @Test("cuts long labels to keep room for the bars")
  func narrow() {
    let expected = """
      人口 2020 (人)
      会津~   ###  118,322
      昭和村  .      1,244

      """
    #expect(Self.population.rendered(width: 20) == expected)
  }

  @Test("draws negative values left of an axis and zero as no bar")
  func negative() {
    let chart = BarChart(
      title: "増減",
      bars: [
        (label: "会津若松市", value: -1_322, display: nil),
        (label: "昭和村", value: 244, display: nil),
        (label: "北塩原村", value: 0, display: nil),
      ])
    let expected = """
      増減
      会津若松市  ################|     -1,322
      昭和村                      |###     244
      北塩原村                    |          0

      """
    #expect(chart.rendered(width: 40) == expected)
  }

  @Test("uses the given display text, decimals and unit alone")
  func displays() {
    let chart = BarChart(
      unit: "%",
      bars: [
        (label: "a", value: 28.92, display: "28.9%"),
        (label: "b", value: 5.04, display: nil),
        (label: "c", value: .nan, display: nil),
      ],
      decimals: 1)
    let expected = """
      (%)
      a  ##########  28.9%
      b  ##            5.0
      c                nan

      """
    #expect(chart.rendered(width: 20) == expected)
  }

  @Test("says there is no data, and draws nothing for all zeros")
  func empty() {
    #expect(BarChart(title: "t", bars: []).rendered(width: 20) == "t\n(no data)\n")
    let zeros = BarChart(bars: [(label: "a", value: 0, display: nil)])
    #expect(zeros.rendered(width: 20) == "a                  0\n")
  }

  @Test("stays within the width", arguments: 15...50)
  func fits(_ width: Int) {
    for line in Self.population.rendered(width: width).renderedLines {
      #expect(displayWidth(String(line)) <= width, "\(line)")
      #expect(!line.hasSuffix(" "))
    }
  }
}
