import ArgumentParser

/// Everything `aizusim` takes on its command line besides `test`: the session's
/// options, `-c` commands, script files and the terminal's settings.
///
/// The executable and transcripts (`% args …`) parse the same declaration, so an
/// option means the same, and a usage error reads the same, in both.
public struct ShellArguments: ParsableArguments, Sendable {
  @OptionGroup public var session: SessionOptions

  @Option(
    name: .customShort("c"),
    help: ArgumentHelp("Run COMMAND (repeatable), then exit.", valueName: "COMMAND"))
  public var commands: [String] = []

  @Flag(help: "Do not read or write the history file.")
  public var noHistory = false

  @Flag(help: "Print each command, after the prompt, before its output.")
  public var echo = false

  @Argument(
    help: ArgumentHelp("Script files to run, in order, after any -c commands.", valueName: "FILE"))
  public var files: [String] = []

  public init() {}
}

/// The command line as `aizusim` names itself in usage messages.
struct AizuSimCommandLine: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "aizusim", version: AizuSimVersion.string)

  @OptionGroup var arguments: ShellArguments
}
