import Testing

@testable import Simulation

/// Verdicts write numbers in words from computed values, which a scenario's ranges keep
/// sensible but cannot keep finite in every case: no value may trap.
@Suite("Plain numbers in verdicts never trap")
struct PlainNumberTests {
  @Test("whole numbers, grouped, and values no Int holds as Swift writes them")
  func whole() {
    #expect(PlainNumber.whole(12_345.4) == "12,345")
    #expect(PlainNumber.whole(-1_234.5) == "-1,235")
    #expect(PlainNumber.whole(1e25) == "1e+25")
    #expect(PlainNumber.whole(-1e308) == "-1e+308")
    #expect(PlainNumber.whole(.nan) == "nan")
    #expect(PlainNumber.whole(.infinity) == "inf")
  }

  @Test("percentages")
  func percent() {
    #expect(PlainNumber.percent(0.617) == "61.7%")
    #expect(PlainNumber.percent(0.05) == "5%")
    #expect(PlainNumber.percent(1e25).hasSuffix("e+27%"))
    #expect(PlainNumber.percent(-.infinity) == "-inf%")
    #expect(PlainNumber.percent(.nan) == "nan%")
  }

  /// A cost of 0 against 1e-15 yen gave a ratio of 3.2e22, beyond `Int`; an infinite
  /// ratio looped for ever scaling it down.
  @Test("the N of 1/N")
  func denominator() {
    #expect(PlainNumber.denominator(3.2) == "3")
    #expect(PlainNumber.denominator(24.97) == "25")
    #expect(PlainNumber.denominator(137) == "140")
    #expect(PlainNumber.denominator(3.2e22) == "3.2e+22")
    #expect(PlainNumber.denominator(.infinity) == "inf")
    #expect(PlainNumber.denominator(.nan) == "nan")
  }
}
