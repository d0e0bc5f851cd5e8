package io.otp.kpi.json;

import io.otp.core.testing.JsonRoundTrips;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every JSON-capable public type of otp-kpi survives {@code OtpJson}: for realistic instances of each
 * type registered in {@link KpiJsonTypes#GENERATORS} (computed by the SDK where the type is a result),
 * {@code read(write(x))} equals {@code x}, writing the value read back gives byte-identical JSON, and over
 * the examples every JSON property is written and every {@code Optional} one also left out
 * ({@link JsonRoundTrips}).
 */
class KpiJsonRoundTripTest {

    /** Examples per registered type. */
    private static final int EXAMPLES = 150;

    @TestFactory
    Stream<DynamicTest> everyRegisteredTypeRoundTripsExactlyAndDeterministically() {
        return JsonRoundTrips.everyType(KpiJsonTypes.GENERATORS, EXAMPLES);
    }
}
