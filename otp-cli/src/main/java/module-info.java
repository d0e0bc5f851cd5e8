/**
 * The {@code otp} command-line tool: the SDK from files and scripts, without writing Java, and the
 * office's scenario end to end with {@code otp demo}.
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
    requires com.h2database;
    requires com.fasterxml.jackson.databind;
    requires info.picocli;

    exports io.otp.cli;

    opens io.otp.cli to info.picocli;
}
