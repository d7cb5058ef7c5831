import Foundation
import ScenarioFile
import Simulation
import Words

/// Reading the arguments most commands share: years and municipalities.
extension Session {
  /// The municipality `word` names (kanji or romaji, any case), or an error with a did-you-mean.
  func municipality(_ word: String) throws(CommandError) -> Municipality {
    if let found = scenario.municipality(named: word) { return found }
    // The region is what these commands show when no municipality is named.
    if namesRegion(word) {
      throw CommandError(
        Words.Arguments.regionIsNoMunicipality(word), suggestion: Words.Arguments.leaveOutForRegion)
    }
    let known = scenario.municipalities.flatMap { [$0.name, $0.romaji] }
    throw CommandError(
      Words.Arguments.unknownMunicipality(word),
      suggestion: Suggestion.guess(word, among: known) ?? Words.Arguments.showMunicipalities)
  }

  /// A year within the base year and 2100, written 2040, R22 or 令和22.
  func year(_ word: String) throws(CommandError) -> Int {
    let year: Int
    switch Year.parsed(word) {
    case .success(let parsed): year = parsed
    case .failure(let problem):
      throw CommandError(Words.Years.problem(problem), suggestion: Words.Years.fix(for: problem))
    }
    guard year >= scenario.baseYear else {
      throw CommandError(Words.Years.beforeBase(year, base: scenario.baseYear))
    }
    guard year <= Scenario.lastYear else {
      throw CommandError(Words.Years.afterLast(year, last: Scenario.lastYear))
    }
    return year
  }

  /// The years `word` names: one year, a range written `2020..2040`, or a list of them
  /// written `2030,2040` (in order, each once).
  func years(_ word: String, step: Int) throws(CommandError) -> [Int] {
    if word.contains(",") {
      var years: Set<Int> = []
      for part in word.split(separator: ",", omittingEmptySubsequences: false) {
        guard !part.isEmpty else {
          throw CommandError(
            Words.Arguments.notAYearOrRange(word), suggestion: Words.Arguments.writeYearOrRange)
        }
        years.formUnion(try self.years(String(part), step: step))
      }
      return years.sorted()
    }
    let parts = word.components(separatedBy: "..")
    guard parts.count <= 2 else {
      throw CommandError(
        Words.Arguments.notAYearOrRange(word), suggestion: Words.Arguments.writeYearOrRange)
    }
    if parts.count == 1, Year.parse(word) == nil, let dash = rangeWithDash(word) {
      throw CommandError(
        Words.Arguments.notAYearOrRange(word),
        suggestion: Words.Arguments.writeRange(from: dash.0, to: dash.1))
    }
    let from = try year(parts[0])
    let to = try year(parts.count == 2 ? parts[1] : parts[0])
    guard from <= to else {
      throw CommandError(
        Words.Arguments.backwardsRange(word),
        suggestion: Words.Arguments.writeRange(from: parts[1], to: parts[0]))
    }
    var years = Array(stride(from: from, through: to, by: step))
    if years.last != to { years.append(to) }
    return years
  }

  /// `2020-2040` or `R2〜R22` read as the two years a range would join, if both are years.
  private func rangeWithDash(_ word: String) -> (String, String)? {
    for separator in ["-", "〜", "~", "–"] {
      let parts = word.components(separatedBy: separator)
      if parts.count == 2, Year.parse(parts[0]) != nil, Year.parse(parts[1]) != nil {
        return (parts[0], parts[1])
      }
    }
    return nil
  }

  /// Years and municipalities in any order: `2040 会津若松市 Showa`, `2020..2040`.
  /// No year means the horizon; no municipality means all of them.
  func yearsAndMunicipalities(_ words: [String], step: Int = 1) throws(CommandError)
    -> (years: [Int], municipalities: [Municipality])
  {
    var years: [Int] = []
    var municipalities: [Municipality] = []
    for word in words {
      // Written as a year, rightly or not (`令和0`, `2020-2040`): not a municipality.
      if Year.looksLikeYear(word) {
        guard years.isEmpty else {
          throw CommandError(
            Words.Arguments.moreThanOneYear(word), suggestion: Words.Arguments.giveRange)
        }
        years = try self.years(word, step: step)
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
