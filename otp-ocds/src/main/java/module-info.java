/**
 * Open data: export and import of the Open Contracting Data Standard (OCDS 1.1) with the lots, bids,
 * awardCriteria and metrics extensions and the SDK's own extension for per-bid evaluation scores.
 */
module io.otp.ocds {
    requires transitive io.otp.core;
    requires transitive io.otp.scoring;
    requires transitive io.otp.kpi;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires static org.immutables.value.annotations;

    exports io.otp.ocds;

    opens io.otp.ocds to com.fasterxml.jackson.databind;
}
