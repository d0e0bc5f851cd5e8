/**
 * Evaluation of bids: formulas, scoring pipeline, abnormally low offers, ties and ranking (LCSP arts.
 * 145-150, RGLCAP art. 85).
 */
module io.otp.scoring {
    requires transitive io.otp.core;
    requires static org.immutables.value.annotations;

    exports io.otp.scoring;
    exports io.otp.scoring.abnormal;
    exports io.otp.scoring.abnormal.rules;
    exports io.otp.scoring.committee;
    exports io.otp.scoring.evaluation;
    exports io.otp.scoring.formula;
    exports io.otp.scoring.mcda;
    exports io.otp.scoring.priority;
    exports io.otp.scoring.ranking;
    exports io.otp.scoring.sensitivity;
    exports io.otp.scoring.spi;

    opens io.otp.scoring.abnormal to com.fasterxml.jackson.databind;
    opens io.otp.scoring.committee to com.fasterxml.jackson.databind;
    opens io.otp.scoring.evaluation to com.fasterxml.jackson.databind;
    opens io.otp.scoring.formula to com.fasterxml.jackson.databind;
    opens io.otp.scoring.priority to com.fasterxml.jackson.databind;
    opens io.otp.scoring.ranking to com.fasterxml.jackson.databind;
    opens io.otp.scoring.spi to com.fasterxml.jackson.databind;

    uses io.otp.scoring.spi.AbnormalityRule;
    uses io.otp.scoring.spi.ScoringFormula;

}
