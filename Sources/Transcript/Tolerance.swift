/// How far a number in the output may be from the number written in the transcript, so that a
/// full-precision CSV or JSON line does not fail on its last digit (docs/transcripts.md,
/// "Numeric tolerance").
///
///     % tolerance 1e-9         relative: |actual − expected| ≤ 1e-9 × the larger magnitude
///     % tolerance abs 0.001    absolute: |actual − expected| ≤ 0.001
///
/// With both, a number is close enough when it is within either, as Python's `math.isclose`
/// has it. Numbers are compared by value; the text around them must match exactly.
public struct Tolerance: Sendable, Equatable {
  /// The two kinds, as written after `% tolerance` (`rel` may be left out).
  public enum Kind: String, Sendable, Hashable {
    case relative = "rel"
    case absolute = "abs"
  }

  /// The largest difference allowed, as a fraction of the larger of the two magnitudes.
  public var relative: Double
  /// The largest difference allowed, in the numbers' own unit.
  public var absolute: Double

  /// No tolerance: numbers must be written exactly as expected.
  public static let exact = Tolerance(relative: 0, absolute: 0)

  /// A tolerance of `relative` (a fraction) or `absolute` (a difference), whichever is wider.
  public init(relative: Double = 0, absolute: Double = 0) {
    self.relative = relative
    self.absolute = absolute
  }

  /// Whether numbers are compared as written, with no tolerance at all.
  public var isExact: Bool { relative == 0 && absolute == 0 }

  /// Whether `actual` is close enough to `expected`.
  func accepts(_ expected: Double, _ actual: Double) -> Bool {
    if expected == actual { return true }
    // A number too large for a Double is close to nothing but itself.
    guard expected.isFinite, actual.isFinite else { return false }
    let difference = (actual - expected).magnitude
    return difference <= absolute
      || difference <= relative * Swift.max(expected.magnitude, actual.magnitude)
  }

  /// Whether `actual` matches `expected` within this tolerance: the same text between the
  /// numbers, and each number close enough to its counterpart.
  func accepts(_ expected: NumericText, _ actual: NumericText) -> Bool {
    firstDifference(expected, actual) == nil
  }

  /// The index of the first piece of `expected` that `actual` does not match within this
  /// tolerance, or the shorter count when one is a prefix of the other; `nil` when they match.
  func firstDifference(_ expected: NumericText, _ actual: NumericText) -> Int? {
    for (index, (e, a)) in zip(expected.pieces, actual.pieces).enumerated()
    where !accepts(e, a) {
      return index
    }
    let count = expected.pieces.count
    return count == actual.pieces.count ? nil : Swift.min(count, actual.pieces.count)
  }

  /// Whether two pieces match: equal text, or two numbers close enough.
  func accepts(_ expected: NumericText.Piece, _ actual: NumericText.Piece) -> Bool {
    if expected.text == actual.text { return true }
    guard let e = expected.value, let a = actual.value else { return false }
    return accepts(e, a)
  }
}

/// A line cut into numbers and the text between them.
///
/// A number is written in ASCII digits, with an optional `-` sign, fraction and exponent
/// (`-53.00233711201179`, `9.39e-05`). It stands on its own: not right after a letter, digit,
/// `_` or `.` (so `R22` and the `0` of `1.2.0` are text), and not right before a letter or `_`
/// (so `3rd` is text). Commas are never part of a number: `95,000` is `95`, `,` and `000`.
struct NumericText: Sendable, Equatable {
  /// A run of text, or a number with its value.
  struct Piece: Sendable, Equatable {
    /// The piece as written.
    var text: Substring
    /// The number's value, or `nil` for text.
    var value: Double?
    /// The 0-based offset of the piece in the line, in characters.
    var offset: Int
  }

  /// The pieces, in order; text and numbers alternate.
  let pieces: [Piece]

  init(_ line: String) {
    let characters = Array(line)
    var indices: [String.Index] = Array(line.indices)
    indices.append(line.endIndex)
    var pieces: [Piece] = []
    var textStart = 0
    var position = 0
    func slice(_ from: Int, _ to: Int) -> Substring { line[indices[from]..<indices[to]] }
    while position < characters.count {
      guard let end = numberEnd(in: characters, at: position) else {
        position += 1
        continue
      }
      if textStart < position {
        pieces.append(Piece(text: slice(textStart, position), value: nil, offset: textStart))
      }
      let number = slice(position, end)
      pieces.append(Piece(text: number, value: Double(String(number)), offset: position))
      position = end
      textStart = end
    }
    if textStart < characters.count {
      pieces.append(Piece(text: slice(textStart, characters.count), value: nil, offset: textStart))
    }
    self.pieces = pieces
  }
}

/// Where the number starting at `start` ends, or `nil` when no number starts there.
private func numberEnd(in characters: [Character], at start: Int) -> Int? {
  if start > 0 {
    let previous = characters[start - 1]
    guard !isWordCharacter(previous), previous != "." else { return nil }
  }
  var position = start
  if characters[position] == "-" {
    position += 1
  }
  func digits() -> Int {
    let first = position
    while position < characters.count, isDigit(characters[position]) {
      position += 1
    }
    return position - first
  }
  guard digits() > 0 else { return nil }
  if position + 1 < characters.count, characters[position] == ".",
    isDigit(characters[position + 1])
  {
    position += 1
    _ = digits()
  }
  if position < characters.count, characters[position] == "e" || characters[position] == "E" {
    let mark = position
    position += 1
    if position < characters.count, characters[position] == "-" || characters[position] == "+" {
      position += 1
    }
    if digits() == 0 {
      position = mark
    }
  }
  if position < characters.count, isWordCharacter(characters[position]),
    !isDigit(characters[position])
  {
    return nil
  }
  return position
}

/// Whether `character` is an ASCII digit.
func isDigit(_ character: Character) -> Bool {
  ("0"..."9").contains(character)
}

/// Whether `character` is an ASCII letter, digit or `_`: part of a word a number cannot touch.
private func isWordCharacter(_ character: Character) -> Bool {
  character == "_" || isDigit(character) || ("a"..."z").contains(character)
    || ("A"..."Z").contains(character)
}
