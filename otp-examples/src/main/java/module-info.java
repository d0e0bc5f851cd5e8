/**
 * Runnable scenarios that show the OTP SDK end to end.
 */
module io.otp.examples {
    requires transitive io.otp.core;
    requires io.otp.codelists;
    requires io.otp.kpi;
    requires io.otp.ocds;
    requires java.management;
    requires io.otp.persistence.jdbc;
    requires io.otp.report;
    requires com.h2database;
    requires java.sql;
    requires io.otp.scoring;

    exports io.otp.examples;
}
