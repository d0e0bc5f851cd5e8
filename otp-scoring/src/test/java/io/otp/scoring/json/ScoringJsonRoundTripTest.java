package io.otp.scoring.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.json.OtpJson;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;

/**
 * Every JSON-capable public type of otp-scoring survives {@link OtpJson}: for the realistic instances
 * of {@link ScoringJsonTypes#GENERATORS} (results computed by the SDK from generated inputs),
 * {@code read(write(x))} equals {@code x}, and writing the value read back gives byte-identical JSON
 * (the output is deterministic).
 */
class ScoringJsonRoundTripTest {

    /** Examples per registered type. */
    private static final int EXAMPLES = 100;

    private static final OtpJson JSON = OtpJson.standard();

    @TestFactory
    Stream<DynamicTest> everyRegisteredTypeRoundTripsExactlyAndDeterministically() {
        return ScoringJsonTypes.GENERATORS.entrySet().stream().map(e -> dynamicTest(e.getKey().getSimpleName(),
            () -> roundTrips(e.getKey(), e.getValue())));
    }

    @SuppressWarnings("unchecked")
    private static <T> void roundTrips(Class<T> type, Gen<?> values) {
        qt().withExamples(EXAMPLES).forAll((Gen<T>) values).checkAssert(value -> {
            String text = JSON.write(value);
            T back = JSON.read(text, type);
            assertThat(back).as("read(write(x)) for %s", text).isEqualTo(value);
            assertThat(JSON.write(back)).as("write(read(write(x)))").isEqualTo(text);
            assertThat(JSON.writeBytes(back)).as("bytes of write(read(write(x)))").isEqualTo(text.getBytes(UTF_8));
        });
    }
}
