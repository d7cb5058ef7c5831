import Foundation
import TestSupport
import Testing

/// The real `aizusim` binary in script mode: exit codes, --bail, --echo, and
/// stdout and stderr told apart and kept in order.
@Suite("Script mode of the aizusim binary")
struct ScriptModeTests {
  @Test("a piped script prints CSV and exits 0")
  func pipedCSV() throws {
    let run = try Binary.run(["--format", "csv"], input: "project 2040 Showa\n")
    #expect(run.status == 0)
    #expect(
      run.stdout == """
        municipality,romaji,year,population,elderly,elderly_share,staff_supply,staff_demand,shortfall_fte,staff_per_1000,shortfall_hours,elderly_is_assumption,elderly_is_projection_data,staff_supply_is_assumption,recruitment_pool,scenario
        昭和村,Showa,2040,650,321.3608579466356,0.49440131991790087,44.17732290654112,32.96482871903635,-11.212494187504774,67.96511216390942,-20182.489537508594,false,true,false,296.64981036662454,aizu

        """)
    #expect(run.stderr.isEmpty)
  }

  @Test("-c prints the 13 municipalities and the region")
  func commandOption() throws {
    let run = try Binary.run(["-c", "project 2040", "--format", "csv"])
    let lines = run.stdout.split(separator: "\n")
    #expect(run.status == 0)
    #expect(lines.count == 15)
    #expect(lines[1].hasPrefix("会津若松市,Aizuwakamatsu,2040,95000,"))
    #expect(lines[14].hasPrefix("会津地域,Aizu region,2040,179610,"))
  }

  @Test("a bad command exits 1, names the line on stderr, and the script goes on")
  func badCommand() throws {
    let run = try Binary.run([], input: "echo one\nprojet 2040\necho two\n")
    #expect(run.status == 1)
    #expect(run.stdout == "one\ntwo\n")
    #expect(run.stderr == "<stdin>:2: error: unknown command 'projet' (did you mean 'project'?)\n")
  }

  @Test("--bail stops at the first failure")
  func bail() throws {
    let run = try Binary.run(["--bail"], input: "echo one\nprojet 2040\necho two\n")
    #expect(run.status == 1)
    #expect(run.stdout == "one\n")
  }

  @Test("--echo prints each command after the prompt, like a transcript")
  func echo() throws {
    let run = try Binary.run([
      "--echo", "-c", "echo 会津", "-c", "set hours_per_fte 1900", "-c", "echo done",
    ])
    #expect(run.status == 0)
    #expect(
      run.stdout
        == "aizu> echo 会津\n会津\naizu> set hours_per_fte 1900\nhours_per_fte = 1900 (was 1800)\naizu*> echo done\ndone\n"
    )
  }

  @Test("stdout and stderr arrive in order when both go to one pipe")
  func ordering() throws {
    let run = try Binary.run([], input: "echo 1\nnope\necho 2\nnope\necho 3\n", mergeStreams: true)
    #expect(
      run.stdout == """
        1
        <stdin>:2: error: unknown command 'nope' (type `help` for the commands)
        2
        <stdin>:4: error: unknown command 'nope' (type `help` for the commands)
        3

        """)
  }

  @Test("script files run in order, errors name file:line; -c errors name -c:N")
  func files() throws {
    let directory = try TemporaryDirectory()  // removed when the test ends
    let folder = URL(fileURLWithPath: directory.path)
    let script = folder.appendingPathComponent("a.aizu")
    try "echo from a\n\nprojet\n".write(to: script, atomically: true, encoding: .utf8)
    let run = try Binary.run(["-c", "echo first", "-c", "nope", script.path])
    #expect(run.status == 1)
    #expect(run.stdout == "first\nfrom a\n")
    #expect(
      run.stderr
        == "-c:2: error: unknown command 'nope' (type `help` for the commands)\n\(script.path):3: error: unknown command 'projet' (did you mean 'project'?)\n"
    )
  }

  @Test("bad usage exits 2; quit exits 0; --version answers")
  func exitStatus() throws {
    #expect(try Binary.run(["--bogus"]).status == 2)
    #expect(try Binary.run(["--lang", "fr", "-c", "echo x"]).status == 2)
    #expect(try Binary.run(["-c", "quit", "-c", "nope"]).status == 0)
    #expect(try Binary.run(["--version"]).stdout == "0.1.0\n")
  }

  @Test("a bad --scenario lists every problem and exits 1")
  func badScenario() throws {
    let directory = try TemporaryDirectory()  // removed when the test ends
    let folder = URL(fileURLWithPath: directory.path)
    let file = folder.appendingPathComponent("w.toml")
    try "extends = \"aizu\"\nhorizn = 2050\n[municipalities.\"会津若松\"]\nstaff = 1\n".write(
      to: file, atomically: true, encoding: .utf8)
    let run = try Binary.run(["--scenario", file.path, "-c", "show"])
    #expect(run.status == 1)
    #expect(
      run.stderr == """
        error: cannot load \(file.path): 2 problems
          \(file.path):2:1: horizn: unknown key 'horizn' (did you mean 'horizon'?)
          \(file.path):3:1: municipalities.会津若松: unknown municipality (did you mean '会津若松市'?)

        """)
    #expect(run.stdout.isEmpty)
  }

  @Test("a bad --scenario with --lang ja lists every problem in Japanese")
  func badScenarioInJapanese() throws {
    let directory = try TemporaryDirectory()  // removed when the test ends
    let file = URL(fileURLWithPath: directory.path).appendingPathComponent("w.toml")
    try "extends = \"aizu\"\nhorizn = 2050\n[municipalities.\"会津若松\"]\nstaff = 1\n".write(
      to: file, atomically: true, encoding: .utf8)
    let run = try Binary.run(["--lang", "ja", "--scenario", file.path, "-c", "show"])
    #expect(run.status == 1)
    #expect(
      run.stderr == """
        エラー: \(file.path) を読み込めません: 問題が 2 件あります
          \(file.path):2:1: horizn: キー 'horizn' はありません ('horizon' のことですか?)
          \(file.path):3:1: municipalities.会津若松: その市町村はありません ('会津若松市' のことですか?)

        """)
  }

  @Test("aizusim test passes on the regression transcripts and fails with a diff on a changed one")
  func transcripts() throws {
    let directory = try TemporaryDirectory()  // removed when the test ends
    let folder = URL(fileURLWithPath: directory.path)
    let file = folder.appendingPathComponent("t.transcript")
    try
      "% args --format csv\n> project 2040 Showa --format csv\n  municipality,romaji,year,population\n"
      .write(to: file, atomically: true, encoding: .utf8)
    let failing = try Binary.run(["test", file.path])
    #expect(failing.status == 1)
    #expect(
      failing.stdout.contains(
        "\(file.path):2: output of '> project 2040 Showa --format csv' differs"))
    #expect(failing.stdout.hasPrefix("FAIL \(file.path)\n--- \(file.path) (expected)\n"))
    #expect(failing.stdout.hasSuffix("0 passed, 1 failed\n"))
    let update = try Binary.run(["test", "--update", file.path])
    #expect(update.stdout == "UPDATED \(file.path)\n0 passed, 1 updated, 0 failed\n")
    #expect(update.status == 0)
    let passing = try Binary.run(["test", file.path])
    #expect(passing.stdout == "PASS \(file.path)\n1 passed, 0 failed\n")
    #expect(passing.status == 0)
  }
}

extension ScriptModeTests {
  @Test("aizusim test speaks the environment's language: LANG=ja_JP.UTF-8 gives Japanese")
  func transcriptsInJapanese() throws {
    let directory = try TemporaryDirectory()  // removed when the test ends
    let file = URL(fileURLWithPath: directory.path).appendingPathComponent("t.transcript")
    try "> project 2040 Showa --format csv\n  municipality,romaji,year,population\n"
      .write(to: file, atomically: true, encoding: .utf8)
    let japanese = ["LANG": "ja_JP.UTF-8"]
    let failing = try Binary.run(["test", file.path], environment: japanese)
    #expect(failing.status == 1)
    #expect(failing.stdout.hasPrefix("FAIL \(file.path)\n--- \(file.path) (期待)\n"))
    #expect(failing.stdout.contains("\(file.path):1: '> project 2040 Showa --format csv' の出力が違います"))
    #expect(failing.stdout.hasSuffix("0 件合格、1 件不合格\n"))
    let update = try Binary.run(["test", "--update", file.path], environment: japanese)
    #expect(update.stdout == "UPDATED \(file.path)\n0 件合格、1 件更新、0 件不合格\n")
    let missing = try Binary.run(["test", directory.path + "/none"], environment: japanese)
    #expect(missing.status == 1)
    #expect(
      missing.stdout
        == "FAIL \(directory.path)/none\n\(directory.path)/none: 読めません: no such file\n0 件合格、1 件不合格\n"
    )
  }
}

/// Runs the `aizusim` binary built beside the tests.
enum Binary {
  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// `.build/<config>/aizusim`, next to the test bundle.
  static var path: String {
    if let path = ProcessInfo.processInfo.environment["AIZUSIM_BINARY"] { return path }
    let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    return bundle.appendingPathComponent("aizusim").path
  }

  static func run(
    _ arguments: [String], input: String = "", mergeStreams: Bool = false,
    directory: String? = nil, environment extra: [String: String] = [:]
  ) throws -> Run {
    try run(
      arguments, input: Data(input.utf8), mergeStreams: mergeStreams, directory: directory,
      environment: extra)
  }

  static func run(
    _ arguments: [String], input: Data, mergeStreams: Bool = false, directory: String? = nil,
    environment extra: [String: String] = [:]
  ) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    var environment = ProcessInfo.processInfo.environment
    environment["LANG"] = "C.UTF-8"
    environment["AIZUSIM_HISTORY"] = "/dev/null/never-written"
    environment.merge(extra) { $1 }
    process.environment = environment
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = mergeStreams ? stdout : Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    // A child that stops reading early (as it must on binary input) must not take the
    // test process down with SIGPIPE; the input is written beside the reading of the
    // output, so neither side waits for the other.
    signal(SIGPIPE, SIG_IGN)
    try process.run()
    let writer = Thread {
      try? stdin.fileHandleForWriting.write(contentsOf: input)
      try? stdin.fileHandleForWriting.close()
    }
    writer.start()
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    let err = mergeStreams ? Data() : stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
      stderr: String(decoding: err, as: UTF8.self))
  }
}
