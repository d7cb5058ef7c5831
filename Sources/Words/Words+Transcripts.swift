import Bilingual
import Rendering

/// Words of `aizusim test`: the summary, and why a transcript could not be run, updated or
/// reported. `PASS`, `FAIL` and `UPDATED` stay as they are in both languages: scripts and CI
/// logs look for them.
extension Words {
  public enum Transcripts {
    public static func noTranscripts(under paths: [String]) -> LocalizedText {
      let list = paths.joined(separator: " ")
      return LocalizedText(
        ja: "\(list) に .transcript ファイルがありません",
        en: "no .transcript files under \(list)")
    }

    /// `17 passed, 1 updated, 2 failed (1 crashed)`.
    public static func summary(passed: Int, updated: Int?, failed: Int, crashed: Int)
      -> LocalizedText
    {
      let n = { (count: Int) in NumberFormat.grouped(count) }
      return LocalizedText(
        ja: "成功 \(n(passed))、" + (updated.map { "更新 \(n($0))、" } ?? "") + "失敗 \(n(failed))"
          + (crashed > 0 ? " (うち異常終了 \(n(crashed)))" : ""),
        en: "\(n(passed)) passed, " + (updated.map { "\(n($0)) updated, " } ?? "")
          + "\(n(failed)) failed" + (crashed > 0 ? " (\(n(crashed)) crashed)" : ""))
    }

    public static func cannotWriteJUnit(_ path: String, reason: LocalizedText) -> LocalizedText {
      LocalizedText(
        ja: "JUnit の報告 '\(path)' を書けません: \(reason.ja)",
        en: "cannot write the JUnit report '\(path)': \(reason.en)")
    }

    public static func cannotUpdate(_ path: String, reason: LocalizedText) -> LocalizedText {
      LocalizedText(
        ja: "\(path) を更新できません: \(reason.ja)", en: "cannot update \(path): \(reason.en)")
    }

    /// Why `--update` left a transcript alone: commands the session never ran, at most three
    /// named as `line 3 '> two'`.
    public static func notUpdated(_ commands: [(line: Int, command: String)]) -> LocalizedText {
      let named = commands.prefix(3)
      let more = commands.count - named.count
      let ja = named.map { "\($0.line)行目 '> \($0.command)'" }.joined(separator: "、")
      let en = named.map { "line \($0.line) '> \($0.command)'" }.joined(separator: ", ")
      return LocalizedText(
        ja:
          "更新しません: 実行されなかったコマンドが \(NumberFormat.grouped(commands.count)) 個あります (\(ja)\(more > 0 ? "、ほか \(NumberFormat.grouped(more)) 個" : ""))。書き直してもまだ失敗するので、セッションが終わるところでトランスクリプトを終えるか、セッションを続けてから、もう一度更新してください",
        en:
          "not updated: \(commands.count == 1 ? "1 command was" : "\(NumberFormat.grouped(commands.count)) commands were") not run (\(en)\(more > 0 ? ", and \(NumberFormat.grouped(more)) more" : "")); a rewritten file would still fail, so end the transcript where the session ends, or keep the session going, and update again"
      )
    }

    public static let cannotReadTranscript = LocalizedText(ja: "読めません", en: "cannot read")

    /// `crashed: signal 4 (SIGILL)`.
    public static func crashed(_ signal: String) -> LocalizedText {
      LocalizedText(ja: "異常終了しました: \(signal)", en: "crashed: \(signal)")
    }

    public static func signal(_ number: Int32, name: String?) -> LocalizedText {
      let both = name.map { " (\($0))" } ?? ""
      return LocalizedText(ja: "シグナル \(number)\(both)", en: "signal \(number)\(both)")
    }

    public static func runnerEnded(status: Int32) -> LocalizedText {
      LocalizedText(
        ja: "実行プロセスが結果を返さずにステータス \(status) で終わりました",
        en: "the runner ended with status \(status) without a result")
    }

    /// `…: crashed: signal 4 (SIGILL) while running '> echo boom'`.
    public static func whileRunning(_ ending: LocalizedText, command: String) -> LocalizedText {
      LocalizedText(
        ja: "'> \(command)' の実行中に\(ending.ja)", en: "\(ending.en) while running '> \(command)'")
    }

    public static func beforeFirstCommand(_ ending: LocalizedText) -> LocalizedText {
      LocalizedText(ja: "最初のコマンドの前に\(ending.ja)", en: "\(ending.en) before the first command")
    }

    public static func cannotStart(_ executable: String, reason: String) -> LocalizedText {
      LocalizedText(
        ja: "実行のために \(executable) を起動できません: \(reason)",
        en: "cannot start \(executable) to run it: \(reason)")
    }

    public static let runsTheShell = LocalizedText(
      ja: "トランスクリプトが実行するのはシェルで、aizusim test ではありません",
      en: "a transcript runs the shell, not aizusim test")

    public static let removeTest = LocalizedText(
      ja: "% args から test を除きます", en: "remove test from % args")

    public static let commandsAsLines = LocalizedText(
      ja: "トランスクリプトのコマンドは '> ' で始まる行に書きます",
      en: "a transcript gives its commands as '> ' lines")

    public static let moveCommandsOut = LocalizedText(
      ja: "-c のコマンドとスクリプトファイルを % args から除きます",
      en: "move -c commands and script files out of % args")
  }
}
