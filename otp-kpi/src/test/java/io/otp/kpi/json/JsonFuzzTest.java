package io.otp.kpi.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.json.OtpJson;
import io.otp.core.testing.JsonFuzzer;
import io.otp.core.testing.JsonFuzzer.RoundTrip;
import io.otp.core.testing.JsonMutations;
import io.otp.kpi.json.PlainDecimalsThroughJsonTest.Case;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Hostile and broken documents for every public JSON type of otp-kpi and its public enums: valid
 * documents of {@link KpiJsonTypes#GENERATORS} written by {@code OtpJson.standard()} (KPI definitions,
 * series and measurements, earned-value and earned-schedule figures, milestone trend analyses, portfolios,
 * roll-ups and dashboard snapshots) are broken the ways {@link JsonMutations} knows (wrong kinds, missing
 * and duplicated properties, extreme numbers, deep nesting, huge strings, invalid UTF-8, byte-order marks,
 * truncation, flipped bytes) and read back.
 *
 * <p>Each case either reads a value that survives writing and reading again ({@code read(write(v))} equals
 * {@code v}), or is refused with a {@code ValidationException} whose violations name a path, a rule and a
 * message; nothing else escapes, and each case finishes within a second.
 *
 * <p>The number of cases is {@value #DEFAULT_CASES} unless the system property {@code otp.fuzz.cases}
 * says otherwise; each case is run by {@link JsonFuzzer}. Extreme numbers ({@code 1E+1000000000},
 * {@code 1e400}, 101 digits, {@code 0E-1000}...) are also put in every decimal attribute of the module's
 * value types, each read or refused within the same bounds.
 */
class JsonFuzzTest {

    static final int DEFAULT_CASES = 5_000;

    private static final OtpJson JSON = OtpJson.standard();

    @Test
    void everyPublicTypeReadsMutatedDocumentsOrRejectsThemWithViolationsQuickly() {
        Map<Class<?>, Gen<byte[]>> documents = JsonFuzzer.documentsOf(KpiJsonTypes.GENERATORS);
        JsonFuzzer.addEnums(documents, KpiJsonTypes.KPI.publicEnums());
        int cases = JsonFuzzer.cases(DEFAULT_CASES);
        assertThat(JsonFuzzer.run(documents, cases, RoundTrip.EQUAL_VALUE)).as("mutated documents checked")
            .isGreaterThanOrEqualTo(JsonFuzzer.atLeast(cases));
    }

    @Test
    void extremeNumbersInEveryDecimalAttributeAreReadOrRejectedQuickly() {
        List<String> numbers = List.of("1E+1000000000", "-1E+1000000000", "1E-1000000000", "-1E-1000000000",
            "1e400", "-1e400", "1e-400", "1e99", "1e100", "-1e99", "123456789012345678901234567890",
            "123456789012345678901234567890.12", "9".repeat(100), "9".repeat(101), "0." + "0".repeat(98) + "1",
            "1.0e2147483647", "1e-2147483648", "0E-1000", "0E+1000", "-0.0");
        for (Case c : PlainDecimalsThroughJsonTest.CASES) {
            qt().withExamples(3).forAll(KpiJsonTypes.GENERATORS.get(c.type)).checkAssert(value -> {
                String valid = JSON.write(value);
                for (String number : numbers) {
                    String json = PlainDecimalsThroughJsonTest.withNumber(valid, c.field, number);
                    JsonFuzzer.exactly(c.type, json.getBytes(UTF_8), c.type.getSimpleName() + "." + c.field + " <- "
                        + number, RoundTrip.EQUAL_VALUE);
                }
            });
        }
    }
}
