/// The JUnit XML report of `aizusim test --junit FILE`, as Jenkins, GitLab and GitHub's test
/// reporters read it (docs/transcripts.md, "JUnit report"):
///
///     <testsuites name="aizusim test" tests="2" failures="1" errors="0" time="0.412">
///       <testsuite name="aizusim test" tests="2" failures="1" errors="0" skipped="0" time="0.412">
///         <testcase classname="Scenarios/regression" name="01-tour.transcript"
///             file="Scenarios/regression/01-tour.transcript" time="0.205"/>
///         <testcase classname="Scenarios/regression" name="02-formats.transcript" …>
///           <failure type="mismatch" message="…:5: output of '> project 2040' differs">--- …
///           </failure>
///         </testcase>
///       </testsuite>
///     </testsuites>
///
/// A mismatch, a file that does not parse and a transcript `--update` could not record are
/// failures; a crash is an error. The body of each is the report the terminal shows.
extension TranscriptSuite {
  func junitReport(_ cases: [Case]) -> String {
    let failures = cases.count { if case .failed = $0.outcome { true } else { false } }
    let errors = cases.count { if case .crashed = $0.outcome { true } else { false } }
    let time = seconds(cases.reduce(0) { $0 + $1.seconds })
    let counts = "tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"\(errors)\""
    var xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <testsuites name="aizusim test" \(counts) time="\(time)">
        <testsuite name="aizusim test" \(counts) skipped="0" time="\(time)">

      """
    for item in cases {
      let slash = item.path.lastIndex(of: "/")
      let folder = slash.map { String(item.path[..<$0]) } ?? "."
      let name = slash.map { String(item.path[item.path.index(after: $0)...]) } ?? item.path
      let attributes =
        "classname=\(attribute(folder)) name=\(attribute(name)) file=\(attribute(item.path))"
        + " time=\"\(seconds(item.seconds))\""
      switch item.outcome {
      case .passed, .updated:
        xml += "    <testcase \(attributes)/>\n"
      case .failed(let message, let kind):
        xml += "    <testcase \(attributes)>\n"
        xml += "      <failure type=\(attribute(kind)) message=\(attribute(message))>"
        xml += escaped(item.details) + "</failure>\n"
        xml += "    </testcase>\n"
      case .crashed(let message):
        xml += "    <testcase \(attributes)>\n"
        xml += "      <error type=\"crash\" message=\(attribute(message))>"
        xml += escaped(item.details) + "</error>\n"
        xml += "    </testcase>\n"
      }
    }
    xml += "  </testsuite>\n</testsuites>\n"
    return xml
  }
}

/// Seconds with three decimals, `0.205`, whatever the locale.
private func seconds(_ value: Double) -> String {
  let milliseconds = Int((value * 1000).rounded())
  let fraction = String(milliseconds % 1000)
  return "\(milliseconds / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
}

/// `text` as a quoted XML attribute value.
private func attribute(_ text: String) -> String {
  "\"" + escaped(text, inAttribute: true) + "\""
}

/// `text` as XML character data: markup characters as entities, and characters XML 1.0
/// cannot hold at all (most C0 controls, such as the ESC of a coloured line, U+FFFE, U+FFFF)
/// written visibly as `\u{1B}`, since no parser would read them back.
///
/// In an attribute, line feeds, tabs and quotes are written as references too, so that a
/// parser's attribute normalisation keeps them; a carriage return always is.
func escaped(_ text: String, inAttribute: Bool = false) -> String {
  var result = ""
  for scalar in text.unicodeScalars {
    switch scalar {
    case "&": result += "&amp;"
    case "<": result += "&lt;"
    case ">": result += "&gt;"
    case "\"" where inAttribute: result += "&quot;"
    case "\n" where inAttribute: result += "&#10;"
    case "\t" where inAttribute: result += "&#9;"
    case "\r": result += "&#13;"
    case "\n", "\t": result.unicodeScalars.append(scalar)
    case "\u{20}"..."\u{D7FF}", "\u{E000}"..."\u{FFFD}", "\u{10000}"..."\u{10FFFF}":
      result.unicodeScalars.append(scalar)
    default:
      result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }
  }
  return result
}
