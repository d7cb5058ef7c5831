import Bilingual

/// A scenario: the municipalities of a region, their data with its sources, and
/// the assumptions and methods the projection runs on.
///
/// A scenario is plain data. The built-in one holds the 13 municipalities of Aizu
/// from the seed's tables 1 to 3; a what-if changes a few values of it. Project it
/// to see population, staffing and shortfall year by year:
///
/// ```swift
/// let projection = Projection(scenario, through: 2040)
/// let showa = projection.state(of: "昭和村", in: 2040)
/// showa?.population      // 650 (table 2)
/// projection.region(in: 2040).population   // 179,610
/// ```
///
/// Region totals are never stored: they are sums over `municipalities`.
public struct Scenario: Sendable, Equatable {
  /// A short name for prompts and file names (`aizu`).
  public var name: String
  public var title: LocalizedText
  /// The region's name, shown on the total row (会津地域 / Aizu region).
  public var region: LocalizedText
  /// The first year of every projection; all anchors are read relative to it.
  public var baseYear: Int
  /// The default last year of projections and of costs "to the horizon".
  public var horizon: Int
  public var sources: [Source]
  public var municipalities: [Municipality]
  public var model: ModelSettings
  /// Every assumption with its value, note and where it was set, for `show assumptions`.
  public var assumptions: [Assumption]
  /// Where each value came from, keyed by its path in the scenario file
  /// (`municipalities.会津若松市.population.2040`).
  public var provenance: [String: Provenance]
  /// Efficiency measures, in the order the scenario gives them (docs/model.md, "Measures").
  public var measures: [Measure]
  /// The kinds of face-to-face service and their shares (docs/model.md, "Face-to-face hours").
  public var facetimeCategories: [FacetimeCategory]
  /// Where the staff who live outside the municipality they work for live, by the
  /// municipality's kanji name, where the scenario states it; the others follow the
  /// default spread (docs/model.md, "Disaster-day staffing").
  public var outsideResidence: [String: OutsideResidence]
  /// The 18 guidelines (指針) and the options for each, by number.
  public var guidelines: [Guideline]
  /// The thresholds verdicts on the guidelines' options use.
  public var verdictRule: VerdictRule
  /// The assertions the scenario states about its outputs (`[checks.ID]`), in its order.
  public var checks: [Check] = []

  public init(
    name: String, title: LocalizedText, region: LocalizedText, baseYear: Int = 2020,
    horizon: Int = 2040, sources: [Source] = [], municipalities: [Municipality],
    model: ModelSettings = ModelSettings(), assumptions: [Assumption] = [],
    provenance: [String: Provenance] = [:], measures: [Measure] = [],
    facetimeCategories: [FacetimeCategory] = [], outsideResidence: [String: OutsideResidence] = [:],
    guidelines: [Guideline] = [], verdictRule: VerdictRule = VerdictRule()
  ) {
    self.name = name
    self.title = title
    self.region = region
    self.baseYear = baseYear
    self.horizon = horizon
    self.sources = sources
    self.municipalities = municipalities
    self.model = model
    self.assumptions = assumptions
    self.provenance = provenance
    self.measures = measures
    self.facetimeCategories = facetimeCategories
    self.outsideResidence = outsideResidence
    self.guidelines = guidelines
    self.verdictRule = verdictRule
  }

  /// The latest year any projection may reach.
  public static let lastYear = 2100

  /// The municipality with this kanji name or romaji (any case), if any.
  public func municipality(named name: String) -> Municipality? {
    municipalities.first { $0.matches(name) }
  }

  public func source(_ id: String) -> Source? {
    sources.first { $0.id == id }
  }

  /// The measure with this id, if any.
  public func measure(_ id: String) -> Measure? {
    measures.first { $0.id == id }
  }
}

/// A document the scenario's data come from (a seed table, a survey, a projection).
public struct Source: Sendable, Equatable {
  /// The short id values cite (`table1`).
  public var id: String
  public var title: LocalizedText
  /// The publication, with its date.
  public var citation: LocalizedText
  /// Municipality fields this source supplies (`population.2020`, `staff`).
  public var fields: [String]

  public init(
    id: String, title: LocalizedText, citation: LocalizedText = LocalizedText(""),
    fields: [String] = []
  ) {
    self.id = id
    self.title = title
    self.citation = citation
    self.fields = fields
  }
}

/// Where a value came from.
public enum Provenance: Sendable, Equatable {
  /// Data from a source the scenario declares (a seed table).
  case source(id: String)
  /// A named assumption of the scenario.
  case assumption(name: String)
  /// A value written in a scenario file that cites no source (a what-if's change).
  case file(location: String)
  /// A value the user set at the prompt.
  case user(command: String)
}

/// A stated assumption: a number the seed does not give, with the reason for it.
public struct Assumption: Sendable, Equatable {
  /// The name used in files and by `set` (`hours_per_fte`).
  public var name: String
  /// The value as written (`1800`, `fitted`, `2020: 1, 2040: 0.5`).
  public var value: String
  public var unit: LocalizedText
  public var note: LocalizedText
  /// The id of a source backing it, if any.
  public var source: String?
  /// Where it was set: `aizu.toml:42:1`, `whatif.toml:3:1`, `set at the prompt`, or `default`.
  public var origin: String
  /// The ranges the scenario states for it, for `montecarlo` (`[assumptions.NAME] range`).
  public var ranges: [AssumptionRange] = []

  public init(
    name: String, value: String, unit: LocalizedText = LocalizedText(""),
    note: LocalizedText = LocalizedText(""), source: String? = nil, origin: String
  ) {
    self.name = name
    self.value = value
    self.unit = unit
    self.note = note
    self.source = source
    self.origin = origin
  }
}
