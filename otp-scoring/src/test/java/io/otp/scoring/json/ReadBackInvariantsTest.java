package io.otp.scoring.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.json.OtpJson;
import io.otp.scoring.evaluation.EvaluationEvent;
import io.otp.scoring.ranking.RankedBid;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Numbers that the documentation bounds are checked when a value is read back, not only when the SDK
 * computes it: a ranking position below 1 and an event number below 1 in a stored document are refused
 * with the field's path and rule, whatever else the document holds.
 */
class ReadBackInvariantsTest {

    private static final OtpJson JSON = OtpJson.standard();

    @Test
    @SuppressWarnings("unchecked")
    void aRankingPositionBelowOneIsRefused() {
        refusesBelowOne((Gen<RankedBid>) ScoringJsonTypes.GENERATORS.get(RankedBid.class), RankedBid.class,
            "position", "OTP-POSITION");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEventNumberBelowOneIsRefused() {
        refusesBelowOne((Gen<EvaluationEvent>) ScoringJsonTypes.GENERATORS.get(EvaluationEvent.class),
            EvaluationEvent.class, "sequence", "OTP-SEQUENCE");
    }

    private static <T> void refusesBelowOne(Gen<T> values, Class<T> type, String field, String rule) {
        qt().withExamples(50).forAll(values, integers().between(-1_000, 0)).checkAssert((value, bad) -> {
            String valid = JSON.write(value);
            String broken = valid.replaceFirst("\"" + field + "\":\\d+", "\"" + field + "\":" + bad);
            assertThat(broken).as("the document has the field").isNotEqualTo(valid);
            assertThatThrownBy(() -> JSON.read(broken, type)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::path, Violation::ruleId)
                    .contains(org.assertj.core.groups.Tuple.tuple(field, rule)));
            assertThat(JSON.read(valid, type)).isEqualTo(value);
        });
    }
}
