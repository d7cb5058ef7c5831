import Bilingual
import Rendering
import ScenarioFile
import Simulation
import Words

/// An output as a user chose it for `sweep`, `sensitivity` or `solve`: what to read, and
/// how tables name it.
struct ChosenOutput: Sendable, Equatable {
  var output: ModelOutput
  /// `不足 会津地域 2040`, `shortfall Aizu region 2040`: the metric's name as typed, the area
  /// (kanji in Japanese, romaji in English) and the year.
  var label: LocalizedText
  /// `shortfall_region_2040`, `shortfall_showa_2040`: its field in csv and json.
  var field: String
}

/// Reading what the exploring commands take: a parameter (`PATH [YEAR]`), outputs
/// (`METRIC [MUNICIPALITY|region] [YEAR]`, defaults: the region and the horizon) and numbers,
/// each error naming the command and the argument.
extension Session {
  /// The words that name the region: `region`, and the scenario's name for it in either
  /// language (`会津地域`, `Aizu region`), in any case.
  func namesRegion(_ word: String) -> Bool {
    let lowered = word.lowercased()
    return lowered == "region" || word == scenario.region.ja
      || lowered == scenario.region.en.lowercased()
  }

  /// The output `metric` of `municipality` (the region when `nil`) in `year` (the horizon
  /// when `nil`).
  func chosenOutput(_ metric: Metric, of municipality: Municipality? = nil, in year: Int? = nil)
    -> ChosenOutput
  {
    let year = year ?? scenario.horizon
    let area =
      municipality.map { LocalizedText(ja: $0.name, en: $0.romaji) } ?? scenario.region
    let field = municipality.map { $0.romaji.lowercased().replacingSpaces } ?? "region"
    return ChosenOutput(
      output: ModelOutput(metric, of: municipality?.name, in: year),
      label: LocalizedText(
        ja: "\(metric.name.ja) \(area.ja) \(year)", en: "\(metric.name.en) \(area.en) \(year)"),
      field: "\(metric.rawValue)_\(field)_\(year)")
  }

  /// Outputs written `METRIC [MUNICIPALITY|region] [YEAR]`, one after another: a metric
  /// starts an output, and the area and year after it belong to it.
  func chosenOutputs(_ words: [String], command: String) throws(CommandError) -> [ChosenOutput] {
    var outputs: [(metric: Metric, area: Municipality?, isRegion: Bool, year: Int?)] = []
    for word in words {
      if let metric = Metric(named: word) {
        outputs.append((metric, nil, false, nil))
        continue
      }
      guard var last = outputs.popLast() else {
        throw CommandError(
          Words.Exploration.beforeMetric(command, word: word),
          suggestion: Suggestion.guess(word, among: Metric.names)
            ?? Words.Exploration.outputForm(command))
      }
      if Year.looksLikeYear(word) {
        guard last.year == nil else {
          throw CommandError(Words.Exploration.twoYears(command, word: word))
        }
        last.year = try year(word)
      } else if namesRegion(word) || scenario.municipality(named: word) != nil {
        guard last.area == nil, !last.isRegion else {
          throw CommandError(
            Words.Exploration.twoAreas(command, word: word),
            suggestion: Words.Exploration.outputForm(command))
        }
        last.area = scenario.municipality(named: word)
        last.isRegion = last.area == nil
      } else {
        let known = Metric.names + scenario.municipalities.flatMap { [$0.name, $0.romaji] }
        throw CommandError(
          Words.Exploration.unknownOutputWord(command, word: word),
          suggestion: Suggestion.guess(word, among: known + ["region", scenario.region.ja])
            ?? Words.Chart.oneOf(Metric.allCases.map(\.name)))
      }
      outputs.append(last)
    }
    return outputs.map { chosenOutput($0.metric, of: $0.area, in: $0.year) }
  }

  /// The parameter the first words name, `PATH` or, for a series, `PATH YEAR`; and the
  /// words after it.
  func chosenParameter(_ words: [String], command: String) throws(CommandError)
    -> (parameter: Parameter, rest: [String])
  {
    guard let path = words.first else {
      throw CommandError(
        Words.Exploration.needsParameter(command),
        suggestion: Words.Exploration.parametersAre(variedNames))
    }
    var rest = Array(words.dropFirst())
    var year: Int?
    // A series' year follows it when written as one (four digits or 和暦), from the base
    // year to 2100: no value of the series (an index, a share) is written so.
    if ScenarioFile.isSeries(path), let next = rest.first, let given = Year.parse(next) {
      guard given >= scenario.baseYear, given <= Scenario.lastYear else {
        throw CommandError(
          Words.Exploration.badParameterYear(command, path: path, year: next),
          suggestion: Words.Exploration.yearsFrom(scenario.baseYear, to: Scenario.lastYear))
      }
      year = given
      rest.removeFirst()
    }
    switch ScenarioFile.parameter(path, year: year, in: scenario) {
    case .success(let parameter):
      return (parameter, rest)
    case .failure(.badYear(let text)):
      throw CommandError(
        Words.Exploration.badParameterYear(command, path: path, year: text),
        suggestion: Words.Exploration.yearsFrom(scenario.baseYear, to: Scenario.lastYear))
    case .failure(.notASeries(let name)):
      throw CommandError(Words.Exploration.notASeries(command, path: path, name: name))
    case .failure(.unknown(let closest)):
      if closest == nil, case .success = ScenarioFile.settingPath(path, in: document) {
        throw CommandError(
          Words.Exploration.notVaried(command, path: path),
          suggestion: Words.Exploration.parametersAre(variedNames))
      }
      throw CommandError(
        Words.Exploration.unknownParameter(command, path: path),
        suggestion: closest.map(Words.didYouMean)
          ?? Words.Exploration.parametersAre(variedNames))
    }
  }

  /// The assumptions a command varies, for messages: every name but the measures', then
  /// `measures.ID.…`.
  private var variedNames: [String] {
    ScenarioFile.parameterNames(of: scenario).filter { !$0.hasPrefix("measures.") }
      + (scenario.measures.isEmpty ? [] : ["measures.ID.max_adoption", "measures.ID.savings.…"])
  }

  /// A finite number written in digits (`0.035`, `1800`, `-2`, `1e3`), or an error naming
  /// the command and the argument.
  func number(_ text: String, command: String, argument: String) throws(CommandError) -> Double {
    guard let value = Double(text), value.isFinite, text.first?.isLetter != true else {
      throw CommandError(
        Words.Exploration.notANumber(command, argument: argument, text: text),
        suggestion: Words.Exploration.writeDigits)
    }
    return value
  }

  /// `value` if `parameter` accepts it, else an error naming the command, the argument and
  /// the values the parameter accepts.
  func allowed(
    _ value: Double, _ text: String, for parameter: Parameter, command: String, argument: String
  )
    throws(CommandError) -> Double
  {
    guard parameter.allows(value) else {
      throw CommandError(
        Words.Exploration.outsideLimits(
          command, argument: argument, text: text, path: parameter.path,
          from: NumberFormat.plain(parameter.limits.lowerBound),
          to: NumberFormat.plain(parameter.limits.upperBound),
          excludingLower: parameter.excludesLowerLimit))
    }
    return value
  }
}

extension Command {
  /// Completion for the exploring commands: the parameter's path one segment at a time at
  /// `pathPosition` (if any), then metric names and areas, and the command's options.
  static func explorationCandidates(
    _ context: CompletionContext, pathPosition: Int?, options: [String]
  ) -> [String] {
    let current = context.current
    if current.hasPrefix("-") { return options.filter { $0.hasPrefix(current) } }
    if let pathPosition, context.previous.count == pathPosition {
      return segmentCandidates(ScenarioFile.parameterNames(of: context.session.scenario), current)
    }
    let scenario = context.session.scenario
    let areas =
      ["region", scenario.region.ja] + scenario.municipalities.flatMap { [$0.name, $0.romaji] }
    let lowered = current.lowercased()
    return (Metric.names + areas).filter { $0.lowercased().hasPrefix(lowered) }
  }

  /// The paths that begin with `prefix`, each cut after the segment being typed
  /// (`measures.` before `measures.online_procedures.`).
  static func segmentCandidates(_ paths: [String], _ prefix: String) -> [String] {
    var candidates: [String] = []
    for path in paths where path.lowercased().hasPrefix(prefix.lowercased()) {
      let rest = path.dropFirst(prefix.count)
      let candidate = rest.firstIndex(of: ".").map { String(path[..<$0]) + "." } ?? path
      if !candidates.contains(candidate) { candidates.append(candidate) }
    }
    return candidates
  }
}

extension String {
  /// Spaces as underscores, for field names (`aizu_region`).
  fileprivate var replacingSpaces: String {
    String(map { $0 == " " ? "_" : $0 })
  }
}
