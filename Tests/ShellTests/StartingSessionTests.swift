import Bilingual
import Foundation
import Testing

@testable import Shell

/// The interactive shell shows its banner and first prompt while the built-in scenario is
/// decoded on another thread (docs/performance.md, "Start-up, third pass"): what it shows
/// before and what it has after must be what a session made at once has.
@Suite("A session started in the background")
struct StartingSessionTests {
  @Test(
    "made in the background, the session is the one made at once, and so are its heading and prompt"
  )
  func sameSession() throws {
    let options = try SessionOptions.parse(["--lang", "ja"])
    let environment = ["LANG": "C"]
    let now = StartingSession(
      options, fileSystem: MemoryFileSystem(), environment: environment, inBackground: false)
    let later = StartingSession(
      options, fileSystem: MemoryFileSystem(), environment: environment, inBackground: true)
    #expect(!now.isInBackground)
    #expect(later.isInBackground)
    let heading = later.heading()
    later.start()
    let session = try later.session()
    #expect(session.state == (try now.session()).state)
    #expect(session.scenario == (try now.session()).scenario)
    #expect(session.language == .ja)
    #expect(heading.name == session.scenario.name)
    #expect(heading.title == session.scenario.title)
    #expect(now.heading().name == heading.name)
    let shell = Interpreter(session: session)
    #expect(Interpreter.prompt(scenario: heading.name) == shell.prompt)
    #expect(
      Interpreter.banner(
        name: heading.name, title: heading.title, language: .ja, recoverable: [], width: 80)
        == shell.banner)
  }

  @Test("asked for before it is started, the session is made on the thread asking")
  func notStarted() throws {
    let options = try SessionOptions.parse([])
    let starting = StartingSession(
      options, fileSystem: MemoryFileSystem(), environment: [:], inBackground: true)
    #expect(try starting.session().scenario.name == starting.heading().name)
    starting.start()
    #expect(try starting.session().origin == .builtin("aizu"))
  }

  @Test("a scenario file is loaded at once, so that its errors come before the prompt")
  func fileAtOnce() throws {
    let options = try SessionOptions.parse(["--scenario", "missing.toml"])
    let starting = StartingSession(
      options, fileSystem: MemoryFileSystem(), environment: [:], inBackground: true)
    #expect(!starting.isInBackground)
    #expect(throws: CommandError.self) { try starting.session() }
  }

  @Test("blanks are trimmed as Foundation trims whitespace")
  func trimming() {
    for text in [
      "", " ", "\t", "  project 2040  ", "\u{3000}昭和村\u{3000}", "\u{A0}x\u{2003}", " \u{301}a ",
      "a\nb", "\n a \n", "x\u{200B}", "\u{1680}\u{202F}y\u{205F}\u{2009}", "\u{200C}z",
    ] {
      #expect(Substring(text).trimmingBlanks == text.trimmingCharacters(in: .whitespaces))
    }
  }
}

@Suite("The process's environment")
struct ProcessEnvironmentTests {
  @Test("read from environ, it is what ProcessInfo reads")
  func sameAsProcessInfo() {
    #expect(ProcessEnvironment.read() == ProcessInfo.processInfo.environment)
  }
}
