import Foundation
import ScenarioFile
import Simulation

/// Reads fixtures from this target's `Fixtures` folder, as the shell reads files.
enum Fixtures {
  static var folder: URL {
    Bundle.module.resourceURL?.appendingPathComponent("Fixtures")
      ?? URL(fileURLWithPath: "Fixtures")
  }

  struct NotFound: Error, CustomStringConvertible {
    var name: String
    var description: String { "no such file" }
  }

  static func text(_ name: String) throws -> ScenarioText {
    let url = folder.appendingPathComponent(name)
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw NotFound(name: name)
    }
    return ScenarioText(name: name, identity: url.path, text: String(decoding: data, as: UTF8.self))
  }

  /// Reads and decodes a fixture, returning the scenario and every diagnostic.
  static func load(_ name: String, overrides: [Override] = []) throws -> (Scenario?, [Diagnostic]) {
    let (document, read) = ScenarioFile.read(try text(name)) { reference, _ in try text(reference) }
    guard let document else { return (nil, read) }
    let (scenario, decoded) = ScenarioFile.decode(document, overrides: overrides)
    return (scenario, read + decoded)
  }

  /// Every diagnostic of a fixture, as the shell prints it.
  static func messages(_ name: String) throws -> [String] {
    try load(name).1.map(\.description)
  }

  /// A value set at the prompt, as `set PATH TEXT` sets it.
  static func override(_ path: String, _ text: String, in document: ScenarioDocument) throws
    -> Override
  {
    let command = "set \(path) \(text)"
    return Override(
      path: try ScenarioFile.settingPath(path, in: document).get(),
      value: try require(ScenarioFile.value(text, command: command)), command: command)
  }

  /// A built-in scenario (`aizu`, `ipss2023`), which must load without a diagnostic.
  static func builtin(_ name: String = "aizu") throws -> (ScenarioDocument, Scenario) {
    let source = try require(ScenarioFile.builtin(name))
    let (document, problems) = ScenarioFile.read(source) { _, _ in throw NotFound(name: "") }
    guard let document, problems.isEmpty else { throw NotFound(name: name) }
    let (scenario, more) = ScenarioFile.decode(document)
    guard let scenario, more.isEmpty else { throw NotFound(name: name) }
    return (document, scenario)
  }
}

// `#require` outside a test function: a tiny stand-in.
private func require<T>(_ value: T?) throws -> T {
  guard let value else { throw Fixtures.NotFound(name: "value") }
  return value
}
