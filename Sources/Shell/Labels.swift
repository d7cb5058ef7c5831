import Bilingual
import Rendering
import Simulation

/// Output labels in Japanese and English.
enum Label {
  static let municipality = LocalizedText(ja: "市町村", en: "Municipality")
  static let year = LocalizedText(ja: "年", en: "Year")
  static let population = LocalizedText(ja: "人口", en: "Population")
  static let elderly = LocalizedText(ja: "65歳以上", en: "65+")
  static let elderlyShare = LocalizedText(ja: "高齢化率", en: "65+ share")
  static let staffSupply = LocalizedText(ja: "職員数(見込)", en: "Staff supply")
  static let staffDemand = LocalizedText(ja: "必要職員数", en: "Staff demand")
  static let shortfall = LocalizedText(ja: "不足(人)", en: "Shortfall FTE")
  static let staffPer1000 = LocalizedText(ja: "千人当たり職員", en: "Staff/1,000")
  static let projection = LocalizedText(ja: "将来推計", en: "Projection")
  static let scenario = LocalizedText(ja: "シナリオ", en: "scenario")
}

extension Session {
  /// A label in the session's language.
  func text(_ label: LocalizedText) -> String {
    label.text(in: language)
  }

  /// Japanese or English text, whichever the session speaks.
  func text(ja: String, en: String) -> String {
    language == .ja ? ja : en
  }

  /// A table rendered in the session's format, width and style, as one reply.
  func render(_ table: Table) -> Reply {
    .output(table.rendered(as: format, width: format == .table ? width : nil, style: style))
  }

  /// The region's name in the session's language.
  var regionName: String { scenario.region.text(in: language) }
}

extension Municipality {
  /// `会津若松市 Aizuwakamatsu`: both names, as every table shows them.
  var bilingualName: String { "\(name) \(romaji)" }
}
