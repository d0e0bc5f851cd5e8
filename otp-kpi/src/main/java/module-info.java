/**
 * Execution tracking: earned value, earned schedule, milestone trends and KPI dashboards as data.
 */
module io.otp.kpi {
    requires transitive io.otp.core;
    requires static org.immutables.value.annotations;

    exports io.otp.kpi;
    exports io.otp.kpi.earning;
    exports io.otp.kpi.evm;
    exports io.otp.kpi.indicator;
    exports io.otp.kpi.portfolio;
    exports io.otp.kpi.schedule;
    exports io.otp.kpi.trend;

    opens io.otp.kpi.earning to com.fasterxml.jackson.databind;
    opens io.otp.kpi.evm to com.fasterxml.jackson.databind;
    opens io.otp.kpi.indicator to com.fasterxml.jackson.databind;
    opens io.otp.kpi.portfolio to com.fasterxml.jackson.databind;
    opens io.otp.kpi.schedule to com.fasterxml.jackson.databind;
    opens io.otp.kpi.trend to com.fasterxml.jackson.databind;
}
