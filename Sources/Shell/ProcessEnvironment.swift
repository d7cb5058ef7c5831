import Foundation

/// The process's environment variables, read from the C library's `environ` as
/// `ProcessInfo.processInfo.environment` reads them (an entry without `=` left out, the last
/// of two entries for one name kept), without first setting up `ProcessInfo`, which took a
/// twentieth of the time to the first prompt (docs/performance.md, "Start-up, third pass").
public enum ProcessEnvironment {
  public static func read() -> [String: String] {
    var variables: [String: String] = [:]
    var entry = environ
    // `clearenv` leaves it null.
    guard Int(bitPattern: entry) != 0 else { return variables }
    while let pointer = entry.pointee {
      let text = String(cString: pointer)
      if let equals = text.firstIndex(of: "=") {
        variables[String(text[..<equals])] = String(text[text.index(after: equals)...])
      }
      entry += 1
    }
    return variables
  }
}
