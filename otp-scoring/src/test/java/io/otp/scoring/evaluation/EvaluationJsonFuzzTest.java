package io.otp.scoring.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.otp.core.json.OtpJson;
import io.otp.core.testing.JsonFuzzer;
import io.otp.core.testing.JsonFuzzer.RoundTrip;
import io.otp.core.testing.JsonMutations;
import io.otp.scoring.testing.EvaluationGenerators;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stored evaluations and their results are read back from documents a store, a file or another system
 * hands over: mutated ones (wrong kinds, missing and duplicated fields, extreme numbers, deep nesting,
 * huge strings, invalid UTF-8, byte-order marks, truncation, byte flips; see {@link JsonMutations}) are
 * read into a value whose JSON reads back to the same bytes, or refused with a {@code ValidationException}
 * whose violations name a rule and a message, each case within 1 s. An evaluation read back also keeps
 * its own checks: a sealed envelope whose digest does not match is refused.
 *
 * <p>The number of cases is {@value #DEFAULT_CASES} unless the system property {@code otp.fuzz.cases}
 * says otherwise (a tenth of it: the documents are large).
 */
class EvaluationJsonFuzzTest {

    static final int DEFAULT_CASES = 1_000;

    private static final int CASES = Math.max(DEFAULT_CASES, Integer.getInteger("otp.fuzz.cases", 0) / 10);

    private static final OtpJson JSON = OtpJson.standard();

    @Test
    void mutatedEvaluationsAndResultsAreReadOrRefusedWithViolationsQuickly() {
        List<Object> values = new ArrayList<>();
        qt().withExamples(12).forAll(EvaluationGenerators.scenarios()).checkAssert(s -> {
            Evaluation e = EvaluationFixtures.run(s);
            values.add(e);
            values.add(e.result());
        });
        values.addAll(EvaluationFixtures.byPhase().values());
        List<byte[]> documents = new ArrayList<>();
        values.forEach(v -> documents.add(JSON.writeBytes(v)));
        // every document reads back to the same JSON (this also loads the deserialisers before any case is timed)
        for (int i = 0; i < values.size(); i++) {
            assertThat(JSON.writeBytes(JSON.read(documents.get(i), typeOf(values.get(i))))).isEqualTo(documents.get(i));
        }
        qt().withExamples(CASES).withShrinkCycles(0)
            .forAll(integers().between(0, values.size() - 1), longs().all())
            .checkAssert((i, seed) -> JsonFuzzer.mutated(typeOf(values.get(i)), documents.get(i), seed,
                RoundTrip.SAME_BYTES));
    }

    private static Class<?> typeOf(Object value) {
        return value instanceof Evaluation ? Evaluation.class : EvaluationResult.class;
    }

}
