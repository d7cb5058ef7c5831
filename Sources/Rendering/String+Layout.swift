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
  func lines(wrappedTo width: Int?) -> [String] {
    split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).flatMap { line in
      let clean = String(line).sanitized.trimmingTrailingSpaces
      guard let width, width > 0, displayWidth(clean) > width else { return [clean] }
      return clean.wordWrapped(to: width)
    }
  }

  private func wordWrapped(to width: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    var currentWidth = 0
    for word in split(separator: " ") {
      let wordWidth = displayWidth(String(word))
      if !current.isEmpty && currentWidth + 1 + wordWidth <= width {
        current += " " + word
        currentWidth += 1 + wordWidth
        continue
      }
      if !current.isEmpty { lines.append(current) }
      current = ""
      currentWidth = 0
      for character in word {
        let characterWidth = displayWidth(of: character)
        if !current.isEmpty && currentWidth + characterWidth > width {
          lines.append(current)
          current = ""
          currentWidth = 0
        }
        current.append(character)
        currentWidth += characterWidth
      }
    }
    if !current.isEmpty || lines.isEmpty { lines.append(current) }
    return lines
  }
}

extension Character {
  /// Whether this is a control character (general category Cc), such as a line break,
  /// a tab or an escape.
  var isControl: Bool {
    unicodeScalars.contains { $0.properties.generalCategory == .control }
  }
}
