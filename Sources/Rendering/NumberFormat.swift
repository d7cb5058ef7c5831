/// Locale-independent number formatting.
///
/// Every function here writes ASCII digits, `,` between thousands, `.` before decimals
/// and `-` for minus, whatever the machine's locale: a transcript recorded in Tokyo must
/// match one replayed in CI. Nothing here reads the environment.
///
/// Rounding works on the shortest decimal form that reads back as the same `Double`
/// (the form ``plain(_:)`` prints), half away from zero. So `1.005` rounds to `1.01`,
/// as a person reading the CSV value would round it, even though the nearest binary
/// double lies a hair below 1.005.
///
/// ```swift
/// NumberFormat.grouped(118322)                      // "118,322"
/// NumberFormat.grouped(-1234.5, decimals: 0)        // "-1,235"
/// NumberFormat.percent(0.2892, decimals: 1)         // "28.9%"
/// NumberFormat.plain(0.6417689719322403)            // "0.6417689719322403"
/// ```
public enum NumberFormat {
  /// `n` with thousands separators: `1234567` gives `"1,234,567"`.
  public static func grouped(_ n: Int) -> String {
    let digits = String(n.magnitude)
    return (n < 0 ? "-" : "") + groupingThousands(Substring(digits))
  }

  /// `x` rounded half away from zero to `decimals` places, with thousands separators.
  ///
  /// `grouped(2.5, decimals: 0)` is `"3"`, `grouped(-2.5, decimals: 0)` is `"-3"`, and
  /// a value that rounds to zero never keeps its sign: `grouped(-0.04, decimals: 1)` is
  /// `"0.0"`. Not-a-number gives `"nan"`, infinities `"inf"` and `"-inf"`.
  ///
  /// - Parameters:
  ///   - x: The value to show.
  ///   - decimals: The number of digits after the decimal point; below 0 counts as 0.
  public static func grouped(_ x: Double, decimals: Int) -> String {
    guard let decimal = ShortestDecimal(x) else { return nonFinite(x) }
    return decimal.rounded(toDecimals: max(0, decimals))
  }

  /// `x` like ``grouped(_:decimals:)`` with a `+` before a positive value: a change,
  /// such as `+6.4` points. Zero, as rounded, has no sign.
  public static func signed(_ x: Double, decimals: Int) -> String {
    let text = grouped(x, decimals: decimals)
    return x > 0 && text.contains(where: { $0.isNumber && $0 != "0" }) ? "+" + text : text
  }

  /// `share` as a percentage with `decimals` places: `percent(0.2892, decimals: 1)` is
  /// `"28.9%"`.
  ///
  /// The share is scaled by shifting its decimal digits, not by multiplying, so
  /// `0.0285` shows as `"2.9%"` although `0.0285 * 100` is `2.8499999999999996`.
  public static func percent(_ share: Double, decimals: Int) -> String {
    guard var decimal = ShortestDecimal(share) else { return nonFinite(share) + "%" }
    // Zero has no digits: shifting its exponent would pad it to "00".
    if !decimal.digits.isEmpty { decimal.exponent += 2 }
    return decimal.rounded(toDecimals: max(0, decimals)) + "%"
  }

  /// The shortest text that reads back as exactly `x`, for CSV and JSON.
  ///
  /// Integral values print without a fraction (`1800` gives `"1800"`), others with as
  /// many digits as round-tripping needs (`0.035`, `0.6417689719322403`). Like
  /// JavaScript's `Number.prototype.toString`, magnitudes from 1e-6 up to below 1e21
  /// print positionally and others in exponent form (`1e-7`, `1.5e+300`); every output
  /// is a valid JSON number. Negative zero prints as `"0"`. Not-a-number gives `"nan"`,
  /// infinities `"inf"` and `"-inf"`: callers writing JSON or CSV check
  /// `isFinite` first.
  public static func plain(_ x: Double) -> String {
    guard let decimal = ShortestDecimal(x) else { return nonFinite(x) }
    return decimal.plain
  }

  private static func nonFinite(_ x: Double) -> String {
    if x.isNaN { return "nan" }
    return x < 0 ? "-inf" : "inf"
  }
}

/// `digits` with `,` inserted every three places from the right.
private func groupingThousands(_ digits: Substring) -> String {
  var result = ""
  result.reserveCapacity(digits.count + digits.count / 3)
  for (offset, digit) in digits.enumerated() {
    if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(",") }
    result.append(digit)
  }
  return result
}

/// A finite `Double` as the shortest decimal that reads back as the same value.
///
/// The value is `±digits × 10^exponent`, with `digits` free of leading and trailing
/// zeros; zero has no digits. The digits come from Swift's `description`, which is the
/// shortest round-trip form and does not depend on the locale.
private struct ShortestDecimal {
  var isNegative: Bool
  var digits: [UInt8]
  var exponent: Int

  init?(_ x: Double) {
    guard x.isFinite else { return nil }
    isNegative = x < 0
    digits = []
    var pointPosition: Int?
    var writtenExponent = 0
    let text = x.magnitude.description
    var rest = Substring(text)
    while let character = rest.first {
      rest = rest.dropFirst()
      if let digit = character.wholeNumberValue {
        digits.append(UInt8(digit))
      } else if character == "." {
        pointPosition = digits.count
      } else if character == "e" {
        writtenExponent = Int(rest) ?? 0
        break
      }
    }
    exponent = writtenExponent - (digits.count - (pointPosition ?? digits.count))
    while digits.last == 0 {
      digits.removeLast()
      exponent += 1
    }
    if let firstNonZero = digits.firstIndex(where: { $0 != 0 }) {
      digits.removeFirst(firstNonZero)
    } else {
      digits = []
      exponent = 0
    }
  }

  /// The value rounded half away from zero to `decimals` places, grouped by thousands.
  func rounded(toDecimals decimals: Int) -> String {
    // The rounded magnitude times 10^decimals, as an integer's decimal digits.
    var scaled = digits
    let shift = exponent + decimals
    if shift >= 0 {
      scaled += repeatElement(0, count: shift)
    } else {
      let dropped = -shift
      let roundsUp: Bool
      if dropped > scaled.count {
        roundsUp = false
        scaled = []
      } else {
        roundsUp = scaled[scaled.count - dropped] >= 5
        scaled.removeLast(dropped)
      }
      if roundsUp { Self.increment(&scaled) }
    }
    let isZero = scaled.allSatisfy { $0 == 0 }
    if scaled.count < decimals + 1 {
      scaled.insert(contentsOf: repeatElement(0, count: decimals + 1 - scaled.count), at: 0)
    }
    let text = String(scaled.map { Character(Unicode.Scalar(0x30 + $0)) })
    let integerPart = groupingThousands(text.dropLast(decimals))
    let sign = isNegative && !isZero ? "-" : ""
    guard decimals > 0 else { return sign + integerPart }
    return sign + integerPart + "." + text.suffix(decimals)
  }

  /// The JavaScript-style shortest form; see ``NumberFormat/plain(_:)``.
  var plain: String {
    guard !digits.isEmpty else { return "0" }
    let text = String(digits.map { Character(Unicode.Scalar(0x30 + $0)) })
    let count = digits.count
    // The value is 0.text × 10^point.
    let point = exponent + count
    let sign = isNegative ? "-" : ""
    if count <= point && point <= 21 {
      return sign + text + String(repeating: "0", count: point - count)
    }
    if 0 < point && point <= 21 {
      return sign + text.prefix(point) + "." + text.dropFirst(point)
    }
    if -6 < point && point <= 0 {
      return sign + "0." + String(repeating: "0", count: -point) + text
    }
    let written = point - 1
    let exponentText = (written < 0 ? "e-" : "e+") + String(written.magnitude)
    guard count > 1 else { return sign + text + exponentText }
    return sign + text.prefix(1) + "." + text.dropFirst() + exponentText
  }

  /// Adds one to a big-endian array of decimal digits.
  private static func increment(_ digits: inout [UInt8]) {
    var index = digits.count - 1
    while index >= 0 {
      if digits[index] < 9 {
        digits[index] += 1
        return
      }
      digits[index] = 0
      index -= 1
    }
    digits.insert(1, at: 0)
  }
}
