/**
 * Reports people read: self-contained HTML documents with inline SVG charts, numbers, money and dates
 * formatted for Spanish or English readers, and CSV export (RFC 4180). Every report is a
 * {@link io.otp.report.Report}; the HTML, SVG and CSV writers behind them are internal.
 */
module io.otp.report {
    requires transitive io.otp.core;
    requires transitive io.otp.scoring;
    requires transitive io.otp.kpi;
    requires org.apache.commons.csv;

    exports io.otp.report;
    exports io.otp.report.evaluation;
    exports io.otp.report.portfolio;
    exports io.otp.report.project;
}
