import Testing

@testable import LineEditor

@Suite struct DisplayWidthTests {
  @Test(arguments: [
    ("Aizuwakamatsu", 13),
    ("予算", 4),
    ("会津若松市", 10),
    ("show 予算", 9),
    ("ひらがな カタカナ", 17),
    ("ｶﾅ", 2),  // halfwidth katakana
    ("全角　スペース", 14),  // U+3000 is fullwidth
    ("ＡＢＣ", 6),  // fullwidth Latin
    ("e\u{301}", 1),  // e with a combining acute accent
    ("😀", 2),
    ("☺\u{FE0F}", 2),  // text symbol with emoji presentation selector
    ("①※", 2),  // ambiguous width counts as one column each
    ("a\u{200B}b", 2),  // ZERO WIDTH SPACE
    ("한국", 4),
    ("\u{1B}", 0),
  ])
  func columns(text: String, expected: Int) {
    #expect(DisplayWidth.columns(of: text) == expected)
  }
}
