/**
 * The foundation of the reports people read: the report language ({@link io.otp.report.ReportLanguage}),
 * which formats money, numbers, percentages and dates and looks up the report texts, the status tones
 * shown by colour and text ({@link io.otp.report.StatusTone}), and markup escaping
 * ({@link io.otp.report.Markup}). The sub-packages write HTML ({@code html}), SVG charts ({@code svg})
 * and CSV ({@code csv}).
 */
package io.otp.report;
