import Testing

@testable import LineEditor

@Suite struct TerminalTests {
  @Test(
    arguments: [
      (100, nil, 100),  // what the terminal reports wins
      (100, "120", 100),
      (0, "120", 120),  // no terminal: $COLUMNS
      (0, "abc", 80),
      (0, "0", 80),
      (0, "-5", 80),
      (0, nil, 80),
    ] as [(Int, String?, Int)])
  func width(measured: Int, columnsVariable: String?, expected: Int) {
    #expect(Terminal.width(measured: measured, columnsVariable: columnsVariable) == expected)
  }
}
