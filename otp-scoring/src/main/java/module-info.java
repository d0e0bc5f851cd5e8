/**
 * Evaluation of bids: formulas, scoring pipeline, abnormally low offers, ties and ranking (LCSP arts.
 * 145-150, RGLCAP art. 85).
 */
module io.otp.scoring {
    requires transitive io.otp.core;
    requires static org.immutables.value.annotations;

    exports io.otp.scoring;
    exports io.otp.scoring.mcda;
    exports io.otp.scoring.ranking;
    exports io.otp.scoring.sensitivity;

    opens io.otp.scoring.ranking to com.fasterxml.jackson.databind;
}
