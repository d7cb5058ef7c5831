/// Calendar years as planners write them: 西暦 (`2025`) or 和暦 (`R7`, `令和7`, `令和元年`).
///
/// The model counts in 西暦 (Gregorian years). Japanese administrative documents,
/// including the seed slides, date things in 和暦: 令和 (Reiwa) began in 2019, so
/// R2 is 2020 and R22 is 2040; 平成 (Heisei) ran from 1989 to 2019, so H29 is 2017.
///
/// ```swift
/// Year.parse("R7")        // 2025
/// Year.parse("令和22年")   // 2040
/// Year.parse("平成32")     // nil: 平成 ended in 2019 (平成31)
/// Year.label(2040)        // "2040 (R22)"
/// ```
public enum Year {
  /// A Japanese era: its letter, its kanji, the Gregorian year of its first year (元年)
  /// and of its last, for an era that has ended.
  public struct Era: Sendable, Equatable {
    public var letter: Character
    public var kanji: String
    public var firstYear: Int
    public var lastYear: Int?
    /// `r`, `h`, `s`: the letter is read in either case.
    var lowercaseLetter: Character

    init(letter: Character, kanji: String, firstYear: Int, lastYear: Int?) {
      self.letter = letter
      self.kanji = kanji
      self.firstYear = firstYear
      self.lastYear = lastYear
      lowercaseLetter = Character(letter.lowercased())
    }

    /// The number of the era's last year (31 for 平成), for an era that has ended.
    public var lastNumber: Int? { lastYear.map { $0 - firstYear + 1 } }

    /// The era as a year is written in it: its kanji (`令和`) or its letter (`R`).
    public func name(kanji: Bool) -> String { kanji ? self.kanji : String(letter) }
  }

  static let eras = [
    Era(letter: "R", kanji: "令和", firstYear: 2019, lastYear: nil),
    Era(letter: "H", kanji: "平成", firstYear: 1989, lastYear: 2019),
    Era(letter: "S", kanji: "昭和", firstYear: 1926, lastYear: 1989),
  ]

  /// The years `parse` reads: four-digit Gregorian years. Callers narrow this further
  /// (a scenario's years lie between 1900 and 2100).
  public static let readable = 1000...9999

  /// Why a text is not a year, as values: the catalog (`Words.Years`) says it in words.
  public enum Problem: Error, Sendable, Equatable {
    /// `text` is not written as a year (`2040x`, `20400`, `R`).
    case notAYear(text: String)
    /// `text` is an era's year that would fall after `last`, the last Gregorian year read
    /// (`R9999999`).
    case afterReadable(text: String, last: Int)
    /// Year 0 of `era` (`令和0`): an era begins with 元年, year 1. `usesKanji` tells how the
    /// era was written (`令和` or `R`), so the fix is written the same way.
    case beforeEra(text: String, era: Era, usesKanji: Bool)
    /// A year of `era` after it ended (`平成32`): it would be `gregorian`, which is
    /// `eraForm` (`R2`, `令和2`) in the era it fell in, if any.
    case afterEra(text: String, era: Era, usesKanji: Bool, gregorian: Int, eraForm: String?)
  }

  /// The Gregorian year written in `text`, or `nil` when it is not a year.
  ///
  /// Accepts `2025`, `R7`, `r7`, `R07`, `令和7`, `令和7年`, `令和元年`, and the same
  /// for 平成 (`H`) and 昭和 (`S`). Full-width digits (`令和７年`) are accepted too.
  public static func parse(_ text: String) -> Int? {
    try? parsed(text).get()
  }

  /// The Gregorian year written in `text`, or why it is not one: `平成32` does not
  /// exist (平成 ended in 2019), nor does `令和0`, and `R9223372036854775807` is no year
  /// at all. Never traps, whatever the digits.
  public static func parsed(_ text: String) -> Result<Int, Problem> {
    // Four ASCII digits, the first not 0 (`2040`): how nearly every year in a scenario file
    // is written, read without building strings (this runs for each one at every start).
    if text.utf8.count == 4 {
      let gregorian = text.utf8.reduce(0) { year, byte in
        (0x30...0x39).contains(byte) ? year * 10 + Int(byte - 0x30) : -10_000
      }
      if readable.contains(gregorian) { return .success(gregorian) }
    }
    let written = String(text.trimmingSpaces)
    var s = Substring(normalizedDigits(written))
    if s.hasSuffix("年") { s = s.dropLast() }
    if !s.isEmpty, s.allSatisfy(\.isASCIIDigit) {
      guard s.count == 4, let gregorian = Int(s), readable.contains(gregorian) else {
        return .failure(.notAYear(text: written))
      }
      return .success(gregorian)
    }
    for era in eras {
      let rest: Substring
      let usesKanji: Bool
      if s.hasPrefix(era.kanji) {
        (rest, usesKanji) = (s.dropFirst(era.kanji.count), true)
      } else if let first = s.first, first == era.letter || first == era.lowercaseLetter {
        (rest, usesKanji) = (s.dropFirst(), false)
      } else {
        continue
      }
      if rest == "元" { return .success(era.firstYear) }
      guard !rest.isEmpty, rest.allSatisfy(\.isASCIIDigit) else { continue }
      return year(Int(rest), of: era, written: written, usesKanji: usesKanji)
    }
    return .failure(.notAYear(text: written))
  }

  /// Year `n` of `era` (`nil` when the digits overflow `Int`), checked against the era's span.
  private static func year(_ n: Int?, of era: Era, written: String, usesKanji: Bool)
    -> Result<Int, Problem>
  {
    // Gregorian years stop at 9999, so an era year above 9999 is no year, whatever the era.
    guard let n, n <= readable.upperBound else {
      return .failure(.afterReadable(text: written, last: readable.upperBound))
    }
    guard n >= 1 else {
      return .failure(.beforeEra(text: written, era: era, usesKanji: usesKanji))
    }
    let gregorian = era.firstYear + n - 1
    if let last = era.lastYear, gregorian > last {
      return .failure(
        .afterEra(
          text: written, era: era, usesKanji: usesKanji, gregorian: gregorian,
          eraForm: eraForm(of: gregorian, kanji: usesKanji)))
    }
    guard readable.contains(gregorian) else { return .failure(.notAYear(text: written)) }
    return .success(gregorian)
  }

  /// `year` in the era it fell in (`R2`, or `令和2` with `kanji`), the later era for a
  /// year two eras share; `nil` before 昭和.
  static func eraForm(of year: Int, kanji: Bool) -> String? {
    guard let era = eras.first(where: { year >= $0.firstYear }) else { return nil }
    let n = year - era.firstYear + 1
    return kanji ? "\(era.kanji)\(n)" : "\(era.letter)\(n)"
  }

  /// Whether `text` is written as a year would be, rightly or not (`2040`, `-2040`,
  /// `2020-2040`, `令和0`, `R9999999`), rather than as a name (`昭和村`, `Showa`): so that
  /// a shell argument such as `令和0` is reported as a wrong year, not as an unknown
  /// municipality.
  public static func looksLikeYear(_ text: String) -> Bool {
    var s = Substring(normalizedDigits(String(text.trimmingSpaces)))
    if s.first == "-" || s.first == "+" { s = s.dropFirst() }
    guard let first = s.first else { return false }
    if first.isASCIIDigit { return true }
    for era in eras {
      // 昭和 followed by digits or 元 is a year; 昭和村 is a municipality.
      let rest =
        s.hasPrefix(era.kanji)
        ? s.dropFirst(era.kanji.count)
        : first == era.letter || first == era.lowercaseLetter ? s.dropFirst() : nil
      if let next = rest?.first, next.isASCIIDigit || next == "元" { return true }
    }
    return false
  }

  /// The Reiwa form of a year from 2019 on (`R22`), or `nil` for earlier years.
  public static func reiwa(_ year: Int) -> String? {
    year >= 2019 && year <= readable.upperBound ? "R\(year - 2018)" : nil
  }

  /// The year as tables show it: `2040 (R22)`, or plain `2015` before Reiwa.
  public static func label(_ year: Int) -> String {
    reiwa(year).map { "\(year) (\($0))" } ?? "\(year)"
  }

  private static func normalizedDigits(_ text: String) -> String {
    // Most text is ASCII already: nothing to map.
    guard text.utf8.contains(where: { $0 >= 0x80 }) else { return text }
    return String(
      text.unicodeScalars.map { scalar -> Character in
        // Full-width digits ０-９ (U+FF10-FF19) and letters Ｒ/Ｈ/Ｓ become ASCII.
        if (0xFF10...0xFF19).contains(scalar.value) || (0xFF21...0xFF5A).contains(scalar.value),
          let ascii = Unicode.Scalar(scalar.value - 0xFEE0)
        {
          return Character(ascii)
        }
        return Character(scalar)
      })
  }
}

extension Character {
  /// `0` to `9`, ASCII only (`isNumber` also takes `٣` and `½`).
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
  /// The string without leading and trailing spaces (ASCII and the ideographic space U+3000).
  var trimmingSpaces: Substring {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
    guard let start = firstIndex(where: { !isSpace($0) }),
      let end = lastIndex(where: { !isSpace($0) })
    else { return "" }
    return self[start...end]
  }
}
