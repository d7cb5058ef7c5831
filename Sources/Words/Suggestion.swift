import Bilingual

/// "Did you mean" suggestions from a list of known names.
public enum Suggestion {
  /// The known name closest to `text`, if it is close enough to be a likely typo:
  /// a prefix of it, the one name with `text` as one of its `_`- or `.`-separated words,
  /// or within an edit distance of about a third of its length.
  public static func closest(to text: String, among known: [String]) -> String? {
    let lowered = text.lowercased()
    if let prefixed = known.first(where: { $0.lowercased().hasPrefix(lowered) && !text.isEmpty }) {
      return prefixed
    }
    // A word of one name only (`demand` for `staff_demand`): the name meant, though far
    // from it in letters.
    let containing = known.filter { name in
      lowered.count >= 3
        && name.lowercased().split(whereSeparator: { $0 == "_" || $0 == "." }).contains {
          $0 == lowered
        }
    }
    if containing.count == 1 { return containing[0] }
    var best: (name: String, distance: Int)?
    for name in known {
      let distance = editDistance(lowered, name.lowercased())
      if distance < (best?.distance ?? Int.max) { best = (name, distance) }
    }
    guard let best else { return nil }
    let limit = max(1, min(text.count, best.name.count) / 3)
    return best.distance <= limit ? best.name : nil
  }

  /// `did you mean 'X'?` for the closest known name, or `nil`.
  public static func guess(_ text: String, among known: [String]) -> LocalizedText? {
    closest(to: text, among: known).map(Words.didYouMean)
  }

  /// Levenshtein distance over characters, so one kanji counts as one edit.
  public static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
