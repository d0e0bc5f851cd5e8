package io.otp.scoring.json;

import io.otp.core.testing.JsonFuzzer;
import io.otp.core.testing.JsonFuzzer.RoundTrip;
import io.otp.core.testing.JsonMutations;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Hostile and broken documents for every public JSON type of otp-scoring and its public enums: valid
 * documents of the values of {@link ScoringJsonTypes#GENERATORS}, written by {@code OtpJson.standard()},
 * are broken the ways {@link JsonMutations} knows (wrong kinds, missing and duplicated properties,
 * {@code 1E+1000000000}, {@code NaN}, 5,000 digits, nesting 10,000 deep, a 10 MB string, invalid UTF-8,
 * byte-order marks, truncation, flipped bytes) and read back.
 *
 * <p>Each case either reads a value that survives writing and reading again, or is refused with a
 * {@code ValidationException} whose violations say where; nothing else escapes (no Jackson exception,
 * {@code NullPointerException}, {@code NumberFormatException}, {@code ArithmeticException} or
 * {@code StackOverflowError}), and each case finishes within a second.
 *
 * <p>A value read must equal the value its own JSON reads back as ({@code RoundTrip.EQUAL_VALUE}),
 * except for the types of {@link ScoringJsonTypes#BARE_DECIMALS}: they hold a bare {@code BigDecimal},
 * which a document may write with an exponent ({@code 1E+1}) that {@code equals} tells apart from the
 * plain number the SDK writes back ({@code 10}), so for them the JSON written must be stable instead
 * ({@code RoundTrip.SAME_BYTES}). The cases are shared between the two groups in
 * proportion to their number of types.
 *
 * <p>The number of cases is {@value #DEFAULT_CASES} unless the system property {@code otp.fuzz.cases}
 * says otherwise; each case is run by {@link JsonFuzzer}.
 */
class JsonFuzzTest {

    static final int DEFAULT_CASES = 5_000;

    @Test
    void everyPublicTypeReadsMutatedDocumentsOrRefusesThemWithViolationsQuickly() {
        Map<Class<?>, Gen<?>> exact = new LinkedHashMap<>();
        Map<Class<?>, Gen<?>> bare = new LinkedHashMap<>();
        ScoringJsonTypes.GENERATORS.forEach((type, gen) ->
            (ScoringJsonTypes.BARE_DECIMALS.contains(type) ? bare : exact).put(type, gen));
        Map<Class<?>, Gen<byte[]>> exactDocuments = JsonFuzzer.documentsOf(exact);
        JsonFuzzer.addEnums(exactDocuments, ScoringJsonTypes.SCORING.publicEnums());
        Map<Class<?>, Gen<byte[]>> bareDocuments = JsonFuzzer.documentsOf(bare);
        int cases = JsonFuzzer.cases(DEFAULT_CASES);
        int bareCases = (int) ((long) cases * bareDocuments.size() / (bareDocuments.size() + exactDocuments.size()));
        JsonFuzzer.run(exactDocuments, cases - bareCases, RoundTrip.EQUAL_VALUE);
        JsonFuzzer.run(bareDocuments, bareCases, RoundTrip.SAME_BYTES);
    }
}
