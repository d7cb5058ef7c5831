import Testing

@testable import LineEditor

/// The keys `present` reads, from the bytes an xterm-compatible terminal sends (a remote
/// clicker sends PageDown and PageUp).
@Suite struct TerminalKeyTests {
  @Test(
    arguments: [
      ([0x0D], Terminal.Key.enter), ([0x0A], .enter), ([0x20], .character(" ")),
      ([0x62], .character("b")), ([0x71], .character("q")), ([0x03], .interrupt),
      ([0x04], .endOfInput), ([], .endOfInput), ([0x7F], .backspace), ([0x1B], .escape),
      ([0x1B, 0x5B, 0x43], .right), ([0x1B, 0x4F, 0x44], .left), ([0x1B, 0x5B, 0x41], .up),
      ([0x1B, 0x5B, 0x35, 0x7E], .pageUp), ([0x1B, 0x5B, 0x36, 0x7E], .pageDown),
      ([0xE6, 0xAC, 0xA1], .character("次")), ([0x1A], .other),
      ([0x1B, 0x5B, 0x31, 0x35, 0x7E], .other),
      ([0xFF], .other),
    ] as [([UInt8], Terminal.Key)])
  func key(bytes: [UInt8], expected: Terminal.Key) {
    #expect(Terminal.key(bytes) == expected)
  }
}
