import Bilingual
import Rendering
import Simulation
import Testing

@testable import Shell

@Suite("measures, measure, freed, services and disaster")
struct LedgerCommandTests {
  /// docs/model.md, "Hours ledger": 昭和村 in 2030. S = 48.03107, D = 40.59854, E = 474.046.
  /// available = 48.03107 × 1,800 = 86,455.92; need = 0.75 × 40.59854 × 1,800 = 54,808.03;
  /// freed = online (425.18 × 0.5 + 474.05 × 0.2) × 10/60 = 51.233 + shared 0.03 × 54,808.03
  /// = 1,644.24, so 1,695.47; routine = 53,112.56; face-to-face = 33,343.37; per 65+ 70.338;
  /// index 70.338 / (0.25 × 50 × 1,800 / 692 = 32.514) = 2.1633; never below 2020's level.
  @Test("services in CSV has the issue's fields, worked by hand for 昭和村 in 2030")
  func servicesCSV() throws {
    var shell = try makeShell()
    let outcome = shell.execute("services 2030 昭和村 --format csv")
    #expect(outcome.errors.isEmpty)
    #expect(
      outcome.output == """
        municipality,year,available_hours,routine_hours,freed_hours,facetime_hours,facetime_need_hours,facetime_surplus_hours,facetime_measures_hours,facetime_per_elderly,facetime_index,uncovered_hours,first_year_below,extra_freed_hours,scenario
        昭和村,2030,86455.92478922574,53112.55504855134,1695.4737156925573,33343.3697406744,18269.34292141463,13378.553103567217,1695.4737156925548,70.33782283993258,2.1632788180103715,0,,0,aizu

        """)
  }

  /// Every municipality and the region, 2020 to 2040 every 5 years: the need's, the
  /// surplus's and the measures' hours add up to face-to-face hours. 磐梯町 in 2040 has
  /// fewer staff than demand (76.46 against 77.82): no surplus; A − G = 137,627 − 105,051
  /// = 32,576 is all the need's; the measures add their 3,379.
  @Test("services splits face-to-face hours into parts that add up to them")
  func servicesSplit() throws {
    var shell = try makeShell()
    let outcome = shell.execute("services 2020..2040 --step 5 --format csv")
    #expect(outcome.errors.isEmpty)
    let rows = outcome.output.split(separator: "\n").map {
      $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
    let header = try #require(rows.first)
    let column = { (name: String) in header.firstIndex(of: name) ?? 0 }
    let (f, need, surplus, measures) = (
      column("facetime_hours"), column("facetime_need_hours"), column("facetime_surplus_hours"),
      column("facetime_measures_hours")
    )
    #expect(rows.count == 1 + 5 * 14)
    #expect(Set(rows.dropFirst().map { $0[1] }) == ["2020", "2025", "2030", "2035", "2040"])
    for row in rows.dropFirst() {
      let parts = [need, surplus, measures].compactMap { Double(row[$0]) }
      let total = try #require(Double(row[f]))
      #expect(parts.count == 3 && abs(parts.reduce(0, +) - total) <= 1e-9 * max(1, total))
    }
    let bandai = try #require(rows.first { $0[0] == "磐梯町" && $0[1] == "2040" })
    #expect(Double(bandai[surplus]) == 0)
    #expect(abs((Double(bandai[need]) ?? 0) - 32_576) < 1)
    #expect(abs((Double(bandai[measures]) ?? 0) - 3_379) < 1)
    // In 2020 no measure is at work yet.
    let showa2020 = try #require(rows.first { $0[0] == "昭和村" && $0[1] == "2020" })
    #expect(Double(showa2020[measures]) == 0)
  }

  /// 磐梯町 in 2021: F = 138,600 − 0.75 × 77.0406 × 1,800 = 34,595.2 for 1,221.83 residents
  /// aged 65+ (3,445.83 × 0.354583, IPSS's change): 28.31 against 0.25 × 77 × 1,800 / 1,213 =
  /// 28.57, so the index is 0.9912 and 28.57 × 1,221.83 − 34,595.2 = 307.1 more freed hours
  /// would keep the 2020 level.
  @Test("services names the first year below 2020's level and the hours that would keep it")
  func servicesBelow() throws {
    var shell = try makeShell()
    let json = shell.execute("services 2021 Bandai --format json").output
    #expect(json.contains("\"facetime_index\": 0.9912018897701125"))
    #expect(json.contains("\"first_year_below\": 2021"))
    #expect(json.contains("\"extra_freed_hours\": 307.07419492819463"))
    let table = shell.execute("services 2040").output
    #expect(table.contains("磐梯町 Bandai"))
    #expect(table.hasPrefix("Staff-hours ledger 2040 (R22), hours a year — scenario aizu\n"))
    #expect(table.contains("会津地域 Aizu region"))
  }

  /// 0.30 × 33,343.37 = 10,003.0 hours of home visits in 昭和村 in 2030.
  @Test("services --categories splits face-to-face hours by the scenario's shares")
  func categories() throws {
    var shell = try makeShell()
    let csv = shell.execute("services 2030 Showa --categories --format csv").output.split(
      separator: "\n")
    #expect(csv.first == "municipality,year,category,share,facetime_hours,per_elderly,scenario")
    #expect(
      csv.dropFirst().map { $0.split(separator: ",")[2] } == [
        "home_visits", "counter", "community", "disaster_preparedness",
      ])
    #expect(csv.count == 5)
    #expect(csv[1].hasPrefix("昭和村,2030,home_visits,0.3,10003.01"))
  }

  /// 草の根DX: 240 + 800 + 1,200 + 1,040 + 205 minutes = 4 + 13.33 + 20 + 17.33 + 3.42 hours
  /// at the regional office. 2025 (R7) is the first year of online procedures and shared
  /// systems: adoption 1/3; costs paid in full: 13 × (¥10M + ¥2M) = ¥156M for online
  /// procedures, ¥300M + ¥60M = ¥360M for the shared systems, split by population.
  @Test("freed reports the regional office's 3,485 minutes and each measure's cost")
  func freed() throws {
    var shell = try makeShell()
    let rows = shell.execute("freed 2025 --format csv").output.split(separator: "\n").map(
      String.init)
    #expect(
      rows.first
        == "municipality,romaji,year,measure,adoption,freed_hours,cumulative_hours,freed_fte,cost_yen,scenario"
    )
    let office = rows.filter { $0.hasPrefix("地方振興局,") }
    #expect(
      office.map { $0.split(separator: ",", omittingEmptySubsequences: false)[5] } == [
        "4", "13.333333333333334", "20", "17.333333333333332", "3.4166666666666665",
        "58.083333333333336",
      ])
    #expect(office.allSatisfy { $0.hasSuffix(",,aizu") })  // no cost stated: null, not 0
    // The office's total: no measure, 3,485 minutes = 58.08 hours, none of it costed.
    #expect(
      office.last
        == "地方振興局,regional office,2025,,,58.083333333333336,58.083333333333336,0.03226851851851852,,aizu"
    )
    // The region's: ¥156M + ¥360M.
    #expect(rows.last?.hasPrefix("会津地域,Aizu region,2025,,,38479.59155518243,") == true)
    #expect(rows.last?.hasSuffix(",516000000.00000006,aizu") == true)
    #expect(
      rows.contains {
        $0.hasPrefix("会津地域,Aizu region,2025,online_procedures,0.3333333333333333,")
          && $0.hasSuffix(",156000000,aizu")
      })
    #expect(rows.contains { $0.hasPrefix("会津地域,Aizu region,2025,grassroots_spread,0,0,0,") })
  }

  /// The office's five measures start in 2022 at full adoption: 3,485 minutes = 58.083
  /// hours a year, so the cumulative sum from 2021 is 0 in 2021 and 5 × 58.083 = 290.42 in
  /// 2026; shown every 5th year, 2021 and 2026, the sum still counts 2022 to 2025.
  @Test("freed over a range: the payers' totals, the cumulative sum, the office's line")
  func freedRange() throws {
    var shell = try makeShell()
    for line in ["freed 2021..2026 --format csv", "freed 2021..2026 --step 5 --format csv"] {
      let rows = shell.execute(line).output.split(separator: "\n").map(String.init)
      let office = rows.filter { $0.hasPrefix("地方振興局,regional office,") && $0.contains(",,,") }
      #expect(office.first == "地方振興局,regional office,2021,,,0,0,0,,aizu", "\(line)")
      #expect(
        office.last
          == "地方振興局,regional office,2026,,,58.083333333333336,290.4166666666667,0.03226851851851852,,aizu",
        "\(line)")
    }
    let table = shell.execute("freed 2021..2026 --step 5").output
    #expect(
      table.contains(
        "The regional office's 5 measures together in 2026: 3,485 minutes = 58.1 hours a year"))
    #expect(table.contains("total of 5"))
    let ja = shell.execute("freed 2026 --lang ja").output
    #expect(ja.contains("振興局の5件の合計 (2026年): 3,485分 = 年58.1時間"))
  }

  /// 昭和村 in 2030: online procedures 51.233 hours, shared systems 1,644.24 hours; its part
  /// of the shared ¥60M is its share of the 13 populations: 899.22 / 207,015.12.
  @Test("freed for a municipality lists its measures and its part of a shared cost")
  func freedMunicipality() throws {
    var shell = try makeShell()
    let rows = shell.execute("freed 2030 昭和村 --format csv").output.split(separator: "\n").map(
      String.init)
    #expect(rows.count == 5)
    #expect(
      rows[2]
        == "昭和村,Showa,2030,online_procedures,1,51.23285276524053,51.23285276524053,0.028462695980689182,2000000,aizu"
    )
    #expect(rows[3].hasPrefix("昭和村,Showa,2030,shared_systems,1,1644.2408629273168,"))
    let cost = try #require(Double(rows[3].split(separator: ",")[8]))
    let share = 60_000_000 * 899.221_885_854_653_7 / 207_015.121_751_996_34
    #expect(abs(cost - share) < 1e-6)
    // Its total: 51.233 + 1,644.241 = 1,695.474 hours (the ledger's X), ¥2M + its share.
    let total = rows[4].split(separator: ",", omittingEmptySubsequences: false)
    #expect(total[3] == "" && total[5] == "1695.4737156925573")
    #expect(abs((Double(total[8]) ?? 0) - (2_000_000 + share)) < 1e-6)
  }

  /// Table 3: 昭和村 44 of 50 inside; it receives 4.0048 (docs/model.md, worked by hand);
  /// 北塩原村 29 of 63, receives 8.4402.
  @Test("disaster gives table 3's inside staff and what the arrangement adds")
  func disaster() throws {
    var shell = try makeShell()
    #expect(
      shell.execute("disaster Showa 北塩原村 --format csv").output == """
        municipality,romaji,staff_surveyed,inside,inside_share,outside,received,with_arrangement,spread,scenario
        昭和村,Showa,50,44,0.88,6,4.004793171931316,48.00479317193132,population,aizu
        北塩原村,Kitashiobara,63,29,0.4603174603174603,34,8.440160527847073,37.44016052784707,population,aizu

        """)
    // Machine values do not follow the language.
    #expect(
      shell.execute("disaster Showa --format csv --lang ja").output.hasSuffix(",population,aizu\n"))
    let all = shell.execute("disaster").output
    #expect(all.contains("会津地域 Aizu region      2,577   1,996  77.5%      581    581.0*"))
    let from = shell.execute("disaster Showa --from --format csv").output.split(separator: "\n")
    #expect(from.count == 13)
    #expect(from[1].hasPrefix("昭和村,Showa,会津若松市,Aizuwakamatsu,1.708"))
  }

  /// Notes are built from the scenario's values, never typed in: the face-to-face share and
  /// the hours of a full-time employee as set, the national rise to the last year shown
  /// (0.289 in 2020 to 0.353 in 2040, linear: +3.2 points by 2030), the base year.
  @Test("notes follow the scenario's values")
  func notesFollowTheScenario() throws {
    var shell = try makeShell()
    // The national rule for the 65+ share, whose rise the `*` note states.
    _ = shell.execute("set elderly_rise national")
    _ = shell.execute("set hours_per_fte 1900")
    _ = shell.execute("set facetime_share_2020 0.3")
    let services = shell.execute("services 2040 Showa").output
    #expect(
      services.contains(
        "2020 face-to-face share f0 = 30% (assumption facetime_share_2020); 1 FTE = 1,900 hours a year."
      ))
    #expect(services.contains("+6.4 points 2020→2040"))
    #expect(shell.execute("services 2030 Showa").output.contains("+3.2 points 2020→2030"))
    #expect(shell.execute("freed 2030 Showa").output.contains("1 FTE = 1,900 hours"))
    _ = shell.execute("set base_year 2015")
    #expect(
      shell.execute("disaster Showa").output.contains("in proportion to their 2015 population"))
    #expect(
      shell.execute("chart facetime_index Showa").output.hasPrefix(
        "Face-to-face hours per 65+ (2015 = 1) — 昭和村 Showa — 2015–2040\n"))
  }

  /// A lecturer's projector is 80 columns: the ledger and the disaster table stay tables
  /// there (not records), with the columns left out named. 金山町 in 2040: 48,364
  /// face-to-face hours, index 2.63; 会津若松市 744 inside + 221.4 received = 965.4.
  @Test(
    "at 80 columns the ledger and the disaster table fit as tables, in both languages",
    arguments: Language.allCases)
  func projectorWidth(language: Language) throws {
    var shell = try makeShell(language: language)
    shell.session.measureWidth = { 80 }
    // The old rules, whose 65+ share and pool the figures below were worked with.
    _ = shell.execute("set elderly_rise national")
    _ = shell.execute("set recruitment_pool under_65")
    for line in ["services 2040 金山町", "services 2040", "disaster", "freed 2025", "measures"] {
      let outcome = shell.execute(line)
      #expect(outcome.errors.isEmpty)
      let lines = outcome.output.split(separator: "\n").map(String.init)
      #expect(!lines.contains { $0.hasPrefix("-[ ") }, "\(line) is shown as records")
      for text in lines { #expect(displayWidth(text) <= 80, "\(line): \(text)") }
    }
    let kaneyama = shell.execute("services 2040 金山町").output
    #expect(kaneyama.contains("金山町 Kaneyama") && kaneyama.contains("48,364"))
    #expect(kaneyama.contains("2.63*"))
    #expect(kaneyama.contains("routine_hours, facetime_need_hours"))
    let disaster = shell.execute("disaster").output
    #expect(disaster.contains("965.4*") && disaster.contains(": spread"))
  }

  /// `--lang ja`: every word is Japanese but for names (romaji, the region's, measure ids),
  /// field names, identifiers of the scenario and the commands to type.
  @Test("in Japanese only names, identifiers and field names are written in letters")
  func japaneseWords() throws {
    var shell = try makeShell(language: .ja)
    shell.session.measureWidth = { 80 }
    let scenario = shell.session.scenario
    var allowed = Set(
      scenario.municipalities.map(\.romaji) + scenario.measures.map(\.id)
        + scenario.sources.map(\.id))
    allowed.formUnion(scenario.region.en.split(separator: " ").map(String.init))
    allowed.formUnion(Command.all.map(\.name) + Command.measureActions)
    for name in ["services", "freed", "disaster", "chart", "measure", "measures"] {
      allowed.formUnion(Command.all.first { $0.name == name }?.columns.map(\.field) ?? [])
    }
    allowed.formUnion([
      "aizu", "elderly_share_rise", "ipss2017", "facetime_share_2020", "f0", "table3",
      "show", "sources", "columns", "all", "layout", "vertical", "disaster.outside_residence",
      "docs/model.md", "Disaster-day", "staffing", "max_adoption", "online_procedures.max_adoption",
      "ID", "FIELD", "VALUE", "foo", "bar", "population", "elderly", "elderly_share",
      "staff_supply", "staff_demand", "shortfall", "staff_per_1000", "facetime",
      "facetime_per_elderly", "facetime_index", "age_bands", "recruitment_pool", "ipss2023",
      // A line chart's markers, which tell its lines apart without colour.
      "o", "x", "bars",
      // The seed's own title for the office's measures: 草の根DX.
      "DX",
    ])
    for line in [
      "services 2040", "services 2030..2031 金山町", "freed 2025", "freed 2030 Showa", "disaster",
      "disaster Showa --from", "chart 高齢化率 金山町", "bars shortfall 2040",
      "measure set online_procedures max_adoption 0.9", "measure drop shared_systems",
      "measure set foo bar 1", "measure", "measures a b", "chart",
      "chart 人口 2020..2030 Showa Bandai",
    ] {
      let outcome = shell.execute(line)
      let words = (outcome.output + outcome.errors).split { !($0.isASCII && !$0.isWhitespace) }
        .flatMap { $0.split { !($0.isLetter || $0.isNumber || "_./-".contains($0)) } }
        .map { String($0).trimmingCharacters(in: .punctuationCharacters) }
        .filter { $0.contains(where: \.isLetter) }
        // 和暦 in year labels: 2040 (R22).
        .filter { !($0.hasPrefix("R") && $0.dropFirst().allSatisfy(\.isNumber)) }
      #expect(words.filter { !allowed.contains($0) }.isEmpty, "\(line)")
    }
  }

  @Test("measures lists the scenario's measures with stable machine values")
  func measuresList() throws {
    var shell = try makeShell()
    let rows = shell.execute("measures --format csv").output.split(separator: "\n").map(String.init)
    #expect(
      rows.first
        == "id,name_ja,name_en,guideline,kind,adopters,start,ramp_years,max_adoption,savings,initial_cost_yen,yearly_cost_yen,source,assumptions,scenario"
    )
    #expect(rows.count == 9)
    #expect(
      rows[1]
        == "grassroots_audit,財務事務検査結果集計,tallying financial inspection results,1,digital,regional_office,2022,1,1,minutes=240,,,grassroots,\"guideline,start,ramp_years,max_adoption\",aizu"
    )
    #expect(
      rows[8].hasPrefix(
        "shared_systems,基幹業務システムの標準化・共同運用,shared standardised systems,2,digital,shared,2025,3,1,routine_share=0.03,300000000,60000000,roadmap,"
      ))
    // Savings per case, as key paths under `savings`.
    #expect(
      rows[7].hasPrefix(
        "online_procedures,行政手続のオンライン化,online procedures,1,digital,all,2025,3,1,"
          + "per_case.minutes=10;per_case.cases_per_1000=1000;per_case.uptake.under65=0.5;"
          + "per_case.uptake.elderly=0.2,10000000,2000000,roadmap,"
      ))
    let table = shell.execute("measures").output
    #expect(table.contains("240 min "))
    #expect(table.contains("* assumption: not in the seed"))
    let detail = shell.execute("measures grassroots_audit").output
    #expect(detail.contains("savings.minutes  240"))
    let online = shell.execute("measures online_procedures").output
    #expect(online.contains("savings.per_case.uptake.elderly"))
    #expect(online.contains("initial_cost_yen"))
    #expect(detail.contains("grassroots: 草の根DX"))
    #expect(detail.contains("assumption measures.grassroots_audit.start"))
  }

  @Test("measure set changes one field; the ledger follows; unset undoes it")
  func measureSet() throws {
    var shell = try makeShell()
    let reply = shell.execute("measure set online_procedures max_adoption 0.9")
    #expect(reply.output == "online_procedures.max_adoption = 0.9 (was 1)\n")
    #expect(shell.prompt == "aizu*> ")
    let row = shell.execute("freed 2030 Showa --format csv").output.split(separator: "\n")[2]
    let hours = try #require(Double(row.split(separator: ",")[5]))
    #expect(abs(hours - 0.9 * 51.232_852_765_240_54) < 1e-9)
    #expect(
      shell.execute("measures online_procedures").output.contains(
        "changed at the prompt: measure set online_procedures max_adoption 0.9"))
    _ = shell.execute("unset measures.online_procedures.max_adoption")
    #expect(shell.session.scenario.measure("online_procedures")?.maxAdoption == 1)
  }

  @Test("measure add adds a shared measure; save keeps it; drop removes it")
  func measureAddSaveDrop() throws {
    var shell = try makeShell()
    let add = shell.execute(
      """
      measure add joint_visits { name = "joint home visits", guideline = 10, kind = "hybrid", \
      adopters = { shared = ["Mishima", "Kaneyama", "Showa"] }, start = "R8", initial_cost_yen = 3_000_000, \
      savings = { hours = 200 } }
      """)
    #expect(add.errors.isEmpty)
    #expect(add.output == "added measure joint_visits\n")
    let joint = try #require(shell.session.scenario.measure("joint_visits"))
    #expect(joint.adopters == .shared(["三島町", "金山町", "昭和村"]))
    #expect(joint.start == 2026)
    #expect(
      shell.execute("freed 2030 Showa --format csv").output.contains(
        "昭和村,Showa,2030,joint_visits,1,200,"))
    #expect(shell.execute("save visits.toml").status == .success)
    let saved = try shell.session.fileSystem.read("visits.toml")
    // A measure added at the prompt gets its own header; toml++ gives its keys sorted.
    #expect(
      saved.contains(
        "[measures.joint_visits]\nadopters = { shared = [\"Mishima\", \"Kaneyama\", \"Showa\"] }\n"
      ))
    #expect(saved.contains("name = \"joint home visits\""))
    #expect(shell.session.scenario.measure("joint_visits")?.approach == .hybrid)
    // Added at the prompt after the save: drop removes it.
    _ = shell.execute(
      "measure add office_visits { name = \"o\", guideline = 1, kind = \"analog\", adopters = \"all\", start = 2030, savings = { hours = 1 } }"
    )
    #expect(
      shell.execute("measure drop office_visits").output
        == "dropped office_visits, added at the prompt\n")
    #expect(shell.session.scenario.measure("office_visits") == nil)
    // From a file: drop switches it off and it stays listed.
    #expect(
      shell.execute("measure drop joint_visits").output
        == "switched off joint_visits: max_adoption = 0 (was 1); it is in the scenario file, so it stays listed\n"
    )
    #expect(shell.session.scenario.measure("joint_visits")?.maxAdoption == 0)
  }

  @Test(
    "bad input gets a message naming the argument, with a suggestion",
    arguments: [
      (
        "measure set online_procedure max_adoption 1",
        "error: unknown measure 'online_procedure' (did you mean 'online_procedures'?)\n"
      ),
      (
        "measure set online_procedures max_adoptin 1",
        "error: unknown field 'max_adoptin' of a measure (did you mean 'max_adoption'?)\n"
      ),
      (
        "measure set online_procedures max_adoption 2",
        "error: measures.online_procedures.max_adoption: 2 is outside 0 to 1; expected a share (0.25 for 25%)\n"
      ),
      (
        "measure set shared_systems adopters [\"Aizuwakamatu\"]",
        "error: measures.shared_systems.adopters: unknown municipality 'Aizuwakamatu' (did you mean 'Aizuwakamatsu'?)\n"
      ),
      (
        "measure set online_procedures start 2019",
        "error: measures.online_procedures.start: year 2019 is before the base year 2020\n"
      ),
      (
        "measure add online_procedures { name = \"x\" }",
        "error: measure 'online_procedures' exists (change it with `measure set online_procedures FIELD VALUE`)\n"
      ),
      (
        "measure add bad.id { name = \"x\" }",
        "error: 'bad.id' is not a measure id (use letters, digits, _ and -, as in joint_visits)\n"
      ),
      (
        "measure add visits name=x",
        "error: measure add needs the measure as a table in { } (measure add visits { name = \"…\", guideline = 1, kind = \"digital\", … })\n"
      ),
      (
        "measure drp online_procedures",
        "error: unknown action 'drp' for measure (did you mean 'drop'?)\n"
      ),
      ("measure", "error: measure needs add, set or drop (see `help measure`)\n"),
      ("measures onlin", "error: unknown measure 'onlin' (did you mean 'online_procedures'?)\n"),
      (
        "services 2040 --categorie",
        "error: unknown option '--categorie' for services (did you mean '--categories'?)\n"
      ),
      ("freed 2010", "error: 2010 is before the base year 2020\n"),
      (
        "disaster Showa --frm",
        "error: unknown option '--frm' for disaster (did you mean '--from'?)\n"
      ),
      ("disaster 会津若松", "error: unknown municipality '会津若松' (did you mean '会津若松市'?)\n"),
    ])
  func badInput(line: String, message: String) throws {
    var shell = try makeShell()
    let outcome = shell.execute(line)
    #expect(outcome.status == .failure)
    #expect(outcome.errors == message)
    #expect(shell.session.overrides.isEmpty)
  }

  @Test(
    "every new command has help in both languages: usage, what it does, examples",
    arguments: ["measures", "measure", "freed", "services", "disaster"])
  func help(name: String) throws {
    for language in Language.allCases {
      var shell = try makeShell(language: language)
      let text = shell.execute("help \(name)").output
      let command = try #require(Command.all.first { $0.name == name })
      #expect(text.hasPrefix((language == .ja ? "使い方: " : "usage: ") + command.usage + "\n\n"))
      #expect(text.contains(language == .ja ? "\n例:\n  " : "\nexamples:\n  "))
      #expect(command.details.ja != command.details.en)
    }
  }

  @Test(
    "completion of the new commands",
    arguments: [
      ("mea", ["measures", "measure"]),
      ("measure ", ["add", "set", "drop"]),
      ("measure set on", ["online_procedures"]),
      ("measure set online_procedures max", ["max_adoption"]),
      (
        "measure drop gr",
        [
          "grassroots_audit", "grassroots_wildlife", "grassroots_parks", "grassroots_groundwater",
          "grassroots_risk", "grassroots_spread",
        ]
      ),
      ("measures sh", ["shared_systems"]),
      ("freed 2040 Sho", ["Showa"]),
      ("services 20", ["2025", "2030", "2035", "2040", "2050"]),
      ("services 2040 --c", ["--categories", "--columns"]),
      ("disaster Kita", ["Kitakata", "Kitashiobara"]),
      ("disaster --f", ["--from", "--format"]),
    ])
  func completion(line: String, expected: [String]) throws {
    #expect(try makeShell().completions(for: line).candidates == expected)
  }
}
