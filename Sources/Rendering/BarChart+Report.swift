import Bilingual

extension BarChart {
  /// A bar chart as a value, its words in both languages, rendered for an output's settings
  /// as a report is: bars for people, and the bars' values as a table for programs.
  ///
  /// The caller formats each bar's value (`35.3%`, `1,244`), so a share reads as a
  /// percentage and a count as a count:
  ///
  /// ```swift
  /// let chart = BarChart.Localized(
  ///   title: LocalizedText(ja: "高齢化率", en: "65+ share"),
  ///   bars: [BarChart.Bar(label: "2040", value: 0.353, display: "35.3%")],
  ///   data: Report(columns: []))
  /// chart.rendered(OutputSettings(language: .ja, width: 40))
  /// ```
  public struct Localized: Sendable, Equatable {
    public var title: LocalizedText
    /// The bars, top to bottom; labels are names and years, the same in both languages.
    public var bars: [Bar]
    /// Lines below the bars: what marks mean.
    public var notes: [LocalizedText]
    /// The bars' values, for CSV and JSON.
    public var data: Report
    /// The width of text output, when the caller chose one (`--width`); else the screen's.
    public var width: Int?

    public init(
      title: LocalizedText, bars: [Bar], notes: [LocalizedText] = [], data: Report,
      width: Int? = nil
    ) {
      self.title = title
      self.bars = bars
      self.notes = notes
      self.data = data
      self.width = width
    }

    /// The bars at their own width, else the settings' (80 columns when neither is known),
    /// with the notes wrapped to the settings' width, in the settings' language; for CSV and
    /// JSON, `data` in that format.
    public func rendered(_ settings: OutputSettings) -> String {
      guard !settings.format.isForPrograms else { return data.rendered(settings) }
      var chart = BarChart(title: title.text(in: settings.language), bars: [])
      chart.bars = bars
      let noteWidth = width ?? settings.width
      let notes = notes.flatMap { $0.text(in: settings.language).lines(wrappedTo: noteWidth) }
      return chart.rendered(width: width ?? settings.width ?? 80) + notes.map { $0 + "\n" }.joined()
    }
  }
}
