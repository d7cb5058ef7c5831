import Bilingual

/// Words about the arguments most commands share: municipalities and years.
extension Words {
  public enum Arguments {
    public static func unknownMunicipality(_ name: String) -> LocalizedText {
      LocalizedText(ja: "市町村 '\(name)' はありません", en: "unknown municipality '\(name)'")
    }

    public static func regionIsNoMunicipality(_ name: String) -> LocalizedText {
      LocalizedText(
        ja: "'\(name)' は地域全体で、市町村ではありません",
        en: "'\(name)' is the whole region, not a municipality")
    }

    public static let leaveOutForRegion = LocalizedText(
      ja: "市町村を書かなければ地域全体を示します", en: "leave out the municipality to get the region")

    public static let showMunicipalities = LocalizedText(
      ja: "show municipalities で一覧できます", en: "`show municipalities` lists them")

    public static func notAYearOrRange(_ word: String) -> LocalizedText {
      LocalizedText(
        ja: "'\(word)' は年としても範囲としても読めません", en: "'\(word)' is not a year or range")
    }

    public static let writeYearOrRange = LocalizedText(
      ja: "年を一つ、2020..2040 のように範囲、または 2030,2040 のように並べて書きます",
      en: "write one year, a range as in 2020..2040, or a list as in 2030,2040")

    /// `write 2030..2040`: the range as it should be written.
    public static func writeRange(from: String, to: String) -> LocalizedText {
      LocalizedText(ja: "\(from)..\(to) と書きます", en: "write \(from)..\(to)")
    }

    public static func backwardsRange(_ word: String) -> LocalizedText {
      LocalizedText(
        ja: "範囲 \(word) は逆向きです", en: "the range \(word) runs backwards")
    }

    public static func moreThanOneYear(_ word: String) -> LocalizedText {
      LocalizedText(
        ja: "年が二つ以上あります: '\(word)'", en: "more than one year: '\(word)'")
    }

    public static let giveRange = LocalizedText(
      ja: "2020..2040 のように範囲で書きます", en: "give a range instead, as in 2020..2040")
  }
}
