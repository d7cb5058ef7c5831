import Bilingual

/// Words of golden transcripts and `aizusim test`: what is wrong with a transcript file, how
/// a run differs from it, and the runner's lines, summary and errors.
///
/// `aizusim test` speaks the language of its environment (`LANG`, `LC_ALL`). Its `PASS`,
/// `FAIL` and `UPDATED` are the same in both languages: CI scripts look for them.
extension Words {
  public enum Transcripts {
    // MARK: - Lines of a transcript file

    public static let stdoutOneSpace = LocalizedText(
      ja: "stdout の行は空白2つで始めます (この行は1つ)",
      en: "stdout lines start with two spaces, this one with one")

    public static let stdoutTab = LocalizedText(
      ja: "stdout の行は空白2つで始めます (タブではなく)",
      en: "stdout lines start with two spaces, not a tab")

    public static let stderrPrefix = LocalizedText(
      ja: "stderr の行は '! ' で始めます ('!' の後に空白)",
      en: "stderr lines start with '! ' (a space after '!')")

    /// `unrecognised line 'xyz' (…)`.
    public static func unrecognisedLine(_ preview: String) -> LocalizedText {
      LocalizedText(
        ja:
          "読めない行 '\(preview)' (stdout の行は空白2つ、stderr の行は '! '、コマンドは '> '、コメントは '#'、指示は '%' で始めます)",
        en:
          "unrecognised line '\(preview)' (stdout lines start with two spaces, stderr lines "
          + "with '! ', commands with '> ', comments with '#', directives with '%')")
    }

    public static let commandPrefix = LocalizedText(
      ja: "コマンドの行は '> ' で始めます ('>' の後に空白)",
      en: "command lines start with '> ' (a space after '>')")

    public static let comment = LocalizedText(ja: "コメント", en: "comment")
    public static let directive = LocalizedText(ja: "指示", en: "directive")

    /// `the output of line 4`, or the startup output when `line` is `nil`.
    public static func output(ofLine line: Int?) -> LocalizedText {
      guard let line else { return LocalizedText(ja: "起動時の出力", en: "the startup output") }
      return LocalizedText(ja: "\(line) 行目の出力", en: "the output of line \(line)")
    }

    /// An output line after the comment or directive that ended a block's output.
    public static func outputAfter(_ kind: LocalizedText, line: Int, ended output: LocalizedText)
      -> LocalizedText
    {
      LocalizedText(
        ja:
          "\(line) 行目の\(kind.ja)の後に出力の行があります (\(output.ja)はその\(kind.ja)で終わっています)。\(kind.ja)を出力全体の前か後に移してください",
        en:
          "output line after the \(kind.en) at line \(line), which ended \(output.en); "
          + "move the \(kind.en) above or below the whole output")
    }

    public static let unclosedPlaceholder = LocalizedText(
      ja: "'{{' が閉じていません (文字どおりの '{{' は '{{{{}}' と書く)",
      en: "unclosed '{{' (write '{{{{}}' for a literal '{{')")

    // MARK: - Directives

    /// `'% env' after the first command (line 3); …`.
    public static func directiveAfterCommand(_ name: String, firstCommand line: Int)
      -> LocalizedText
    {
      LocalizedText(
        ja:
          "'% \(name)' が最初のコマンド (\(line) 行目) の後にあります。指示はセッション全体にかかるので、ファイルの先頭に移してください",
        en:
          "'% \(name)' after the first command (line \(line)); directives apply to the "
          + "whole session, so move it to the top of the file")
    }

    public static let needsDirective = LocalizedText(
      ja: "'%' の後に指示が必要です: '% args'、'% env'、'% exit'、'% tolerance'",
      en: "'%' needs a directive: '% args', '% env', '% exit' or '% tolerance'")

    /// `unknown directive '% ags'`, with a did-you-mean or the directives known.
    public static func unknownDirective(_ name: String, guess: String?) -> LocalizedText {
      let unknown = LocalizedText(ja: "指示 '% \(name)' はありません", en: "unknown directive '% \(name)'")
      let hint =
        guess.map { Words.didYouMean("% \($0)") }
        ?? LocalizedText(
          ja: "使える指示は '% args'、'% env'、'% exit'、'% tolerance'",
          en: "known: '% args', '% env', '% exit', '% tolerance'")
      return LocalizedText(ja: "\(unknown.ja) (\(hint.ja))", en: "\(unknown.en) (\(hint.en))")
    }

    public static let argsNeedsArgument = LocalizedText(
      ja: "'% args' には引数が1つ以上必要です ('% args --lang ja' など)",
      en: "'% args' needs at least one argument, such as '% args --lang ja'")

    public static let envNeedsNameValue = LocalizedText(
      ja: "'% env' には NAME=value が必要です ('% env NO_COLOR=1' など)",
      en: "'% env' needs NAME=value, such as '% env NO_COLOR=1'")

    /// `'% env' name '1X' is not a variable name (…)`.
    public static func envBadName(_ variable: String) -> LocalizedText {
      LocalizedText(
        ja: "'% env' の名前 '\(variable)' は変数名ではありません (英字、数字、'_' を使う)",
        en: "'% env' name '\(variable)' is not a variable name (use letters, digits and '_')")
    }

    /// `'% env X' given twice (first at line 2); keep one`.
    public static func givenTwice(_ directive: String, firstAt line: Int) -> LocalizedText {
      LocalizedText(
        ja: "'\(directive)' が二度あります (最初は \(line) 行目)。一つにしてください",
        en: "'\(directive)' given twice (first at line \(line)); keep one")
    }

    /// `'% exit' needs a whole number from 0 to 255, …, got 'x'` (or nothing).
    public static func exitNeedsNumber(got text: String?) -> LocalizedText {
      LocalizedText(
        ja:
          "'% exit' には 0 から 255 の整数が必要です ('% exit 1' など)。\(text.map { "'\($0)' が書かれています" } ?? "何も書かれていません")",
        en:
          "'% exit' needs a whole number from 0 to 255, such as '% exit 1', got \(text.map { "'\($0)'" } ?? "nothing")"
      )
    }

    /// `'% tolerance' needs a number of 0 or more, …, got 'x'` (or nothing).
    public static func toleranceNeedsNumber(got text: String?) -> LocalizedText {
      LocalizedText(
        ja:
          "'% tolerance' には 0 以上の数が必要です ('% tolerance 1e-9' (相対) や '% tolerance abs 0.001' (絶対))。\(text.map { "'\($0)' が書かれています" } ?? "何も書かれていません")",
        en:
          "'% tolerance' needs a number of 0 or more, such as '% tolerance 1e-9' (relative) or "
          + "'% tolerance abs 0.001' (absolute), got \(text.map { "'\($0)'" } ?? "nothing")")
    }

    /// `unclosed " in '% args'; close it, or escape it as \"`.
    public static func unclosedQuote(_ quote: Character) -> LocalizedText {
      LocalizedText(
        ja: "'% args' の \(quote) が閉じていません。閉じるか、\\\(quote) と書く",
        en: "unclosed \(quote) in '% args'; close it, or escape it as \\\(quote)")
    }

    public static let loneBackslash = LocalizedText(
      ja: "'% args' が '\\' 一つで終わっています。バックスラッシュは '\\\\' と書く",
      en: "'% args' ends with a lone '\\'; write '\\\\' for a backslash")

    // MARK: - How a run differs

    /// `the session ended after line 7`, or before the first command when `line` is `nil`.
    public static func sessionEnded(after line: Int?) -> LocalizedText {
      guard let line else {
        return LocalizedText(
          ja: "セッションは最初のコマンドの前に終わりました",
          en: "the session ended before the first command")
      }
      return LocalizedText(
        ja: "セッションは \(line) 行目の後で終わりました", en: "the session ended after line \(line)")
    }

    /// `'> project 2040' was not run: the session ended after line 7`.
    public static func notRun(_ command: String, _ ending: LocalizedText) -> LocalizedText {
      LocalizedText(
        ja: "'> \(command)' は実行されませんでした: \(ending.ja)",
        en: "'> \(command)' was not run: \(ending.en)")
    }

    /// `expected exit status 0, got 1`.
    public static func exitStatus(expected: Int32, got: Int32) -> LocalizedText {
      LocalizedText(
        ja: "終了ステータスは \(expected) のはずが \(got) でした",
        en: "expected exit status \(expected), got \(got)")
    }

    public static let startupOutputDiffers = LocalizedText(
      ja: "起動時の出力が違います", en: "startup output differs")

    /// `output of '> project 2040' differs`.
    public static func outputDiffers(_ command: String) -> LocalizedText {
      LocalizedText(
        ja: "'> \(command)' の出力が違います", en: "output of '> \(command)' differs")
    }

    /// The diff's first two lines: `--- a.transcript (expected)`, `+++ a.transcript (actual)`.
    public static func expectedHeading(_ file: String) -> LocalizedText {
      LocalizedText(ja: "--- \(file) (期待)", en: "--- \(file) (expected)")
    }

    public static func actualHeading(_ file: String) -> LocalizedText {
      LocalizedText(ja: "+++ \(file) (実際)", en: "+++ \(file) (actual)")
    }

    /// `field 7 (staff_supply): expected 41.58, got 41.59`: a CSV field, named by its header.
    public static func csvField(_ number: Int, name: String?, expected: String, got: String)
      -> LocalizedText
    {
      let named = name.map { " (\($0))" } ?? ""
      return LocalizedText(
        ja: "\(number) 番目の項目\(named): \(expected) のはずが \(got)",
        en: "field \(number)\(named): expected \(expected), got \(got)")
    }

    /// `field "population": expected 95000, got 95001`: a JSON member.
    public static func jsonField(_ name: String, expected: String, got: String) -> LocalizedText {
      LocalizedText(
        ja: "項目 \(name): \(expected) のはずが \(got)",
        en: "field \(name): expected \(expected), got \(got)")
    }

    /// `expected 95000, got 95001`: the first number that differs.
    public static func number(expected: String, got: String) -> LocalizedText {
      LocalizedText(ja: "\(expected) のはずが \(got)", en: "expected \(expected), got \(got)")
    }

    // MARK: - The runner

    /// `t.transcript: cannot read: no such file`.
    public static func cannotRead(_ path: String, reason: String) -> LocalizedText {
      LocalizedText(ja: "\(path): 読めません: \(reason)", en: "\(path): cannot read: \(reason)")
    }

    public static let runsTheShell = LocalizedText(
      ja: "トランスクリプトが動かすのはシェルで、aizusim test ではありません",
      en: "a transcript runs the shell, not aizusim test")
    public static let removeTest = LocalizedText(
      ja: "% args から test を消す", en: "remove test from % args")
    public static let commandsAsLines = LocalizedText(
      ja: "トランスクリプトのコマンドは '> ' の行に書きます",
      en: "a transcript gives its commands as '> ' lines")
    public static let moveCommandsOut = LocalizedText(
      ja: "-c のコマンドとスクリプトファイルを % args から出す",
      en: "move -c commands and script files out of % args")

    /// `t.transcript: cannot start /usr/bin/aizusim to run it: …`.
    public static func cannotStart(_ path: String, executable: String, reason: String)
      -> LocalizedText
    {
      LocalizedText(
        ja: "\(path): 実行のために \(executable) を起動できません: \(reason)",
        en: "\(path): cannot start \(executable) to run it: \(reason)")
    }

    /// `crashed: signal 4 (SIGILL)`.
    public static func crashed(signal: Int32, name: String?) -> LocalizedText {
      let named = name.map { " (\($0))" } ?? ""
      return LocalizedText(
        ja: "異常終了: シグナル \(signal)\(named)", en: "crashed: signal \(signal)\(named)")
    }

    /// `the runner ended with status 3 without a result`.
    public static func endedWithoutResult(status: Int32) -> LocalizedText {
      LocalizedText(
        ja: "実行プロセスが結果を返さずにステータス \(status) で終わりました",
        en: "the runner ended with status \(status) without a result")
    }

    /// `t.transcript:5: crashed: signal 4 (SIGILL) while running '> project 2040'`.
    public static func whileRunning(
      _ path: String, line: Int, _ ending: LocalizedText, command: String
    ) -> LocalizedText {
      LocalizedText(
        ja: "\(path):\(line): '> \(command)' の実行中に\(ending.ja)",
        en: "\(path):\(line): \(ending.en) while running '> \(command)'")
    }

    /// `t.transcript: crashed: signal 4 (SIGILL) before the first command`.
    public static func beforeFirstCommand(_ path: String, _ ending: LocalizedText)
      -> LocalizedText
    {
      LocalizedText(
        ja: "\(path): 最初のコマンドの前に\(ending.ja)",
        en: "\(path): \(ending.en) before the first command")
    }

    // MARK: - `aizusim test`

    /// `PASS path`: the same in both languages, for CI to look for.
    public static func pass(_ path: String) -> LocalizedText {
      LocalizedText("PASS \(path)")
    }

    /// `FAIL path`: the same in both languages, for CI to look for.
    public static func fail(_ path: String) -> LocalizedText {
      LocalizedText("FAIL \(path)")
    }

    /// `UPDATED path`: the same in both languages, for CI to look for.
    public static func updated(_ path: String) -> LocalizedText {
      LocalizedText("UPDATED \(path)")
    }

    /// `17 passed, 1 updated, 1 failed (1 crashed)`; `updated` only with `--update`.
    public static func summary(passed: Int, updated: Int?, failed: Int, crashed: Int)
      -> LocalizedText
    {
      let ja =
        "\(passed) 件合格、" + (updated.map { "\($0) 件更新、" } ?? "") + "\(failed) 件不合格"
        + (crashed > 0 ? " (うち \(crashed) 件は異常終了)" : "")
      let en =
        "\(passed) passed, " + (updated.map { "\($0) updated, " } ?? "") + "\(failed) failed"
        + (crashed > 0 ? " (\(crashed) crashed)" : "")
      return LocalizedText(ja: ja, en: en)
    }

    /// `no .transcript files under Scenarios/regression`.
    public static func noTranscripts(under paths: [String]) -> LocalizedText {
      let list = paths.joined(separator: " ")
      return LocalizedText(
        ja: "\(list) に .transcript ファイルがありません",
        en: "no .transcript files under \(list)")
    }

    /// `cannot write the JUnit report 'r.xml': …`.
    public static func cannotWriteJUnit(_ path: String, reason: String) -> LocalizedText {
      LocalizedText(
        ja: "JUnit のレポート '\(path)' を書けません: \(reason)",
        en: "cannot write the JUnit report '\(path)': \(reason)")
    }

    /// `cannot update t.transcript: …`.
    public static func cannotUpdate(_ path: String, reason: String) -> LocalizedText {
      LocalizedText(ja: "\(path) を更新できません: \(reason)", en: "cannot update \(path): \(reason)")
    }

    /// Why `--update` did not rewrite a transcript whose session ended early.
    public static func notUpdated(_ path: String, line: Int, notRun: LocalizedText)
      -> LocalizedText
    {
      LocalizedText(
        ja:
          "\(path):\(line): 更新しません: \(notRun.ja)。書き直しても失敗するので、トランスクリプトをセッションの終わりで終えるか、セッションを続けるようにしてから更新してください",
        en:
          "\(path):\(line): not updated: \(notRun.en); "
          + "a rewritten file would still fail, so end the transcript where the session ends, "
          + "or keep the session going, and update again")
    }

    /// `2 commands were not run (line 3 '> two', line 5 '> three')`, naming at most three.
    public static func commandsNotRun(_ commands: [(line: Int, command: String)]) -> LocalizedText {
      let shown = commands.prefix(3)
      let more = commands.count - shown.count
      let ja =
        "\(commands.count) 件のコマンドが実行されませんでした ("
        + shown.map { "\($0.line) 行目 '> \($0.command)'" }.joined(separator: "、")
        + (more > 0 ? "、ほか \(more) 件" : "") + ")"
      let count = commands.count == 1 ? "1 command was" : "\(commands.count) commands were"
      let en =
        "\(count) not run ("
        + shown.map { "line \($0.line) '> \($0.command)'" }.joined(separator: ", ")
        + (more > 0 ? ", and \(more) more" : "") + ")"
      return LocalizedText(ja: ja, en: en)
    }
  }
}
