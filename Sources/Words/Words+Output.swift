import Bilingual
import Rendering

/// Words about output: formats, languages, columns and layouts, and the notes the renderer
/// adds when a table has to fit a screen.
extension Words {
  /// The renderer's own notes, in both languages.
  public static let renderingPhrases = OutputSettings.Phrases(
    omittedColumns: { fields in
      let list = fields.joined(separator: ", ")
      return LocalizedText(
        ja: "(画面の幅に合わせて省いた列: \(list)。--columns all か layout vertical ですべて表示)",
        en: "(not shown to fit the screen: \(list); --columns all or layout vertical shows them)")
    },
    textCut: { width in
      LocalizedText(
        ja: "(~ で終わる文字は \(width) 桁に収めるため切りました)",
        en: "(text ending in ~ was cut to fit \(width) columns)")
    },
    numbersCut: { width in
      LocalizedText(
        ja: "(\(width) 桁に収まらない数は # で示しています)",
        en: "(numbers too wide for \(width) columns are shown as #)")
    })

  public static func unknownColumn(_ field: String) -> LocalizedText {
    LocalizedText(ja: "列 '\(field)' はありません", en: "unknown column '\(field)'")
  }

  public static func knownColumns(_ fields: [String]) -> LocalizedText {
    let list = fields.joined(separator: ", ")
    return LocalizedText(ja: "列は \(list)", en: "the columns are \(list)")
  }

  public static func badColumns(_ text: String) -> LocalizedText {
    LocalizedText(
      ja: "'\(text)' は列の指定として読めません", en: "'\(text)' is not a list of columns")
  }

  public static let columnsHint = LocalizedText(
    ja: "--columns population,elderly_share のようにカンマで区切るか、--columns all",
    en: "separate fields with commas, as in --columns population,elderly_share, or --columns all")

  public static func unknownLayout(_ text: String) -> LocalizedText {
    LocalizedText(ja: "表示形式 '\(text)' はありません", en: "unknown layout '\(text)'")
  }

  public static func expectedOneOf(_ names: [String]) -> LocalizedText {
    let list = names.joined(separator: ", ")
    return LocalizedText(ja: "\(list) のどれか", en: "expected one of \(list)")
  }
}

extension Words {
  public static func badStep(_ text: String) -> LocalizedText {
    LocalizedText(
      ja: "--step には1以上の整数(年数)を書きます。'\(text)' は使えません",
      en: "--step needs a whole number of years, 1 or more; got '\(text)'")
  }
}
