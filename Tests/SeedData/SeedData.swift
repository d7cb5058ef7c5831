/// The seed slides' tables, typed in once for tests to check against.
///
/// Source: 会津地方振興局 講演資料「会津地域の挑戦」, 2023-02-02
/// (`../shared/seeds/`), slides 「データからみた会津 1–3」. Tests compare the
/// built-in scenario file and the model's outputs with these rows, so a typo in
/// `Scenarios/aizu.toml` or a slip in the model shows up as a failing test.
public enum Seed {
  /// A row of table 1 (R2.1.1 住基; staff R2) with table 2's 2015 and 2040 and
  /// table 3's residence survey (R3.8.24).
  public struct Row: Sendable, CustomTestStringConvertibleShim {
    public let name: String
    public let romaji: String
    public let population2015: Double
    public let population2020: Double
    public let population2040: Double
    public let elderly2020: Double
    public let staff2020: Double
    /// 人口千人当たりの職員数 as the table prints it (one decimal).
    public let staffPer1000: Double
    /// 高齢化率 as the table prints it (percent, two decimals).
    public let agingRatePercent: Double
    public let areaKm2: Double
    public let incomePerHeadKyen: Double
    public let fiscalStrength: Double
    /// Table 3: staff surveyed, living inside, living outside.
    public let residence: (staff: Double, inside: Double, outside: Double)

    public var testDescription: String { name }
  }

  public static let rows: [Row] = [
    Row(
      name: "会津若松市", romaji: "Aizuwakamatsu", population2015: 124062, population2020: 118322,
      population2040: 95000, elderly2020: 34214, staff2020: 966, staffPer1000: 8.2,
      agingRatePercent: 28.92, areaKm2: 382.97, incomePerHeadKyen: 2745, fiscalStrength: 0.62,
      residence: (910, 744, 166)),
    Row(
      name: "喜多方市", romaji: "Kitakata", population2015: 49377, population2020: 47354,
      population2040: 33736, elderly2020: 16639, staff2020: 514, staffPer1000: 10.9,
      agingRatePercent: 35.14, areaKm2: 554.63, incomePerHeadKyen: 2376, fiscalStrength: 0.37,
      residence: (543, 466, 77)),
    Row(
      name: "北塩原村", romaji: "Kitashiobara", population2015: 2831, population2020: 2722,
      population2040: 1939, elderly2020: 978, staff2020: 64, staffPer1000: 23.5,
      agingRatePercent: 35.93, areaKm2: 234.08, incomePerHeadKyen: 2553, fiscalStrength: 0.25,
      residence: (63, 29, 34)),
    Row(
      name: "西会津町", romaji: "Nishiaizu", population2015: 6582, population2020: 6155,
      population2040: 3473, elderly2020: 2831, staff2020: 126, staffPer1000: 20.5,
      agingRatePercent: 46.00, areaKm2: 298.18, incomePerHeadKyen: 2228, fiscalStrength: 0.21,
      residence: (127, 97, 30)),
    Row(
      name: "磐梯町", romaji: "Bandai", population2015: 3579, population2020: 3443,
      population2040: 3500, elderly2020: 1213, staff2020: 77, staffPer1000: 22.4,
      agingRatePercent: 35.23, areaKm2: 59.77, incomePerHeadKyen: 3379, fiscalStrength: 0.3,
      residence: (76, 40, 36)),
    Row(
      name: "猪苗代町", romaji: "Inawashiro", population2015: 14709, population2020: 13951,
      population2040: 9935, elderly2020: 5253, staff2020: 172, staffPer1000: 12.3,
      agingRatePercent: 37.65, areaKm2: 394.85, incomePerHeadKyen: 2435, fiscalStrength: 0.39,
      residence: (173, 153, 20)),
    Row(
      name: "会津坂下町", romaji: "Aizubange", population2015: 16303, population2020: 15768,
      population2040: 11157, elderly2020: 5552, staff2020: 165, staffPer1000: 10.5,
      agingRatePercent: 35.21, areaKm2: 91.59, incomePerHeadKyen: 2507, fiscalStrength: 0.38,
      residence: (165, 120, 45)),
    Row(
      name: "湯川村", romaji: "Yugawa", population2015: 3207, population2020: 3194,
      population2040: 2378, elderly2020: 1076, staff2020: 73, staffPer1000: 22.9,
      agingRatePercent: 33.69, areaKm2: 16.37, incomePerHeadKyen: 2664, fiscalStrength: 0.25,
      residence: (64, 32, 32)),
    Row(
      name: "柳津町", romaji: "Yanaizu", population2015: 3535, population2020: 3297,
      population2040: 2201, elderly2020: 1444, staff2020: 83, staffPer1000: 25.2,
      agingRatePercent: 43.80, areaKm2: 175.82, incomePerHeadKyen: 2107, fiscalStrength: 0.19,
      residence: (83, 40, 43)),
    Row(
      name: "三島町", romaji: "Mishima", population2015: 1668, population2020: 1595,
      population2040: 870, elderly2020: 840, staff2020: 46, staffPer1000: 28.8,
      agingRatePercent: 52.66, areaKm2: 90.81, incomePerHeadKyen: 2412, fiscalStrength: 0.15,
      residence: (46, 34, 12)),
    Row(
      name: "金山町", romaji: "Kaneyama", population2015: 2189, population2020: 1998,
      population2040: 984, elderly2020: 1201, staff2020: 75, staffPer1000: 37.5,
      agingRatePercent: 60.11, areaKm2: 293.92, incomePerHeadKyen: 2458, fiscalStrength: 0.24,
      residence: (68, 55, 13)),
    Row(
      name: "昭和村", romaji: "Showa", population2015: 1322, population2020: 1244, population2040: 650,
      elderly2020: 692, staff2020: 50, staffPer1000: 40.2, agingRatePercent: 55.63, areaKm2: 209.46,
      incomePerHeadKyen: 1636, fiscalStrength: 0.1, residence: (50, 44, 6)),
    Row(
      name: "会津美里町", romaji: "Aizumisato", population2015: 20913, population2020: 20147,
      population2040: 13787, elderly2020: 7594, staff2020: 213, staffPer1000: 10.6,
      agingRatePercent: 37.69, areaKm2: 276.33, incomePerHeadKyen: 2198, fiscalStrength: 0.28,
      residence: (209, 142, 67)),
  ]

  /// Table 1's 会津地域計 row and table 2's total.
  public enum Region {
    public static let population2015 = 250_277.0
    public static let population2020 = 239_190.0
    public static let population2040 = 179_610.0
    public static let elderly2020 = 79_527.0
    public static let staff2020 = 2_624.0
    public static let staffPer1000 = 11.0
    public static let areaKm2 = 3_078.78
    /// Table 3's 会津地域計 row.
    public static let residence = (staff: 2_577.0, inside: 1_996.0, outside: 581.0)
  }
}

/// Lets rows name themselves in swift-testing's parameterized test output
/// without this support target importing Testing.
public protocol CustomTestStringConvertibleShim {
  var testDescription: String { get }
}

extension Seed {
  /// The titles of 指針1–18 as the seed's slides print them (【指針1】…【指針18】), from
  /// 『人生100年時代 会津地域自治体広域連携指針』 (R4.1.21); 1–9 are 行政DX, 10–18 地域社会DX.
  public static let guidelineTitles = [
    "業務効率化と住民サービスの充実",
    "広域での業務の標準化・効率化",
    "災害等危機への対応",
    "情報・データの有効活用と個人情報の管理",
    "広報広聴の強化と説明責任",
    "新しい課題への対応",
    "新たな住民参加の場の確保と仕組みづくり",
    "職員の働き方改革",
    "デジタル格差の是正",
    "安全で安心な生活を支える仕組みづくり",
    "持続可能な社会の形成",
    "産学官連携による新技術等の創出",
    "地域産業の活性化",
    "交流人口・関係人口の拡大",
    "文化芸術の振興、多様な働き方、新たな地域活性化",
    "情報インフラの整備",
    "デジタル人材の育成",
    "多様性の尊重",
  ]
}
