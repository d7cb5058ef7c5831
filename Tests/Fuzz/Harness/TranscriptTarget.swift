import Transcript

/// Fuzzing target `transcript`: arbitrary text parsed as a transcript; when it parses, compared
/// with a fake run and rewritten from it (`--update`).
///
/// The fake run is the transcript's own expected output with changes chosen by a hash of the
/// input: a digit changed, a line dropped, added, repeated or moved to the other stream, the
/// order reversed, a block left without output, a command not run, another exit status.
///
/// Besides not trapping, two properties of `--update` are checked, as `UpdateTests` checks
/// them on examples: the rewritten text parses, and when every command ran it matches the run
/// and a second update changes nothing. A violation stops the fuzzer like a crash.
public enum TranscriptTarget {
  static let name = "fuzz.transcript"

  /// An input that makes what the target keeps for good (see `Fuzzing.main`).
  public static let warmUp: [[UInt8]] = [Array("% tolerance 1e-9\n> echo 1\n  1\n".utf8)]

  /// Runs one input. Returns whether it parsed (for tests and statistics).
  @discardableResult
  public static func run(_ data: [UInt8]) -> Bool {
    guard
      case .success(let file) = TranscriptFile.parse(
        String(decoding: data, as: UTF8.self), name: name)
    else { return false }
    var choices = Choices(data)
    let run = fakeRun(of: file, choices: &choices)
    let comparison = file.compared(with: run)
    _ = comparison.unifiedDiff
    let text = file.updated(with: run)
    guard case .success(let rewritten) = TranscriptFile.parse(text, name: name) else {
      fatalError("the updated transcript does not parse:\n\(text)")
    }
    guard comparison.commandsNotRun.isEmpty else { return true }
    let again = rewritten.compared(with: run)
    guard again.isPassing else {
      fatalError("the updated transcript does not match the run:\n\(again.unifiedDiff)")
    }
    guard rewritten.updated(with: run) == text else {
      fatalError("a second update changes the transcript:\n\(text)")
    }
    return true
  }

  /// A run that wrote roughly what `file` expects, changed as `choices` says.
  static func fakeRun(of file: TranscriptFile, choices: inout Choices) -> TranscriptRun {
    let startup = changed(file.startupOutput, choices.next())
    var outputs = file.blocks.map { changed($0.expected, choices.next()) }
    switch choices.next() {
    case 0: if !outputs.isEmpty { outputs.removeLast() }  // the last command did not run
    case 1: outputs.append([OutputLine(.stdout, "farewell")])  // counted with the last block
    default: break
    }
    let exit = choices.next() == 0 ? (file.expectedExitStatus + 1) % 256 : file.expectedExitStatus
    return TranscriptRun(startupOutput: startup, outputs: outputs, exitStatus: exit)
  }

  /// Expected lines as a run might write them, with change number `choice` (0…7).
  static func changed(_ expected: [TranscriptFile.ExpectedLine], _ choice: Int) -> [OutputLine] {
    var lines = expected.flatMap { line -> [OutputLine] in
      // A `{{...}}` line stands for any lines: two of them.
      if line.text == "{{...}}" { return [OutputLine(line.stream, "a"), OutputLine(.stdout, "b")] }
      return [OutputLine(line.stream, filled(line.text))]
    }
    switch choice {
    case 1:
      if let first = lines.first {
        lines[0].text = String(first.text.map { $0.isASCII && $0.isNumber ? nextDigit($0) : $0 })
      }
    case 2: if !lines.isEmpty { lines.removeFirst() }
    case 3: lines.append(OutputLine(.stdout, "an extra line 12.5"))
    case 4:
      for index in lines.indices {
        lines[index].stream = lines[index].stream == .stdout ? .stderr : .stdout
      }
    case 5: lines.reverse()
    case 6: lines = []
    case 7: lines += lines
    default: break
    }
    return lines
  }

  /// A pattern's text with each `{{name}}` replaced by `x` (`{{{{}}`, a literal `{{`, is
  /// kept as written: close enough for a fake run).
  static func filled(_ pattern: String) -> String {
    var result = ""
    var rest = Substring(pattern)
    while let open = rest.firstRange(of: "{{") {
      result += rest[..<open.lowerBound]
      guard let close = rest[open.upperBound...].firstRange(of: "}}") else {
        rest = rest[open.lowerBound...]
        break
      }
      result += "x"
      rest = rest[close.upperBound...]
    }
    return result + rest
  }

  static func nextDigit(_ digit: Character) -> Character {
    digit == "9"
      ? "0" : Character(Unicode.Scalar(UInt8(ascii: "1") + (digit.asciiValue ?? 48) - 48))
  }

  /// Small numbers drawn from a hash of the input, so every change of the input changes them.
  struct Choices {
    private var state: UInt64

    init(_ data: [UInt8]) {
      // FNV-1a.
      state = 0xcbf2_9ce4_8422_2325
      for byte in data {
        state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
      }
    }

    /// The next number in 0…7 (xorshift).
    mutating func next() -> Int {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      return Int(state % 8)
    }
  }
}
