import Bilingual

/// What the shell answers to a line: text for stdout and stderr, in order, and
/// whether the line succeeded. The shell never prints; its caller does.
public struct Reply: Sendable, Equatable {
  public enum Stream: Sendable, Equatable {
    case output
    case error
  }

  public var stream: Stream
  /// The text, ending in a newline unless empty.
  public var text: String

  public init(_ stream: Stream, _ text: String) {
    self.stream = stream
    self.text = text.isEmpty || text.hasSuffix("\n") ? text : text + "\n"
  }

  public static func output(_ text: String) -> Reply { Reply(.output, text) }
  public static func error(_ text: String) -> Reply { Reply(.error, text) }
}

/// The result of executing one input line.
public struct Outcome: Sendable, Equatable {
  public enum Status: Sendable, Equatable {
    /// Every command on the line succeeded.
    case success
    /// At least one command failed; the rest of the line still ran (or, with bail, stopped).
    case failure
    /// The line is not finished (a trailing `\` or an open quote): read another.
    case incomplete
    /// The user asked to leave, with this exit status.
    case quit(Int32)
  }

  public var replies: [Reply]
  public var status: Status

  public init(_ replies: [Reply], status: Status) {
    self.replies = replies
    self.status = status
  }

  /// All stdout text, joined (for tests).
  public var output: String {
    replies.filter { $0.stream == .output }.map(\.text).joined()
  }

  /// All stderr text, joined (for tests).
  public var errors: String {
    replies.filter { $0.stream == .error }.map(\.text).joined()
  }
}

/// An error a command reports: a lower-case fragment quoting the offending text, with a fix
/// where one is known, in both languages (the words come from `Words`).
public struct CommandError: Error, Sendable, Equatable, CustomStringConvertible {
  public var message: LocalizedText
  public var suggestion: LocalizedText?
  /// Further lines (such as a file's diagnostics), printed below the message.
  public var details: [LocalizedText]

  public init(
    _ message: LocalizedText, suggestion: LocalizedText? = nil, details: [LocalizedText] = []
  ) {
    self.message = message
    self.suggestion = suggestion
    self.details = details
  }

  /// The message and its suggestion, in English.
  public var description: String { text(in: .en) }

  /// The message and its suggestion in `language`: `message (suggestion)`.
  public func text(in language: Language) -> String {
    let message = self.message.text(in: language)
    return suggestion.map { "\(message) (\($0.text(in: language)))" } ?? message
  }
}

extension Outcome.Status {
  /// The process exit status this status stands for: 0, 1, or quit's own.
  public var exitStatus: Int32 {
    switch self {
    case .success, .incomplete: 0
    case .failure: 1
    case .quit(let status): status
    }
  }
}

/// How a sequence of commands (a line, a script, a whole session) is going: whether
/// any failed, and when it must stop: at `quit`, or, with bail, at the first failure.
public struct RunTally: Sendable {
  public private(set) var hasFailed = false

  public init() {}

  /// Records one outcome's status.
  ///
  /// A failure is never hidden by how the sequence ends: `quit` (or `quit 0`) after a
  /// failed command stops with status 1; `quit N` with N other than 0 keeps N.
  /// - Returns: the status to stop with, when the sequence must stop here.
  public mutating func record(_ status: Outcome.Status, bail: Bool) -> Outcome.Status? {
    switch status {
    case .quit(let code): return .quit(hasFailed && code == 0 ? 1 : code)
    case .failure:
      hasFailed = true
      return bail ? .failure : nil
    case .success, .incomplete: return nil
    }
  }

  /// Marks the sequence failed without an outcome (an unfinished command at the end).
  public mutating func fail() { hasFailed = true }

  /// The status of the whole sequence, once it has run to its end.
  public var status: Outcome.Status { hasFailed ? .failure : .success }
}
