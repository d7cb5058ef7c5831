import Foundation
import ScenarioFile
import Simulation

/// Reading the arguments most commands share: years and municipalities.
extension Session {
  /// The municipality `word` names (kanji or romaji, any case), or an error with a did-you-mean.
  func municipality(_ word: String) throws(CommandError) -> Municipality {
    if let found = scenario.municipality(named: word) { return found }
    let known = scenario.municipalities.flatMap { [$0.name, $0.romaji] }
    throw CommandError(
      "unknown municipality '\(word)'",
      suggestion: Suggestion.didYouMean(word, among: known) ?? "`show municipalities` lists them")
  }

  /// A year within the base year and 2100, written 2040, R22 or 令和22.
  func year(_ word: String) throws(CommandError) -> Int {
    guard let year = Year.parse(word) else {
      throw CommandError("'\(word)' is not a year", suggestion: "write 2040, R22 or 令和22")
    }
    guard year >= scenario.baseYear else {
      throw CommandError("\(year) is before the base year \(scenario.baseYear)")
    }
    guard year <= Scenario.lastYear else {
      throw CommandError("\(year) is after \(Scenario.lastYear), the last year AizuSim projects")
    }
    return year
  }

  /// Whether `word` looks like a year or a range of years rather than a name.
  static func looksLikeYear(_ word: String) -> Bool {
    let parts = word.components(separatedBy: "..")
    return parts.count <= 2 && parts.allSatisfy { Year.parse($0) != nil }
  }

  /// Years and municipalities in any order: `2040 会津若松市 Showa`, `2020..2040`.
  /// No year means the horizon; no municipality means all of them.
  func yearsAndMunicipalities(_ words: [String], step: Int = 1) throws(CommandError)
    -> (years: [Int], municipalities: [Municipality])
  {
    var years: [Int] = []
    var municipalities: [Municipality] = []
    for word in words {
      if Self.looksLikeYear(word) {
        guard years.isEmpty else {
          throw CommandError(
            "more than one year: '\(word)'", suggestion: "give a range instead, as in 2020..2040")
        }
        let parts = word.components(separatedBy: "..")
        let from = try year(parts[0])
        let to = try year(parts.count == 2 ? parts[1] : parts[0])
        guard from <= to else { throw CommandError("the range \(word) runs backwards") }
        years = Array(stride(from: from, through: to, by: step))
        if years.last != to { years.append(to) }
      } else {
        let found = try municipality(word)
        if !municipalities.contains(where: { $0.name == found.name }) {
          municipalities.append(found)
        }
      }
    }
    return (years.isEmpty ? [scenario.horizon] : years, municipalities)
  }

  /// Candidates for a word that may be a municipality: kanji names and romaji.
  func municipalityCandidates(_ prefix: String) -> [String] {
    let lowered = prefix.lowercased()
    return scenario.municipalities.flatMap { [$0.name, $0.romaji] }.filter {
      $0.lowercased().hasPrefix(lowered)
    }
  }
}
