extension String {
  /// The string with each control character turned into a space.
  ///
  /// A newline or tab inside a cell would break the row, and an escape sequence from a
  /// scenario file could restyle the user's terminal, so no control character reaches
  /// table or Markdown output. A CR LF pair is one character and becomes one space.
  var sanitized: String {
    guard contains(where: { $0.isControl }) else { return self }
    return String(map { $0.isControl ? " " : $0 })
  }

  /// The string without the spaces at its end.
  var trimmingTrailingSpaces: String {
    var result = Substring(self)
    while result.last == " " { result = result.dropLast() }
    return String(result)
  }

  /// The string as lines for a title or a note: split at line breaks, sanitized,
  /// word-wrapped to `width` columns when given, without trailing spaces.
  ///
  /// A word wider than `width`, such as a Japanese sentence without spaces, is broken
  /// between grapheme clusters.
  public func lines(wrappedTo width: Int?) -> [String] {
    split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).flatMap { line in
      let clean = String(line).sanitized.trimmingTrailingSpaces
      guard let width, width > 0, displayWidth(clean) > width else { return [clean] }
      return clean.wordWrapped(to: width)
    }
  }

  /// Greedy line filling at the places a line may break: after a space, and between
  /// two characters either of which is wide (Japanese has no spaces between words),
  /// except before closing marks such as 、。）」 and small kana, or after opening marks
  /// such as （「 (禁則, the line-breaking rules of Japanese typesetting).
  private func wordWrapped(to width: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    var currentWidth = 0
    var pendingSpace = false
    for piece in Self.breakablePieces(self) {
      let pieceWidth = displayWidth(piece.text)
      let gap = pendingSpace && !current.isEmpty ? 1 : 0
      if !current.isEmpty && currentWidth + gap + pieceWidth > width {
        lines.append(current)
        current = ""
        currentWidth = 0
      } else if gap == 1 {
        current += " "
        currentWidth += 1
      }
      if pieceWidth > width {
        // A piece wider than the line, such as a long URL: break between graphemes.
        for character in piece.text {
          let characterWidth = displayWidth(of: character)
          if !current.isEmpty && currentWidth + characterWidth > width {
            lines.append(current)
            current = ""
            currentWidth = 0
          }
          current.append(character)
          currentWidth += characterWidth
        }
      } else {
        current += piece.text
        currentWidth += pieceWidth
      }
      pendingSpace = piece.isFollowedBySpace
    }
    if !current.isEmpty || lines.isEmpty { lines.append(current) }
    return lines
  }

  /// The text cut at every place a line may break.
  private static func breakablePieces(_ text: String) -> [(text: String, isFollowedBySpace: Bool)] {
    var pieces: [(text: String, isFollowedBySpace: Bool)] = []
    var current = ""
    for character in text {
      if character == " " {
        if !current.isEmpty { pieces.append((current, true)) }
        current = ""
        continue
      }
      if let last = current.last, mayBreak(between: last, and: character) {
        pieces.append((current, false))
        current = ""
      }
      current.append(character)
    }
    if !current.isEmpty { pieces.append((current, false)) }
    return pieces
  }

  private static func mayBreak(between before: Character, and after: Character) -> Bool {
    guard displayWidth(of: before) == 2 || displayWidth(of: after) == 2 else { return false }
    return !noBreakBefore.contains(after) && !noBreakAfter.contains(before)
  }

  private static let noBreakBefore: Set<Character> = Set(
    "、。，．・：；？！ー）」』】〕〉》”’ゃゅょっぁぃぅぇぉャュョッァィゥェォ々…‥,.:;!?)]}%")
  private static let noBreakAfter: Set<Character> = Set("（「『【〔〈《“‘([{")
}

extension Character {
  /// Whether this is a control character (general category Cc), such as a line break,
  /// a tab or an escape.
  var isControl: Bool {
    unicodeScalars.contains { $0.properties.generalCategory == .control }
  }
}

/// `text` as lines of at most `width` display columns (never cut when `width` is `nil`),
/// broken where Japanese and English typesetting allow, each line ending in `"\n"`: how
/// sentences, help and notes are shown, wrapped once at the screen's width.
public func wrapped(_ text: String, width: Int?) -> String {
  text.lines(wrappedTo: width).map { $0 + "\n" }.joined()
}
