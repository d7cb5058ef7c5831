/// Numbers as verdicts write them in words (指針5: plain words): whole residents and
/// hours with thousands separators, shares as percentages, cost ratios as "1/20".
enum PlainNumber {
  /// `12,345`: rounded to a whole number.
  static func whole(_ x: Double) -> String {
    let n = Int(x.rounded())
    let digits = String(abs(n))
    var out = ""
    for (i, c) in digits.enumerated() {
      if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
      out.append(c)
    }
    return n < 0 ? "-" + out : out
  }

  /// `61.7%`, `5%`: one decimal, dropped when it is 0.
  static func percent(_ share: Double) -> String {
    let tenths = Int((share * 1000).rounded())
    let sign = tenths < 0 ? "-" : ""
    let whole = abs(tenths) / 10
    let decimal = abs(tenths) % 10
    return decimal == 0 ? "\(sign)\(whole)%" : "\(sign)\(whole).\(decimal)%"
  }

  /// The N of "about 1/N" for a ratio of 2 or more: whole below 10, else two
  /// significant digits (24.97 → 25, 137 → 140).
  static func denominator(_ ratio: Double) -> String {
    guard ratio >= 10 else { return String(Int(ratio.rounded())) }
    var scale = 1.0
    while ratio / scale >= 100 { scale *= 10 }
    return whole((ratio / scale).rounded() * scale)
  }
}
