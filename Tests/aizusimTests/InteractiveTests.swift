import Foundation
import Rendering
import TestSupport
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
        "会津若松市 Aizuwakamatsu      95,000  36,119~     38.0%~   887.8   839.1      -48.7          9.3"
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

  @Test("a history file that is not one is never overwritten, and the warning is in Japanese")
  func historyWarningInJapanese() throws {
    try FileManager.default.createDirectory(
      atPath: folder.path + "/state/aizusim", withIntermediateDirectories: true)
    try "export PATH=/bin\n".write(toFile: historyPath, atomically: true, encoding: .utf8)
    let terminal = try start(arguments: ["--lang", "ja"])
    defer { terminal.stop() }
    try terminal.send("echo 会津")
    try terminal.send(.enter)
    let warning = PseudoTerminal.plainText(try terminal.expect("aizu> "))
    // The path as the file system resolves it (the temporary folder's path may hold "//").
    #expect(warning.contains("警告: 履歴を保存できません: '/"))
    #expect(warning.contains("/state/aizusim/history' は履歴ファイルではありません (1行目が _HiStOrY_V2_ ではない)"))
    #expect(try String(contentsOfFile: historyPath, encoding: .utf8) == "export PATH=/bin\n")
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

  @Test(
    "at 80 columns, in English and Japanese, the main columns fit and the rest are named",
    arguments: ["en", "ja"])
  func projectorWidth(language: String) throws {
    let terminal = try start(columns: 80, arguments: ["--lang", language])
    defer { terminal.stop() }
    try terminal.send("project 2040")
    try terminal.send(.enter)
    let output = PseudoTerminal.plainText(try terminal.expect("aizu> "))
    #expect(output.contains(language == "ja" ? "職員見込" : "Shortfall"))
    #expect(output.contains("elderly, staff_per_1000"))
    #expect(!output.contains("split into"))
    for line in output.split(separator: "\n") {
      #expect(displayWidth(String(line)) <= 80, "\(line)")
    }
    try terminal.send("project 2040 --columns all --layout vertical")
    try terminal.send(.enter)
    let records = PseudoTerminal.plainText(try terminal.expect("aizu> "))
    #expect(records.contains("-[ 昭和村 Showa ]-"))
  }
}

/// A lecturer's projector: 80 columns, in Japanese and English. The tables issue 10 names
/// fit as tables (neither split into parts nor turned into records), no line wider than 80.
@Suite("aizusim at an 80-column projector")
struct ProjectorTests {
  @Test(
    "the issue's tables fit 80 columns as tables",
    arguments: ["ja", "en"],
    [
      "project 2040", "project 令和22 昭和村", "services 2040 金山町", "compare 18 会津若松市 2030",
      "guidelines 金山町 2040", "disaster",
    ])
  func fits(language: String, line: String) throws {
    let folder = try TemporaryDirectory()
    let terminal = try PseudoTerminal(
      executable: PseudoTerminal.builtExecutable(named: "aizusim"),
      arguments: ["--lang", language, "--no-history"],
      environment: ["TERM": "xterm-256color", "HOME": folder.path, "NO_COLOR": "1"],
      columns: 80)
    defer { terminal.stop() }
    try terminal.expect("aizu> ")
    try terminal.send(line + "\n")
    let output = PseudoTerminal.plainText(try terminal.expect("aizu> "))
    let lines = output.split(separator: "\n").map(String.init).dropFirst().dropLast()
    #expect(lines.count > 3, "\(output)")
    for text in lines { #expect(displayWidth(text) <= 80, "\(line): \(text)") }
    #expect(!output.contains("-[ "), "\(line) was shown as records")
    #expect(!output.contains("split into"))
    #expect(lines.contains { $0.hasPrefix("---") }, "\(line) has no table")
  }
}

/// A crash at the prompt loses nothing: the terminal is left in its normal mode with one
/// message (never the runtime's interactive prompt), and the next session recovers the
/// unsaved changes. Ctrl-C during a long command returns to the prompt, changes intact.
@Suite("aizusim at a terminal: crashes and long commands")
struct CrashRecoveryTests {
  let folder: TemporaryDirectory

  init() throws {
    folder = try TemporaryDirectory()
  }

  /// Starts aizusim; `banner` receives what it printed up to its first prompt.
  func start(_ extra: [String: String] = [:], banner: ((String) -> Void)? = nil) throws
    -> PseudoTerminal
  {
    var environment = [
      "TERM": "xterm-256color", "HOME": folder.path, "NO_COLOR": "1",
      "AIZUSIM_HISTORY": folder.path + "/history", "XDG_STATE_HOME": folder.path + "/state",
    ]
    environment.merge(extra) { $1 }
    let terminal = try PseudoTerminal(
      executable: PseudoTerminal.builtExecutable(named: "aizusim"), arguments: [],
      environment: environment, columns: 120)
    let text = try terminal.expect("> ")
    banner?(PseudoTerminal.plainText(text))
    return terminal
  }

  @Test("a crash keeps the unsaved changes; the next session recovers them")
  func crashAndRecover() throws {
    let first = try start(["AIZUSIM_TEST_HOOK_CRASH_BEFORE": "project 2040 crash"])
    try first.send("set hours_per_fte 1900\n")
    try first.expect("aizu*> ")
    try first.send("set Showa.population.2040 600\n")
    try first.expect("aizu*> ")
    try first.send("project 2040 crash\n")
    let message = PseudoTerminal.plainText(
      try first.expect("start aizusim again and type `recover`."))
    #expect(message.contains("aizusim stopped on an internal error (signal 4)."))
    #expect(!message.contains("Press space to interact"))
    #expect(try first.waitForExit() == .signaled(SIGILL))

    var banner = ""
    let second = try start { banner = $0 }
    defer { second.stop() }
    #expect(
      banner.contains(
        "A session that ended abruptly left 2 unsaved changes over aizu: type `recover` to restore them"
      ))
    try second.send("recover\n")
    let recovered = PseudoTerminal.plainText(try second.expect("aizu*> "))
    #expect(recovered.contains("recovered 2 unsaved changes; `save FILE` keeps them"))
    try second.send("show changes\n")
    let changes = PseudoTerminal.plainText(try second.expect("aizu*> "))
    #expect(changes.contains("set assumptions.hours_per_fte 1900"))
    #expect(changes.contains("set municipalities.\"昭和村\".population.2040 600"))
    try second.send("recover\n")
    try second.expect("there are no unsaved changes to recover")
  }

  @Test("a session that ends normally leaves no journal")
  func cleanExit() throws {
    let terminal = try start()
    try terminal.send("set hours_per_fte 1900\n")
    try terminal.expect("aizu*> ")
    let journal = folder.path + "/state/aizusim/unsaved-\(terminal.processID).aizu"
    #expect(FileManager.default.fileExists(atPath: journal))
    try terminal.send("unset all\n")
    try terminal.expect("aizu> ")
    #expect(!FileManager.default.fileExists(atPath: journal))
    try terminal.send("set hours_per_fte 1900\n")
    try terminal.expect("aizu*> ")
    try terminal.send(.ctrlD)
    try terminal.expect("unsaved change")
    try terminal.expect("aizu*> ")
    try terminal.send(.ctrlD)
    #expect(try terminal.waitForExit() == .exited(0))
    #expect(!FileManager.default.fileExists(atPath: journal))
  }

  @Test("Ctrl-C during a long script returns to the prompt with the session intact")
  func interruptLongCommand() throws {
    let script = folder.path + "/long.aizu"
    let lines = Array(repeating: "project 2020..2100 --format csv", count: 20_000)
    try lines.joined(separator: "\n").write(toFile: script, atomically: true, encoding: .utf8)
    let terminal = try start()
    defer { terminal.stop() }
    try terminal.send("set hours_per_fte 1900\n")
    try terminal.expect("aizu*> ")
    try terminal.send("run \(script)\n")
    _ = terminal.read(for: .milliseconds(500))
    try terminal.send(.ctrlC)
    let output = PseudoTerminal.plainText(try terminal.expect("aizu*> "))
    #expect(output.contains("error: interrupted"))
    try terminal.send("show changes\n")
    try terminal.expect("set hours_per_fte 1900")
    try terminal.expect("aizu*> ")
  }
}
