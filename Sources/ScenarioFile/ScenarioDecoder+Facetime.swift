import Bilingual
import Simulation
import Words

/// `[facetime.categories.ID]`: the kinds of face-to-face service and their shares
/// (docs/scenario-format.md, "[facetime.categories.ID]").
extension ScenarioDecoder {
  static let facetimeCategoryKeys = ["name", "share", "guideline", "note"]

  /// How far from 1 a sum of shares may be, for shares written with a few decimals.
  static let shareSumTolerance = 1e-6

  mutating func decodeFacetime(_ node: Node, into scenario: inout Scenario) {
    guard let table = context.table(node, "facetime", known: ["categories"]),
      let categories = table["categories"]
    else { return }
    let path = "facetime.categories"
    guard let entries = categories.table?.entries else {
      context.error(
        categories.origin, path,
        Message.expectedTable(of: Message.categories, found: categories.kind))
      return
    }
    var decoded: [FacetimeCategory] = []
    var shareNodes: [Node] = []
    let named = entries.filter { $0.node.table?["name"] != nil }.map(\.key)
    for (id, entry) in entries {
      let entryPath = join(path, id)
      // A category with no name, named like one that has a name, is most likely a
      // what-if's typo for it, not a new category named by its id.
      if let fields = entry.table, fields["name"] == nil,
        let suggestion = Suggestion.guess(id, among: named)
      {
        context.error(
          entry.origin, entryPath, Message.unknownCategory(id), suggestion: suggestion)
        continue
      }
      guard let fields = context.table(entry, entryPath, known: Self.facetimeCategoryKeys) else {
        continue
      }
      guard let shareNode = fields["share"] else {
        context.error(
          entry.origin, entryPath, Message.missing("share"), suggestion: Message.addShareOfHours)
        continue
      }
      let name = fields["name"].flatMap { localized($0, join(entryPath, "name")) }
      let guideline = fields["guideline"].map {
        wholeNumber(
          $0, join(entryPath, "guideline"), in: Measure.guidelines,
          what: Message.Quantity.guidelineNumber)
      }
      let note =
        fields["note"].flatMap { prose($0, join(entryPath, "note")) } ?? LocalizedText("")
      shareNodes.append(shareNode)
      guard let share = context.share(shareNode, join(entryPath, "share")), guideline != .some(nil)
      else {
        continue
      }
      decoded.append(
        FacetimeCategory(
          id: id, name: name ?? LocalizedText(id), share: share,
          guideline: guideline ?? nil,
          note: note))
      scenario.provenance[join(entryPath, "share")] = assumedProvenance(
        of: shareNode, path: join(entryPath, "share"), declaredIn: entry.origin.fileName)
    }
    let total = decoded.reduce(0) { $0 + $1.share }
    if decoded.count == entries.count, !decoded.isEmpty, abs(total - 1) > Self.shareSumTolerance {
      context.error(
        Self.sumOrigin(shareNodes, table: categories), path,
        Message.sharesDoNotAddUp(Self.sumText(total)), suggestion: Message.splitFacetimeWhole)
    }
    scenario.facetimeCategories = decoded
  }

  /// Where to report shares that do not add up to 1: the latest layer that wrote one
  /// of them (a command, else a file other than the one that declared the table),
  /// since that is the change that broke the sum.
  static func sumOrigin(_ shares: [Node], table: Node) -> Origin {
    if let command = shares.last(where: { $0.origin.fileName == nil }) { return command.origin }
    if let changed = shares.last(where: { $0.origin.fileName != table.origin.fileName }) {
      return changed.origin
    }
    return table.origin
  }

  /// A sum of shares, rounded to 6 decimals for the message (1.1, not 1.1000000000000003).
  static func sumText(_ total: Double) -> String {
    Node.numberText((total * 1e6).rounded() / 1e6)
  }

  /// The provenance of a figure the seed does not give: an assumption when the file
  /// that declared its table wrote it, the what-if's change when another file did,
  /// the user's when a command set it.
  func assumedProvenance(of node: Node, path: String, declaredIn: String?) -> Provenance {
    switch node.origin {
    case .command(let text): .user(command: text)
    case .file(let name, _, _) where name == declaredIn: .assumption(name: path)
    case .file: .file(location: node.origin.description)
    }
  }
}
