import FuzzHarness

@main enum FuzzScenario {
  static func main() {
    Fuzzing.main(name: "FuzzScenario", warmUp: ScenarioTarget.warmUp, ScenarioTarget.run)
  }
}
