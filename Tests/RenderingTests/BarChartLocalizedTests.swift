import Bilingual
import Rendering
import Testing

@Suite("A bar chart as a value: both languages, and data for programs")
struct BarChartLocalizedTests {
  struct Share { var label: String; var share: Double }

  /// 65+ shares in 2040: 金山町 0.6651, 会津若松市 0.3532; the bars' texts are the caller's.
  /// At 40 columns the bars get 40 − 10 (labels) − 5 (values) − 4 = 21 columns, so
  /// 会津若松市's is 0.3532 / 0.6651 × 21 = 11.2, 11 long.
  static let chart = BarChart.Localized(
    title: LocalizedText(ja: "高齢化率 2040", en: "65+ share 2040"),
    bars: [
      BarChart.Bar(label: "金山町", value: 0.6651, display: "66.5%"),
      BarChart.Bar(label: "会津若松市", value: 0.3532, display: "35.3%"),
    ],
    notes: [LocalizedText(ja: "* 仮定", en: "* an assumption behind the share of each town")],
    data: Report(
      rows: [Share(label: "金山町", share: 0.6651), Share(label: "会津若松市", share: 0.3532)],
      columns: [
        ReportColumn(LocalizedText("label"), field: "label", alignment: .left, isKey: true) {
          .text($0.label)
        },
        ReportColumn(LocalizedText("value"), field: "value") { .percent($0.share, decimals: 1) },
      ]))

  @Test("people read the bars in their language, the values as the caller wrote them")
  func bars() {
    #expect(
      Self.chart.rendered(OutputSettings(language: .ja, width: 40)) == """
        高齢化率 2040
        金山町      #####################  66.5%
        会津若松市  ###########            35.3%
        * 仮定

        """)
    // Notes are wrapped to the width.
    #expect(
      Self.chart.rendered(OutputSettings(language: .en, width: 40)).hasSuffix(
        "35.3%\n* an assumption behind the share of each\ntown\n"))
  }

  @Test("programs read the data: the share itself, no title, no notes")
  func data() {
    #expect(
      Self.chart.rendered(OutputSettings(format: .csv, language: .ja))
        == "label,value\n金山町,0.6651\n会津若松市,0.3532\n")
  }
}
