import Foundation
import TestSupport
import Testing

@testable import LineEditor

/// LineEditorDemo driven through a pseudo-terminal, as a person at a keyboard would: proves the
/// line editor and the harness end to end. LANG is not set, as in CI: Japanese must still work.
@Suite struct LineEditorDemoTests {
  let directory: TemporaryDirectory
  let historyPath: String

  init() throws {
    directory = try TemporaryDirectory()
    historyPath = directory.path + "/state/linedemo/history"
  }

  func startDemo(columns: Int = 80, environment extra: [String: String] = [:]) throws
    -> PseudoTerminal
  {
    let environment = [
      "TERM": "xterm-256color", "HOME": directory.path, "LINEDEMO_HISTORY": historyPath,
    ]
    let terminal = try PseudoTerminal(
      executable: PseudoTerminal.builtExecutable(named: "LineEditorDemo"),
      environment: environment.merging(extra) { $1 }, columns: columns)
    try terminal.expect("demo>")
    return terminal
  }

  /// The rest of the line after `got: `, as the demo echoed it, once the next prompt is shown.
  /// Keys sent before the prompt would be typeahead, edited by the kernel, not the line editor.
  func echoedLine(_ terminal: PseudoTerminal) throws -> String {
    try terminal.expect("got: ")
    let line = PseudoTerminal.plainText(try terminal.expect("\n"))
    try terminal.expect("demo>")
    return line.trimmingCharacters(in: .newlines)
  }

  @Test func tabListsCandidatesAndCompletesJapanese() throws {
    let terminal = try startDemo()
    try terminal.send("会津")
    try terminal.send(.tab)
    let listing = try terminal.expect("会津美里町")
    #expect(PseudoTerminal.plainText(listing).contains("会津若松市  会津坂下町  会津美里町"))
    try terminal.expect("demo>")  // the line is drawn again under the list
    try terminal.send("若")
    try terminal.send(.tab)
    try terminal.send(.enter)
    #expect(try echoedLine(terminal) == "会津若松市 ")  // a unique completion adds a space
    try terminal.send("Ka")
    try terminal.send(.tab)
    try terminal.send("town")
    try terminal.send(.enter)
    #expect(try echoedLine(terminal) == "Kaneyama town")
  }

  @Test func japaneseLineIsEchoedIntact() throws {
    let terminal = try startDemo()
    try terminal.send("予算 show 会津若松市　全角")
    try terminal.send(.enter)
    #expect(try echoedLine(terminal) == "予算 show 会津若松市　全角")
    // Editing in the middle of Japanese text: Ctrl-A, Right twice, insert.
    try terminal.send("会津市")
    try terminal.send(.ctrlA)
    try terminal.send(.right)
    try terminal.send(.right)
    try terminal.send("若松")
    try terminal.send(.enter)
    #expect(try echoedLine(terminal) == "会津若松市")
  }

  @Test func ctrlCDropsTheLineAndKeepsTheShell() throws {
    let terminal = try startDemo()
    try terminal.send("cancel this 会津")
    try terminal.send(.left)
    try terminal.send(.ctrlC)
    try terminal.expect("^C")
    try terminal.expect("demo>")
    #expect(!terminal.isInLineMode)
    try terminal.send("after")
    try terminal.send(.enter)
    #expect(try echoedLine(terminal) == "after")
    try terminal.send(.up)  // the dropped line is not in the history
    try terminal.send(.up)
    try terminal.send(.enter)
    #expect(try echoedLine(terminal) == "after")
    try terminal.send(.ctrlD)
    #expect(try terminal.waitForExit() == .exited(0))
  }

  @Test func ctrlCStopsARunningCommand() throws {
    let terminal = try startDemo()
    try terminal.send("wait")
    try terminal.send(.enter)
    try terminal.expect("waiting")
    #expect(terminal.isInLineMode)  // a command runs with the terminal as it normally is
    try terminal.send(.ctrlC)
    try terminal.expect("wait interrupted", timeout: .seconds(3))
    try terminal.expect("demo>")
    try terminal.send(.ctrlD)
    #expect(try terminal.waitForExit() == .exited(0))
  }

  @Test func terminalIsInEditingModeAtThePromptAndBackInLineModeAfterExit() throws {
    let terminal = try startDemo()
    #expect(!terminal.isInLineMode)
    try terminal.send("show")
    try terminal.send(.enter)
    try terminal.expect("got: show")
    try terminal.expect("demo>")
    #expect(!terminal.isInLineMode)
    try terminal.send(.ctrlD)
    #expect(try terminal.waitForExit() == .exited(0))
    #expect(terminal.isInLineMode)
  }

  @Test func keyRightAfterThePromptIsNeverLost() async throws {
    // libedit draws the prompt before it leaves the kernel's line mode; a Ctrl-D sent in that
    // moment became a NUL and the shell hung. Many demos at once make that moment last.
    let demos = 24
    let executable = PseudoTerminal.builtExecutable(named: "LineEditorDemo")
    let environment = ["TERM": "xterm-256color", "LINEDEMO_HISTORY": historyPath]
    let exits = try await withThrowingTaskGroup(of: PseudoTerminal.Termination.self) { group in
      for _ in 0..<demos {
        group.addTask {
          let terminal = try PseudoTerminal(executable: executable, environment: environment)
          try terminal.expect("demo>")
          try terminal.send(.ctrlD)
          return try terminal.waitForExit(timeout: .seconds(3))
        }
      }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    #expect(exits == Array(repeating: .exited(0), count: demos))
  }

  @Test func ctrlDOnAnEmptyLineExits() throws {
    let terminal = try startDemo()
    try terminal.send(.ctrlD)
    #expect(try terminal.waitForExit() == .exited(0))
    // Nothing was typed: no history file is written.
    #expect(!FileManager.default.fileExists(atPath: historyPath))
  }

  @Test func historyIsSavedPrivatelyAndRecalledNextTime() throws {
    let first = try startDemo()
    for line in ["show 予算", "list 会津若松市", "list 会津若松市", " "] {
      try first.send(line)
      try first.send(.enter)
      _ = try echoedLine(first)
    }
    try first.send(.ctrlD)
    #expect(try first.waitForExit() == .exited(0))
    #expect(try directory.permissions(of: "state/linedemo/history") == 0o600)
    #expect(try directory.permissions(of: "state/linedemo") == 0o700)
    #expect(try HistoryFile(path: historyPath, limit: 1000).load() == ["show 予算", "list 会津若松市"])

    let second = try startDemo()
    try second.send(.up)
    try second.send(.up)
    try second.send(.enter)
    #expect(try echoedLine(second) == "show 予算")
    try second.send(.ctrlR)
    try second.send("会津")
    try second.send(.enter)
    #expect(try echoedLine(second) == "list 会津若松市")
    try second.send(.ctrlD)
    #expect(try second.waitForExit() == .exited(0))
  }

  @Test func ctrlRSearchesTheHistoryForJapanese() throws {
    // libedit's own search ends at 会 (U+4F1A, looked up as ^Z) and inserts it instead.
    try HistoryFile(path: historyPath, limit: 1000).append([
      "show 会津若松市", "show 予算", "compare 会津坂下町 会津美里町", "list",
    ])
    let terminal = try startDemo()
    try terminal.send(.ctrlR)
    try terminal.send("会津")
    try terminal.expect("(reverse-i-search)`会津': ")
    try terminal.send(.enter)
    #expect(try echoedLine(terminal) == "compare 会津坂下町 会津美里町")
    // Ctrl-R again finds an older entry.
    try terminal.send(.ctrlR)
    try terminal.send("会津")
    try terminal.send(.ctrlR)
    try terminal.send(.enter)
    #expect(try echoedLine(terminal) == "show 会津若松市")
    // Ctrl-G puts back what was typed; an arrow key ends the search and moves the cursor.
    try terminal.send("typed")
    try terminal.send(.ctrlR)
    try terminal.send("予算")
    try terminal.expect("show 予算")
    try terminal.send(bytes: [0x07])
    try terminal.send(" more")
    try terminal.send(.enter)
    #expect(try echoedLine(terminal) == "typed more")
    try terminal.send(.ctrlR)
    try terminal.send("予算")
    try terminal.send(.right)
    try terminal.send(.right)
    try terminal.send("案")
    try terminal.send(.enter)
    #expect(try echoedLine(terminal) == "show 予算案")
    try terminal.send(.ctrlD)
    #expect(try terminal.waitForExit() == .exited(0))
  }

  @Test func resizingMidLineKeepsTheLine() throws {
    let terminal = try startDemo()
    try terminal.send("long line 日本語テキスト")
    try terminal.resize(columns: 20, rows: 10)
    terminal.read(for: .milliseconds(200))
    try terminal.send(" end")
    try terminal.resize(columns: 100, rows: 30)
    terminal.read(for: .milliseconds(200))
    try terminal.send(.enter)
    #expect(try echoedLine(terminal) == "long line 日本語テキスト end")
    try terminal.send(.ctrlD)
    #expect(try terminal.waitForExit() == .exited(0))
  }

  @Test func typingAfterTheTerminalNarrowsKeepsMemoryIntact() throws {
    // libedit keeps the cursor position from before a resize and writes the next character
    // typed at the end of the line through it, past its display buffers when the terminal got
    // narrower. glibc's checking allocator turns that overflow into an abort.
    let checkingAllocator = "/usr/lib/x86_64-linux-gnu/libc_malloc_debug.so.0"
    let checks =
      FileManager.default.fileExists(atPath: checkingAllocator)
      ? ["LD_PRELOAD": checkingAllocator, "MALLOC_CHECK_": "3"] : [:]
    let terminal = try startDemo(environment: checks)
    try terminal.send(String(repeating: "会津若松市 abc ", count: 6))
    terminal.read(for: .milliseconds(200))
    try terminal.resize(columns: 15, rows: 10)
    terminal.read(for: .milliseconds(200))
    try terminal.send("x会津")
    terminal.read(for: .milliseconds(200))
    try terminal.resize(columns: 80, rows: 24)
    terminal.read(for: .milliseconds(200))
    try terminal.send(.enter)
    #expect(try echoedLine(terminal) == String(repeating: "会津若松市 abc ", count: 6) + "x会津")
    try terminal.send(.ctrlD)
    #expect(try terminal.waitForExit() == .exited(0))
  }

  @Test func withoutATerminalNoHistoryIsWritten() throws {
    // Script mode: standard input is a pipe, so no LineEditor exists.
    let process = Process()
    process.executableURL = URL(
      fileURLWithPath: PseudoTerminal.builtExecutable(named: "LineEditorDemo"))
    process.environment = ["HOME": directory.path, "LINEDEMO_HISTORY": historyPath]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(Data("show 予算\r\nlast".utf8))
    try input.fileHandleForWriting.close()
    let echoed = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(String(decoding: echoed, as: UTF8.self) == "got: show 予算\ngot: last\n")
    #expect(process.terminationStatus == 0)
    #expect(!FileManager.default.fileExists(atPath: historyPath))
  }
}
