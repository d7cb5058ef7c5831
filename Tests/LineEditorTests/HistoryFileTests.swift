import CEditLine
import Foundation
import TestSupport
import Testing

@testable import LineEditor

@Suite struct HistoryFileFormatTests {
  /// Entries libedit itself saves and loads intact.
  static let libeditSafeEntries = [
    "show 予算", "a\tb", #"back\slash"#, "nl\nx", "ctl\u{1}z", "del\u{7F}", "emoji 😀", "  lead",
    "trail ", "star*?[#", "e\u{1B}[0m", #"hi\040"#, #"\M-a"#, "café", "zwj \u{200D}", "nbsp\u{A0}x",
    "kana ｶﾅ", "cr\rx", "vt\u{B}ff\u{C}", "", "$dollar", "tilde~`", "\u{FEFF}bom", "会津若松市 ",
  ]

  @Test func encodesSpacesAsOctalAndKeepsJapanese() {
    let bytes = HistoryFile.encoded(["show 予算", "a b"])
    #expect(String(decoding: bytes, as: UTF8.self) == "_HiStOrY_V2_\nshow\\040予算\na\\040b\n")
  }

  @Test func encodesEachEscapeAsLibeditDoes() {
    let bytes = HistoryFile.encoded(["\\ \t\n\u{1}\u{7F}\u{1B}"])
    #expect(
      String(decoding: bytes, as: UTF8.self) == "_HiStOrY_V2_\n\\134\\040\\011\\012\\^A\\^?\\^[\n")
  }

  @Test func writesWhatLibeditWrites() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/libedit"
    #expect(CEditLine_prepareLocale() == 1)
    let history = try #require(CEditLine_historyCreate(100, 0))
    defer { CEditLine_historyDestroy(history) }
    for entry in Self.libeditSafeEntries {
      #expect(CEditLine_historyEnter(history, entry) >= 0)
    }
    #expect(CEditLine_historySave(history, path) >= 0)
    let libeditBytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(libeditBytes == HistoryFile.encoded(Self.libeditSafeEntries))
    #expect(HistoryFile.decoded(libeditBytes) == Self.libeditSafeEntries)
  }

  @Test func libeditReadsWhatIsWritten() throws {
    // libedit loads the file and saves it again unchanged: it read every entry as written.
    let directory = try TemporaryDirectory()
    let ours = directory.path + "/ours"
    let again = directory.path + "/again"
    try Data(HistoryFile.encoded(Self.libeditSafeEntries)).write(to: URL(fileURLWithPath: ours))
    #expect(CEditLine_prepareLocale() == 1)
    let history = try #require(CEditLine_historyCreate(100, 0))
    defer { CEditLine_historyDestroy(history) }
    #expect(CEditLine_historyLoad(history, ours) == Int32(Self.libeditSafeEntries.count))
    #expect(CEditLine_historySave(history, again) >= 0)
    #expect(
      try Data(contentsOf: URL(fileURLWithPath: again))
        == Data(contentsOf: URL(fileURLWithPath: ours)))
  }

  @Test(arguments: [
    "全角　スペース",  // U+3000: libedit's own save corrupts it
    "em\u{2003}space", "line\u{2028}sep", "c1\u{85}control", "nul\u{0}byte",
    #"\\040 literally"#, "予算 2025 会津若松市",
  ])
  func roundTrip(entry: String) {
    #expect(HistoryFile.decoded(HistoryFile.encoded([entry, "next"])) == [entry, "next"])
  }

  @Test func nonASCIISpacesAreWrittenRaw() {
    let bytes = HistoryFile.encoded(["全角　スペース"])
    #expect(String(decoding: bytes, as: UTF8.self) == "_HiStOrY_V2_\n全角　スペース\n")
  }

  @Test(arguments: [
    (#"\344\272\210\347\256\227"#, "予算"),  // UTF-8 bytes in octal
    (#"a\sb"#, "a b"),
    (#"a\$b"#, "ab"),
    (#"\^A\^?"#, "\u{1}\u{7F}"),
    (#"\M^[\M-("#, "\u{FFFD}\u{FFFD}"),  // single high bytes are not UTF-8
    (#"\n\t\E"#, "\n\t\u{1B}"),
    (#"\-0"#, "-0"),  // an unknown escape stands for its character
    (#"\12x"#, "\nx"),  // octal of one or two digits
    (#"end\"#, #"end\"#),
  ])
  func decodesLibeditEscapes(line: String, expected: String) {
    #expect(HistoryFile.decoded(Array("_HiStOrY_V2_\n\(line)\n".utf8)) == [expected])
  }

  @Test func fileWithoutTheHeaderIsNotAHistory() {
    #expect(HistoryFile.decoded(Array("ls -l\ncd /\n".utf8)) == nil)
    #expect(HistoryFile.decoded(Array("_HiStOrY_V2_\n".utf8)) == [])
  }

  @Test func lastLineWithoutNewline() {
    #expect(HistoryFile.decoded(Array("_HiStOrY_V2_\na\nb".utf8)) == ["a", "b"])
  }
}

@Suite struct HistoryFileMergeTests {
  @Test func newEntriesFollowTheFilesEntries() {
    #expect(HistoryFile.merged(["a", "b"], ["c", "d"], limit: 10) == ["a", "b", "c", "d"])
  }

  @Test func noDuplicateWhereTheyMeet() {
    #expect(HistoryFile.merged(["a", "b"], ["b", "c"], limit: 10) == ["a", "b", "c"])
  }

  @Test func newestEntriesAreKept() {
    #expect(
      HistoryFile.merged(["1", "2", "3", "4", "5"], ["6", "7"], limit: 3) == ["5", "6", "7"])
    #expect(HistoryFile.merged([], ["1", "2", "3"], limit: 2) == ["2", "3"])
  }
}

@Suite struct HistoryFileSavingTests {
  @Test func createsDirectoryAndFilePrivately() throws {
    let directory = try TemporaryDirectory()
    let file = HistoryFile(path: directory.path + "/state/aizusim/history", limit: 1000)
    try file.append(["show 予算"])
    #expect(try directory.permissions(of: "state") == 0o700)
    #expect(try directory.permissions(of: "state/aizusim") == 0o700)
    #expect(try directory.permissions(of: "state/aizusim/history") == 0o600)
    #expect(try file.load() == ["show 予算"])
  }

  @Test func twoShellsKeepEachOthersEntries() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/history"
    let file = HistoryFile(path: path, limit: 1000)
    try file.append(["old"])
    // Both shells loaded ["old"]; B saves first, then A: nothing of B's is lost.
    try file.append(["b1"])
    try file.append(["a1", "a2"])
    #expect(try file.load() == ["old", "b1", "a1", "a2"])
  }

  @Test func concurrentSavesLoseNothing() async throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/history"
    let shells = 8
    let linesPerShell = 25
    try await withThrowingTaskGroup(of: Void.self) { group in
      for shell in 0..<shells {
        group.addTask {
          let file = HistoryFile(path: path, limit: 10_000)
          for line in 0..<linesPerShell {
            try file.append(["shell \(shell) line \(line) 会津"])
          }
        }
      }
      try await group.waitForAll()
    }
    let entries = try HistoryFile(path: path, limit: 10_000).load()
    #expect(entries.count == shells * linesPerShell)
    for shell in 0..<shells {
      let own = entries.filter { $0.hasPrefix("shell \(shell) ") }
      #expect(own == (0..<linesPerShell).map { "shell \(shell) line \($0) 会津" })
    }
  }

  @Test func loadKeepsTheNewestEntries() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/history"
    try HistoryFile(path: path, limit: 100).append(["1", "2", "3", "4", "5"])
    #expect(try HistoryFile(path: path, limit: 3).load() == ["3", "4", "5"])
    try HistoryFile(path: path, limit: 3).append(["6"])
    #expect(try HistoryFile(path: path, limit: 100).load() == ["4", "5", "6"])
  }

  @Test func refusesToOverwriteAnotherFile() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/bashrc"
    try Data("export PATH=/bin\n".utf8).write(to: URL(fileURLWithPath: path))
    let file = HistoryFile(path: path, limit: 1000)
    let saving = #expect(throws: HistoryFileError.self) { try file.append(["oops"]) }
    #expect(saving?.kind == .notAHistoryFile)
    let loading = #expect(throws: HistoryFileError.self) { try file.load() }
    #expect(loading?.kind == .notAHistoryFile)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "export PATH=/bin\n")
  }

  /// What failed is a value (the kind, the path, errno); the English is for programs with no
  /// words of their own.
  @Test func failuresAreValues() throws {
    let directory = try TemporaryDirectory()
    let blocker = directory.path + "/file"
    #expect(FileManager.default.createFile(atPath: blocker, contents: Data("x".utf8)))
    let error = #expect(throws: HistoryFileError.self) {
      try HistoryFile(path: blocker + "/state/history", limit: 10).append(["a"])
    }
    #expect(error?.kind == .cannotCreateDirectory)
    #expect(error?.path.hasSuffix("/file/state") == true)
    #expect(error?.code == ENOTDIR)
    #expect(error?.reason == "Not a directory")
    #expect(
      error.map { "cannot create directory '\($0.path)' for the history: Not a directory" }
        == error?.description)
    #expect(
      HistoryFileError(.notAHistoryFile, path: "/h").description
        == "'/h' is not a history file (its first line is not _HiStOrY_V2_); move it away, or "
        + "choose another history file")
  }

  @Test func emptyFileIsAnEmptyHistory() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/history"
    #expect(FileManager.default.createFile(atPath: path, contents: Data()))
    let file = HistoryFile(path: path, limit: 1000)
    #expect(try file.load() == [])
    try file.append(["a"])
    #expect(try file.load() == ["a"])
  }

  @Test func savesThroughASymbolicLink() throws {
    let directory = try TemporaryDirectory()
    let target = directory.path + "/real-history"
    let link = directory.path + "/history"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    // The first save creates the file the link points to, the second replaces it.
    try HistoryFile(path: link, limit: 1000).append(["a"])
    try HistoryFile(path: link, limit: 1000).append(["b"])
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
    #expect(try HistoryFile(path: target, limit: 1000).load() == ["a", "b"])
  }

  @Test func leavesNoTemporaryFiles() throws {
    let directory = try TemporaryDirectory()
    try HistoryFile(path: directory.path + "/history", limit: 1000).append(["a"])
    try HistoryFile(path: directory.path + "/history", limit: 1000).append(["b"])
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    #expect(names == ["history", "history.lock"])
  }

  @Test func givesUpWhenTheLockIsHeld() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/history"
    try HistoryFile(path: path, limit: 1000).append(["a"])
    let holder = open(path + ".lock", O_RDWR)
    defer { close(holder) }
    #expect(flock(holder, LOCK_EX) == 0)
    let start = ContinuousClock.now
    let error = #expect(throws: HistoryFileError.self) {
      try HistoryFile(path: path, limit: 1000).append(["b"])
    }
    #expect(error?.kind == .stayedLocked(seconds: 2))
    #expect(ContinuousClock.now - start < .seconds(5))
    #expect(try HistoryFile(path: path, limit: 1000).load() == ["a"])
  }
}

@Suite struct HistoryPathTests {
  @Test func explicitPathWins() {
    let environment = ["DEMO_HISTORY": "/tmp/h", "XDG_STATE_HOME": "/s", "HOME": "/home/u"]
    #expect(HistoryFile.defaultPath(for: "demo", environment: environment) == "/tmp/h")
  }

  @Test func emptyExplicitPathTurnsHistoryOff() {
    #expect(
      HistoryFile.defaultPath(for: "demo", environment: ["DEMO_HISTORY": "", "HOME": "/home/u"])
        == nil)
  }

  @Test func stateHomeComesNext() {
    let environment = ["XDG_STATE_HOME": "/s/", "HOME": "/home/u"]
    #expect(HistoryFile.defaultPath(for: "demo", environment: environment) == "/s/demo/history")
  }

  @Test func relativeStateHomeIsIgnored() {
    let environment = ["XDG_STATE_HOME": "state", "HOME": "/home/u"]
    #expect(
      HistoryFile.defaultPath(for: "demo", environment: environment)
        == "/home/u/.local/state/demo/history")
  }

  @Test func homeIsTheFallback() {
    #expect(
      HistoryFile.defaultPath(for: "demo", environment: ["HOME": "/home/u"])
        == "/home/u/.local/state/demo/history")
    #expect(
      HistoryFile.defaultPath(for: "demo", environment: ["HOME": "/"])
        == "/.local/state/demo/history")
    #expect(HistoryFile.defaultPath(for: "demo", environment: [:]) == nil)
  }
}
