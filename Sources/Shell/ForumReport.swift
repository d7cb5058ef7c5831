import Bilingual
import Rendering
import Simulation
import Words

/// The report `export FILE.html` writes for a forum: one self-contained page, in the
/// session's language, built from the same reports and charts the commands show.
///
/// The scenario and its changes; population and the 65+ share (lines for the region, bars
/// of the municipalities, the projection's table); staff supply and demand; face-to-face
/// hours per resident aged 65+ and the ledger; the 18 guidelines' verdicts with their
/// sentences; every assumption with its source, and the sources.
struct ForumReport {
  let session: Session
  /// The year of the tables and bars (the charts run from the base year to it).
  let year: Int

  typealias E = Words.Export

  var page: HTMLPage {
    let scenario = session.scenario
    let last = max(year, scenario.baseYear + 1)
    let ledger = session.ledger(through: last)
    let years = Array(scenario.baseYear...last)
    func lines(_ metric: Metric) -> LineChart.Localized {
      LineChartReport(
        scenario: scenario, ledger: ledger, metric: metric, years: years, municipalities: [],
        wareki: false
      ).chart
    }
    func bars(_ metric: Metric) -> BarChart.Localized {
      BarsReport(
        scenario: scenario, ledger: ledger, metric: metric, year: year, municipalities: []
      ).chart
    }
    let change = ChangeReport(
      scenario: scenario, ledger: ledger, metric: .population, from: scenario.baseYear,
      to: year, municipalities: [], relative: true
    ).chart
    let projection = ProjectionReport(
      scenario: scenario, projection: ledger.projection, years: [year], municipalities: [])
    let services = ServicesReport(
      scenario: scenario, ledger: ledger, years: [year], municipalities: [])

    var blocks: [HTMLPage.Block] = [
      .heading(E.scenarioHeading), .paragraph(ScenarioReport.summary(session)),
    ]
    if session.isModified {
      blocks += [
        .note(E.changesIntro(session.overrides.count)),
        .paragraph(LocalizedText(session.overrides.map(\.command).joined(separator: "\n"))),
      ]
    } else {
      blocks.append(.note(Words.Show.noUnsavedChanges))
    }
    blocks += [
      .heading(E.populationHeading), .lineChart(lines(.population)), .barChart(change),
      .lineChart(lines(.elderly_share)), .barChart(bars(.elderly_share)),
      .table(projection.report),
      .heading(E.staffHeading), .paragraph(E.staffIntro), .lineChart(supplyAndDemand(ledger)),
      .barChart(bars(.staff_per_1000)), .barChart(bars(.shortfall)),
      .heading(E.facetimeHeading), .paragraph(E.facetimeIntro),
      .lineChart(lines(.facetime_per_elderly)), .table(services.hours),
    ]
    if !scenario.guidelines.isEmpty,
      let verdicts = try? VerdictSentences(session: session, year: year).report
    {
      blocks += [.heading(E.guidelinesHeading), .paragraph(E.guidelinesIntro), .table(verdicts)]
    }
    blocks += [
      .heading(E.assumptionsHeading), .paragraph(E.assumptionsIntro),
      .table(ScenarioReport.assumptions(scenario)), .table(ScenarioReport.sources(scenario)),
    ]
    return HTMLPage(
      title: E.reportTitle(scenario.title),
      subtitle: [
        E.reportSubtitle(
          scenario: scenario.name, baseYear: scenario.baseYear, year: Year.label(year),
          version: AizuSimVersion.string)
      ],
      blocks: blocks)
  }

  /// The region's staff supply and demand over the years, two lines on one scale.
  private func supplyAndDemand(_ ledger: Ledger) -> LineChart.Localized {
    let scenario = session.scenario
    let years = Array(scenario.baseYear...max(year, scenario.baseYear + 1))
    let series: [(Metric, LocalizedText)] = [
      (.staff_supply, Words.Pictures.supply), (.staff_demand, Words.Pictures.demand),
    ]
    let points = series.map { metric, _ in
      years.compactMap { MetricPoint(metric, nil, in: $0, of: scenario, ledger: ledger) }
    }
    return LineChart.Localized(
      title: Words.Chart.title(
        Words.Pictures.supplyAndDemand, area: scenario.region,
        years: "\(years[0])–\(years[years.count - 1])"),
      unit: Words.Pictures.unit(of: .staff_supply),
      series: zip(series, points).map { entry, line in
        LineChart.Localized.Series(
          name: entry.1.map { $0 + (line.contains(where: \.isAssumption) ? "*" : "") },
          points: line.map {
            LineChart.Point(x: Double($0.year), y: $0.value, isAssumed: $0.isAssumption)
          })
      },
      ticks: LineChart.Tick.years(from: years[0], to: years[years.count - 1], wareki: false),
      notes: MetricPoint.notes(points.flatMap { $0 }, dated: true),
      data: Report(rows: points.flatMap { $0 }, columns: MetricPoint.columns))
  }
}

/// The 18 guidelines' verdicts in an area and year, each with the sentence that says why:
/// the `guidelines` table with `compare`'s verdict in words.
struct VerdictSentences {
  let report: Report

  init(session: Session, year: Int) throws(CommandError) {
    let guidelines = try GuidelineReport(session: session, year: year, municipality: nil)
    typealias G = Words.Guidelines
    let columns: [ReportColumn<Comparison>] = [
      .init(G.guideline, field: "guideline", isKey: true) { .integer($0.guideline.number) },
      .init(G.title, field: "title", alignment: .left) { .words($0.guideline.title) },
      .init(G.verdict, field: "option", alignment: .left) { comparison in
        comparison.verdict.winner.map { .words(Words.Verdict.option($0), value: $0.id) }
          ?? Report.Cell(display: LocalizedText("-"), value: .null)
      },
      .init(Words.Export.why, field: "sentence", alignment: .left) {
        .words(Words.Verdict.sentence($0.verdict))
      },
    ]
    let comparisons = guidelines.comparisons
    report = Report(
      title: G.listTitle(
        count: comparisons.count, area: guidelines.area.title, year: Year.label(year)),
      rows: comparisons, columns: columns,
      notes: comparisons.first.map {
        [G.ruleNote(maxUnreachedElderly: $0.rule.maxUnreachedElderly, costTie: $0.rule.costTie)]
      } ?? [])
  }
}
