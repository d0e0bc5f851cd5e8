/**
 * The foundation of the reports people read: what every report gives ({@link io.otp.report.Report}: its
 * page as HTML, its charts as {@link io.otp.report.Chart}, its tables as {@link io.otp.report.CsvTable}
 * and its data as JSON), the report language ({@link io.otp.report.ReportLanguage}), which formats money,
 * numbers, percentages and dates and looks up the report texts, the status tones shown by colour and text
 * ({@link io.otp.report.StatusTone}), and markup escaping ({@link io.otp.report.Markup}). The reports are
 * in the sub-packages {@code evaluation}, {@code project} and {@code portfolio}; the HTML, SVG and CSV
 * writers behind them are in {@code internal}, which the module does not export.
 */
package io.otp.report;
