import FuzzHarness

@main enum FuzzShell {
  static func main() {
    Fuzzing.main(name: "FuzzShell", warmUp: ShellTarget.warmUp, ShellTarget.run)
  }
}
