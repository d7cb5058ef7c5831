/// One step of turning a block's expected lines into the lines a run wrote.
enum Step: Sendable, Equatable {
  /// The expected line matches: one actual line, or any number of them (even none) for a
  /// `{{...}}` line.
  case kept(expected: Int)
  /// The expected line has no counterpart in the actual output.
  case removed(expected: Int)
  /// The actual line has no counterpart in the expected output.
  case added(actual: Int)

  /// Whether the step is a difference rather than a match.
  var isChange: Bool {
    if case .kept = self { return false }
    return true
  }
}

/// The steps that turn `expected` into `actual` keeping the most expected lines, then adding
/// the fewest actual lines.
///
/// An expected line is kept when it matches an actual line on the same stream; a `{{...}}`
/// line is always kept and takes, at no cost, whatever lines of either stream the best
/// alignment leaves to it. Without `{{...}}` this is the usual least diff (longest common
/// subsequence). With it, fewest removals come first so that the lines around a `{{...}}`
/// stay anchored rather than being swallowed by it. Among the best alignments, the one chosen
/// keeps lines as early as it can and removes before it adds, so a changed line reads as
/// `-old` then `+new`, and the same inputs always give the same steps.
///
/// With a `tolerance`, an expected line without placeholders also matches an actual line
/// whose numbers are each close enough to its own and whose other text is the same.
///
/// The cost table takes `expected.count × actual.count` cells after the common first and last
/// lines are set aside, and none when the middle matches as a whole, as it does in a block
/// that passes. Past `cellLimit` cells, the middle's lines are shown as all removed (but for
/// `{{...}}` lines, kept) and all added: still correct, only longer than it need be.
func alignment(
  of expected: [TranscriptFile.ExpectedLine], with actual: [OutputLine],
  tolerance: Tolerance = .exact, cellLimit: Int = 4_000_000
) -> [Step] {
  let characters = actual.map { Array($0.text) }
  // Cut into numbers once, not once per pair of lines.
  let isExact = tolerance.isExact
  let actualNumbers = isExact ? [] : actual.map { NumericText($0.text) }
  let expectedNumbers = isExact ? [] : expected.map { $0.pattern.literal.map(NumericText.init) }
  func isMatch(_ e: Int, _ a: Int) -> Bool {
    guard expected[e].stream == actual[a].stream else { return false }
    if expected[e].pattern.matches(actual[a].text, characters: characters[a]) { return true }
    guard !isExact, let numbers = expectedNumbers[e] else { return false }
    return tolerance.accepts(numbers, actualNumbers[a])
  }
  func isLine(_ e: Int) -> Bool { !expected[e].matchesAnyLines }

  // Some best alignment keeps the matching first and last lines, so the table need not
  // hold them.
  var head = 0
  while head < expected.count, head < actual.count, isLine(head), isMatch(head, head) {
    head += 1
  }
  var tail = 0
  while tail < expected.count - head, tail < actual.count - head,
    isLine(expected.count - 1 - tail), isMatch(expected.count - 1 - tail, actual.count - 1 - tail)
  {
    tail += 1
  }
  let middleExpected = head..<(expected.count - tail)
  let middleActual = head..<(actual.count - tail)

  // The runs of ordinary lines between `{{...}}` lines.
  var runs: [[Int]] = [[]]
  for e in middleExpected {
    if isLine(e) {
      runs[runs.count - 1].append(e)
    } else {
      runs.append([])
    }
  }
  let isWholeMatch = piecesMatch(runs, length: middleActual.count) { run, start in
    run.indices.allSatisfy { isMatch(run[$0], middleActual.lowerBound + start + $0) }
  }

  var steps = (0..<head).map { Step.kept(expected: $0) }
  if isWholeMatch {
    steps += middleExpected.map { Step.kept(expected: $0) }
  } else if (middleExpected.count + 1) * (middleActual.count + 1) > cellLimit {
    steps += middleExpected.map { isLine($0) ? Step.removed(expected: $0) : .kept(expected: $0) }
    steps += middleActual.map { Step.added(actual: $0) }
  } else {
    steps += alignedMiddle(middleExpected, middleActual, isMatch: isMatch, isLine: isLine)
  }
  steps += (middleExpected.upperBound..<expected.count).map { Step.kept(expected: $0) }
  return steps
}

/// The least-cost steps for the lines of `expected` and `actual` in these ranges, from a
/// table of the cost of aligning every pair of suffixes.
private func alignedMiddle(
  _ expected: Range<Int>, _ actual: Range<Int>,
  isMatch: (Int, Int) -> Bool, isLine: (Int) -> Bool
) -> [Step] {
  let rows = expected.count
  let columns = actual.count
  let width = columns + 1
  // cost[i * width + j]: the cost of aligning expected[i...] with actual[j...], where a
  // removal costs more than any number of additions. Within the cell limit it fits in Int32.
  let removal = Int32(width)
  var cost = [Int32](repeating: 0, count: (rows + 1) * width)
  for j in 0...columns {
    cost[rows * width + j] = Int32(columns - j)
  }
  for i in stride(from: rows - 1, through: 0, by: -1) {
    let e = expected.lowerBound + i
    for j in stride(from: columns, through: 0, by: -1) {
      let here = i * width + j
      let skip = cost[here + width]
      guard j < columns else {
        cost[here] = isLine(e) ? skip + removal : skip
        continue
      }
      if !isLine(e) {
        cost[here] = Swift.min(skip, cost[here + 1])
        continue
      }
      var best = Swift.min(skip + removal, cost[here + 1] + 1)
      if isMatch(e, actual.lowerBound + j) {
        best = Swift.min(best, cost[here + width + 1])
      }
      cost[here] = best
    }
  }

  var steps: [Step] = []
  var i = 0
  var j = 0
  while i < rows || j < columns {
    let here = i * width + j
    let e = expected.lowerBound + i
    let a = actual.lowerBound + j
    guard i < rows else {
      steps.append(.added(actual: a))
      j += 1
      continue
    }
    if !isLine(e) {
      // A `{{...}}` line is left as soon as the least cost allows; until then it takes lines.
      if cost[here + width] == cost[here] {
        steps.append(.kept(expected: e))
        i += 1
      } else {
        j += 1
      }
    } else if j < columns, isMatch(e, a), cost[here + width + 1] == cost[here] {
      steps.append(.kept(expected: e))
      i += 1
      j += 1
    } else if cost[here + width] + removal == cost[here] {
      steps.append(.removed(expected: e))
      i += 1
    } else {
      steps.append(.added(actual: a))
      j += 1
    }
  }
  return steps
}
