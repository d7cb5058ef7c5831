import Foundation
import Rendering

/// The values `sweep` tries: FROM, FROM + STEP, … up to TO, and TO itself when the steps
/// miss it.
///
/// Written in decimals (`0.03 0.04 0.0025`), the values are worked out in whole units of
/// the finest decimal place (30, 32.5, … thousandths become 300, 325, … ten-thousandths),
/// so each is exactly the number `set` reads from the same digits: `0.035`, not
/// `0.034999999999999996`. Other numbers (`1e3`) are stepped in floating point.
struct SweepGrid: Equatable {
  /// The values, in order.
  var values: [Double]
  /// Decimal places to show them with (the finest of FROM, TO and STEP), or `nil` to show
  /// each in its shortest form.
  var decimals: Int?

  /// The most rows a sweep may have.
  static let maximumRows = 1000

  /// Why no grid: too many rows (the count, as far as it could be known).
  struct TooManyRows: Error, Equatable {
    var rows: Double
  }

  init(
    from: String, to: String, step: String, fromValue: Double, toValue: Double, stepValue: Double
  )
    throws(TooManyRows)
  {
    let count = ((toValue - fromValue) / stepValue).rounded(.down) + 1
    guard count <= Double(Self.maximumRows) else { throw TooManyRows(rows: count) }
    if let grid = Self.decimalGrid(from, to, step) {
      self = grid
    } else {
      var values = (0..<Int(count)).map { fromValue + Double($0) * stepValue }
      values = values.filter { $0 <= toValue }
      if let last = values.last, toValue - last > stepValue * 1e-9 { values.append(toValue) }
      self.values = values
      decimals = nil
    }
    guard values.count <= Self.maximumRows else { throw TooManyRows(rows: Double(values.count)) }
  }

  /// The grid in whole units of the finest decimal place, when all three are plain
  /// decimals of at most 12 places whose units fit in 2⁵³ (so that each is exact).
  private static func decimalGrid(_ from: String, _ to: String, _ step: String) -> SweepGrid? {
    guard let a = Decimal(from), let b = Decimal(to), let s = Decimal(step) else { return nil }
    let places = max(a.places, b.places, s.places)
    guard places <= 12, let first = a.units(at: places), let last = b.units(at: places),
      let stride = s.units(at: places), stride > 0, first <= last
    else { return nil }
    let limit = 1 << 53
    guard [first, last].allSatisfy({ $0.magnitude <= limit }) else { return nil }
    let scale = (0..<places).reduce(1.0) { value, _ in value * 10 }
    var units = Array(Swift.stride(from: first, through: last, by: stride))
    if units.last != last { units.append(last) }
    return SweepGrid(values: units.map { Double($0) / scale }, decimals: places)
  }

  private init(values: [Double], decimals: Int?) {
    self.values = values
    self.decimals = decimals
  }

  /// A value as a row shows it: with the grid's decimal places, grouped.
  func shown(_ value: Double) -> String {
    guard let decimals else { return NumberFormat.plain(value) }
    return NumberFormat.grouped(value, decimals: decimals)
  }

  /// A plain decimal as written: sign, digits and decimal places, without an exponent.
  private struct Decimal {
    var digits: Int
    var places: Int

    init?(_ text: String) {
      var body = Substring(text)
      let isNegative = body.first == "-"
      if isNegative || body.first == "+" { body = body.dropFirst() }
      let parts = body.split(separator: ".", omittingEmptySubsequences: false)
      guard parts.count <= 2, !body.isEmpty,
        parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
        parts.contains(where: { !$0.isEmpty }),
        let value = Int(parts.joined()), parts.joined().count <= 17
      else { return nil }
      digits = isNegative ? -value : value
      places = parts.count == 2 ? parts[1].count : 0
    }

    /// The value in units of 10^-places (at least its own places), if it fits an Int.
    func units(at places: Int) -> Int? {
      var units = digits
      for _ in self.places..<places {
        let (product, overflow) = units.multipliedReportingOverflow(by: 10)
        guard !overflow else { return nil }
        units = product
      }
      return units
    }
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
