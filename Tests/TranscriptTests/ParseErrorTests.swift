import Testing
import Transcript

/// The diagnostics of `text` parsed as `t.transcript`, one a line; empty if it parses.
func diagnostics(_ text: String) -> [String] {
  switch TranscriptFile.parse(text, name: "t.transcript") {
  case .success: return []
  case .failure(let error): return error.diagnostics.map(\.description)
  }
}

@Suite("Parse errors name their file, line and column")
struct ParseErrorTests {
  @Test(
    "each malformed line gives one diagnostic at its place",
    arguments: [
      (
        "> cmd\n text\n",
        "t.transcript:2:1: stdout lines start with two spaces, this one with one"
      ),
      (
        "> cmd\n\ttext\n",
        "t.transcript:2:1: stdout lines start with two spaces, not a tab"
      ),
      (
        "> cmd\n!error\n",
        "t.transcript:2:1: stderr lines start with '! ' (a space after '!')"
      ),
      (
        ">cmd\n",
        "t.transcript:1:1: command lines start with '> ' (a space after '>')"
      ),
      (
        "> cmd\n会津若松市,Aizuwakamatsu,2040,95000\n",
        "t.transcript:2:1: unrecognised line '会津若松市,Aizuwakamatsu,…' (stdout lines start "
          + "with two spaces, stderr lines with '! ', commands with '> ', comments with '#', "
          + "directives with '%')"
      ),
      (
        "> cmd\n  {{version} and more\n",
        "t.transcript:2:3: unclosed '{{' (write '{{{{}}' for a literal '{{')"
      ),
      (
        "> cmd\n  ok {{{{}} then {{oops\n",
        "t.transcript:2:18: unclosed '{{' (write '{{{{}}' for a literal '{{')"
      ),
      (
        "> cmd\n  a\n# note\n  b\n",
        "t.transcript:4:1: output line after the comment at line 3, which ended the output of "
          + "line 1; move the comment above or below the whole output"
      ),
      (
        "  startup\n% exit 1\n! more\n",
        "t.transcript:3:1: output line after the directive at line 2, which ended the startup "
          + "output; move the directive above or below the whole output"
      ),
      (
        "%\n",
        "t.transcript:1:1: '%' needs a directive: '% args', '% env', '% exit' or '% tolerance'"
      ),
      (
        "% arg --lang ja\n",
        "t.transcript:1:1: unknown directive '% arg' (did you mean '% args'?)"
      ),
      (
        "% timeout 5\n",
        "t.transcript:1:1: unknown directive '% timeout' (known: '% args', '% env', '% exit', "
          + "'% tolerance')"
      ),
      (
        "% args\n",
        "t.transcript:1:1: '% args' needs at least one argument, such as '% args --lang ja'"
      ),
      (
        "% args --title '昭和村\n",
        "t.transcript:1:16: unclosed ' in '% args'; close it, or escape it as \\'"
      ),
      (
        "% args a\\\n",
        "t.transcript:1:9: '% args' ends with a lone '\\'; write '\\\\' for a backslash"
      ),
      (
        "% env NO_COLOR\n",
        "t.transcript:1:1: '% env' needs NAME=value, such as '% env NO_COLOR=1'"
      ),
      (
        "% env 1X=2\n",
        "t.transcript:1:1: '% env' name '1X' is not a variable name (use letters, digits and '_')"
      ),
      (
        "% env =2\n",
        "t.transcript:1:1: '% env' name '' is not a variable name (use letters, digits and '_')"
      ),
      (
        "% exit one\n",
        "t.transcript:1:8: '% exit' needs a whole number from 0 to 255, such as '% exit 1', "
          + "got 'one'"
      ),
      (
        "% exit\n",
        "t.transcript:1:7: '% exit' needs a whole number from 0 to 255, such as '% exit 1', "
          + "got nothing"
      ),
      (
        "% exit 99999999999\n",
        "t.transcript:1:8: '% exit' needs a whole number from 0 to 255, such as '% exit 1', "
          + "got '99999999999'"
      ),
      (
        "% exit 300\n",
        "t.transcript:1:8: '% exit' needs a whole number from 0 to 255, such as '% exit 1', "
          + "got '300'"
      ),
      (
        "% exit 256\n",
        "t.transcript:1:8: '% exit' needs a whole number from 0 to 255, such as '% exit 1', "
          + "got '256'"
      ),
      (
        "%  exit  -1\n",
        "t.transcript:1:10: '% exit' needs a whole number from 0 to 255, such as '% exit 1', "
          + "got '-1'"
      ),
      (
        "% exit +1\n",
        "t.transcript:1:8: '% exit' needs a whole number from 0 to 255, such as '% exit 1', "
          + "got '+1'"
      ),
      (
        "% tolerance\n",
        "t.transcript:1:12: '% tolerance' needs a number of 0 or more, such as '% tolerance 1e-9' "
          + "(relative) or '% tolerance abs 0.001' (absolute), got nothing"
      ),
      (
        "% tolerance abs\n",
        "t.transcript:1:16: '% tolerance' needs a number of 0 or more, such as '% tolerance 1e-9' "
          + "(relative) or '% tolerance abs 0.001' (absolute), got nothing"
      ),
      (
        "% tolerance abs -0.5\n",
        "t.transcript:1:17: '% tolerance' needs a number of 0 or more, such as '% tolerance 1e-9' "
          + "(relative) or '% tolerance abs 0.001' (absolute), got '-0.5'"
      ),
      (
        "% tolerance 1%\n",
        "t.transcript:1:13: '% tolerance' needs a number of 0 or more, such as '% tolerance 1e-9' "
          + "(relative) or '% tolerance abs 0.001' (absolute), got '1%'"
      ),
      (
        "% tolerance nan\n",
        "t.transcript:1:13: '% tolerance' needs a number of 0 or more, such as '% tolerance 1e-9' "
          + "(relative) or '% tolerance abs 0.001' (absolute), got 'nan'"
      ),
      (
        "% tolerance 1e999\n",
        "t.transcript:1:13: '% tolerance' needs a number of 0 or more, such as '% tolerance 1e-9' "
          + "(relative) or '% tolerance abs 0.001' (absolute), got '1e999'"
      ),
      (
        "> help\n% exit 1\n",
        "t.transcript:2:1: '% exit' after the first command (line 1); directives apply to the "
          + "whole session, so move it to the top of the file"
      ),
    ])
  func oneDiagnostic(text: String, diagnostic: String) {
    #expect(diagnostics(text) == [diagnostic])
  }

  @Test("a directive given twice points at the first")
  func duplicates() {
    #expect(
      diagnostics("% exit 1\n% env A=1\n% exit 2\n% env A=2\n") == [
        "t.transcript:3:1: '% exit' given twice (first at line 1); keep one",
        "t.transcript:4:1: '% env A' given twice (first at line 2); keep one",
      ])
    #expect(
      diagnostics(
        "% tolerance 1e-9\n% tolerance abs 0.5\n% tolerance rel 1e-6\n% tolerance abs 1\n")
        == [
          "t.transcript:3:1: '% tolerance rel' given twice (first at line 1); keep one",
          "t.transcript:4:1: '% tolerance abs' given twice (first at line 2); keep one",
        ])
  }

  @Test("every problem is reported, in the order of the file")
  func everyProblem() {
    #expect(
      diagnostics("% bogus\n> ok\n text\n  fine\n!bad\n") == [
        "t.transcript:1:1: unknown directive '% bogus' (known: '% args', '% env', '% exit', "
          + "'% tolerance')",
        "t.transcript:3:1: stdout lines start with two spaces, this one with one",
        "t.transcript:5:1: stderr lines start with '! ' (a space after '!')",
      ])
  }

  @Test("the file name is the one given, and the error prints one diagnostic a line")
  func errorDescription() throws {
    let result = TranscriptFile.parse("x\n>y\n", name: "Scenarios/showa.transcript")
    let error = try #require(result.failure)
    #expect(error.diagnostics.map(\.line) == [1, 2])
    #expect(
      error.description == """
        Scenarios/showa.transcript:1:1: unrecognised line 'x' (stdout lines start with two \
        spaces, stderr lines with '! ', commands with '> ', comments with '#', directives \
        with '%')
        Scenarios/showa.transcript:2:1: command lines start with '> ' (a space after '>')
        """)
  }
}

extension Result {
  /// The error, if this is a failure.
  var failure: Failure? {
    if case .failure(let error) = self { return error }
    return nil
  }
}
