import Rendering

/// Tables and charts shared by the tests of every format.
enum Fixtures {
  /// Two municipalities of very different size and a region total under a rule.
  static let population = Table(
    title: "人口と高齢化率 2020",
    columns: [
      .init("市町村", field: "municipality", alignment: .left, isKey: true),
      .init("人口", field: "population"),
      .init("高齢化率", field: "aging_rate"),
    ],
    rows: [
      [.text("会津若松市"), .integer(118_322), .percent(0.2892, decimals: 1)],
      [.text("昭和村"), .integer(1_244), .percent(0.6417689719322403, decimals: 1)],
      [.text("計"), .integer(119_566), .percent(0.2929, decimals: 1)],
    ],
    ruleBeforeRows: [2],
    notes: ["* assumption: cohort survival"]
  )
}

extension String {
  /// The lines of a rendered text, without the empty piece after the final newline.
  var renderedLines: [Substring] {
    split(separator: "\n", omittingEmptySubsequences: false).dropLast()
  }
}
