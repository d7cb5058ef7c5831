import Bilingual
import Rendering

/// Tab completion: a pure function of the session and the text before the cursor.
extension Interpreter {
  /// What Tab completes: the word being typed and the full words it may become.
  public struct Completion: Sendable, Equatable {
    /// The beginning of the word being typed (empty after a space).
    public var word: String
    /// Every word it may become, in a useful order (no duplicates).
    public var candidates: [String]

    public init(word: String, candidates: [String]) {
      self.word = word
      self.candidates = candidates
    }
  }

  /// The options every command that shows output takes for itself.
  static let outputOptions = ["--format", "--lang", "--columns", "--layout"]

  /// Candidates for the word ending at the cursor, given the line before the cursor.
  ///
  /// The first word completes to command names; later words to what the command
  /// takes: sub-words, municipality names in kanji and romaji, parameter paths for
  /// `set`, guideline numbers, file names, and the output options: `--format`, `--lang`,
  /// `--layout` and their values, and `--columns` with the field names of the command's
  /// report, one after another (`--columns population,eld` → `population,elderly`).
  public func completions(for line: String) -> Completion {
    let (previous, current) = Tokenizer.partial(line)
    guard let name = previous.first else {
      let names = Command.all.flatMap {
        [$0.name] + $0.aliases.filter { $0.first?.isLetter == true }
      }
      return Completion(word: current, candidates: unique(names.filter { $0.hasPrefix(current) }))
    }
    guard let command = Command.named(name) else {
      return Completion(word: current, candidates: [])
    }
    if command.takesOutputOptions {
      // `--scenario` too, for a command that answers from a scenario (Interpreter+Scenario).
      let options =
        Self.outputOptions + (command.answersFromScenario ? [Command.scenarioOption] : [])
      // `--columns VALUE` and `--columns=VALUE` alike.
      if let option = previous.last, options.contains(option) {
        return Completion(
          word: current,
          candidates: optionValues(option, current, command: command, previous: previous))
      }
      if let equals = current.firstIndex(of: "="), options.contains(String(current[..<equals])) {
        let option = String(current[..<equals])
        let value = String(current[current.index(after: equals)...])
        return Completion(
          word: current,
          candidates: optionValues(option, value, command: command, previous: previous).map {
            option + "=" + $0
          })
      }
    }
    var candidates = command.complete(
      CompletionContext(session: session, previous: previous, current: current))
    if current.hasPrefix("--"), command.takesOutputOptions {
      candidates += Self.outputOptions.filter { $0.hasPrefix(current) }
      if command.answersFromScenario, Command.scenarioOption.hasPrefix(current) {
        candidates.append(Command.scenarioOption)
      }
    }
    return Completion(word: current, candidates: unique(candidates))
  }

  /// The values of an output option that begin with `typed`.
  private func optionValues(
    _ option: String, _ typed: String, command: Command, previous: [String]
  ) -> [String] {
    let values: [String]
    switch option {
    case "--format": values = OutputFormat.allCases.map(\.rawValue)
    case "--lang": values = Language.allCases.map(\.rawValue)
    case "--layout": values = OutputSettings.Layout.allCases.map(\.rawValue)
    case Command.scenarioOption:
      return session.scenarioCandidates(
        CompletionContext(session: session, previous: previous, current: typed))
    default:
      return fieldCandidates(typed, command.columns(for: arguments(previous), in: session))
    }
    return values.filter { $0.hasPrefix(typed) }
  }

  /// The words after the command name that are not options or their values: what a
  /// command's report depends on (`show municipalities`).
  private func arguments(_ previous: [String]) -> [String] {
    var words: [String] = []
    var index = 1
    while index < previous.count {
      if Self.outputOptions.contains(previous[index]) || previous[index] == Command.scenarioOption {
        index += 2
        continue
      }
      if !previous[index].hasPrefix("--") { words.append(previous[index]) }
      index += 1
    }
    return words
  }

  /// `--columns` values: the fields of `columns` a user may choose (the key columns are
  /// always shown), each after the fields already typed; or `all`.
  private func fieldCandidates(_ typed: String, _ columns: [Report.Column]) -> [String] {
    var parts = typed.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    let last = parts.popLast() ?? ""
    let chosen = parts.isEmpty ? "" : parts.joined(separator: ",") + ","
    let fields = unique(columns.filter { !$0.isKey }.map(\.field)).filter {
      !parts.contains($0) && $0.hasPrefix(last)
    }
    let all = parts.isEmpty && "all".hasPrefix(last) ? ["all"] : []
    return fields.map { chosen + $0 } + all
  }

  private func unique(_ words: [String]) -> [String] {
    var seen: Set<String> = []
    return words.filter { seen.insert($0).inserted }
  }
}
