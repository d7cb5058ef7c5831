import Bilingual
import Simulation

/// `[disaster.outside_residence."NAME"]`: where a municipality's staff who live
/// outside it live (docs/scenario-format.md, "[disaster]").
extension ScenarioDecoder {
  /// The destination for staff living outside the scenario's municipalities.
  static let elsewhere = "elsewhere"

  mutating func decodeDisaster(_ node: Node, into scenario: inout Scenario) {
    guard let table = context.table(node, "disaster", known: ["outside_residence"]),
      let residences = table["outside_residence"]
    else { return }
    let path = "disaster.outside_residence"
    guard let entries = residences.table?.entries else {
      context.error(
        residences.origin, path,
        Message.expectedTable(of: Message.municipalities, found: residences.kind))
      return
    }
    var given: [String: (origin: Origin, path: String)] = [:]
    for (key, entry) in entries {
      let entryPath = join(path, key)
      guard let name = municipalityName(key, entry.origin, entryPath, scenario: scenario) else {
        continue
      }
      // Kanji and romaji keys are two tables, not one merged: the same municipality
      // twice is an error whichever layers wrote them.
      if let first = given[name] {
        context.error(
          entry.origin, entryPath,
          Message.givenTwice(LocalizedText(name), as: first.path, at: first.origin.description),
          suggestion: Message.keepKanjiOrRomaji)
        continue
      }
      given[name] = (entry.origin, entryPath)
      if let residence = decodeOutsideResidence(entry, entryPath, of: name, scenario: &scenario) {
        scenario.outsideResidence[name] = residence
      }
    }
  }

  /// Shares by destination (kanji or romaji, or `elsewhere`), adding up to 1, and a note.
  private mutating func decodeOutsideResidence(
    _ node: Node, _ path: String, of origin: String, scenario: inout Scenario
  ) -> OutsideResidence? {
    guard let entries = node.table?.entries else {
      context.error(node.origin, path, Message.expected(Message.sharesByMunicipality))
      return nil
    }
    var residence = OutsideResidence(shares: [:])
    var isValid = true
    var shareNodes: [Node] = []
    for (key, child) in entries {
      let childPath = join(path, key)
      if key == "note" {
        residence.note = prose(child, childPath) ?? LocalizedText("")
        continue
      }
      shareNodes.append(child)
      guard let share = context.share(child, childPath) else {
        isValid = false
        continue
      }
      let canonicalPath = join(join("disaster.outside_residence", origin), key)
      scenario.provenance[canonicalPath] = assumedProvenance(
        of: child, path: canonicalPath, declaredIn: node.origin.fileName)
      if key == Self.elsewhere {
        residence.elsewhere += share
        continue
      }
      guard
        let destination = municipalityName(
          key, child.origin, childPath, scenario: scenario, or: [Self.elsewhere])
      else {
        isValid = false
        continue
      }
      if destination == origin {
        context.error(
          child.origin, childPath, Message.livesInOwnMunicipality(origin),
          suggestion: Message.nameAnotherMunicipality)
        isValid = false
        continue
      }
      residence.shares[destination, default: 0] += share
    }
    let total = residence.shares.values.reduce(residence.elsewhere, +)
    if isValid, abs(total - 1) > Self.shareSumTolerance {
      context.error(
        Self.sumOrigin(shareNodes, table: node), path,
        Message.sharesDoNotAddUp(Self.sumText(total)), suggestion: Message.everyoneGoesSomewhere)
      isValid = false
    }
    return isValid ? residence : nil
  }
}
