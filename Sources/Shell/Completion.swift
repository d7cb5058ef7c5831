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

  /// Candidates for the word ending at the cursor, given the line before the cursor.
  ///
  /// The first word completes to command names; later words to what the command
  /// takes: sub-words, municipality names in kanji and romaji, parameter paths for
  /// `set`, guideline numbers, file names, and the options `--format` and `--lang`.
  public func completions(for line: String) -> Completion {
    let (previous, current) = Tokenizer.partial(line)
    guard let name = previous.first else {
      let names = Command.all.flatMap {
        [$0.name] + $0.aliases.filter { $0.first?.isLetter == true }
      }
      return Completion(word: current, candidates: unique(names.filter { $0.hasPrefix(current) }))
    }
    guard let command = Command.all.first(where: { $0.matches(name) }) else {
      return Completion(word: current, candidates: [])
    }
    switch previous.last {
    case "--format":
      return Completion(
        word: current, candidates: ["table", "csv", "json", "md"].filter { $0.hasPrefix(current) })
    case "--lang":
      return Completion(word: current, candidates: ["ja", "en"].filter { $0.hasPrefix(current) })
    default:
      break
    }
    var candidates = command.complete(
      CompletionContext(session: session, previous: previous, current: current))
    if current.hasPrefix("--") {
      candidates += ["--format", "--lang"].filter { $0.hasPrefix(current) }
    }
    return Completion(word: current, candidates: unique(candidates))
  }

  private func unique(_ words: [String]) -> [String] {
    var seen: Set<String> = []
    return words.filter { seen.insert($0).inserted }
  }
}
