import Testing

@testable import Transcript

/// The expected lines of the only block of `text`.
func expectedLines(_ text: String) throws -> [TranscriptFile.ExpectedLine] {
  try #require(try parsed(text).blocks.first).expected
}

@Suite("Aligning expected lines with actual ones")
struct AlignmentTests {
  @Test("a changed line reads as removed then added, between kept lines")
  func changedLine() throws {
    let expected = try expectedLines("> c\n  a\n  b\n  c\n")
    #expect(
      alignment(of: expected, with: stdout("a", "B", "c")) == [
        .kept(expected: 0), .removed(expected: 1), .added(actual: 1),
        .kept(expected: 2),
      ])
  }

  @Test("removals come before additions when several lines change")
  func removalsFirst() throws {
    let expected = try expectedLines("> c\n  a\n  b\n")
    #expect(
      alignment(of: expected, with: stdout("x", "y")) == [
        .removed(expected: 0), .removed(expected: 1), .added(actual: 0), .added(actual: 1),
      ])
  }

  @Test("'{{...}}' takes lines at no cost, but the lines after it stay anchored")
  func anyLines() throws {
    let expected = try expectedLines("> c\n  {{...}}\n  done\n  warning\n")
    #expect(
      alignment(of: expected, with: stdout("a", "b", "done", "warning")) == [
        .kept(expected: 0), .kept(expected: 1), .kept(expected: 2),
      ])
    // Taking all four lines into `{{...}}` and removing two would be fewer changes, but it
    // would lose the anchor `done`.
    #expect(
      alignment(of: expected, with: stdout("a", "done", "x", "y")) == [
        .kept(expected: 0), .kept(expected: 1), .removed(expected: 2), .added(actual: 2),
        .added(actual: 3),
      ])
  }

  @Test("past the cell limit the middle is all removed then all added, still exact")
  func cellLimit() throws {
    let expected = try expectedLines("> c\n  head\n  a\n  b\n  c\n  tail\n")
    let actual = stdout("head", "x", "b", "y", "tail")
    // The middle, a b c against x b y, takes 4 × 4 cells.
    #expect(
      alignment(of: expected, with: actual, cellLimit: 15) == [
        .kept(expected: 0), .removed(expected: 1), .removed(expected: 2),
        .removed(expected: 3), .added(actual: 1), .added(actual: 2), .added(actual: 3),
        .kept(expected: 4),
      ])
    #expect(
      alignment(of: expected, with: actual, cellLimit: 16) == [
        .kept(expected: 0), .removed(expected: 1), .added(actual: 1),
        .kept(expected: 2), .removed(expected: 3), .added(actual: 3),
        .kept(expected: 4),
      ])
  }

  @Test("past the cell limit '{{...}}' lines are kept, and a whole match needs no table")
  func cellLimitWithAnyLines() throws {
    let expected = try expectedLines("> c\n  {{...}}\n  a\n  {{...}}\n  b\n  {{...}}\n")
    #expect(
      alignment(of: expected, with: stdout("x", "a", "y", "z", "b"), cellLimit: 1) == [
        .kept(expected: 0), .kept(expected: 1), .kept(expected: 2), .kept(expected: 3),
        .kept(expected: 4),
      ])
    #expect(
      alignment(of: expected, with: stdout("x", "b", "a"), cellLimit: 1) == [
        .kept(expected: 0), .removed(expected: 1), .kept(expected: 2), .removed(expected: 3),
        .kept(expected: 4), .added(actual: 0), .added(actual: 1), .added(actual: 2),
      ])
  }
}
