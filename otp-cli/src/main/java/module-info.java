/**
 * The {@code otp} command-line tool: validates and evaluates tenders, analyses the sensitivity of an
 * evaluation, computes KPIs, builds dashboards and exchanges OCDS data from JSON and CSV files, for
 * people and scripts that do not write Java, and runs the office's scenario end to end with
 * {@code otp demo}.
 */
module io.otp.cli {
    requires io.otp.core;
    requires io.otp.scoring;
    requires io.otp.kpi;
    requires io.otp.report;
    requires io.otp.ocds;
    requires io.otp.persistence;
    requires io.otp.persistence.jdbc;
    requires io.otp.examples;
    requires org.apache.commons.csv;
    requires com.h2database;
    requires info.picocli;
    requires com.fasterxml.jackson.annotation;
    requires com.fasterxml.jackson.databind;

    exports io.otp.cli;
    exports io.otp.cli.input;

    opens io.otp.cli to info.picocli;
    opens io.otp.cli.input to com.fasterxml.jackson.databind;
}
