package io.otp.core.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.money.Points;
import io.otp.core.testing.JsonFuzzer;
import io.otp.core.testing.JsonFuzzer.RoundTrip;
import io.otp.core.testing.JsonMutations;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Hostile and broken documents for every public JSON type of otp-core: valid documents written by
 * {@link OtpJson#standard()} are broken the ways {@link JsonMutations} knows (wrong kinds, missing and
 * duplicated properties, {@code 1E+1000000000}, {@code NaN}, 5,000 digits, nesting 10,000 deep, a
 * 10 MB string, invalid UTF-8, byte-order marks, truncation, flipped bytes) and read back.
 *
 * <p>Each case either reads a value that survives writing and reading again, or is rejected with a
 * {@code ValidationException} whose violations say where; nothing else escapes (no Jackson exception,
 * {@code NullPointerException}, {@code NumberFormatException}, {@code StackOverflowError} or
 * {@code OutOfMemoryError}), and each case finishes within a second, a bound on robustness rather
 * than a benchmark.
 *
 * <p>The number of cases is {@value #DEFAULT_CASES} unless the system property {@code otp.fuzz.cases}
 * says otherwise (the {@code fuzz} build profile runs 100,000); each case is run by {@link JsonFuzzer}.
 */
class JsonFuzzTest {

    static final int DEFAULT_CASES = 5_000;

    /** Types whose values hold a {@code BigDecimal} that a huge exponent could make slow to print. */
    private static final List<Class<?>> DECIMALS = List.of(Money.class, Points.class, Percentage.class);

    @Test
    void everyPublicTypeReadsMutatedDocumentsOrRejectsThemWithViolationsQuickly() {
        Map<Class<?>, Gen<byte[]>> documents = JsonFuzzer.documentsOf(EveryValueTypeRoundTripTest.GENERATORS);
        JsonFuzzer.addEnums(documents, SdkJsonTypes.CORE.publicEnums());
        int cases = JsonFuzzer.cases(DEFAULT_CASES);
        assertThat(JsonFuzzer.run(documents, cases, RoundTrip.EQUAL_VALUE)).as("mutated documents checked")
            .isGreaterThanOrEqualTo(JsonFuzzer.atLeast(cases));
    }

    @Test
    void extremeNumbersInEveryDecimalTypeAreReadOrRejectedQuickly() {
        List<String> numbers = List.of("1E+1000000000", "-1E+1000000000", "1E-1000000000", "-1E-1000000000",
            "1e400", "-1e400", "1e-400", "1e99", "1e100", "123456789012345678901234567890",
            "123456789012345678901234567890.12", "9".repeat(100), "9".repeat(101), "0." + "0".repeat(98) + "1",
            "1.0e2147483647", "1e-2147483648");
        for (Class<?> type : DECIMALS) {
            for (String number : numbers) {
                String json = type == Money.class ? "{\"amount\":" + number + ",\"currency\":\"EUR\"}" : number;
                JsonFuzzer.exactly(type, json.getBytes(UTF_8), type.getSimpleName() + " <- " + json, RoundTrip.EQUAL_VALUE);
            }
        }
    }
}
