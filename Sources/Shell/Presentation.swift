import Bilingual
import Foundation
import Words

/// A prepared talk: a script's commands as steps, one command a step, each with the title
/// its comment gives, shown one screen at a time (`present SCRIPT`).
///
/// The comment lines right above a command are its title: `# ja: 人口の推移` and `# en:
/// Population` give one language each, a plain `# Population 2020–2040` both. A blank line
/// between a comment and the command makes the comment a note to the reader, not a title.
///
/// ```
/// # ja: 会津地域の人口 2020–2040
/// # en: Population of the region, 2020–2040
/// chart population
/// ```
///
/// The shell never reads keys: at a terminal the executable gives the session a way to
/// show a screen and wait for a key (`Session.presentScreen`); elsewhere the steps run
/// straight through, each under its title, so a talk's script is also a transcript.
public struct Presentation: Sendable, Equatable {
  /// What the lecturer asks for after a screen.
  public enum Action: Sendable, Equatable {
    /// The next step (Enter, Space): its command runs the first time it is shown.
    case next
    /// The step before, as it was shown: its reply is shown again, not run again, so the
    /// session's state stays that of the steps run so far.
    case back
    /// Back to the prompt, the session as the steps run so far left it.
    case quit
  }

  /// One step: its title and its command's lines (more than one when it continues with
  /// `\` or an open quote).
  public struct Step: Sendable, Equatable {
    public var title: LocalizedText?
    public var lines: [InputLine]

    /// The command as typed, its lines joined.
    public var command: String { lines.map(\.text).joined(separator: "\n") }
  }

  public var steps: [Step]

  /// The steps of a script's `text`, its lines named `name:LINE` in messages.
  public init(script text: String, name: String) {
    var steps: [Step] = []
    var titles = Titles()
    var pending: [InputLine] = []
    for line in Interpreter.scriptLines(text, name: name) {
      let trimmed = line.text.trimmingCharacters(in: .whitespaces)
      if pending.isEmpty {
        if trimmed.isEmpty {
          titles = Titles()
          continue
        }
        if trimmed.hasPrefix("#") {
          titles.add(trimmed.dropFirst().trimmingCharacters(in: .whitespaces))
          continue
        }
      }
      pending.append(line)
      if case .segments = Tokenizer.tokenize(pending.map(\.text).joined(separator: "\n")) {
        steps.append(Step(title: titles.title, lines: pending))
        pending = []
        titles = Titles()
      }
    }
    // An unfinished command at the end is a step too: running it says what is wrong.
    if !pending.isEmpty { steps.append(Step(title: titles.title, lines: pending)) }
    self.steps = steps
  }

  /// The comment lines above a command, sorted into each language's title.
  private struct Titles {
    var ja: [String] = []
    var en: [String] = []
    var both: [String] = []

    mutating func add(_ comment: String) {
      if comment.hasPrefix("ja:") {
        ja.append(comment.dropFirst(3).trimmingCharacters(in: .whitespaces))
      } else if comment.hasPrefix("en:") {
        en.append(comment.dropFirst(3).trimmingCharacters(in: .whitespaces))
      } else if !comment.isEmpty {
        both.append(comment)
      }
    }

    /// Each language's lines, else the lines for both, else the other language's.
    var title: LocalizedText? {
      let ja = (self.ja.isEmpty ? both : self.ja).joined(separator: " ")
      let en = (self.en.isEmpty ? both : self.en).joined(separator: " ")
      guard !ja.isEmpty || !en.isEmpty else { return nil }
      return LocalizedText(ja: ja.isEmpty ? en : ja, en: en.isEmpty ? ja : en)
    }
  }
}
