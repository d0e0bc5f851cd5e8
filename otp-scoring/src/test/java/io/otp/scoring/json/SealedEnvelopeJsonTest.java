package io.otp.scoring.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.json.OtpJson;
import io.otp.scoring.evaluation.Evaluation;
import io.otp.scoring.evaluation.SealedEnvelope;
import io.otp.scoring.testing.EvaluationGenerators;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * A stored sealed envelope whose value for a criterion is JSON {@code null} is refused with a violation
 * that names the value's path, the bid and the criterion, whether the envelope is read alone or inside an
 * evaluation, instead of a failure of the digest's computation.
 */
class SealedEnvelopeJsonTest {

    private static final OtpJson JSON = OtpJson.standard();

    /** An evaluation whose bids offer a warranty, so their envelopes carry a value besides the price. */
    private static final Evaluation WITH_WARRANTY = LongStream.range(0, 1_000)
        .mapToObj(seed -> EvaluationGenerators.run(EvaluationGenerators.fromSeed(seed), 1))
        .filter(e -> !e.bids().isEmpty() && JSON.write(e.bids().get(0).envelope()).contains("WARRANTY"))
        .findFirst().orElseThrow();

    @Test
    void aNullValueInAnEnvelopeIsRefusedNamingTheBidAndTheCriterion() {
        SealedEnvelope envelope = WITH_WARRANTY.bids().get(0).envelope();
        ObjectNode tree = (ObjectNode) JSON.mapper().valueToTree(envelope);
        ((ObjectNode) tree.get("values")).putNull("WARRANTY");

        ValidationException e = catchThrowableOfType(ValidationException.class,
            () -> JSON.read(tree.toString(), SealedEnvelope.class));

        assertThat(e.violations()).hasSize(1);
        Violation v = e.violations().get(0);
        assertThat(v.path()).isEqualTo("values.WARRANTY");
        assertThat(v.ruleId()).isEqualTo("OTP-REQUIRED");
        assertThat(v.message()).contains(envelope.bid().toString()).contains("WARRANTY")
            .doesNotContain("Cannot invoke").doesNotContain("null");
    }

    @Test
    void aNullValueInAnEnvelopeOfAStoredEvaluationIsRefusedAtItsPath() {
        JsonNode tree = JSON.mapper().valueToTree(WITH_WARRANTY);
        ((ObjectNode) tree.get("bids").get(0).get("envelope").get("values")).putNull("WARRANTY");

        ValidationException e = catchThrowableOfType(ValidationException.class,
            () -> JSON.read(tree.toString(), Evaluation.class));

        assertThat(e.violations()).extracting(Violation::path).containsExactly("bids[0].envelope.values.WARRANTY");
        assertThat(e.violations()).extracting(Violation::ruleId).containsExactly("OTP-REQUIRED");
    }

    @Test
    void anEnvelopeWithItsValuesStillReadsBack() {
        SealedEnvelope envelope = WITH_WARRANTY.bids().get(0).envelope();
        assertThat(JSON.read(JSON.write(envelope), SealedEnvelope.class)).isEqualTo(envelope);
    }
}
