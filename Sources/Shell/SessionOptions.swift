import ArgumentParser
import Bilingual
import Rendering
import Simulation

/// The command-line options that set up a session, shared by `aizusim` itself and
/// by transcripts (`% args …`), so both read them the same way.
public struct SessionOptions: ParsableArguments, Sendable {
  @Option(
    help: ArgumentHelp("Load this scenario file instead of the built-in one.", valueName: "FILE"))
  public var scenario: String?

  @Option(
    help: ArgumentHelp("Language of labels and messages (default: from LANG).", valueName: "ja|en"))
  public var lang: String?

  @Option(help: ArgumentHelp("Output format.", valueName: "table|csv|json|md"))
  public var format: String?

  @Option(
    help: "Colour: auto (a terminal only, never with NO_COLOR or TERM=dumb), always or never.")
  public var color: ColorChoice = .auto

  @Flag(help: "Stop at the first command that fails, as sqlite3 -bail does.")
  public var bail = false

  public init() {}

  /// A bad `--format` or `--lang` is bad usage (exit status 2), as a bad `--color` is.
  public func validate() throws {
    do {
      if let format { _ = try Settings.format(format) }
      if let lang { _ = try Settings.language(lang) }
    } catch {
      throw ValidationError(error.description)
    }
  }

  public enum ColorChoice: String, ExpressibleByArgument, CaseIterable, Sendable {
    case auto, always, never
  }

  /// A session set up by these options: the scenario loaded, format and language set.
  public func session(fileSystem: any FileSystem, environment: [String: String])
    throws(CommandError) -> Session
  {
    var session = try Session(fileSystem: fileSystem)
    if let scenario { try session.load(scenario) }
    if let format { session.format = try Session.format(named: format) }
    session.language = language(environment: environment)
    session.bail = bail
    // Not a terminal until the caller says so: only --color always colours here.
    session.style = usesColor(onTerminal: false, environment: environment) ? .color : .plain
    return session
  }

  /// The language these options choose: `--lang`, else the locale's.
  public func language(environment: [String: String]) -> Language {
    (try? lang.map(Session.language(named:))) ?? Session.language(fromEnvironment: environment)
  }

  /// Whether to colour output, for a terminal or not.
  public func usesColor(onTerminal: Bool, environment: [String: String]) -> Bool {
    switch color {
    case .always: true
    case .never: false
    case .auto: onTerminal && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }
  }
}
