/// The text of an expected line, with its `{{name}}` placeholders.
///
/// A placeholder matches any text within the line; the name only documents what varies
/// (`{{version}}`, `{{path}}`). `{{{{}}` stands for a literal `{{`, and `}}` needs no escape.
/// A line whose whole text is `{{...}}` matches any number of whole lines; that is decided by
/// the block, not here (docs/transcripts.md, "Volatile parts").
struct Pattern: Sendable, Hashable {
  /// The text of an expected line that matches zero or more whole lines.
  static let anyLines = "{{...}}"

  /// The literal pieces between placeholders: one more than there are placeholders.
  private let pieces: [[Character]]
  /// The whole text when there is no placeholder, compared as a string.
  private let exactText: String?

  /// Why a text is not a pattern: an opening `{{` without its `}}`.
  struct UnclosedPlaceholder: Error {
    /// The 0-based offset, in characters, of the unclosed `{{`.
    var offset: Int
  }

  /// The pattern written as `text`.
  ///
  /// - Throws: `UnclosedPlaceholder` at the first `{{` that has no `}}` after it.
  init(_ text: Substring) throws(UnclosedPlaceholder) {
    var pieces: [[Character]] = []
    var current: [Character] = []
    var index = text.startIndex
    var offset = 0
    while index < text.endIndex {
      guard text[index...].hasPrefix("{{") else {
        current.append(text[index])
        index = text.index(after: index)
        offset += 1
        continue
      }
      let nameStart = text.index(index, offsetBy: 2)
      guard let close = text[nameStart...].firstRange(of: "}}") else {
        throw UnclosedPlaceholder(offset: offset)
      }
      if text[nameStart..<close.lowerBound] == "{{" {
        current.append(contentsOf: "{{")
      } else {
        pieces.append(current)
        current = []
      }
      offset += text.distance(from: index, to: close.upperBound)
      index = close.upperBound
    }
    pieces.append(current)
    self.pieces = pieces
    self.exactText = pieces.count == 1 ? String(current) : nil
  }

  /// The text the pattern matches, when it has no placeholder.
  var literal: String? { exactText }

  /// The pattern that matches `text` exactly.
  init(literal text: String) {
    pieces = [Array(text)]
    exactText = text
  }

  /// `text` written so that it reads back as itself: every `{{` becomes `{{{{}}`.
  static func escaped(_ text: String) -> String {
    text.replacing("{{", with: "{{{{}}")
  }

  /// Whether `text` is matched: the pieces in order, anchored at both ends, with any text
  /// where the placeholders stand.
  ///
  /// The text comes also as its `characters`, so that a caller matching it against many
  /// patterns splits it once.
  func matches(_ text: String, characters: [Character]) -> Bool {
    if let exactText {
      return text == exactText
    }
    return piecesMatch(pieces, length: characters.count) { piece, start in
      characters[start..<(start + piece.count)].elementsEqual(piece)
    }
  }
}
