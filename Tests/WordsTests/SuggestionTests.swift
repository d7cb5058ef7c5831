import Testing
import Words

/// "Did you mean": a prefix, a word of one name only, or a near spelling.
@Suite("Suggestions for a misspelt or shortened name")
struct SuggestionTests {
  static let metrics = [
    "population", "elderly", "elderly_share", "staff_supply", "staff_demand", "shortfall",
    "staff_per_1000", "facetime", "facetime_per_elderly", "facetime_index",
  ]

  @Test("a word of one name suggests it; a word of several, or a short one, does not")
  func words() {
    #expect(Suggestion.closest(to: "demand", among: Self.metrics) == "staff_demand")
    #expect(Suggestion.closest(to: "Supply", among: Self.metrics) == "staff_supply")
    #expect(Suggestion.closest(to: "index", among: Self.metrics) == "facetime_index")
    // `per` is a word of two names, and under three letters anyway.
    #expect(Suggestion.closest(to: "per", among: Self.metrics) == nil)
    #expect(Suggestion.closest(to: "popul", among: Self.metrics) == "population")
    #expect(Suggestion.closest(to: "shortfal", among: Self.metrics) == "shortfall")
    #expect(Suggestion.closest(to: "wages", among: Self.metrics) == nil)
  }
}
