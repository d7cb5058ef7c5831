import Bilingual
import Simulation
import Words

extension ScenarioDecoder {
  static let municipalityKeys = [
    "romaji", "population", "elderly", "elderly_share", "staff", "area_km2",
    "income_per_head_kyen", "fiscal_strength", "residence", "population_method", "cohort",
    "age_bands", "staff_target", "notes",
  ]

  static let cohortKeys = [
    "year", "male", "female", "survival_male", "survival_female", "migration_male",
    "migration_female", "child_woman_ratio", "male_share_of_children",
  ]

  mutating func decodeMunicipalities(_ node: Node, into scenario: inout Scenario) {
    guard let table = node.table else {
      context.error(
        node.origin, "municipalities",
        Message.expectedTable(of: Message.municipalities, found: node.kind))
      return
    }
    var romajiSeen: [String: String] = [:]
    var suppliers = Suppliers(sources: scenario.sources)
    for (name, entry) in table.entries {
      guard let municipality = decodeMunicipality(name, entry, baseYear: scenario.baseYear) else {
        continue
      }
      let key = municipality.romaji.lowercased()
      if let other = romajiSeen[key] {
        context.error(
          entry.origin, join(join("municipalities", name), "romaji"),
          Message.romajiTaken(municipality.romaji, by: other))
      }
      romajiSeen[key] = name
      scenario.municipalities.append(municipality)
      recordProvenance(of: municipality, entry: entry, suppliers: &suppliers, into: &scenario)
    }
  }

  private mutating func decodeMunicipality(_ name: String, _ node: Node, baseYear: Int)
    -> Municipality?
  {
    let path = join("municipalities", name)
    guard let table = context.table(node, path, known: Self.municipalityKeys) else { return nil }
    let errorsBefore = context.diagnostics.filter(\.isError).count

    let romaji = table["romaji"].flatMap {
      nonEmptyText($0, join(path, "romaji"), Message.romajiExample)
    }
    if table["romaji"] == nil {
      context.error(node.origin, path, Message.missing("romaji"), suggestion: Message.addRomaji)
    }

    let populationValues =
      table["population"].map {
        context.yearTable(
          $0, join(path, "population"), in: Limits.population,
          what: Message.Quantity.population, allowPast: true)
      } ?? [:]
    let population = YearSeries(populationValues.mapValues(\.value))
    if table["population"] == nil {
      context.error(
        node.origin, path, Message.missing("population"),
        suggestion: Message.addPopulation(base: baseYear))
    } else if population[baseYear] == nil,
      !populationValues.isEmpty || table["population"]?.table != nil
    {
      context.error(
        table["population"]?.origin ?? node.origin, join(path, "population"),
        Message.noBasePopulation(baseYear), suggestion: Message.addBaseYear(baseYear))
    }

    let (elderlyShare, elderlyCount) = decodeElderly(table, path: path, population: population)

    var staff: Double?
    if let node = table["staff"] {
      staff = context.number(
        node, join(path, "staff"), in: Limits.headcount, what: Message.Quantity.headcount)
      if let s = staff, let p = population[baseYear], s > p {
        context.error(
          node.origin, join(path, "staff"),
          Message.staffExceedsPopulation(
            Node.numberText(s), Node.numberText(p), year: baseYear))
      }
    } else {
      context.error(
        node.origin, path, Message.missing("staff"), suggestion: Message.addStaff(base: baseYear))
    }

    let residence = table["residence"].flatMap { decodeResidence($0, join(path, "residence")) }
    let method = table["population_method"].flatMap {
      context.choice($0, join(path, "population_method"), as: PopulationMethod.self)
    }
    let cohort = table["cohort"].flatMap {
      decodeCohort($0, join(path, "cohort"), baseYear: baseYear)
    }
    let ageBands = table["age_bands"].flatMap { decodeAgeBands($0, join(path, "age_bands")) }
    let staffTarget = table["staff_target"].flatMap {
      context.number(
        $0, join(path, "staff_target"), in: Limits.headcount, what: Message.Quantity.headcount)
    }
    var notes: [String: LocalizedText] = [:]
    if let node = table["notes"], let entries = node.table?.entries {
      let fields = Self.fields(of: table)
      for (field, note) in entries {
        let notePath = join(join(path, "notes"), field)
        guard let text = prose(note, notePath) else { continue }
        let canonical = Self.canonicalField(field)
        guard fields.contains(canonical) else {
          context.error(
            note.origin, notePath, Message.noteOnMissingField(field, municipality: name),
            suggestion: Suggestion.guess(field, among: fields) ?? Message.notesNameAField)
          continue
        }
        notes[canonical] = text
      }
    } else if let node = table["notes"] {
      context.error(node.origin, join(path, "notes"), Message.expected(Message.aTableOfNotes))
    }

    func optional(_ key: String, _ range: ClosedRange<Double>, _ what: LocalizedText) -> Double? {
      guard let node = table[key] else { return nil }
      return context.number(node, join(path, key), in: range, what: what)
    }
    let area = optional("area_km2", Limits.area, Message.Quantity.area)
    let income = optional("income_per_head_kyen", Limits.incomePerHeadKyen, Message.Quantity.income)
    let fiscal = optional("fiscal_strength", Limits.fiscalStrength, Message.Quantity.index)

    let errorsAfter = context.diagnostics.filter(\.isError).count
    guard errorsAfter == errorsBefore, let romaji, let staff else { return nil }
    return Municipality(
      name: name, romaji: romaji, population: population, elderlyShare: elderlyShare,
      elderlyCount: elderlyCount, staff: staff,
      areaKm2: area, incomePerHeadKyen: income, fiscalStrength: fiscal, residence: residence,
      populationMethod: method, cohort: cohort, ageBands: ageBands, staffTarget: staffTarget,
      notes: notes)
  }

  /// Shares of residents aged 65+ from counts (`elderly`) and shares (`elderly_share`),
  /// and the counts themselves. A year given both ways in one layer is an error naming
  /// both places; in two layers, the later wins.
  private mutating func decodeElderly(_ table: NodeTable, path: String, population: YearSeries)
    -> (shares: YearSeries, counts: YearSeries)
  {
    let counts =
      table["elderly"].map {
        context.yearTable(
          $0, join(path, "elderly"), in: Limits.population, what: Message.Quantity.count)
      } ?? [:]
    let givenShares =
      table["elderly_share"].map {
        context.yearTable(
          $0, join(path, "elderly_share"), in: 0...1, what: Message.Quantity.share)
      } ?? [:]
    var chosen = counts.mapValues { (entry: $0, isCount: true) }
    for (year, share) in givenShares.sorted(by: { $0.key < $1.key }) {
      if let count = chosen[year],
        !context.supersedes(
          share.origin, count.entry.origin, at: share.path, as: count.entry.path,
          Message.elderlyFigure(year))
      {
        continue
      }
      chosen[year] = (share, false)
    }
    var shares: [Int: Double] = [:]
    var kept: [Int: Double] = [:]
    for (year, figure) in chosen.sorted(by: { $0.key < $1.key }) {
      guard figure.isCount else {
        shares[year] = figure.entry.value
        continue
      }
      let count = figure.entry.value
      let p = population[year] ?? population.logLinear(at: year)
      if count > p {
        context.error(
          figure.entry.origin, figure.entry.path,
          Message.elderlyExceedPopulation(
            Node.numberText(count), Node.numberText(p.rounded())))
      } else if p > 0 {
        shares[year] = count / p
        kept[year] = count
      }
    }
    return (YearSeries(shares), YearSeries(kept))
  }

  /// The fields a municipality's table gives, as sources and notes name them: `staff`,
  /// `population.2040` (years in 西暦), `residence.inside`; not its notes or age tables.
  static func fields(of table: NodeTable) -> [String] {
    table.entries.filter { !["notes", "cohort"].contains($0.key) }.flatMap {
      leafPaths($0.node, $0.key).map(canonicalField)
    }
  }

  /// A string that is not empty or blank, such as a name.
  mutating func nonEmptyText(_ node: Node, _ path: String, _ expected: LocalizedText) -> String? {
    guard let text = context.string(node, path) else { return nil }
    guard text.contains(where: { !$0.isWhitespace }) else {
      context.error(node.origin, path, Message.emptyText, suggestion: Message.write(expected))
      return nil
    }
    return text
  }

  private mutating func decodeResidence(_ node: Node, _ path: String) -> StaffResidence? {
    guard let table = context.table(node, path, known: ["staff", "inside", "outside"]) else {
      return nil
    }
    func value(_ key: String) -> Double? {
      guard let node = table[key] else { return nil }
      return context.number(
        node, join(path, key), in: Limits.headcount, what: Message.Quantity.headcount)
    }
    guard let inside = value("inside"), let outside = value("outside") else {
      context.error(node.origin, path, Message.residenceNeedsInsideAndOutside)
      return nil
    }
    let staff = value("staff") ?? inside + outside
    if abs(staff - (inside + outside)) > 0.5 {
      context.error(
        node.origin, path,
        Message.residenceDoesNotAddUp(
          inside: Node.numberText(inside), outside: Node.numberText(outside),
          staff: Node.numberText(staff)))
      return nil
    }
    return StaffResidence(staff: staff, inside: inside, outside: outside)
  }

  private mutating func decodeCohort(_ node: Node, _ path: String, baseYear: Int) -> CohortData? {
    guard let table = context.table(node, path, known: Self.cohortKeys) else { return nil }
    for key in Self.cohortKeys where table[key] == nil {
      context.error(node.origin, path, Message.missing(key))
    }
    func list(_ key: String, _ range: ClosedRange<Double>, _ what: LocalizedText) -> [Double] {
      guard let node = table[key] else { return [] }
      guard case .array(let elements) = node.value else {
        context.error(node.origin, join(path, key), Message.expected(Message.aListOfNumbers))
        return []
      }
      var values: [Double] = []
      for element in elements {
        if let x = context.number(element, join(path, key), in: range, what: what) {
          values.append(x)
        }
      }
      return values
    }
    let male = list("male", Limits.population, Message.Quantity.population)
    let female = list("female", Limits.population, Message.Quantity.population)
    let survivalMale = list("survival_male", 0...1, Message.Quantity.share)
    let survivalFemale = list("survival_female", 0...1, Message.Quantity.share)
    let migrationMale = list("migration_male", -1...10, Message.Quantity.migrationRate)
    let migrationFemale = list("migration_female", -1...10, Message.Quantity.migrationRate)
    let groups = male.count
    let expected: [(String, Int, Int)] = [
      ("female", female.count, groups), ("survival_male", survivalMale.count, groups),
      ("survival_female", survivalFemale.count, groups),
      ("migration_male", migrationMale.count, groups - 1),
      ("migration_female", migrationFemale.count, groups - 1),
    ]
    var isValid = true
    if groups < CohortData.minimumGroups {
      context.error(
        table["male"]?.origin ?? node.origin, join(path, "male"),
        Message.tooFewAgeGroups(groups, minimum: CohortData.minimumGroups))
      isValid = false
    }
    for (key, count, want) in expected where count != want && table[key] != nil {
      context.error(
        table[key]?.origin ?? node.origin, join(path, key),
        Message.valueCount(count, expected: want))
      isValid = false
    }
    var year = baseYear
    if let node = table["year"], let y = context.year(node, join(path, "year")) {
      year = y
      if y != baseYear {
        context.error(
          node.origin, join(path, "year"), Message.ageTablesYear(y, base: baseYear))
        isValid = false
      }
    }
    guard isValid,
      let cwr = table["child_woman_ratio"].flatMap({
        context.number(
          $0, join(path, "child_woman_ratio"), in: Limits.ratio, what: Message.Quantity.ratio)
      }),
      let boys = table["male_share_of_children"].flatMap({
        context.share($0, join(path, "male_share_of_children"))
      })
    else { return nil }
    return CohortData(
      year: year, male: male, female: female, survivalMale: survivalMale,
      survivalFemale: survivalFemale, migrationMale: migrationMale,
      migrationFemale: migrationFemale,
      childWomanRatio: cwr, maleShareOfChildren: boys)
  }

  /// Each value's provenance: a declared source when the file that declares the
  /// source wrote it, else the place it was written.
  private func recordProvenance(
    of municipality: Municipality, entry: Node, suppliers: inout Suppliers,
    into scenario: inout Scenario
  ) {
    guard let table = entry.table else { return }
    let prefix = join("municipalities", municipality.name)
    func visit(_ node: Node, field: String) {
      if let children = node.table?.entries {
        for (key, child) in children { visit(child, field: "\(field).\(key)") }
        return
      }
      let canonical = Self.canonicalField(field)
      let provenance: Provenance
      switch node.origin {
      case .command(let text):
        provenance = .user(command: text)
      case .file(let name, _, _):
        // The source must be declared in the file that wrote the value: a what-if may
        // declare its own source for a field the base's source lists too.
        if let id = suppliers.of(canonical).first(where: { sourceOrigins[$0] == name }) {
          provenance = .source(id: id)
        } else {
          provenance = .file(location: node.origin.description)
        }
      }
      scenario.provenance[join(prefix, canonical)] = provenance
    }
    for (key, child) in table.entries where key != "notes" && key != "cohort" {
      visit(child, field: key)
    }
  }

  /// `population.R22` → `population.2040`: fields name years in 西暦.
  static func canonicalField(_ field: String) -> String {
    // Most fields name no year (`staff`, `area_km2`) or one in 西暦 (`population.2040`):
    // they stay as they are. Read as bytes: this runs for every value of every
    // municipality at each start.
    let utf8 = field.utf8
    var start = utf8.startIndex
    while let dot = utf8[start...].firstIndex(of: 0x2E), isCanonicalPart(utf8[start..<dot]) {
      start = utf8.index(after: dot)
    }
    if utf8[start...].firstIndex(of: 0x2E) == nil, isCanonicalPart(utf8[start...]) { return field }
    return field.split(separator: ".").map { part in
      Year.parse(String(part)).map(String.init) ?? String(part)
    }.joined(separator: ".")
  }
}

/// Whether a part of a field's name is one `canonicalField` leaves as it is, read from its
/// bytes alone: printable ASCII with no space, not empty, and either four digits naming a year in 西暦
/// or no year at all (no digit, or not all digits and not starting with an era's letter).
private func isCanonicalPart(_ part: Substring.UTF8View) -> Bool {
  guard let first = part.first, part.allSatisfy({ (0x21...0x7E).contains($0) }) else {
    return false
  }
  let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
  let digits = part.count(where: isDigit)
  if digits == 0 { return true }
  if digits == part.count { return digits == 4 && first != 0x30 }
  return !"RrHhSs".utf8.contains(first)
}

/// The sources that supply each field, in the order declared, worked out once per field: every
/// municipality has the same fields, and each value's provenance asks for its field's.
struct Suppliers {
  let sources: [Source]
  private var known: [String: [String]] = [:]

  init(sources: [Source]) {
    self.sources = sources
  }

  /// The ids of the sources that supply `field` (`Source.supplies`), in the order declared.
  mutating func of(_ field: String) -> [String] {
    if let ids = known[field] { return ids }
    let ids = sources.filter { $0.supplies(field) }.map(\.id)
    known[field] = ids
    return ids
  }
}

extension Source {
  /// Whether the source supplies a municipality's `field` (`population.2020`): the field is
  /// listed, or a table holding it is (`age_bands` supplies `age_bands.age_65_plus.2040`).
  func supplies(_ field: String) -> Bool {
    let bytes = field.utf8
    return fields.contains { listed in
      let prefix = listed.utf8
      guard bytes.starts(with: prefix) else { return false }
      // The field itself, or one inside it: the next byte is a dot.
      return bytes.count == prefix.count || bytes.dropFirst(prefix.count).first == 0x2E
    }
  }
}
