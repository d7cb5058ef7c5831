import Rendering
import Testing

@Suite("Number formats")
struct NumberFormatTests {
  @Test(
    "groups integers by thousands",
    arguments: [
      (0, "0"),
      (999, "999"),
      (1_000, "1,000"),
      (1_244, "1,244"),
      (118_322, "118,322"),
      (-999, "-999"),
      (-1_000, "-1,000"),
      (1_234_567, "1,234,567"),
      (Int.max, "9,223,372,036,854,775,807"),
      (Int.min, "-9,223,372,036,854,775,808"),
    ] as [(Int, String)])
  func groupedInteger(_ n: Int, _ expected: String) {
    #expect(NumberFormat.grouped(n) == expected)
  }

  @Test(
    "rounds half away from zero and never prints -0",
    arguments: [
      (0.5, 0, "1"),
      (1.5, 0, "2"),
      (2.5, 0, "3"),
      (-0.5, 0, "-1"),
      (-2.5, 0, "-3"),
      (0.49, 0, "0"),
      (0.125, 2, "0.13"),
      (1.005, 2, "1.01"),  // as the shortest decimal 1.005 reads, not as its binary value
      (0.999, 2, "1.00"),
      (9.995, 2, "10.00"),
      (999.5, 0, "1,000"),
      (-999.5, 0, "-1,000"),
      (1_234_567.891, 2, "1,234,567.89"),
      (1_234_567.891, 0, "1,234,568"),
      (-0.04, 1, "0.0"),
      (-0.0, 0, "0"),
      (-0.0, 2, "0.00"),
      (0, 1, "0.0"),
      (0.05, 1, "0.1"),
      (0.0001, 2, "0.00"),
      (1e-300, 3, "0.000"),
      (-1e-300, 0, "0"),
      (12.0, -1, "12"),  // negative decimals count as 0
      (1e21, 0, "1,000,000,000,000,000,000,000"),
      (123_456_789_012_345_680, 0, "123,456,789,012,345,680"),
      (-1_800, 1, "-1,800.0"),
      (Double.nan, 1, "nan"),
      (Double.infinity, 0, "inf"),
      (-Double.infinity, 0, "-inf"),
    ] as [(Double, Int, String)])
  func groupedDouble(_ x: Double, _ decimals: Int, _ expected: String) {
    #expect(NumberFormat.grouped(x, decimals: decimals) == expected)
  }

  @Test("writes the largest double in full")
  func hugeDouble() {
    let text = NumberFormat.grouped(Double.greatestFiniteMagnitude, decimals: 0)
    #expect(text.hasPrefix("179,769,313,486,231,570,000,"))
    #expect(text.filter(\.isNumber).count == 309)
  }

  @Test(
    "shows shares as percentages, scaling by digits rather than by multiplying",
    arguments: [
      (0.2892, 1, "28.9%"),
      (0.6417689719322403, 1, "64.2%"),
      (0.0285, 1, "2.9%"),  // 0.0285 * 100 is 2.8499999999999996
      (1, 0, "100%"),
      (0.5, 2, "50.00%"),
      (0.00005, 2, "0.01%"),
      (-0.0004, 1, "0.0%"),
      (-0.125, 0, "-13%"),
      (12.5, 0, "1,250%"),
    ] as [(Double, Int, String)])
  func percent(_ share: Double, _ decimals: Int, _ expected: String) {
    #expect(NumberFormat.percent(share, decimals: decimals) == expected)
  }

  @Test(
    "prints the shortest round-trip form",
    arguments: [
      (1_800, "1800"),
      (0.035, "0.035"),
      (0.6417689719322403, "0.6417689719322403"),
      (0.1 + 0.2, "0.30000000000000004"),
      (-1.5, "-1.5"),
      (0, "0"),
      (-0.0, "0"),
      (1e-7, "1e-7"),
      (1.5e-7, "1.5e-7"),
      (0.000001, "0.000001"),
      (0.000001234, "0.000001234"),
      (1e20, "100000000000000000000"),
      (1e21, "1e+21"),
      (1.5e300, "1.5e+300"),
      (-2.5e-10, "-2.5e-10"),
      (123_456_789_012_345_680, "123456789012345680"),
      (Double.greatestFiniteMagnitude, "1.7976931348623157e+308"),
      (Double.leastNonzeroMagnitude, "5e-324"),
      (Double.nan, "nan"),
      (-Double.infinity, "-inf"),
    ] as [(Double, String)])
  func plain(_ x: Double, _ expected: String) {
    #expect(NumberFormat.plain(x) == expected)
  }

  @Test(
    "plain form reads back as the same double",
    arguments: [
      0.6417689719322403, 1.0 / 3.0, 2.0 / 3.0 * 1e-9, 118_322.0 / 7, 1e-7, 9_007_199_254_740_992,
      Double.ulpOfOne, -Double.leastNormalMagnitude, 4.35, 1.005,
    ])
  func roundTrip(_ x: Double) {
    #expect(Double(NumberFormat.plain(x)) == x)
  }
}
