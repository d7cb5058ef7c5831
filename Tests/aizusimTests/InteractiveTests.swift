import Foundation
import Testing

/// The real `aizusim` at a keyboard, through a pseudo-terminal: Japanese, Tab,
/// Ctrl-C, Ctrl-D, and the history file on the next start. LANG is not set, as in CI.
@Suite("aizusim at a terminal")
struct InteractiveTests {
  let folder: TemporaryDirectory
  let historyPath: String

  init() throws {
    folder = try TemporaryDirectory()
    historyPath = folder.path + "/state/aizusim/history"
  }

  func start(columns: Int = 120, arguments: [String] = []) throws -> PseudoTerminal {
    let terminal = try PseudoTerminal(
      executable: PseudoTerminal.builtExecutable(named: "aizusim"), arguments: arguments,
      environment: [
        "TERM": "xterm-256color", "HOME": folder.path, "AIZUSIM_HISTORY": historyPath,
        "NO_COLOR": "1",
      ],
      columns: columns)
    try terminal.expect("aizu> ")
    return terminal
  }

  @Test("Tab completes a command and 会津 lists three towns; Enter shows an aligned table")
  func completionAndTable() throws {
    let terminal = try start()
    defer { terminal.stop() }
    try terminal.send("pro")
    try terminal.send(.tab)
    try terminal.send("2040 会津")
    try terminal.send(.tab)
    let listing = PseudoTerminal.plainText(try terminal.expect("会津美里町"))
    #expect(listing.contains("会津若松市  会津坂下町  会津美里町"))
    try terminal.expect("aizu> ")
    try terminal.send("若")
    try terminal.send(.tab)
    try terminal.send(.enter)
    let table = PseudoTerminal.plainText(try terminal.expect("aizu> "))
    #expect(table.contains("Projection 2040 (R22) — scenario aizu"))
    #expect(
      table.contains(
        "会津若松市 Aizuwakamatsu     95,000   33,550*     35.3%*         892.1         839.1          -53.0          9.4"
      ))
  }

  @Test("Ctrl-C drops a half-typed line and the shell stays; Ctrl-D leaves; history comes back")
  func cancelQuitAndHistory() throws {
    let first = try start()
    try first.send("project 2040 half typed")
    try first.send(.ctrlC)
    try first.expect("^C")
    try first.expect("aizu> ")
    try first.send("echo 会津 alive")
    try first.send(.enter)
    try first.expect("会津 alive")
    try first.expect("aizu> ")
    try first.send(.ctrlD)
    #expect(try first.waitForExit() == .exited(0))

    let attributes = try FileManager.default.attributesOfItem(atPath: historyPath)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    let saved = try String(contentsOfFile: historyPath, encoding: .utf8)
    #expect(saved.contains("会津"))
    #expect(!saved.contains("half typed"))

    let second = try start()
    defer { second.stop() }
    try second.send(.up)
    try second.expect("echo 会津 alive")
    try second.send(.ctrlU)
    try second.send(.ctrlR)
    try second.send("会")
    try second.expect("echo 会津 alive")
    try second.send(.enter)
    try second.expect("会津 alive")
  }

  @Test("unsaved changes: the first Ctrl-D warns, the second leaves")
  func quitGuard() throws {
    let terminal = try start()
    try terminal.send("set hours_per_fte 1900")
    try terminal.send(.enter)
    try terminal.expect("aizu*> ")
    try terminal.send(.ctrlD)
    try terminal.expect("unsaved change")
    try terminal.expect("aizu*> ")
    try terminal.send(.ctrlD)
    #expect(try terminal.waitForExit() == .exited(0))
  }

  @Test("a table wider than the window is split into parts with a note")
  func narrowWindow() throws {
    let terminal = try start(columns: 60)
    defer { terminal.stop() }
    try terminal.send("project 2040 Showa")
    try terminal.send(.enter)
    let output = PseudoTerminal.plainText(try terminal.expect("aizu> "))
    #expect(output.contains("split into"))
    for line in output.split(separator: "\n") {
      #expect(line.count <= 60)
    }
  }
}
