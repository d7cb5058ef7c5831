import Testing

@testable import Rendering

@Suite("Display width")
struct DisplayWidthTests {
  @Test(
    "counts terminal columns per grapheme cluster",
    arguments: [
      ("", 0),
      ("Aizu", 4),
      ("会津若松市", 10),
      ("昭和村", 6),
      ("あいづ", 6),
      ("アイヅ", 6),
      ("ｱｲﾂﾞ", 4),  // halfwidth katakana and voiced mark: 1 each
      ("２０２０", 8),  // fullwidth digits
      ("ＡＢ", 4),
      ("￥", 2),  // fullwidth yen sign
      ("¥", 1),
      ("Aizu 会津", 9),
      ("会津 計", 7),
      ("、。", 4),
      ("ー", 2),
      ("\u{3000}", 2),  // ideographic space
      ("㈱", 2),
      ("e\u{301}", 1),  // combining acute accent
      ("か\u{3099}", 2),  // combining voiced sound mark
      ("\u{200B}", 0),  // zero width space (Cf)
      ("a\u{200D}b", 2),  // zero width joiner between letters
      ("\u{FE0F}", 0),
      ("\u{AD}", 1),  // soft hyphen, drawn as a hyphen
      ("①※○△→×", 6),  // East Asian Ambiguous: narrow
      ("─│", 2),  // box drawing: Ambiguous, narrow
      ("한국", 4),
      ("\u{1100}\u{1161}\u{11A8}", 2),  // conjoining jamo: one syllable
      ("👍", 2),
      ("👍🏽", 2),  // with a skin tone modifier
      ("👨\u{200D}👩\u{200D}👧", 2),  // joined family
      ("❤", 1),  // text presentation by default
      ("❤\u{FE0F}", 2),  // emoji presentation selector
      ("1\u{FE0F}\u{20E3}", 2),  // keycap
      ("🇯🇵", 2),  // flag
      ("\t\u{1B}", 0),  // controls
      ("𠮷野家", 6),  // ideograph outside the BMP
    ] as [(String, Int)])
  func width(_ text: String, _ expected: Int) {
    #expect(displayWidth(text) == expected)
  }

  @Test(
    "pads to a display width on either side",
    arguments: [
      ("会津", 6, Alignment.left, "会津  "),
      ("会津", 6, .right, "  会津"),
      ("1,244", 7, .right, "  1,244"),
      ("ｱｲﾂ", 5, .left, "ｱｲﾂ  "),
      ("会津若松市", 4, .left, "会津若松市"),  // never cut
    ] as [(String, Int, Alignment, String)])
  func padding(_ text: String, _ width: Int, _ alignment: Alignment, _ expected: String) {
    #expect(text.padded(toWidth: width, alignment: alignment) == expected)
  }

  @Test(
    "truncates between grapheme clusters, ending in a tilde",
    arguments: [
      ("会津若松市", 10, "会津若松市"),
      ("会津若松市", 9, "会津若松~"),
      ("会津若松市", 5, "会津~"),
      ("会津若松市", 4, "会~"),  // 津 would straddle the limit
      ("Aizuwakamatsu", 5, "Aizu~"),
      ("e\u{301}e\u{301}e\u{301}", 2, "e\u{301}~"),
      ("ｱｲﾂﾞ", 3, "ｱｲ~"),
      ("abc", 1, "~"),
      ("abc", 0, ""),
      ("abc", -1, ""),
    ] as [(String, Int, String)])
  func truncation(_ text: String, _ width: Int, _ expected: String) {
    let cut = text.truncated(toWidth: width)
    #expect(cut == expected)
    #expect(displayWidth(cut) <= max(0, width))
  }

  @Test("measures some wide scalars of each kind the table covers")
  func wideRanges() throws {
    let wide: [UInt32] = [
      0x1100, 0x231A, 0x2E80, 0x3000, 0x3041, 0x30A2, 0x3400, 0x4E00, 0x9FFF, 0xAC00,
      0xF900, 0xFE30, 0xFF01, 0xFF60, 0xFFE0, 0xFFE6, 0x1B000, 0x1F300, 0x1F600, 0x1FAF8,
      0x20000, 0x2FFFD, 0x30000,
    ]
    let narrow: [UInt32] = [
      0x20, 0x7E, 0xA1, 0x2010, 0x2460, 0x2500, 0x25A0, 0x4DC0, 0xFF61, 0xFF9F, 0xFFE8,
      0xE000, 0x1F1E6,
    ]
    for value in wide {
      let scalar = try #require(Unicode.Scalar(value))
      #expect(displayWidth(of: scalar) == 2, "U+\(String(value, radix: 16))")
    }
    for value in narrow {
      let scalar = try #require(Unicode.Scalar(value))
      #expect(displayWidth(of: scalar) == 1, "U+\(String(value, radix: 16))")
    }
  }
}
