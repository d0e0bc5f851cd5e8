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

    provides io.otp.scoring.spi.AbnormalityRule with
        io.otp.scoring.internal.abnormal.Rglcap85Rule,
        io.otp.scoring.internal.abnormal.PriceBelowMeanRule,
        io.otp.scoring.internal.abnormal.PliegoRuleEvaluator;
    provides io.otp.scoring.spi.ScoringFormula with
        io.otp.scoring.internal.formula.InverseProportional,
        io.otp.scoring.internal.formula.LinearDiscount,
        io.otp.scoring.internal.formula.ProportionalCorrected,
        io.otp.scoring.internal.formula.Kinked,
        io.otp.scoring.internal.formula.Power,
        io.otp.scoring.internal.formula.Satiety,
        io.otp.scoring.internal.formula.RelativeToLowest,
        io.otp.scoring.internal.formula.LinearBounds,
        io.otp.scoring.internal.formula.YesNo;
}
