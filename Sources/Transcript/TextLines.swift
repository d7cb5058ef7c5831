/// The line feed that ends every line of a transcript and of the shell's output.
let lineFeed = UInt8(ascii: "\n")

/// The lines of `text`, each without its terminator.
///
/// Lines end at a line feed; a carriage return before it is dropped, so CRLF text reads like
/// LF text. A final line feed ends the last line rather than starting an empty one, so
/// `"a\nb\n"` and `"a\nb"` both have two lines and `""` has none.
func splitIntoLines(_ text: String) -> [String] {
  guard !text.isEmpty else { return [] }
  var pieces = text.utf8.split(separator: lineFeed, omittingEmptySubsequences: false)
  if text.utf8.last == lineFeed {
    pieces.removeLast()
  }
  return pieces.map { piece in
    let withoutReturn = piece.last == UInt8(ascii: "\r") ? piece.dropLast() : piece
    return String(decoding: withoutReturn, as: UTF8.self)
  }
}

/// `text` without the spaces, tabs and carriage returns at its end.
///
/// Editors and `git diff --check` strip trailing blanks, and a difference in them cannot be
/// seen in a diff, so neither side of a comparison keeps them (docs/transcripts.md,
/// "Comparison").
func droppingTrailingBlanks<S: StringProtocol>(_ text: S) -> S.SubSequence {
  var end = text.endIndex
  while end > text.startIndex {
    let previous = text.index(before: end)
    guard isBlank(text[previous]) || text[previous] == "\r" else { break }
    end = previous
  }
  return text[text.startIndex..<end]
}

/// Whether `character` is a space or a tab, the blanks that separate words and pad lines.
func isBlank(_ character: Character) -> Bool {
  character == " " || character == "\t"
}
