import FuzzHarness

@main enum FuzzTranscript {
  static func main() {
    Fuzzing.main(name: "FuzzTranscript", warmUp: TranscriptTarget.warmUp, TranscriptTarget.run)
  }
}
