/// Numbers as verdicts write them in words (指針5: plain words): whole residents and
/// hours with thousands separators, shares as percentages, cost ratios as "1/20".
///
/// Every function takes any `Double`, including NaN, infinities and magnitudes no `Int`
/// holds, and never traps: a scenario's ranges keep figures sensible, but words are
/// written from computed values, and a computation may still overflow.
enum PlainNumber {
  /// `12,345`: rounded to a whole number.
  static func whole(_ x: Double) -> String {
    guard let n = Int(exactly: x.rounded()) else { return unrepresentable(x) }
    let digits = String(n.magnitude)
    var out = ""
    for (i, c) in digits.enumerated() {
      if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
      out.append(c)
    }
    return n < 0 ? "-" + out : out
  }

  /// `61.7%`, `5%`: one decimal, dropped when it is 0.
  static func percent(_ share: Double) -> String {
    guard let tenths = Int(exactly: (share * 1000).rounded()) else {
      return unrepresentable(share * 100) + "%"
    }
    let sign = tenths < 0 ? "-" : ""
    let whole = tenths.magnitude / 10
    let decimal = tenths.magnitude % 10
    return decimal == 0 ? "\(sign)\(whole)%" : "\(sign)\(whole).\(decimal)%"
  }

  /// The N of "about 1/N" for a ratio of 2 or more: whole below 10, else two
  /// significant digits (24.97 → 25, 137 → 140).
  static func denominator(_ ratio: Double) -> String {
    guard ratio.isFinite else { return unrepresentable(ratio) }
    guard ratio >= 10 else { return whole(ratio) }
    var scale = 1.0
    while ratio / scale >= 100 { scale *= 10 }
    return whole((ratio / scale).rounded() * scale)
  }

  /// A value no `Int` holds, as Swift writes it (`1e+25`, `inf`, `nan`).
  private static func unrepresentable(_ x: Double) -> String {
    x.isNaN ? "nan" : x.description
  }
}
