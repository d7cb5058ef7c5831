import Bilingual
import Rendering
import Simulation

/// Words of `project`: its columns, title and notes.
extension Words {
  public enum Projection {
    public static let municipality = LocalizedText(ja: "市町村", en: "Municipality")
    public static let year = LocalizedText(ja: "年", en: "Year")
    public static let population = LocalizedText(ja: "人口", en: "Population")
    public static let elderly = LocalizedText(ja: "65歳以上", en: "65+")
    public static let elderlyShare = LocalizedText(ja: "高齢化率", en: "65+ share")
    public static let staffSupply = LocalizedText(ja: "職員見込", en: "Supply")
    public static let staffDemand = LocalizedText(ja: "必要職員", en: "Demand")
    public static let shortfall = LocalizedText(ja: "不足", en: "Shortfall")
    public static let staffPer1000 = LocalizedText(ja: "千人当たり", en: "Staff/1,000")
    public static let shortfallHours = LocalizedText(ja: "不足(時間)", en: "Shortfall hours")
    public static let elderlyIsAssumption = LocalizedText(ja: "65歳以上は仮定", en: "65+ assumed")
    public static let elderlyIsProjectionData = LocalizedText(
      ja: "65歳以上は将来推計", en: "65+ from a projection")
    public static let supplyIsAssumption = LocalizedText(ja: "職員見込は仮定", en: "Supply assumed")
    public static let recruitmentPool = LocalizedText(ja: "採用の母集団", en: "Recruitment pool")

    public static let persons = LocalizedText(ja: "人", en: "persons")
    public static let fte = LocalizedText(ja: "人(常勤換算)", en: "FTE")
    public static let share = LocalizedText("%")
    public static let hours = LocalizedText(ja: "時間", en: "hours")
    public static let perThousand = LocalizedText(ja: "人口千人当たり", en: "per 1,000 residents")

    /// `Projection 2040 (R22) — scenario aizu`.
    public static func title(years: String, scenario: String) -> LocalizedText {
      LocalizedText(
        ja: "将来推計 \(years) — シナリオ \(scenario)",
        en: "Projection \(years) — scenario \(scenario)")
    }

    /// What the `*` on 65+ figures means, from the scenario's own values.
    public static func assumedElderly(
      fromYear: Int, lastYear: Int, rise: Double, source: String?
    ) -> LocalizedText {
      let points = NumberFormat.signed(rise * 100, decimals: 1)
      let cite = source.map { "\($0), " } ?? ""
      return LocalizedText(
        ja:
          "* 仮定 (elderly_share_rise): \(fromYear)年より後の高齢化率は、\(fromYear)年の値に全国の上昇分を加えたもの (\(cite)\(fromYear)→\(lastYear)年で\(points)ポイント)",
        en:
          "* assumption (elderly_share_rise): after \(fromYear) the 65+ share is the \(fromYear) share plus the national rise (\(cite)\(points) points \(fromYear)→\(lastYear))"
      )
    }

    /// What the `~` on 65+ figures means: the municipality's own projection.
    public static func projectedElderly(baseYear: Int, source: String?) -> LocalizedText {
      let cite = source.map { "\($0), " } ?? ""
      return LocalizedText(
        ja:
          "~ 将来推計: 高齢化率は、\(baseYear)年の値にその市町村の将来推計での変化を加えたもの (\(cite)age_bands)",
        en:
          "~ projection data: the 65+ share is the \(baseYear) share plus the municipality's own change in its projection (\(cite)age_bands)"
      )
    }

    /// What the `*` on staff supply means.
    public static let assumedSupply = LocalizedText(
      ja:
        "* 仮定(職員見込): それ以前の年の採用の母集団が仮定に基づく (将来推計の最終年より後の15〜64歳の割合の据え置き、または仮定の高齢化率; recruitment_pool)",
      en:
        "* assumption (staff supply): the recruitment pool of an earlier year rests on an assumption (the 15–64 share held after the projection's last year, or an assumed 65+ share; recruitment_pool)"
    )

    /// `^ 磐梯町 Bandai, population 2040: …`: a note from the data on a population figure.
    public static func populationNote(
      municipality: String, year: Int, note: LocalizedText
    ) -> LocalizedText {
      LocalizedText(
        ja: "^ \(municipality)、\(year)年の人口: \(note.ja)",
        en: "^ \(municipality), population \(year): \(note.en)")
    }

    /// The demand elasticity, the supply policy (and whom hiring draws on) and the hours of a
    /// full-time employee.
    public static func model(
      elasticity: Double, isFitted: Bool, policy: LocalizedText, pool: LocalizedText?,
      hoursPerFTE: Double
    ) -> LocalizedText {
      let epsilon = NumberFormat.grouped(elasticity, decimals: 3)
      let hours = NumberFormat.grouped(hoursPerFTE, decimals: 0)
      let poolJA = pool.map { "、採用の母集団: \($0.ja)" } ?? ""
      let poolEN = pool.map { "; hiring pool: \($0.en)" } ?? ""
      return LocalizedText(
        ja:
          "需要の弾力性 ε = \(epsilon) (\(isFitted ? "推定値" : "設定値"))、職員の供給: \(policy.ja)\(poolJA)、常勤1人 = 年\(hours)時間。職員数は常勤換算",
        en:
          "Demand elasticity ε = \(epsilon) (\(isFitted ? "fitted" : "set")); staff supply: \(policy.en)\(poolEN); 1 FTE = \(hours) hours a year; staff in full-time equivalents"
      )
    }

    /// The shortfall of the last year in hours, for the region or the municipalities shown.
    public static func shortfallInHours(
      year: Int, whose: LocalizedText, fte: Double, hours: Double
    ) -> LocalizedText {
      let f = NumberFormat.grouped(fte, decimals: 1)
      let h = NumberFormat.grouped(hours, decimals: 0)
      return LocalizedText(
        ja: "\(year)年の不足を時間で: \(whose.ja) \(f) 人 = \(h) 時間 (負は余剰)",
        en: "Shortfall in \(year) in hours: \(whose.en) \(f) FTE = \(h) hours (negative: a surplus)"
      )
    }

    /// `these 3 together`.
    public static func together(_ count: Int) -> LocalizedText {
      LocalizedText(ja: "\(count)市町村の計", en: "these \(count) together")
    }
  }

  /// The staffing policies, in words.
  public enum Staffing {
    public static let recruitment = LocalizedText(
      ja: "採用 (recruitment: 退職を採用で補い、採用の母集団が上限)",
      en: "recruitment (leavers replaced by hires, capped by the hiring pool)")
    public static let workingAge = LocalizedText(
      ja: "15〜64歳 (working_age)", en: "residents aged 15–64 (working_age)")
    public static let underSixtyFive = LocalizedText(
      ja: "65歳未満 (under_65)", en: "residents under 65 (under_65)")
    public static let fixed = LocalizedText(
      ja: "一定 (fixed)", en: "fixed (staff stay as in the base year)")
    public static let ratio = LocalizedText(
      ja: "人口比 (ratio: 人口千人当たり職員数を保つ)", en: "ratio (staff per resident kept)")
    public static let target = LocalizedText(
      ja: "目標 (target: 目標年の職員数へ直線で)", en: "target (a straight line to the target year's staff)")
  }
}

extension Words {
  /// Whom hiring draws on, in words.
  public static func recruitmentPool(_ pool: RecruitmentPool) -> LocalizedText {
    switch pool {
    case .workingAge: Staffing.workingAge
    case .underSixtyFive: Staffing.underSixtyFive
    }
  }

  /// A staffing policy in words.
  public static func staffing(_ policy: StaffingPolicy) -> LocalizedText {
    switch policy {
    case .recruitment: Staffing.recruitment
    case .fixed: Staffing.fixed
    case .ratio: Staffing.ratio
    case .target: Staffing.target
    }
  }
}
