import Testing

@testable import Transcript

extension Pattern {
  /// Whether `text` is matched.
  func matches(_ text: String) -> Bool {
    matches(text, characters: Array(text))
  }
}

@Suite("Placeholders in expected lines")
struct PatternTests {
  @Test(
    "a placeholder matches any text within the line, anchored at both ends",
    arguments: [
      ("aizusim {{version}}", "aizusim 1.2.0", true),
      ("aizusim {{version}}", "aizusim ", true),
      ("aizusim {{version}}", "aizusim", false),
      ("aizusim {{version}}", "Aizusim 1.2.0", false),
      ("{{path}}/aizu.toml", "/home/会津/aizu.toml", true),
      ("{{path}}/aizu.toml", "/home/aizu.toml.bak", false),
      ("loaded {{n}} rows in {{t}} ms", "loaded 13 rows in 4 ms", true),
      ("loaded {{n}} rows in {{t}} ms", "loaded 13 rows in 4 s", false),
      ("{{a}}ab{{b}}ab{{c}}", "xabab", true),
      ("{{a}}ab{{b}}ab{{c}}", "xaba", false),
      ("a{{x}}a", "a", false),
      ("a{{x}}a", "aa", true),
      ("{{}}", "", true),
      ("{{ 人口 }}人", "900人", true),
      ("{{ 人口 }}人", "900名", false),
      ("literal {{{{}}x}}", "literal {{x}}", true),
      ("literal {{{{}}x}}", "literal anything", false),
      ("100%}}", "100%}}", true),
      ("no placeholder", "no placeholder", true),
      ("no placeholder", "no placeholder!", false),
    ])
  func matching(pattern: String, text: String, matches: Bool) throws {
    #expect(try Pattern(Substring(pattern)).matches(text) == matches)
  }

  @Test(
    "escaping makes any text read back as itself",
    arguments: ["{{", "{{{", "{{x}}", "{{...}}", "{{{{}}", "a {{b}} {{c", "}}{{", "昭和{{村}}"])
  func escapingRoundTrip(text: String) throws {
    let escaped = Pattern.escaped(text)
    #expect(try Pattern(Substring(escaped)).matches(text))
    #expect(try !Pattern(Substring(escaped)).matches(text + "x"))
  }

  @Test("an escaped line is written with '{{{{}}' for each '{{'")
  func escapedForm() {
    #expect(Pattern.escaped("{{...}} and {{x}}") == "{{{{}}...}} and {{{{}}x}}")
  }
}
