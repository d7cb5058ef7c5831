import Foundation
import TestSupport
import Testing

/// `present` at a keyboard, through a pseudo-terminal: each step on a cleared screen under
/// its title, Space and Enter forward, `b` back to the step as it was shown, `q` back to the
/// prompt with the session as the steps left it.
@Suite("present at a terminal")
struct PresentTests {
  @Test("forward, back and quit")
  func forwardBackQuit() throws {
    let folder = try TemporaryDirectory()
    let talk = folder.path + "/talk.aizu"
    try """
    # ja: 人口
    # en: Showa's population
    chart population Showa --width 60 --height 6

    # en: A change
    set hours_per_fte 1900

    # en: Echo
    echo third step
    """.write(toFile: talk, atomically: true, encoding: .utf8)
    let terminal = try PseudoTerminal(
      executable: PseudoTerminal.builtExecutable(named: "aizusim"), arguments: ["--lang", "en"],
      environment: [
        "TERM": "xterm-256color", "HOME": folder.path, "AIZUSIM_HISTORY": folder.path + "/history",
        "NO_COLOR": "1",
      ],
      columns: 100)
    defer { terminal.stop() }
    try terminal.expect("aizu> ")
    try terminal.send("present \(talk)")
    try terminal.send(.enter)
    let first = try terminal.expect("Enter, Space: next   b: back   q: quit")
    #expect(first.contains("\u{1B}[2J"))
    // The talk runs on the alternate screen, entered once, as a pager's does.
    #expect(first.contains("\u{1B}[?1049h"))
    let firstScreen = PseudoTerminal.plainText(first)
    #expect(firstScreen.contains("[1/3] Showa's population"))
    #expect(firstScreen.contains("aizu> chart population Showa --width 60 --height 6"))
    #expect(firstScreen.contains("Population — 昭和村 Showa — 2020–2040"))
    #expect(firstScreen.contains("1/3   Enter"))

    try terminal.send(" ")
    let secondRaw = try terminal.expect("2/3   Enter")
    #expect(!secondRaw.contains("\u{1B}[?1049h"))
    let second = PseudoTerminal.plainText(secondRaw)
    #expect(second.contains("[2/3] A change"))
    #expect(second.contains("aizu> set hours_per_fte 1900"))

    try terminal.send(.enter)
    let third = PseudoTerminal.plainText(try terminal.expect("3/3   Enter"))
    #expect(third.contains("[3/3] Echo"))
    // The step ran after the change: the prompt says the session has unsaved changes.
    #expect(third.contains("echo third step\nthird step") || third.contains("third step"))

    try terminal.send("b")
    let back = PseudoTerminal.plainText(try terminal.expect("2/3   Enter"))
    #expect(back.contains("[2/3] A change"))

    try terminal.send("q")
    let endedRaw = try terminal.expect("presentation ended at step 2 of 3")
    // The screen from before the talk comes back before the closing message.
    #expect(endedRaw.contains("\u{1B}[?1049l"))
    let ended = PseudoTerminal.plainText(endedRaw)
    #expect(!ended.contains("third step"))
    try terminal.expect("> ")
    // The steps run so far changed the session; going back did not run them again.
    try terminal.send("show assumptions --format csv")
    try terminal.send(.enter)
    try terminal.expect("hours_per_fte,1900")
    try terminal.send("quit --discard")
    try terminal.send(.enter)
    _ = try? terminal.waitForExit()
  }
}
