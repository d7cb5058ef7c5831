import Bilingual
import Rendering

/// Words of `present`: the title and footer of each screen, and its messages.
extension Words {
  public enum Present {
    public static let needsScript = LocalizedText(
      ja: "present には発表のスクリプトを一つ指定します", en: "present needs one script")

    public static let example = LocalizedText("present Scenarios/talk-aizu.aizu")

    public static let notInsideAnother = LocalizedText(
      ja: "発表の中で別の発表は始められません", en: "a presentation cannot start another")

    public static func scenarioIsNoTalk(_ file: String) -> LocalizedText {
      LocalizedText(
        ja: "\(file) はシナリオファイルで、発表の台本ではありません",
        en: "\(file) is a scenario file, not a talk")
    }

    public static func noSteps(_ file: String) -> LocalizedText {
      LocalizedText(
        ja: "'\(file)' には発表するコマンドがありません", en: "'\(file)' has no commands to present")
    }

    /// `[3/9] Population 2020–2040`: the step, then its title.
    public static func title(step: Int, of count: Int, _ title: LocalizedText) -> LocalizedText {
      title.map { "[\(step)/\(count)] \($0)" }
    }

    /// The keys, under each screen.
    public static func footer(step: Int, of count: Int) -> LocalizedText {
      LocalizedText(
        ja: "\(step)/\(count)   Enter・スペース: 次へ   b: 戻る   q: 終わる",
        en: "\(step)/\(count)   Enter, Space: next   b: back   q: quit")
    }

    public static func ended(step: Int, of count: Int) -> LocalizedText {
      LocalizedText(
        ja: "発表を終えました (\(count) のうち \(step) まで)",
        en: "presentation ended at step \(step) of \(count)")
    }
  }
}

extension Words.Help {
  public static let presentSummary = LocalizedText(
    ja: "スクリプトを一画面ずつ発表する", en: "Give a prepared talk, one command a screen")

  public static let presentDetails = LocalizedText(
    ja: """
      スクリプトのコマンドを一つずつ、画面を消してから示します。各画面の一行目はその手順の題 (コマンドの直前のコメント、# ja: と # en: で言語ごとに、# だけなら両方に)、下に手順の番号とキーを示します。
      Enter かスペース (→、PageDown も) で次へ、b (←、PageUp も) で戻る、q か Ctrl-C で終わってプロンプトに戻ります。戻ったときは前の手順の結果をもう一度示し、再実行しません。セッションの状態は実行した手順までのものです。
      端末でないとき (スクリプト、-c、トランスクリプト) は、題を付けて最後まで順に実行します。
      """,
    en: """
      Shows a script's commands one at a time, the screen cleared between them. Each screen's first line is the step's title (the comment right above its command: # ja: and # en: for each language, a plain # for both), and its last the step's number and the keys.
      Enter or Space (also Right and PageDown) goes forward, b (also Left and PageUp) back, q or Ctrl-C back to the prompt. Going back shows an earlier step's reply again without running it again: the session stays as the steps run so far left it.
      When not at a terminal (scripts, -c, transcripts) the steps run straight through, each under its title.
      """)
}
