import Rendering
import Testing

@testable import LineEditor

@Suite struct CompletionTests {
  let towns = ["会津若松市", "会津坂下町", "会津美里町"]

  @Test func uniqueCandidateAddsTheRestOfTheWordAndASpace() {
    let completion = Completion(word: "会津若", candidates: ["会津若松市"])
    #expect(
      completion.edit(textBeforeCursor: "show 会津若")
        == CompletionEdit(deletedScalarCount: 0, insertion: "松市 ", isListing: false))
  }

  @Test(arguments: [
    ("load Sc", "Sc", "Scenarios/", "enarios/"), ("set Sho", "Sho", "Showa.", "wa."),
  ])
  func aFolderOrAPathGoingOnGetsNoSpace(line: String, word: String, candidate: String, rest: String)
  {
    #expect(
      Completion(word: word, candidates: [candidate]).edit(textBeforeCursor: line)
        == CompletionEdit(deletedScalarCount: 0, insertion: rest, isListing: false))
  }

  @Test func severalCandidatesExtendToTheirCommonPrefixAndList() {
    let completion = Completion(word: "会", candidates: towns)
    #expect(
      completion.edit(textBeforeCursor: "show 会")
        == CompletionEdit(deletedScalarCount: 0, insertion: "津", isListing: true))
  }

  @Test func severalCandidatesWithNothingToAddOnlyList() {
    let completion = Completion(word: "会津", candidates: towns)
    #expect(
      completion.edit(textBeforeCursor: "会津")
        == CompletionEdit(deletedScalarCount: 0, insertion: "", isListing: true))
  }

  @Test func asciiCommonPrefix() {
    let completion = Completion(word: "Ai", candidates: ["Aizuwakamatsu", "Aizubange"])
    #expect(
      completion.edit(textBeforeCursor: "Ai")
        == CompletionEdit(deletedScalarCount: 0, insertion: "zu", isListing: true))
  }

  @Test func candidateMatchedAnotherWayReplacesTheWord() {
    // "あいづ" is three scalars; libedit deletes by wide character, which is a scalar on Linux.
    #expect(
      Completion(word: "あいづ", candidates: ["会津"]).edit(textBeforeCursor: "show あいづ")
        == CompletionEdit(deletedScalarCount: 3, insertion: "会津 ", isListing: false))
    #expect(
      Completion(word: "aizu", candidates: ["Aizuwakamatsu"]).edit(textBeforeCursor: "aizu")
        == CompletionEdit(deletedScalarCount: 4, insertion: "Aizuwakamatsu ", isListing: false))
  }

  @Test func typedTextIsNeverShortened() {
    // Their common prefix "" is shorter than the typed "aizuw": list, change nothing.
    let completion = Completion(word: "aizuw", candidates: ["Aizuwakamatsu", "aizuwa"])
    #expect(
      completion.edit(textBeforeCursor: "aizuw")
        == CompletionEdit(deletedScalarCount: 0, insertion: "", isListing: true))
  }

  @Test func graphemesAreNotSplit() {
    // "e" is not a prefix of "e\u{301}tude": the accent belongs to the first character.
    let completion = Completion(word: "e", candidates: ["e\u{301}tude"])
    #expect(
      completion.edit(textBeforeCursor: "e")
        == CompletionEdit(deletedScalarCount: 1, insertion: "e\u{301}tude ", isListing: false))
  }

  @Test func noCandidatesMeansNoEdit() {
    #expect(Completion.none.edit(textBeforeCursor: "show ") == nil)
  }

  @Test func duplicateCandidatesCountOnce() {
    #expect(
      Completion(word: "Ka", candidates: ["Kaneyama", "Kaneyama"]).edit(textBeforeCursor: "Ka")
        == CompletionEdit(deletedScalarCount: 0, insertion: "neyama ", isListing: false))
  }

  @Test func aWordThatDoesNotEndTheLineIsCompletedAtTheCursor() {
    #expect(
      Completion(word: "xyz", candidates: ["list"]).edit(textBeforeCursor: "show ")
        == CompletionEdit(deletedScalarCount: 0, insertion: "list ", isListing: false))
  }

  @Test func longestCommonPrefix() {
    #expect(Completion.longestCommonPrefix(of: towns) == "会津")
    #expect(Completion.longestCommonPrefix(of: ["会津若松市", "会津若松"]) == "会津若松")
    #expect(Completion.longestCommonPrefix(of: ["abc", "xyz"]) == "")
    #expect(Completion.longestCommonPrefix(of: ["only"]) == "only")
    #expect(Completion.longestCommonPrefix(of: []) == "")
  }

  // MARK: - Listing

  @Test func candidatesFitOneRowOnAWideTerminal() {
    let rows = Completion(word: "会津", candidates: towns).listedRows(width: 80)
    #expect(rows == ["会津若松市  会津坂下町  会津美里町"])
  }

  @Test func candidatesGoDownThenAcrossOnANarrowTerminal() {
    // Each town is 10 columns wide, 12 with the gap; 30 columns hold two.
    let rows = Completion(word: "会津", candidates: towns).listedRows(width: 30)
    #expect(rows == ["会津若松市  会津美里町", "会津坂下町"])
  }

  @Test func columnsArePaddedByDisplayWidth() {
    let rows = Completion(word: "", candidates: ["Kaneyama", "会津若松市", "a"]).listedRows(width: 80)
    #expect(rows == ["Kaneyama    会津若松市  a"])
  }

  @Test func anItemWiderThanTheTerminalGetsARowOfItsOwn() {
    let rows = Completion(word: "", candidates: ["Aizuwakamatsu", "Kaneyama"]).listedRows(width: 8)
    #expect(rows == ["Aizuwakamatsu", "Kaneyama"])
  }

  @Test(arguments: [20, 33, 40, 57, 80])
  func rowsStayNarrowerThanTheTerminal(width: Int) {
    let candidates = towns + ["Aizuwakamatsu", "Kaneyama", "Shimogo", "Minamiaizu", "猪苗代町"]
    let rows = Completion(word: "", candidates: candidates).listedRows(width: width)
    #expect(rows.allSatisfy { displayWidth($0) < width })
    #expect(rows.joined(separator: " ").split(separator: " ").count == candidates.count)
  }

  // MARK: - Listing below the line

  @Test func listingBelowAOneRowLine() {
    #expect(LineEditor.listing(rows: ["a  b", "c"], cursorRow: 0, lastRow: 0) == "\na  b\nc\n")
  }

  @Test func listingBelowAWrappedLineWithTheCursorOnItsFirstRow() {
    // Down past the line's second row first, so that the list does not overwrite it.
    #expect(LineEditor.listing(rows: ["a  b"], cursorRow: 0, lastRow: 1) == "\n\na  b\n")
  }

  @Test func listingBelowAWrappedLineWithTheCursorOnItsSecondRow() {
    // libedit will clear one row above where it believes the cursor is: leave a blank one.
    #expect(LineEditor.listing(rows: ["a  b"], cursorRow: 1, lastRow: 1) == "\na  b\n\n")
  }

  // MARK: - Cursor

  @Test(arguments: [
    (11, "show 会津"),  // "show " is 5 bytes, each kanji 3
    (12, "show 会津"),  // inside 若: back to its start
    (13, "show 会津"),
    (14, "show 会津若"),
    (0, ""),
    (100, "show 会津若松"),
  ])
  func textBeforeCursor(cursorOffset: Int, expected: String) {
    let line = Array("show 会津若松".utf8)
    let text = line.withUnsafeBufferPointer {
      LineEditor.textBeforeCursor(in: $0, cursorOffset: cursorOffset)
    }
    #expect(text == expected)
  }
}
