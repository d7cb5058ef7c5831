import Bilingual

extension LineChart {
  /// A line chart as a value, its words in both languages, rendered for an output's settings
  /// as a report is: lines for people, and the values as a table for programs.
  ///
  /// ```swift
  /// let chart = LineChart.Localized(
  ///   title: LocalizedText(ja: "人口", en: "Population"),
  ///   unit: LocalizedText(ja: "人", en: "persons"),
  ///   series: [.init(name: LocalizedText("昭和村 Showa"), points: points)],
  ///   ticks: ticks, data: report)
  /// chart.rendered(OutputSettings(language: .ja, width: 80))
  /// ```
  public struct Localized: Sendable, Equatable {
    /// One line: its name in both languages and its points.
    public struct Series: Sendable, Equatable {
      public var name: LocalizedText
      public var points: [Point]

      public init(name: LocalizedText, points: [Point]) {
        self.name = name
        self.points = points
      }
    }

    public var title: LocalizedText
    public var unit: LocalizedText?
    public var series: [Series]
    public var ticks: [Tick]
    public var style: ValueStyle
    /// Lines below the chart: what marks and dotted lines mean.
    public var notes: [LocalizedText]
    /// The values, for CSV and JSON.
    public var data: Report
    /// The lines of the plot in text output.
    public var height: Int
    /// The width of text output, when the caller chose one (`--width`); else the screen's.
    public var width: Int?

    /// The plot's height in text output when the caller does not choose one: with the title,
    /// axes, legend and a note it fits a 24-line terminal.
    public static let defaultHeight = 14

    public init(
      title: LocalizedText, unit: LocalizedText? = nil, series: [Series], ticks: [Tick],
      style: ValueStyle = .number, notes: [LocalizedText] = [], data: Report,
      height: Int = defaultHeight, width: Int? = nil
    ) {
      self.title = title
      self.unit = unit
      self.series = series
      self.ticks = ticks
      self.style = style
      self.notes = notes
      self.data = data
      self.height = height
      self.width = width
    }

    /// The chart with its words in `language`.
    public func chart(in language: Language) -> LineChart {
      LineChart(
        title: title.text(in: language), unit: unit?.text(in: language),
        series: series.map {
          LineChart.Series(name: $0.name.text(in: language), points: $0.points)
        },
        ticks: ticks, style: style)
    }

    /// The chart at its own width, else the settings' (80 when neither is known), with the
    /// notes wrapped to that width when one is known (a script's are not wrapped, as a
    /// table's are not), in the settings' language; for CSV and JSON, `data` in that format.
    public func rendered(_ settings: OutputSettings) -> String {
      guard !settings.format.isForPrograms else { return data.rendered(settings) }
      let known = width ?? settings.width
      let notes = notes.flatMap { $0.text(in: settings.language).lines(wrappedTo: known) }
      return chart(in: settings.language).rendered(width: known ?? 80, height: height)
        + notes.map { $0 + "\n" }.joined()
    }
  }
}
