// The interactive benchmark: each command's reply, rendering included, as the prompt gets it.

import Shell

/// Commands a planner types at the prompt, the slowest kinds included (tables of every
/// municipality, all 18 comparisons, charts).
let interactiveCommands = [
  "project 2040",
  "project 2020..2040 会津若松市",
  "project 2040 --format csv",
  "compare 18",
  "compare all",
  "compare 1 金山町",
  "guidelines",
  "services 2040",
  "freed 2030",
  "disaster",
  "disaster 昭和村",
  "measures",
  "chart population",
  "chart 高齢化率 会津若松市 金山町 昭和村",
  "bars shortfall 2040",
  "bars change population 2020 2040",
  "explain shortfall 金山町 2040",
  "check",
  "diff",
  "show assumptions",
  "show 会津若松市",
  "set elderly_weight 1.2",
  "unset elderly_weight",
  "help",
]

/// Each command's reply time over `rounds` rounds; commands that fail are named in `failed`.
func replyTimes(rounds: Int) throws -> (samples: Samples, slowest: String, failed: [String]) {
  var shell = Interpreter(session: try Session())
  var values: [Double] = []
  var worst: (String, Double) = ("", 0)
  var failed: Set<String> = []
  for round in 0..<(rounds + 1) {
    for command in interactiveCommands {
      let start = now()
      let outcome = shell.execute(command)
      let elapsed = Double(now() - start)
      blackHole(outcome)
      if outcome.status != .success { failed.insert(command) }
      // The first round warms the caches, as the first command of a session does.
      guard round > 0 else { continue }
      values.append(elapsed)
      if elapsed > worst.1 { worst = (command, elapsed) }
    }
  }
  return (Samples(values), worst.0, failed.sorted())
}

/// The time of one command's reply in a fresh session, or `nil` when the command fails
/// (not yet in this build, or refused).
func commandTime(_ command: String, repeats: Int) throws -> Samples? {
  var shell = Interpreter(session: try Session())
  var values: [Double] = []
  for _ in 0..<repeats {
    let start = now()
    let outcome = shell.execute(command)
    values.append(Double(now() - start))
    guard outcome.status == .success else { return nil }
  }
  return Samples(values)
}
