import Testing

@testable import Shell

/// The command lines `AizuSimCommand.quickParse` reads without ArgumentParser, for start-up
/// (docs/performance.md): each must come out exactly as ArgumentParser reads it.
@Suite("The quick reading of the commonest command lines")
struct QuickParseTests {
  @Test(
    "reads them as ArgumentParser does",
    arguments: [
      [], ["--no-history"], ["-c", "project 2040"], ["-c", "help", "-c", "project 2040 Showa"],
      ["--echo", "--bail", "-c", "set hours_per_fte 1900", "--no-history"], ["-c", ""],
      ["-c", "プロジェクト 令和22"],
    ])
  func sameAsArgumentParser(arguments: [String]) throws {
    let quick = try #require(AizuSimCommand.quickParse(arguments))
    let parsed = try AizuSimCommand.parse(arguments)
    var (quickDump, parsedDump) = ("", "")
    dump(quick, to: &quickDump)
    dump(parsed, to: &parsedDump)
    #expect(quickDump == parsedDump)
    #expect(quick.commands == parsed.commands && quick.session.bail == parsed.session.bail)
  }

  @Test(
    "leaves everything else to ArgumentParser",
    arguments: [
      ["--version"], ["--help"], ["-c"], ["-c", "-x"], ["-c", "--echo"], ["--echo", "--echo"],
      ["script.aizu"], ["--scenario", "whatif.toml"], ["-c", "project", "--lang", "ja"],
      ["--no-history=true"], ["test"], ["-cproject"], ["--check", "whatif.toml"], ["--"],
      ["--format", "csv", "-c", "project"], ["--color", "never"],
    ])
  func othersLeft(arguments: [String]) {
    #expect(AizuSimCommand.quickParse(arguments) == nil)
  }
}
