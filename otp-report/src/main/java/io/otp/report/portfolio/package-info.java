/**
 * The portfolio dashboard (cuadro de mando): {@link io.otp.report.portfolio.DashboardReport} draws a
 * {@link io.otp.kpi.portfolio.DashboardSnapshot} as one self-contained HTML page with the status heat map,
 * the SPI/CPI scatter, the budget execution bars, the top risks, the overdue actions and the roll-up
 * figures, plus standalone SVG charts, CSV and JSON.
 */
package io.otp.report.portfolio;
