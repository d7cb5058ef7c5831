import Bilingual
import Foundation
import ScenarioFile
import Simulation

extension Command {
  static let set = Command(
    name: "set",
    usage: "set PATH VALUE",
    summary: LocalizedText(ja: "仮定や値を変える", en: "Change an assumption or a value"),
    details: LocalizedText(
      ja: """
        シナリオの値を変えます。PATH は仮定の名前(hours_per_fte)、model の項目(staffing)、
        または「市町村.項目」(会津若松市.population.2040、Showa.staff)です。値はシナリオ全体と合わせて検査され、
        誤りがあれば変更しません。変更はプロンプトの * で示され、save で保存、unset で取り消せます。
        """,
      en: """
        Changes a value of the scenario. PATH is an assumption's name (hours_per_fte), a
        model key (staffing), or MUNICIPALITY.FIELD (会津若松市.population.2040,
        Showa.staff). The value is checked with the rest of the scenario and refused if
        wrong. Changes show as * in the prompt; `save` keeps them, `unset` undoes one.
        `show assumptions` lists the names.
        """),
    examples: [
      "set hours_per_fte 1900", "set staffing target", "set recruitment_index { 2040 = 0.5 }",
      "set 会津若松市.population.2040 90000",
    ],
    complete: { context in
      context.previous.count == 1 ? pathCandidates(context.session, context.current) : []
    },
    run: { invocation, session throws(CommandError) in
      guard let path = invocation.arguments.first, invocation.arguments.count >= 2 else {
        throw CommandError(
          "set needs a path and a value", suggestion: "set PATH VALUE, e.g. set hours_per_fte 1900")
      }
      let value = String(invocation.rawArguments.dropFirst(rawWordLength(invocation.rawArguments)))
        .trimmingCharacters(in: .whitespaces)
      let previous = try session.set(path, to: value)
      let was = previous.map { session.text(ja: " (元は \($0))", en: " (was \($0))") } ?? ""
      return [.output("\(path) = \(value)\(was)")]
    })

  static let unset = Command(
    name: "unset",
    usage: "unset PATH|all",
    summary: LocalizedText(ja: "set した変更を取り消す", en: "Undo a change made with set"),
    details: LocalizedText(
      ja: "set で変えた値をファイルの値に戻します。unset all ですべての変更を取り消します。",
      en: "Returns a value changed with `set` to the file's value. `unset all` undoes every change."
    ),
    examples: ["unset hours_per_fte", "unset all"],
    complete: { context in
      (["all"] + context.session.overrides.map(\.pathText)).filter { $0.hasPrefix(context.current) }
    },
    run: { invocation, session throws(CommandError) in
      guard invocation.arguments.count == 1, let path = invocation.arguments.first else {
        throw CommandError("unset needs one path", suggestion: "unset PATH, or unset all")
      }
      if path == "all" {
        let paths = session.overrides.map(\.pathText)
        for override in session.overrides { _ = try session.unset(override.pathText) }
        return [
          .output(
            paths.isEmpty
              ? session.text(ja: "変更はありません", en: "no changes")
              : "unset " + paths.joined(separator: ", "))
        ]
      }
      let removed = try session.unset(path)
      return [.output("unset " + removed.joined(separator: ", "))]
    })

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
