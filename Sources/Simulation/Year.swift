/// Calendar years as planners write them: 西暦 (`2025`) or 和暦 (`R7`, `令和7`, `令和元年`).
///
/// The model counts in 西暦 (Gregorian years). Japanese administrative documents,
/// including the seed slides, date things in 和暦: 令和 (Reiwa) began in 2019, so
/// R2 is 2020 and R22 is 2040; 平成 (Heisei) began in 1989, so H29 is 2017.
///
/// ```swift
/// Year.parse("R7")        // 2025
/// Year.parse("令和22年")   // 2040
/// Year.label(2040)        // "2040 (R22)"
/// ```
public enum Year {
  /// A Japanese era: its letter, its kanji and the Gregorian year of its first year (元年).
  struct Era {
    var letter: Character
    var kanji: String
    var firstYear: Int
  }

  static let eras = [
    Era(letter: "R", kanji: "令和", firstYear: 2019),
    Era(letter: "H", kanji: "平成", firstYear: 1989),
    Era(letter: "S", kanji: "昭和", firstYear: 1926),
  ]

  /// The Gregorian year written in `text`, or `nil` when it is not a year.
  ///
  /// Accepts `2025`, `R7`, `r7`, `R07`, `令和7`, `令和7年`, `令和元年`, and the same
  /// for 平成 (`H`) and 昭和 (`S`). Full-width digits (`令和７年`) are accepted too.
  public static func parse(_ text: String) -> Int? {
    var s = Substring(normalizedDigits(String(text.trimmingSpaces)))
    if s.hasSuffix("年") { s = s.dropLast() }
    if let gregorian = Int(s), s.allSatisfy(\.isASCII), gregorian >= 1000, gregorian <= 9999 {
      return gregorian
    }
    for era in eras {
      var rest: Substring?
      if s.hasPrefix(era.kanji) {
        rest = s.dropFirst(era.kanji.count)
      } else if let first = s.first, first.uppercased() == String(era.letter) {
        rest = s.dropFirst()
      }
      guard let rest else { continue }
      if rest == "元" { return era.firstYear }
      guard !rest.isEmpty, rest.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(rest), n >= 1
      else { continue }
      return era.firstYear + n - 1
    }
    return nil
  }

  /// The Reiwa form of a year from 2019 on (`R22`), or `nil` for earlier years.
  public static func reiwa(_ year: Int) -> String? {
    year >= 2019 ? "R\(year - 2018)" : nil
  }

  /// The year as tables show it: `2040 (R22)`, or plain `2015` before Reiwa.
  public static func label(_ year: Int) -> String {
    reiwa(year).map { "\(year) (\($0))" } ?? "\(year)"
  }

  private static func normalizedDigits(_ text: String) -> String {
    String(
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
