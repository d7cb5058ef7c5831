import Bilingual
import Rendering
import Simulation

/// The verdict in plain words (指針5: no jargon): the kinds of option, the rules that
/// decide, each option's place, what to choose and why, and why a verdict changed since
/// an earlier year. The figures are the model's (`Verdict`, `Comparison.Change`); these
/// words only phrase them.
extension Words {
  public enum Verdict {
    /// One word per kind, in tables and sentences alike: デジタル, アナログ, 併用 /
    /// digital, analog, both.
    public static func kind(_ approach: Approach) -> LocalizedText {
      switch approach {
      case .digital: LocalizedText(ja: "デジタル", en: "digital")
      case .analog: LocalizedText(ja: "アナログ", en: "analog")
      case .hybrid: LocalizedText(ja: "併用", en: "both")
      }
    }

    /// A kind as a column's heading: デジタル / Digital.
    public static func kindHeading(_ approach: Approach) -> LocalizedText {
      capitalized(kind(approach))
    }

    /// An option's name, from the data; a hybrid AizuSim put together joins its parts:
    /// オンライン申請＋窓口と出張・訪問 / online applications + counter and home visits.
    public static func option(_ figures: OptionFigures) -> LocalizedText {
      guard let fallback = figures.fallback else { return figures.option.name }
      let digital = figures.option.name
      return LocalizedText(
        ja: "\(digital.ja)＋\(fallback.name.ja)", en: "\(digital.en) + \(fallback.name.en)")
    }

    /// What decided a verdict, short enough for a column: `guidelines`' 決め手.
    public static func reason(_ reason: Simulation.Verdict.Reason) -> LocalizedText {
      switch reason {
      case .lowestCost:
        LocalizedText(ja: "住民1人に届く費用が最も安い", en: "lowest cost per resident reached")
      case .mostHours:
        LocalizedText(ja: "費用が同程度で職員時間が最多", en: "same cost, most staff hours freed")
      case .hybridPaysForItself:
        LocalizedText(ja: "浮く時間で併用をまかなえる", en: "hybrid pays for itself")
      case .elderlyUnreached:
        LocalizedText(ja: "指針9: 最安は高齢者に届かず", en: "指針9: leaves too many aged 65+ unreached")
      case .fewestLeftOut:
        LocalizedText(ja: "指針9未達: 届かない人が最少", en: "none meets 指針9: fewest left out")
      case .notYetInEffect:
        LocalizedText(ja: "まだどの方法も始まっていない", en: "no option in effect yet")
      }
    }

    /// An option's place in the verdict: `compare`'s 判定 column.
    public static func status(_ status: Comparison.Status) -> LocalizedText {
      switch status {
      case .recommended: LocalizedText(ja: "推奨", en: "recommended")
      case .notAlone: LocalizedText(ja: "単独では不可（指針9）", en: "not alone (指針9)")
      case .notYetInEffect: LocalizedText(ja: "まだ始まっていない", en: "not yet in effect")
      case .notChosen: LocalizedText("-")
      }
    }

    /// One or two sentences: what to choose, and the rule and figures that decided it.
    ///
    ///     アナログ（床の色テープ）で十分: 全員に届き、住民1人に届く費用は
    ///     QR コードとアプリの庁舎案内の約 1/25。
    public static func sentence(_ verdict: Simulation.Verdict) -> LocalizedText {
      guard let winner = verdict.winner else {
        return LocalizedText(
          ja: "\(verdict.year)年にはまだどの方法も始まっていない。",
          en: "No option is in effect yet in \(verdict.year).")
      }
      let head = capitalized(headline(winner))
      let best = LocalizedText(ja: "\(head.ja)がよい: ", en: "\(head.en) is best: ")
      var text: LocalizedText
      switch verdict.reason {
      case .lowestCost:
        // An analog option that wins on cost is "enough": nothing more is needed.
        text =
          winner.approach == .analog
          ? LocalizedText(ja: "\(head.ja)で十分: ", en: "\(head.en) is enough: ") : best
        let against = verdict.rival.flatMap { rival in
          verdict.costRatio.flatMap { cost($0, against: rival) }
        }
        text = text + reach(winner, continued: against != nil) + (against ?? LocalizedText(""))
      case .mostHours:
        let tie = share(verdict.rule.costTie)
        let name = verdict.rival.map(option) ?? LocalizedText("")
        let more = whole(verdict.extraHours ?? 0)
        text = LocalizedText(
          ja: "\(head.ja)がよい: 住民1人に届く費用は\(name.ja)と\(tie)以内の差で、",
          en:
            "\(head.en) is best: its cost per resident reached is within \(tie) of that of \(name.en), "
        )
        // Equal hours too: the scenario's order decided, and the words say so.
        text =
          text
          + (more == "0"
            ? LocalizedText(
              ja: "職員の時間も同じ。先に挙げた方を選ぶ", en: "and it frees as many staff hours; it is listed first")
            : LocalizedText(
              ja: "職員の時間が年\(more)時間多く浮く", en: "and it frees \(more) more staff hours a year"))
      case .hybridPaysForItself:
        text = best
        if let rival = verdict.rival { text = text + leftOut(rival, withShare: false) }
        text = text + LocalizedText(ja: "。", en: "; ") + hoursPay(winner)
      case .elderlyUnreached:
        text = best
        if let rival = verdict.rival {
          text = text + leftOut(rival, withShare: true, cheapest: true)
          if let unpaid = verdict.unpaidHybrid {
            text = text + LocalizedText(ja: "。", en: ". ") + capitalized(hoursPay(unpaid))
          }
        }
      case .fewestLeftOut:
        let limit = share(verdict.rule.maxUnreachedElderly)
        let count = whole(winner.unreachedElderly)
        text = LocalizedText(
          ja:
            "\(head.ja)がよい: どの方法でも、65歳以上の住民の\(limit)を超える人に届かない（指針9）。届かない人が最も少ない（\(count)人）",
          en:
            "\(head.en) is best: every option leaves more than \(limit) of the residents aged 65+ unreached (指針9); this one leaves the fewest (\(count))"
        )
      case .notYetInEffect:
        text = LocalizedText("")
      }
      text = text + LocalizedText(ja: "。", en: ".")
      if !winner.worksInDisaster {
        text =
          text
          + LocalizedText(
            ja: "停電や通信障害の時は使えない。", en: " It does not work when power or the network is down.")
      }
      return text
    }

    /// Why the verdict differs from an earlier year's: the earlier winner, the share of
    /// residents aged 65+ then and now, and what the earlier winner lacks now.
    ///
    ///     2025年は併用（オンライン申請＋窓口と出張・訪問）だった。2025年から2040年に
    ///     65歳以上の割合が61.7%から66.5%に上がり、オンライン申請で浮く時間（年121時間）
    ///     では、窓口と出張・訪問に要る時間（年133時間）をまかなえない。
    public static func change(_ change: Comparison.Change) -> LocalizedText {
      let (then, now) = (change.earlierYear, change.year)
      let (before, after) = (share(change.earlierElderlyShare), share(change.elderlyShare))
      let rises = change.elderlyShare >= change.earlierElderlyShare
      let was = headline(change.earlierWinner)
      let opening = LocalizedText(
        ja: "\(then)年は\(was.ja)だった。\(then)年から\(now)年に65歳以上の割合が\(before)から\(after)に"
          + (rises ? "上がり、" : "下がり、"),
        en: "In \(then) the verdict was \(was.en). From \(then) to \(now) the share of residents "
          + "aged 65+ \(rises ? "rises" : "falls") from \(before) to \(after), and ")
      return opening + cause(change.cause, of: option(change.earlierWinner))
        + LocalizedText(ja: "。", en: ".")
    }

    /// What the earlier winner, `name`, lacks now.
    private static func cause(_ cause: Comparison.Change.Cause, of name: LocalizedText)
      -> LocalizedText
    {
      switch cause {
      case .notInEffect:
        return LocalizedText(ja: "\(name.ja)は使えない", en: "\(name.en) is not in effect")
      case .hybridDoesNotPay(let hybrid):
        return hoursPay(hybrid)
      case .leavesElderlyUnreached(let part, let limit):
        let (part, limit) = (share(part), share(limit))
        return LocalizedText(
          ja: "\(name.ja)だけでは65歳以上の住民の\(part)に届かず、\(limit)を超える（指針9）",
          en: "\(name.en) alone would leave \(part) of the residents aged 65+ unreached, "
            + "above \(limit) (指針9)")
      case .costsMore(let from, let to, let winner, let winnerCost):
        let other = option(winner)
        let (from, to, win) = (whole(from), whole(to), whole(winnerCost))
        return LocalizedText(
          ja: "\(name.ja)の住民1人に届く費用が\(from)円から\(to)円になり、\(other.ja)（\(win)円）より高くなる",
          en: "\(name.en) costs ¥\(to) per resident reached instead of ¥\(from), "
            + "more than \(other.en) (¥\(win))")
      case .ruleChanged(let from, let to):
        let (from, to) = (reason(from), reason(to))
        return LocalizedText(
          ja: "決め手が「\(from.ja)」から「\(to.ja)」に変わる",
          en: "what decides changes from '\(from.en)' to '\(to.en)'")
      }
    }

    /// アナログ（床の色テープ） / analog (coloured floor tape).
    static func headline(_ figures: OptionFigures) -> LocalizedText {
      let (kind, name) = (kind(figures.approach), option(figures))
      return LocalizedText(ja: "\(kind.ja)（\(name.ja)）", en: "\(kind.en) (\(name.en))")
    }

    /// 全員に届き / it reaches everyone; or the share reached. Japanese ends the clause
    /// (届く) unless the sentence goes on (届き、…).
    private static func reach(_ figures: OptionFigures, continued: Bool) -> LocalizedText {
      let verb = continued ? "届き" : "届く"
      // Fewer than half a resident left out reads as nobody in whole residents.
      if figures.unreached < 0.5 {
        return LocalizedText(ja: "全員に\(verb)", en: "it reaches everyone")
      }
      let part = share(figures.reachedShare)
      return LocalizedText(ja: "住民の\(part)に\(verb)", en: "it reaches \(part) of residents")
    }

    /// 、住民1人に届く費用は…の約 1/25 / , at about 1/25 of the cost per resident reached
    /// of …: the winner's cost against the rival's, `ratio` times the winner's; under
    /// twice, as a percentage less; `nil` when the winner does not cost less.
    private static func cost(_ ratio: Double, against rival: OptionFigures) -> LocalizedText? {
      let name = option(rival)
      if ratio >= 2 {
        let n = denominator(ratio)
        return LocalizedText(
          ja: "、住民1人に届く費用は\(name.ja)の約 1/\(n)",
          en: ", at about 1/\(n) of the cost per resident reached of \(name.en)")
      }
      guard ratio > 1 else { return nil }
      // The winner's cost is 1/ratio of the rival's: 1 − 1/ratio less.
      let less = NumberFormat.percent(1 - 1 / ratio, decimals: 0)
      return LocalizedText(
        ja: "、住民1人に届く費用は\(name.ja)より約\(less)安い",
        en: ", at about \(less) less per resident reached than \(name.en)")
    }

    /// …だけでは65歳以上の住民524人（65歳以上の80%）に届かない（指針9）.
    ///
    /// - Parameters:
    ///   - withShare: whether to give them as a share of the residents aged 65+ too;
    ///   - cheapest: whether to say the option costs least per resident reached.
    private static func leftOut(
      _ figures: OptionFigures, withShare: Bool, cheapest: Bool = false
    ) -> LocalizedText {
      let name = option(figures)
      let count = whole(figures.unreachedElderly)
      let part = share(figures.unreachedElderlyShare)
      return LocalizedText(
        ja: (cheapest ? "住民1人に届く費用が最も安い" : "") + "\(name.ja)だけでは65歳以上の住民\(count)人"
          + (withShare ? "（65歳以上の\(part)）" : "") + "に届かない（指針9）",
        en: (cheapest ? "the cheapest per resident reached, \(name.en), would" : "\(name.en) would")
          + " alone leave \(count) residents aged 65+" + (withShare ? " (\(part) of them)" : "")
          + " unreached (指針9)")
    }

    /// Whether a hybrid's digital part frees the hours its fallback uses, in words.
    private static func hoursPay(_ hybrid: OptionFigures) -> LocalizedText {
      guard let fallback = hybrid.fallback else { return LocalizedText("") }
      let (digital, analog) = (hybrid.option.name, fallback.name)
      let own = whole(hybrid.ownHours)
      let needed = whole(-(hybrid.fallbackHours ?? 0))
      if hybrid.ownHours <= 0 {
        return LocalizedText(
          ja: "\(digital.ja)は職員の時間を浮かせないので、\(analog.ja)との併用の時間をまかなえない",
          en: "no staff hours are freed by \(digital.en) to pay for \(analog.en) as a fallback")
      }
      if (hybrid.fallbackHours ?? 0) >= 0 {
        return LocalizedText(
          ja: "\(digital.ja)で職員の時間が年\(own)時間浮き、\(analog.ja)は時間を増やさない",
          en: "\(own) staff hours a year are freed by \(digital.en), "
            + "and none more are needed for \(analog.en)")
      }
      if hybrid.paysForItself {
        return LocalizedText(
          ja: "\(digital.ja)で浮く職員の時間（年\(own)時間）で、\(analog.ja)に要る時間（年\(needed)時間）をまかなえる",
          en: "the \(own) staff hours a year freed by \(digital.en) "
            + "pay for the \(needed) needed by \(analog.en)")
      }
      return LocalizedText(
        ja: "\(digital.ja)で浮く時間（年\(own)時間）では、\(analog.ja)に要る時間（年\(needed)時間）をまかなえない",
        en: "the \(own) staff hours a year freed by \(digital.en) "
          + "do not pay for the \(needed) needed by \(analog.en)")
    }
  }
}

extension Words.Verdict {
  /// `12,345`: residents, hours and yen in sentences, rounded to whole ones.
  static func whole(_ x: Double) -> String {
    NumberFormat.grouped(x, decimals: 0)
  }

  /// `61.7%`, `5%`: a share in a sentence, to a tenth of a percent, the `.0` left out.
  static func share(_ x: Double) -> String {
    let text = NumberFormat.percent(x, decimals: 1)
    return text.hasSuffix(".0%") ? String(text.dropLast(3)) + "%" : text
  }

  /// The N of "about 1/N" for a ratio of 2 or more: whole below 10, else two
  /// significant digits (24.97 → 25, 137 → 140).
  static func denominator(_ ratio: Double) -> String {
    guard ratio.isFinite, ratio >= 10 else { return whole(ratio) }
    var scale = 1.0
    while ratio / scale >= 100 { scale *= 10 }
    return whole((ratio / scale).rounded() * scale)
  }

  /// The text with the first letter of its English in upper case, to start a sentence.
  static func capitalized(_ text: LocalizedText) -> LocalizedText {
    guard let first = text.en.first else { return text }
    return LocalizedText(ja: text.ja, en: first.uppercased() + text.en.dropFirst())
  }
}

/// Each language's texts one after the other, to build a sentence from its parts.
private func + (lhs: LocalizedText, rhs: LocalizedText) -> LocalizedText {
  LocalizedText(ja: lhs.ja + rhs.ja, en: lhs.en + rhs.en)
}
