import Foundation
import TestSupport
import Testing

/// The binary never loses a file and never hides a failure from a script (issue 9).
@Suite("Nothing lost, nothing hidden: the binary's files and exit statuses")
struct SafetyTests {
  @Test(
    "a failed command makes the run exit 1, however it ends",
    arguments: [
      (["-c", "projct", "-c", "quit"], "", Int32(1)),
      (["-c", "projct", "-c", "quit 0"], "", 1),
      (["-c", "projct", "-c", "quit 3"], "", 3),
      (["-c", "echo ok", "-c", "quit 3"], "", 3),
      ([], "projct\nquit\n", 1),
      ([], "projct\n", 1),
      ([], "echo ok\nquit\n", 0),
      (["--bail"], "projct\nquit\n", 1),
    ])
  func exitStatus(arguments: [String], input: String, status: Int32) throws {
    #expect(try Binary.run(arguments, input: input).status == status)
  }

  @Test("quit takes an exit status from 0 to 255, nothing else")
  func quitStatus() throws {
    for bad in ["300", "-1", "x", "1 2"] {
      let run = try Binary.run(["-c", "quit \(bad)", "-c", "echo after"])
      #expect(run.status == 1)
      #expect(run.stdout == "after\n")
      #expect(
        run.stderr
          == "-c:1: error: '\(bad)' is not an exit status (quit, or quit N with N from 0 to 255)\n")
    }
  }

  @Test(
    "bad option values are bad usage: exit status 2",
    arguments: [
      ["--lang", "xx"], ["--format", "bogus"], ["--color", "pink"], ["--bogus"],
    ])
  func usage(arguments: [String]) throws {
    let run = try Binary.run(arguments + ["-c", "echo x"])
    #expect(run.status == 2)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.hasPrefix("Error: "))
  }

  @Test("echo prints words that look like options")
  func echoOptions() throws {
    let run = try Binary.run(["-c", "echo use --format csv --lang ja for sheets"])
    #expect(run.stdout == "use --format csv --lang ja for sheets\n")
  }

  @Test("a byte order mark at the start of piped input or a script is not part of a command")
  func byteOrderMark() throws {
    let run = try Binary.run([], input: Data([0xEF, 0xBB, 0xBF] + Array("echo hi\n".utf8)))
    #expect(run.status == 0)
    #expect(run.stdout == "hi\n")
    let directory = try TemporaryDirectory()
    let script = directory.path + "/bom.aizu"
    try Data([0xEF, 0xBB, 0xBF] + Array("echo from file\r\n".utf8)).write(
      to: URL(fileURLWithPath: script))
    let file = try Binary.run([script, "-c", "run \(script)"])
    #expect(file.stdout == "from file\nfrom file\n")
    #expect(file.status == 0)
  }

  @Test("an option given twice says so")
  func repeatedOption() throws {
    let run = try Binary.run(["-c", "project 2040 --format csv --format csv"])
    #expect(run.stderr == "-c:1: error: --format is given more than once (give it once)\n")
  }

  @Test("a line of binary input ends the run with a message, not a hang or a flood")
  func binaryInput() throws {
    let run = try Binary.run([], input: Data(repeating: 0, count: 3 << 20))
    #expect(run.status == 1)
    #expect(
      run.stderr == "<stdin>:1: error: a line longer than 1048576 bytes; is the input text?\n")
  }

  @Test("pipes, devices and folders are named for what they are")
  func notFiles() throws {
    let directory = try TemporaryDirectory()
    let fifo = directory.path + "/pipe.toml"
    #expect(mkfifo(fifo, 0o600) == 0)
    let run = try Binary.run([
      "-c", "load \(fifo)", "-c", "load /dev/zero", "-c", "run /dev/zero", "-c",
      "load \(directory.path)",
    ])
    #expect(run.status == 1)
    #expect(
      run.stderr == """
        -c:1: error: cannot read '\(fifo)': it is a named pipe, not a file; scenario files must be regular files
        -c:2: error: cannot read '/dev/zero': it is a device, not a file
        -c:3: error: cannot read '/dev/zero': it is a device, not a file
        -c:4: error: cannot read '\(directory.path)': it is a folder, not a file

        """)
  }

  @Test("load --force is not a way to drop unsaved changes")
  func loadForce() throws {
    let run = try Binary.run([
      "-c", "set hours_per_fte 1900", "-c", "load aizu --force", "-c", "show changes",
    ])
    #expect(run.status == 1)
    #expect(
      run.stderr
        == "-c:2: error: load takes no --force (`load FILE --discard` drops the unsaved changes; `save FILE` keeps them)\n"
    )
    #expect(run.stdout.hasSuffix("set hours_per_fte 1900\n"))
  }

  static let whatIf = """
    # Low hiring: the planner's note stays.
    scenario = "low"
    extends = "aizu"

    [assumptions]
    recruitment_index = { 2020 = 1.0, 2040 = 0.5 }

    """

  @Test("save --force onto the loaded file writes its keys plus the changes, and it loads again")
  func saveOntoLoadedFile() throws {
    let directory = try TemporaryDirectory()
    try Self.whatIf.write(toFile: directory.path + "/low.toml", atomically: true, encoding: .utf8)
    let run = try Binary.run(
      ["--scenario", "low.toml", "-c", "set hours_per_fte 1900", "-c", "save low.toml --force"],
      directory: directory.path)
    #expect(run.stderr.isEmpty)
    #expect(run.status == 0)
    let text = try String(contentsOfFile: directory.path + "/low.toml", encoding: .utf8)
    #expect(
      text
        == Self.whatIf.replacingOccurrences(
          of: "2040 = 0.5 }\n", with: "2040 = 0.5 }\nhours_per_fte = 1900\n"))
    let again = try Binary.run(
      ["--scenario", "low.toml", "-c", "show assumptions --format csv"], directory: directory.path)
    #expect(again.status == 0)
    #expect(again.stdout.contains("\nhours_per_fte,1900,hours a year,,low.toml:7:1,Working hours"))
  }

  @Test("save --force through a symbolic link writes the file it points to, keeping its mode")
  func symlinkAndMode() throws {
    let directory = try TemporaryDirectory()
    let real = directory.path + "/real.toml"
    let link = directory.path + "/link.toml"
    try "old\n".write(toFile: real, atomically: true, encoding: .utf8)
    #expect(chmod(real, 0o600) == 0)
    #expect(symlink("real.toml", link) == 0)
    let run = try Binary.run(
      ["-c", "set hours_per_fte 1900", "-c", "save link.toml --force"], directory: directory.path)
    #expect(run.status == 0)
    var status = stat()
    #expect(lstat(link, &status) == 0)
    #expect(status.st_mode & S_IFMT == S_IFLNK)
    #expect(stat(real, &status) == 0)
    #expect(status.st_mode & 0o777 == 0o600)
    let text = try String(contentsOfFile: real, encoding: .utf8)
    #expect(text.contains("hours_per_fte = 1900"))
    #expect(text.contains("scenario = \"link\""))
  }

  @Test("a new saved file gets the mode the umask allows, not a fixed one")
  func newFileMode() throws {
    let directory = try TemporaryDirectory()
    let run = try Binary.run(
      ["-c", "set hours_per_fte 1900", "-c", "save new.toml"], directory: directory.path)
    #expect(run.status == 0)
    var status = stat()
    #expect(stat(directory.path + "/new.toml", &status) == 0)
    let mask = umask(0o022)
    umask(mask)
    #expect(status.st_mode & 0o777 == 0o666 & ~mask)
  }
}
