import Foundation
import ScenarioFile
import Simulation
import Words

extension Command {
  static let set = Command(
    name: "set",
    usage: "set PATH VALUE",
    summary: Words.Help.setSummary,
    details: Words.Help.setDetails,
    examples: [
      "set hours_per_fte 1900", "set staffing target", "set recruitment_index { 2040 = 0.5 }",
      "set 会津若松市.population.2040 90000",
    ],
    answersFromScenario: false,
    complete: { context in
      context.previous.count == 1 ? pathCandidates(context.session, context.current) : []
    },
    run: { invocation, session throws(CommandError) in
      guard let path = invocation.arguments.first, invocation.arguments.count >= 2 else {
        throw CommandError(
          Words.Changes.setNeedsPathAndValue, suggestion: Words.Changes.setExample)
      }
      let value = String(invocation.rawArguments.dropFirst(rawWordLength(invocation.rawArguments)))
        .trimmingCharacters(in: .whitespaces)
      let previous = try session.set(path, to: value)
      return .text(Words.Changes.set(path, to: value, was: previous))
    })

  static let unset = Command(
    name: "unset",
    usage: "unset PATH|all",
    summary: Words.Help.unsetSummary,
    details: Words.Help.unsetDetails,
    examples: ["unset hours_per_fte", "unset all"],
    answersFromScenario: false,
    complete: { context in
      guard context.previous.count == 1 else { return [] }
      return ["all"].filter { $0.hasPrefix(context.current) }
        + changedPathCandidates(context.session, context.current)
    },
    run: { invocation, session throws(CommandError) in
      guard invocation.arguments.count == 1, let path = invocation.arguments.first else {
        throw CommandError(Words.Changes.unsetNeedsPath, suggestion: Words.Changes.unsetExample)
      }
      let removed = path == "all" ? session.unsetAll() : try session.unset(path)
      guard !removed.isEmpty else { return .text(Words.Changes.nothingToUnset) }
      // What comes back is the file's value: `undo`, not `unset`, returns to an earlier change.
      let now = Words.Undo.values(
        removed.map { (path: $0.pathText, value: session.state.value(at: $0.path)) })
      return .text(Words.Undo.unset(now, count: removed.count))
    })

  /// Completes `unset` as `set` completes (`hou` → `hours_per_fte`, `Sho` → `Showa.`), among
  /// the paths with a change under them, and the changes' full paths.
  static func changedPathCandidates(_ session: Session, _ prefix: String) -> [String] {
    let changed = session.overrides.map(\.path)
    let short = pathCandidates(session, prefix).filter { candidate in
      let text = candidate.hasSuffix(".") ? String(candidate.dropLast()) : candidate
      guard case .success(let path) = ScenarioFile.settingPath(text, in: session.document) else {
        return false
      }
      return changed.contains { $0.starts(with: path) }
    }
    return short + session.overrides.map(\.pathText).filter { $0.hasPrefix(prefix) }
  }

  /// Completes `set` paths one segment at a time: `Sho` → `Showa.`, `Showa.po` → `Showa.population.`.
  static func pathCandidates(_ session: Session, _ prefix: String) -> [String] {
    var paths = ScenarioFile.settablePaths(session.document)
    for municipality in session.scenario.municipalities {
      paths += paths.filter { $0.hasPrefix(municipality.name + ".") }.map {
        municipality.romaji + $0.dropFirst(municipality.name.count)
      }
    }
    var candidates: [String] = []
    for path in paths where path.lowercased().hasPrefix(prefix.lowercased()) {
      let rest = path.dropFirst(prefix.count)
      let candidate = rest.firstIndex(of: ".").map { String(path[..<$0]) + "." } ?? path
      if !candidates.contains(candidate) { candidates.append(candidate) }
    }
    // `Showa.population.` covers `Showa.population`: offer the segment only.
    return candidates.filter { !candidates.contains($0 + ".") }
  }

  /// The length of the first word of `raw`, quotes included.
  static func rawWordLength(_ raw: String) -> Int {
    var quote: Character?
    var count = 0
    for c in raw {
      if let q = quote {
        if c == q { quote = nil }
      } else if c == "\"" || c == "'" {
        quote = c
      } else if c.isWhitespace {
        break
      }
      count += 1
    }
    return count
  }
}
