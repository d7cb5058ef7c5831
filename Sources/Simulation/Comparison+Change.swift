import Bilingual

/// Why a verdict changes between years, in words: verdicts follow the projection.
extension Comparison {
  /// The year verdicts are compared with: the rule's reference year, else the base
  /// year.
  public var referenceYear: Int { rule.referenceYear ?? baseYear }

  /// Why this verdict differs from `earlier`'s, the same guideline and area in
  /// another year; `nil` when the same option wins.
  ///
  ///     2025年は併用（オンライン申請＋窓口と出張・訪問）だった。2025年から2040年に
  ///     65歳以上の割合が61.7%から66.5%に上がり、オンライン申請で浮く時間（年121時間）
  ///     では、窓口と出張・訪問に要る時間（年133時間）をまかなえない。
  public func change(since earlier: Comparison) -> LocalizedText? {
    guard let was = earlier.verdict.winner, let now = verdict.winner, was.id != now.id else {
      return nil
    }
    return LocalizedText(ja: change(was, now, earlier, .ja), en: change(was, now, earlier, .en))
  }

  private func change(
    _ was: OptionFigures, _ winner: OptionFigures, _ earlier: Comparison, _ language: Language
  ) -> String {
    let ja = language == .ja
    let before = PlainNumber.percent(earlier.elderlyShare)
    let after = PlainNumber.percent(elderlyShare)
    let rises = elderlyShare >= earlier.elderlyShare
    let (then, now) = (earlier.year, year)
    var text: String
    if ja {
      text = "\(then)年は\(Words.headline(was, .ja))だった。"
      text += "\(then)年から\(now)年に65歳以上の割合が\(before)から\(after)に"
      text += rises ? "上がり、" : "下がり、"
    } else {
      text = "In \(then) the verdict was \(Words.headline(was, .en, capitalized: false)). "
      text += "From \(then) to \(now) the share of residents aged 65+ "
      text += (rises ? "rises" : "falls") + " from \(before) to \(after), and "
    }
    text += reason(was, lostTo: winner, earlier, language)
    return text + (ja ? "。" : ".")
  }

  /// Why the earlier winner does not win this year.
  private func reason(
    _ was: OptionFigures, lostTo now: OptionFigures, _ earlier: Comparison, _ language: Language
  ) -> String {
    let ja = language == .ja
    let name = was.name.text(in: language)
    let current: OptionFigures?
    if let fallback = was.fallback {
      current = hybrid(was.option, fallback: fallback)
    } else {
      current = options.first { $0.id == was.id }
    }
    guard let current, current.isInEffect else {
      return ja ? "\(name)は使えない" : "\(name) is not in effect"
    }
    if current.isPutTogether, !current.paysForItself {
      return Words.hoursPay(current, language)
    }
    if !rule.meetsGuideline9(current) {
      let share = PlainNumber.percent(current.unreachedElderlyShare)
      let limit = PlainNumber.percent(rule.maxUnreachedElderly)
      return ja
        ? "\(name)だけでは65歳以上の住民の\(share)に届かず、\(limit)を超える（指針9）"
        : "\(name) alone would leave \(share) of the residents aged 65+ unreached, "
          + "above \(limit) (指針9)"
    }
    if let mine = current.costPerReached, let theirs = now.costPerReached, mine > theirs,
      let was = was.costPerReached
    {
      let other = now.name.text(in: language)
      let (from, to, win) = (
        PlainNumber.whole(was), PlainNumber.whole(mine), PlainNumber.whole(theirs)
      )
      return ja
        ? "\(name)の住民1人に届く費用が\(from)円から\(to)円になり、\(other)（\(win)円）より高くなる"
        : "\(name) costs ¥\(to) per resident reached instead of ¥\(from), "
          + "more than \(other) (¥\(win))"
    }
    let (from, to) = (
      earlier.verdict.reason.label.text(in: language), verdict.reason.label.text(in: language)
    )
    return ja ? "決め手が「\(from)」から「\(to)」に変わる" : "what decides changes from '\(from)' to '\(to)'"
  }
}
