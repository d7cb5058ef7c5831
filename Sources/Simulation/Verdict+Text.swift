import Bilingual

/// The verdict in plain words (指針5: no jargon), in Japanese or English.
extension Verdict {
  /// One or two sentences: what to choose, and the rule and figures that decided it.
  ///
  ///     アナログ（床の色テープ）で十分: 全員に届き、住民1人に届く費用は
  ///     QR コードとアプリの庁舎案内の約 1/25。
  public func sentence(in language: Language) -> String {
    let ja = language == .ja
    guard let winner else {
      return ja ? "\(year)年にはまだどの方法も始まっていない。" : "No option is in effect yet in \(year)."
    }
    let head = Words.headline(winner, language)
    var text: String
    switch reason {
    case .lowestCost:
      // An analog option that wins on cost is "enough": nothing more is needed.
      let enough = winner.approach == .analog
      text = head + (ja ? (enough ? "で十分: " : "がよい: ") : (enough ? " is enough: " : " is best: "))
      text += Words.reach(winner, language)
      if let rival { text += Words.costAgainst(winner, rival, language) }
    case .mostHours:
      let tie = PlainNumber.percent(rule.costTie)
      let name = rival?.name.text(in: language) ?? ""
      let more = PlainNumber.whole(winner.netHours - (rival?.netHours ?? 0))
      text =
        ja
        ? "\(head)がよい: 住民1人に届く費用は\(name)と\(tie)以内の差で、"
        : "\(head) is best: its cost per resident reached is within \(tie) of that of \(name), "
      // Equal hours too: the scenario's order decided, and the words say so.
      if more == "0" {
        text += ja ? "職員の時間も同じ。先に挙げた方を選ぶ" : "and it frees as many staff hours; it is listed first"
      } else {
        text += ja ? "職員の時間が年\(more)時間多く浮く" : "and it frees \(more) more staff hours a year"
      }
    case .hybridPaysForItself:
      text = ja ? "\(head)がよい: " : "\(head) is best: "
      if let rival { text += Words.leftOut(rival, language, share: false) }
      text += ja ? "。" : "; "
      text += Words.hoursPay(winner, language)
    case .elderlyUnreached:
      text = ja ? "\(head)がよい: " : "\(head) is best: "
      if let rival {
        text += Words.leftOut(rival, language, share: true, cheapest: true)
        if let unpaidHybrid {
          text += ja ? "。" : ". "
          text += Words.capitalized(Words.hoursPay(unpaidHybrid, language))
        }
      }
    case .fewestLeftOut:
      let limit = PlainNumber.percent(rule.maxUnreachedElderly)
      let count = PlainNumber.whole(winner.unreachedElderly)
      text =
        ja
        ? "\(head)がよい: どの方法でも、65歳以上の住民の\(limit)を超える人に届かない（指針9）。"
          + "届かない人が最も少ない（\(count)人）"
        : "\(head) is best: every option leaves more than \(limit) of the residents aged 65+ "
          + "unreached (指針9); this one leaves the fewest (\(count))"
    case .notYetInEffect:
      text = ""
    }
    text += ja ? "。" : "."
    if !winner.worksInDisaster {
      text += ja ? "停電や通信障害の時は使えない。" : " It does not work when power or the network is down."
    }
    return text
  }
}

/// Phrases the verdict and change sentences share.
enum Words {
  /// デジタル, アナログ, 併用 / Digital, Analog, Both: plain words for the kinds.
  static func kind(_ approach: Approach, _ language: Language, capitalized: Bool = true) -> String {
    switch (approach, language) {
    case (.digital, .ja): "デジタル"
    case (.analog, .ja): "アナログ"
    case (.hybrid, .ja): "併用"
    case (.digital, .en): capitalized ? "Digital" : "digital"
    case (.analog, .en): capitalized ? "Analog" : "analog"
    case (.hybrid, .en): capitalized ? "Both" : "both"
    }
  }

  /// アナログ（床の色テープ） / Analog (coloured floor tape).
  static func headline(_ figures: OptionFigures, _ language: Language, capitalized: Bool = true)
    -> String
  {
    let kind = kind(figures.approach, language, capitalized: capitalized)
    let name = figures.name.text(in: language)
    return language == .ja ? "\(kind)（\(name)）" : "\(kind) (\(name))"
  }

  /// 全員に届き / it reaches everyone; or the share reached.
  static func reach(_ figures: OptionFigures, _ language: Language) -> String {
    if figures.unreached < 0.5 { return language == .ja ? "全員に届き" : "it reaches everyone" }
    let share = PlainNumber.percent(
      figures.population > 0 ? figures.reached / figures.population : 0)
    return language == .ja ? "住民の\(share)に届き" : "it reaches \(share) of residents"
  }

  /// 、住民1人に届く費用は…の約 1/25 / , at about 1/25 of the cost per resident reached of ….
  static func costAgainst(_ winner: OptionFigures, _ rival: OptionFigures, _ language: Language)
    -> String
  {
    guard let mine = winner.costPerReached, mine > 0, let theirs = rival.costPerReached else {
      return ""
    }
    let name = rival.name.text(in: language)
    let ratio = theirs / mine
    if ratio >= 2 {
      let n = PlainNumber.denominator(ratio)
      return language == .ja
        ? "、住民1人に届く費用は\(name)の約 1/\(n)"
        : ", at about 1/\(n) of the cost per resident reached of \(name)"
    }
    guard ratio > 1 else { return "" }
    let less = PlainNumber.percent(((1 - 1 / ratio) * 100).rounded() / 100)
    return language == .ja
      ? "、住民1人に届く費用は\(name)より約\(less)安い"
      : ", at about \(less) less per resident reached than \(name)"
  }

  /// …だけでは65歳以上の住民524人（65歳以上の80.0%）に届かない（指針9）.
  ///
  /// - Parameters:
  ///   - share: whether to give them as a share of the residents aged 65+ too;
  ///   - cheapest: whether to say the option costs least per resident reached.
  static func leftOut(
    _ figures: OptionFigures, _ language: Language, share: Bool, cheapest: Bool = false
  ) -> String {
    let name = figures.name.text(in: language)
    let count = PlainNumber.whole(figures.unreachedElderly)
    let part = PlainNumber.percent(figures.unreachedElderlyShare)
    if language == .ja {
      return (cheapest ? "住民1人に届く費用が最も安い" : "") + "\(name)だけでは65歳以上の住民\(count)人"
        + (share ? "（65歳以上の\(part)）" : "") + "に届かない（指針9）"
    }
    return (cheapest ? "the cheapest per resident reached, \(name), would" : "\(name) would")
      + " alone leave \(count) residents aged 65+" + (share ? " (\(part) of them)" : "")
      + " unreached (指針9)"
  }

  /// The text with its first letter in upper case, to start an English sentence.
  static func capitalized(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
  }

  /// Whether a hybrid's digital part frees the hours its fallback uses, in words.
  static func hoursPay(_ hybrid: OptionFigures, _ language: Language) -> String {
    guard let fallback = hybrid.fallback else { return "" }
    let digital = hybrid.option.name.text(in: language)
    let analog = fallback.name.text(in: language)
    let own = PlainNumber.whole(hybrid.ownHours)
    let needed = PlainNumber.whole(-(hybrid.fallbackHours ?? 0))
    let ja = language == .ja
    if hybrid.ownHours <= 0 {
      return ja
        ? "\(digital)は職員の時間を浮かせないので、\(analog)との併用の時間をまかなえない"
        : "no staff hours are freed by \(digital) to pay for \(analog) as a fallback"
    }
    if (hybrid.fallbackHours ?? 0) >= 0 {
      return ja
        ? "\(digital)で職員の時間が年\(own)時間浮き、\(analog)は時間を増やさない"
        : "\(own) staff hours a year are freed by \(digital), and none more are needed for \(analog)"
    }
    if hybrid.paysForItself {
      return ja
        ? "\(digital)で浮く職員の時間（年\(own)時間）で、\(analog)に要る時間（年\(needed)時間）をまかなえる"
        : "the \(own) staff hours a year freed by \(digital) "
          + "pay for the \(needed) needed by \(analog)"
    }
    return ja
      ? "\(digital)で浮く時間（年\(own)時間）では、\(analog)に要る時間（年\(needed)時間）をまかなえない"
      : "the \(own) staff hours a year freed by \(digital) "
        + "do not pay for the \(needed) needed by \(analog)"
  }
}
