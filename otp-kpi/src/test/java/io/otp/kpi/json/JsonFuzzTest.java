package io.otp.kpi.json;

import io.otp.core.testing.JsonFuzzer;
import io.otp.core.testing.JsonFuzzer.RoundTrip;
import io.otp.core.testing.JsonMutations;
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
 * says otherwise; each case is run by {@link JsonFuzzer}.
 */
class JsonFuzzTest {

    static final int DEFAULT_CASES = 5_000;

    @Test
    void everyPublicTypeReadsMutatedDocumentsOrRejectsThemWithViolationsQuickly() {
        Map<Class<?>, Gen<byte[]>> documents = JsonFuzzer.documentsOf(KpiJsonTypes.GENERATORS);
        JsonFuzzer.addEnums(documents, KpiJsonTypes.KPI.publicEnums());
        JsonFuzzer.run(documents, JsonFuzzer.cases(DEFAULT_CASES), RoundTrip.EQUAL_VALUE);
    }
}
