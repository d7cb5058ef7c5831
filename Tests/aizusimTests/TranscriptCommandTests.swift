import Foundation
import Shell
import TestSupport
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The signal a Swift trap raises: `ud2` on x86-64, `brk` on ARM.
#if arch(x86_64)
  private let trapSignal = "signal 4 (SIGILL)"
#else
  private let trapSignal = "signal 5 (SIGTRAP)"
#endif

/// Showa's row of `project 2040 Showa --format csv` with the last digit of staff_supply moved.
private let showaCSV = """
  > project 2040 Showa --format csv
    municipality,romaji,year,population,elderly,elderly_share,staff_supply,staff_demand,shortfall_fte,staff_per_1000,shortfall_hours,elderly_is_assumption,elderly_is_projection_data,staff_supply_is_assumption,recruitment_pool,scenario
    昭和村,Showa,2040,650,321.3608579466356,0.49440131991790087,44.17732290654115,32.964828719036355,-11.212494187504774,67.96511216390942,-20182.489537508594,false,true,false,296.64981036662454,aizu

  """

/// The `aizusim test` command of the real binary: each transcript in a child process, a line
/// per transcript, --update, --junit and tolerances.
@Suite("aizusim test, the binary")
struct TranscriptCommandTests {
  /// Writes `text` to `name` in `directory` and returns its path.
  func write(_ text: String, _ name: String, in directory: TemporaryDirectory) throws -> String {
    let path = directory.path + "/" + name
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test("a crash fails its transcript with the signal and the command, and the run goes on")
  func crash() throws {
    let directory = try TemporaryDirectory()  // removed when the test ends
    let crashing = try write(
      "> echo before\n  before\n> echo boom\n  boom\n", "a.transcript", in: directory)
    let passing = try write("> echo hi\n  hi\n", "b.transcript", in: directory)
    let report = directory.path + "/report.xml"
    let run = try Binary.run(
      ["test", "--junit", report, directory.path],
      environment: [TranscriptRunner.crashHookVariable: "echo boom"])
    #expect(run.status == 1)
    let crashLine = "\(crashing):3: crashed: \(trapSignal) while running '> echo boom'"
    #expect(run.stdout.hasPrefix("FAIL \(crashing)\n\(crashLine)\n"))
    // The runtime's own message, from the child's stderr.
    #expect(
      run.stdout.contains(
        "Fatal error: AIZUSIM_TEST_HOOK_CRASH_BEFORE: crashing before '> echo boom' on purpose"))
    #expect(run.stdout.hasSuffix("PASS \(passing)\n1 passed, 1 failed (1 crashed)\n"))
    #expect(run.stderr.isEmpty)

    let document = try XMLDocument(contentsOf: URL(fileURLWithPath: report))
    let root = try #require(document.rootElement())
    #expect(root.attribute(forName: "tests")?.stringValue == "2")
    #expect(root.attribute(forName: "errors")?.stringValue == "1")
    #expect(root.attribute(forName: "failures")?.stringValue == "0")
    let errors = try root.nodes(forXPath: "testsuite/testcase/error")
    let error = try #require(errors.first as? XMLElement)
    #expect(error.attribute(forName: "message")?.stringValue == crashLine)
  }

  @Test("without the hook the same transcript passes: the hook is the only crash")
  func noCrash() throws {
    let directory = try TemporaryDirectory()  // removed when the test ends
    let path = try write("> echo boom\n  boom\n", "a.transcript", in: directory)
    let run = try Binary.run(["test", path])
    #expect(run.stdout == "PASS \(path)\n1 passed, 0 failed\n")
    #expect(run.status == 0)
  }

  @Test("--update keeps a transcript's byte order mark and CRLF line ends")
  func byteOrderMark() throws {
    let directory = try TemporaryDirectory()  // removed when the test ends
    let path = try write("\u{FEFF}# c\r\n> echo hi\r\n  ho\r\n", "a.transcript", in: directory)
    let update = try Binary.run(["test", "--update", path])
    #expect(update.stdout == "UPDATED \(path)\n0 passed, 1 updated, 0 failed\n")
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(Array(bytes) == Array("\u{FEFF}# c\r\n> echo hi\r\n  hi\r\n".utf8))
    #expect(try Binary.run(["test", path]).status == 0)
  }

  @Test("--update leaves a transcript whose commands did not all run, says why, and exits 1")
  func updateNotRun() throws {
    let directory = try TemporaryDirectory()  // removed when the test ends
    let text = "> echo hi\n  ho\n> quit\n> echo after\n  after\n"
    let path = try write(text, "a.transcript", in: directory)
    let update = try Binary.run(["test", "--update", path])
    #expect(update.status == 1)
    #expect(
      update.stdout.hasPrefix(
        "FAIL \(path)\n\(path):4: not updated: 1 command was not run (line 4 '> echo after'); "
          + "a rewritten file would still fail"))
    #expect(update.stdout.hasSuffix("0 passed, 0 updated, 1 failed\n"))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    #expect(try Binary.run(["test", path]).status == 1)
  }

  @Test("a full-precision CSV line passes within '% tolerance'; without, the diff names the field")
  func tolerance() throws {
    let directory = try TemporaryDirectory()  // removed when the test ends
    let tolerant = try write("% tolerance 1e-12\n" + showaCSV, "a.transcript", in: directory)
    let exact = try write(showaCSV, "b.transcript", in: directory)
    let run = try Binary.run(["test", tolerant, exact])
    #expect(run.status == 1)
    #expect(run.stdout.hasPrefix("PASS \(tolerant)\nFAIL \(exact)\n"))
    #expect(
      run.stdout.contains(
        "\(exact):3:60: field 7 (staff_supply): expected 44.17732290654115, got 44.17732290654112\n"
      ))
  }

  @Test("--junit replaces an existing report; a report it cannot write is an error, exit 1")
  func junitWrite() throws {
    let directory = try TemporaryDirectory()  // removed when the test ends
    let path = try write("> echo hi\n  hi\n", "a.transcript", in: directory)
    let report = try write("old", "report.xml", in: directory)
    let run = try Binary.run(["test", "--junit", report, path])
    #expect(run.status == 0)
    let root = try #require(try XMLDocument(contentsOf: URL(fileURLWithPath: report)).rootElement())
    #expect(root.attribute(forName: "tests")?.stringValue == "1")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == [
        "a.transcript", "report.xml",
      ])

    let missing = directory.path + "/no/such/folder/report.xml"
    let failing = try Binary.run(["test", "--junit", missing, path])
    #expect(failing.status == 1)
    #expect(failing.stdout == "PASS \(path)\n1 passed, 0 failed\n")
    #expect(
      failing.stderr
        == "error: cannot write the JUnit report '\(missing)': no such file\n")
  }

  @Test("the child runner's option is not in the help")
  func hiddenChildOption() throws {
    let help = try Binary.run(["test", "--help"])
    #expect(help.stdout.contains("--junit <FILE>"))
    #expect(!help.stdout.contains("--child"))
  }
}
