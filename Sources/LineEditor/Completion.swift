import Rendering

/// What Tab offers for the word before the cursor: the completer's answer.
///
/// The completer decides where the word starts, so that the shell's own syntax rules:
///
/// ```swift
/// // line before the cursor: "show 会津"
/// Completion(word: "会津", candidates: ["会津若松市", "会津坂下町", "会津美里町"])
/// ```
///
/// With one candidate Tab completes the word and adds a space, unless the candidate ends in `/`
/// (a folder) or `.` (a path going on), where the user keeps typing; with several it extends
/// the word to their longest common prefix and lists them all in columns.
public struct Completion: Equatable, Sendable {
  /// The end of the text before the cursor that the candidates replace, usually the partial
  /// word. Empty to insert at the cursor.
  public var word: String
  /// Every text that could stand in place of `word`, in the order to list them.
  public var candidates: [String]

  public init(word: String, candidates: [String]) {
    self.word = word
    self.candidates = candidates
  }

  /// Nothing to offer: Tab beeps.
  public static let none = Completion(word: "", candidates: [])
}

/// How Tab changes the line being edited.
struct CompletionEdit: Equatable {
  /// Unicode scalars to delete before the cursor (libedit counts wide characters).
  var deletedScalarCount: Int
  /// Text to insert at the cursor after the deletion.
  var insertion: String
  /// Whether the candidates are listed under the line.
  var isListing: Bool
}

extension Completion {
  /// The edit that completes `word` at the end of `textBeforeCursor`, or `nil` when there is
  /// nothing to offer.
  func edit(textBeforeCursor: String) -> CompletionEdit? {
    var seen = Set<String>()
    let distinct = candidates.filter { seen.insert($0).inserted }
    guard let first = distinct.first else { return nil }
    // A word that does not end the text cannot be replaced; complete at the cursor instead.
    let typed = textBeforeCursor.hasSuffix(word) ? word : ""
    let isListing = distinct.count > 1
    let continues = first.hasSuffix("/") || first.hasSuffix(".")
    let target = isListing ? Self.longestCommonPrefix(of: distinct) : first + (continues ? "" : " ")
    if target.hasPrefix(typed) {
      let rest = String(target.dropFirst(typed.count))
      return CompletionEdit(deletedScalarCount: 0, insertion: rest, isListing: isListing)
    }
    // Candidates that match another way (such as "aizu" for "Aizuwakamatsu") replace the word,
    // unless that would throw away some of what was typed.
    if target.count >= typed.count {
      return CompletionEdit(
        deletedScalarCount: typed.unicodeScalars.count, insertion: target, isListing: isListing)
    }
    return CompletionEdit(deletedScalarCount: 0, insertion: "", isListing: isListing)
  }

  /// The longest text every string starts with, compared by characters so that no grapheme
  /// (a kanji, a letter with its accent) is split.
  static func longestCommonPrefix(of strings: [String]) -> String {
    guard let first = strings.first else { return "" }
    var prefix = Substring(first)
    for string in strings.dropFirst() {
      let shared = zip(prefix, string).prefix { $0 == $1 }.count
      prefix = prefix.prefix(shared)
    }
    return String(prefix)
  }

  /// The candidates in columns, down then across as `ls` does, fitted to a terminal `width`
  /// columns wide by display width (a kanji takes two). Rows carry no trailing spaces.
  func listedRows(width: Int) -> [String] {
    var seen = Set<String>()
    let items = candidates.filter { seen.insert($0).inserted }
    guard !items.isEmpty else { return [] }
    let gap = 2
    let itemWidths = items.map { displayWidth($0) }
    let columnWidth = (itemWidths.max() ?? 0) + gap
    // Keep each row narrower than the terminal so that no row wraps.
    let columnCount = max(1, min(items.count, (max(width, 1) - 1 + gap) / columnWidth))
    let rowCount = (items.count + columnCount - 1) / columnCount
    return (0..<rowCount).map { row in
      var line = ""
      var index = row
      while index < items.count {
        let isLast = index + rowCount >= items.count
        line += items[index]
        if !isLast {
          line += String(repeating: " ", count: columnWidth - itemWidths[index])
        }
        index += rowCount
      }
      return line
    }
  }
}
