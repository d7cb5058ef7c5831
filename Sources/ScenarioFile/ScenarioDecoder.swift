import Bilingual
import Simulation
import Words

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
    "guidelines", "checks",
  ]

  /// The keys of `[model]`, which `set` also takes alone (`set staffing fixed`).
  static let modelKeys = ["staffing", "population", "elderly_rise", "recruitment_pool"]

  /// The scenario, or `nil` when any error was found; and every diagnostic.
  ///
  /// - Parameters:
  ///   - document: the layers merged into one tree of nodes.
  ///   - files: the files laid over each other, the base first.
  ///   - commands: the commands laid on top, in the order they were given: of two
  ///     values for one thing from different layers, the later layer's wins.
  static func decode(_ document: Node, files: [String] = [], commands: [String] = [])
    -> (Scenario?, [Diagnostic])
  {
    var decoder = ScenarioDecoder()
    decoder.context.files = files
    decoder.context.commands = commands
    let scenario = decoder.decodeScenario(document)
    let diagnostics = decoder.context.diagnostics
    return (diagnostics.hasErrors ? nil : scenario, diagnostics)
  }

  /// The name and title of a scenario that gives none.
  static let defaultName = "scenario"
  static let defaultTitle = LocalizedText("")

  private mutating func decodeScenario(_ document: Node) -> Scenario? {
    guard let root = context.table(document, "", known: Self.topLevelKeys) else { return nil }
    var scenario = Scenario(
      name: Self.defaultName, title: Self.defaultTitle, region: Words.ScenarioDefaults.region,
      municipalities: [])
    // Room for a provenance per value written, made once: growing the table rehashes every
    // kanji key, and municipalities, measures and guidelines all add to it.
    func values(_ node: Node) -> Int {
      node.table.map { $0.entries.reduce(0) { $0 + values($1.node) } } ?? 1
    }
    scenario.provenance.reserveCapacity(values(document))

    if let node = root["scenario"], let name = context.string(node, "scenario") {
      scenario.name = name
    }
    if let node = root["title"], let title = localized(node, "title") { scenario.title = title }
    if let node = root["region"], let region = localized(node, "region") {
      scenario.region = region
    }
    if let node = root["base_year"], let year = context.year(node, "base_year", allowPast: true) {
      scenario.baseYear = year
    }
    context.baseYear = scenario.baseYear
    if let node = root["horizon"] {
      if let year = context.year(node, "horizon") {
        if year <= scenario.baseYear {
          context.error(
            node.origin, "horizon", Message.horizonNotAfterBase(year, base: scenario.baseYear))
        } else {
          scenario.horizon = year
        }
      }
    } else if let node = root["base_year"], scenario.horizon <= scenario.baseYear {
      context.error(
        node.origin, "base_year",
        Message.baseNotBeforeHorizon(scenario.baseYear, horizon: scenario.horizon),
        suggestion: Message.addHorizon(upTo: Limits.years.upperBound))
    }
    if let node = root["model"] { decodeModel(node, into: &scenario) }
    if let node = root["sources"] { scenario.sources = decodeSources(node) }
    if let node = root["assumptions"] { decodeAssumptions(node, into: &scenario) }
    scenario.assumptions = describedAssumptions(root["assumptions"], model: scenario.model)
    if let node = root["assumptions"] { decodeRanges(node, into: &scenario) }
    if let node = root["municipalities"] {
      decodeMunicipalities(node, into: &scenario)
    } else {
      context.error(
        document.origin, "municipalities", Message.noMunicipalities,
        suggestion: Message.addMunicipalities)
    }
    if let node = root["measures"] { decodeMeasures(node, into: &scenario) }
    if let node = root["facetime"] { decodeFacetime(node, into: &scenario) }
    if let node = root["disaster"] { decodeDisaster(node, into: &scenario) }
    checkMethods(scenario, root: root)
    if let node = root["verdict"] { decodeVerdict(node, into: &scenario) }
    scenario.assumptions += Self.describedVerdictRule(
      root["verdict"], baseYear: scenario.baseYear)
    if let node = root["guidelines"] { decodeGuidelines(node, into: &scenario) }
    if let node = root["checks"] { decodeChecks(node, into: &scenario) }
    if let node = root["sources"] { checkSourceFields(node, root: root) }
    return scenario
  }

  /// Text in Japanese and English, or one text for both; never empty.
  mutating func localized(_ node: Node, _ path: String) -> LocalizedText? {
    guard node.string == nil else {
      return nonEmptyText(node, path, Message.aName).map { LocalizedText($0) }
    }
    return bilingual(node, path) { $0.nonEmptyText($1, $2, Message.aName) }
  }

  /// Text a user reads (a note, a unit, a citation): one string for both languages, or
  /// `{ ja = "…", en = "…" }` where a language left out falls back to the other, with no
  /// error. Unlike a name it may be empty.
  mutating func prose(_ node: Node, _ path: String) -> LocalizedText? {
    guard node.table != nil else { return context.string(node, path).map(LocalizedText.init) }
    return bilingual(node, path) { $0.context.string($1, $2) }
  }

  /// `{ ja = "…", en = "…" }`, each string read by `read`, a language left out falling back
  /// to the other. A table with neither is an error, unless one was reported already (an
  /// unknown key, a string that is not one).
  private mutating func bilingual(
    _ node: Node, _ path: String, read: (inout Self, Node, String) -> String?
  ) -> LocalizedText? {
    guard let table = context.table(node, path, known: ["ja", "en"]) else { return nil }
    let ja = table["ja"].flatMap { read(&self, $0, join(path, "ja")) }
    let en = table["en"].flatMap { read(&self, $0, join(path, "en")) }
    guard let text = ja ?? en else {
      if table.isEmpty { context.error(node.origin, path, Message.expected(Message.jaAndEn)) }
      return nil
    }
    return LocalizedText(ja: ja ?? text, en: en ?? text)
  }

  /// Text written as `prose` reads it, without diagnostics (they were reported when it
  /// was decoded); `nil` when it is neither a string nor a table of strings.
  static func proseText(_ node: Node?) -> LocalizedText? {
    if let text = node?.string { return LocalizedText(text) }
    let ja = node?.table?["ja"]?.string
    let en = node?.table?["en"]?.string
    guard let text = ja ?? en else { return nil }
    return LocalizedText(ja: ja ?? text, en: en ?? text)
  }

  private mutating func decodeModel(_ node: Node, into scenario: inout Scenario) {
    guard
      let table = context.table(
        node, "model", known: Self.modelKeys)
    else {
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
    if let node = table["elderly_rise"],
      let rise = context.choice(node, "model.elderly_rise", as: ElderlyRise.self)
    {
      scenario.model.elderlyRise = rise
    }
    if let node = table["recruitment_pool"],
      let pool = context.choice(node, "model.recruitment_pool", as: RecruitmentPool.self)
    {
      scenario.model.recruitmentPool = pool
    }
  }

  private mutating func decodeSources(_ node: Node) -> [Source] {
    guard let table = node.table else {
      context.error(
        node.origin, "sources", Message.expectedTable(of: Message.sources, found: node.kind))
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
          context.error(
            list.origin, join(path, "fields"), Message.expected(Message.aListOfFieldNames))
        }
      }
      return Source(
        id: id,
        title: source["title"].flatMap { prose($0, join(path, "title")) } ?? LocalizedText(id),
        citation: source["citation"].flatMap { prose($0, join(path, "citation")) }
          ?? LocalizedText(""),
        fields: fields)
    }
  }

  /// Each source's `fields` must name values the scenario gives: a municipality's
  /// (`population.2020`, as any municipality has it, or a table of them, `age_bands`) or a
  /// guideline option's figure (`guidelines.12.options.pilot.initial_cost_yen`).
  private mutating func checkSourceFields(_ node: Node, root: NodeTable) {
    let municipalities = root["municipalities"]?.table?.entries ?? []
    // The fields as written, looked up directly: most are (`population.2020`), and
    // listing every field of every municipality is needed only for one that is not.
    func isWritten(_ field: String) -> Bool {
      let keys = field.split(separator: ".").map(String.init)
      let tables =
        keys.first == "guidelines" ? [root] : municipalities.compactMap { $0.node.table }
      return tables.contains { table in
        var node: Node? = Node(.table(table), at: .command(""))
        for key in keys { node = node?.table?[key] }
        // A table names every value under it; not a guideline's, a note's or an age table's.
        let isTableField = !["guidelines", "notes", "cohort"].contains(keys.first ?? "")
        return node != nil && (node?.table == nil || isTableField)
      }
    }
    let fields = (node.table?.entries ?? []).flatMap { _, source -> [Node] in
      guard case .array(let elements)? = source.table?["fields"]?.value else { return [] }
      return elements
    }
    guard fields.contains(where: { $0.string.map(isWritten) == false }) else { return }
    var known = Set(municipalities.flatMap { Self.fields(of: $0.node.table ?? NodeTable()) })
    // The tables that hold them (`age_bands`, `age_bands.population`) name them all.
    for field in known {
      let keys = field.split(separator: ".")
      known.formUnion((1..<max(keys.count, 1)).map { keys.prefix($0).joined(separator: ".") })
    }
    for (number, guideline) in root["guidelines"]?.table?.entries ?? [] {
      for (id, option) in guideline.table?["options"]?.table?.entries ?? [] {
        let prefix = "guidelines.\(number).options.\(id)"
        for (key, figure) in option.table?.entries ?? []
        where !["kind", "name", "note"].contains(key) {
          known.formUnion(Self.leafPaths(figure, join(prefix, key)))
        }
      }
    }
    let candidates = known.sorted()
    for (id, source) in node.table?.entries ?? [] {
      guard case .array(let elements)? = source.table?["fields"]?.value else { continue }
      for element in elements {
        guard let field = element.string, !known.contains(field) else { continue }
        context.error(
          element.origin, join(join("sources", id), "fields"), Message.namesNoValue(field),
          suggestion: Suggestion.guess(field, among: candidates) ?? Message.nameAField)
      }
    }
  }

  /// The dotted paths of the values under `node`.
  static func leafPaths(_ node: Node, _ path: String) -> [String] {
    guard let children = node.table?.entries else { return [path] }
    return children.flatMap { leafPaths($0.node, join(path, $0.key)) }
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
          origin, path, Message.trendNeedsPast(base: scenario.baseYear),
          suggestion: Message.addPastPopulation)
      case .cohort where municipality.cohort == nil:
        context.error(
          origin, path, Message.cohortNeedsAgeGroups,
          suggestion: Message.addCohortTable(municipality.name))
      default:
        break
      }
    }
  }
}
