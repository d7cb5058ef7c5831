import Simulation

/// Turns a merged scenario document into a `Scenario`, collecting every problem.
///
/// The decoder knows every key a scenario may have: an unknown key is an error
/// with the closest known key suggested, never silently ignored. Sections live in
/// `ScenarioDecoder+Section.swift` files.
struct ScenarioDecoder {
  var context = DecodingContext()
  /// The file that declared each source, so that only its own values cite it.
  var sourceOrigins: [String: String] = [:]

  static let topLevelKeys = [
    "scenario", "title", "region", "base_year", "horizon", "extends", "model", "sources",
    "assumptions", "municipalities", "measures", "facetime", "disaster", "verdict",
    "guidelines",
  ]

  /// The scenario, or `nil` when any error was found; and every diagnostic.
  static func decode(_ document: Node) -> (Scenario?, [Diagnostic]) {
    var decoder = ScenarioDecoder()
    let scenario = decoder.decodeScenario(document)
    let diagnostics = decoder.context.diagnostics
    return (diagnostics.hasErrors ? nil : scenario, diagnostics)
  }

  private mutating func decodeScenario(_ document: Node) -> Scenario? {
    guard let root = context.table(document, "", known: Self.topLevelKeys) else { return nil }
    var scenario = Scenario(
      name: "scenario", title: LocalizedText(ja: "", en: ""),
      region: LocalizedText(ja: "地域", en: "Region"), municipalities: [])

    if let node = root["scenario"], let name = context.string(node, "scenario") {
      scenario.name = name
    }
    if let node = root["title"], let title = localized(node, "title") { scenario.title = title }
    if let node = root["region"], let region = localized(node, "region") {
      scenario.region = region
    }
    if let node = root["base_year"] {
      if let year = context.year(yearText(node), origin: node.origin, "base_year", allowPast: true)
      {
        scenario.baseYear = year
      }
    }
    context.baseYear = scenario.baseYear
    if let node = root["horizon"] {
      if let year = context.year(yearText(node), origin: node.origin, "horizon") {
        if year <= scenario.baseYear {
          context.error(
            node.origin, "horizon",
            "horizon \(year) is not after the base year \(scenario.baseYear)")
        } else {
          scenario.horizon = year
        }
      }
    }
    if let node = root["model"] { decodeModel(node, into: &scenario) }
    if let node = root["sources"] { scenario.sources = decodeSources(node) }
    if let node = root["assumptions"] { decodeAssumptions(node, into: &scenario) }
    scenario.assumptions = Self.describedAssumptions(root["assumptions"], model: scenario.model)
    if let node = root["municipalities"] {
      decodeMunicipalities(node, into: &scenario)
    } else {
      context.error(
        document.origin, "municipalities", "the scenario has no municipalities",
        suggestion: "add [municipalities.\"NAME\"] tables, or `extends = \"aizu\"`")
    }
    if let node = root["measures"] { decodeMeasures(node, into: &scenario) }
    if let node = root["facetime"] { decodeFacetime(node, into: &scenario) }
    if let node = root["disaster"] { decodeDisaster(node, into: &scenario) }
    checkMethods(scenario, root: root)
    if let node = root["verdict"] { decodeVerdict(node, into: &scenario) }
    scenario.assumptions += Self.describedVerdictRule(root["verdict"])
    if let node = root["guidelines"] { decodeGuidelines(node, into: &scenario) }
    return scenario
  }

  /// A year written as a number (2040) or a string ("R22").
  func yearText(_ node: Node) -> String {
    if case .integer(let n) = node.value { return String(n) }
    return node.string ?? node.kind
  }

  mutating func localized(_ node: Node, _ path: String) -> LocalizedText? {
    if let text = node.string { return LocalizedText(ja: text, en: text) }
    guard let table = context.table(node, path, known: ["ja", "en"]) else { return nil }
    let ja = table["ja"].flatMap { context.string($0, join(path, "ja")) }
    let en = table["en"].flatMap { context.string($0, join(path, "en")) }
    guard let text = ja ?? en else {
      context.error(node.origin, path, "expected { ja = \"…\", en = \"…\" }")
      return nil
    }
    return LocalizedText(ja: ja ?? text, en: en ?? text)
  }

  private mutating func decodeModel(_ node: Node, into scenario: inout Scenario) {
    guard let table = context.table(node, "model", known: ["population", "staffing"]) else {
      return
    }
    if let node = table["population"],
      let method = context.choice(node, "model.population", as: PopulationMethod.self)
    {
      scenario.model.populationMethod = method
    }
    if let node = table["staffing"],
      let policy = context.choice(node, "model.staffing", as: StaffingPolicy.self)
    {
      scenario.model.staffingPolicy = policy
    }
  }

  private mutating func decodeSources(_ node: Node) -> [Source] {
    guard let table = node.table else {
      context.error(node.origin, "sources", "expected a table of sources, found \(node.kind)")
      return []
    }
    return table.entries.compactMap { id, node in
      let path = join("sources", id)
      sourceOrigins[id] = node.origin.fileName
      guard let source = context.table(node, path, known: ["title", "citation", "fields"]) else {
        return nil
      }
      var fields: [String] = []
      if let list = source["fields"] {
        if case .array(let elements) = list.value {
          fields = elements.compactMap { context.string($0, join(path, "fields")) }
        } else {
          context.error(list.origin, join(path, "fields"), "expected a list of field names")
        }
      }
      return Source(
        id: id,
        title: source["title"].flatMap { context.string($0, join(path, "title")) } ?? id,
        citation: source["citation"].flatMap { context.string($0, join(path, "citation")) } ?? "",
        fields: fields)
    }
  }

  /// Methods that need data some municipality lacks.
  private mutating func checkMethods(_ scenario: Scenario, root: NodeTable) {
    for municipality in scenario.municipalities {
      let method = municipality.populationMethod ?? scenario.model.populationMethod
      let path = join("municipalities", municipality.name)
      let origin =
        root["municipalities"]?.table?[municipality.name]?.origin
        ?? root["model"]?.origin ?? .file(name: "", line: 1, column: 1)
      switch method {
      case .trend where !municipality.population.years.contains(where: { $0 < scenario.baseYear }):
        context.error(
          origin, path,
          "the trend method needs a population before the base year \(scenario.baseYear)",
          suggestion: "add one, as in population = { 2015 = … }, or use the anchored method")
      case .cohort where municipality.cohort == nil:
        context.error(
          origin, path, "the cohort method needs population by age group",
          suggestion:
            "add a [municipalities.\"\(municipality.name)\".cohort] table, or use the anchored method"
        )
      default:
        break
      }
    }
  }
}
