package io.otp.scoring.json;

import io.otp.core.testing.JsonRoundTrips;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every JSON-capable public type of otp-scoring survives {@code OtpJson}: for the realistic instances of
 * {@link ScoringJsonTypes#GENERATORS} (results computed by the SDK from generated inputs),
 * {@code read(write(x))} equals {@code x}, writing the value read back gives byte-identical JSON, and over
 * the examples every JSON property is written and every {@code Optional} one also left out
 * ({@link JsonRoundTrips}).
 */
class ScoringJsonRoundTripTest {

    /** Examples per registered type. */
    private static final int EXAMPLES = 50;

    @TestFactory
    Stream<DynamicTest> everyRegisteredTypeRoundTripsExactlyAndDeterministically() {
        return JsonRoundTrips.everyType(ScoringJsonTypes.GENERATORS, EXAMPLES);
    }
}
