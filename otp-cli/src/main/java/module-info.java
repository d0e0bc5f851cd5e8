/**
 * The {@code otp} command-line tool: validates and evaluates tenders and analyses the sensitivity of
 * an evaluation from JSON and CSV files, for people and scripts that do not write Java.
 */
module io.otp.cli {
    requires io.otp.core;
    requires io.otp.scoring;
    requires io.otp.report;
    requires info.picocli;
    requires com.fasterxml.jackson.annotation;
    requires com.fasterxml.jackson.databind;

    exports io.otp.cli;
    exports io.otp.cli.input;

    opens io.otp.cli to info.picocli;
    opens io.otp.cli.input to com.fasterxml.jackson.databind;
}
