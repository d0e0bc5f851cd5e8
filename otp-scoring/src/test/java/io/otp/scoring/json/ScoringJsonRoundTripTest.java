package io.otp.scoring.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import io.otp.core.json.OtpJson;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;

/**
 * Every JSON-capable public type of otp-scoring survives {@link OtpJson}: for the realistic instances
 * of {@link ScoringJsonTypes#GENERATORS} (results computed by the SDK from generated inputs),
 * {@code read(write(x))} equals {@code x}, and writing the value read back gives byte-identical JSON
 * (the output is deterministic).
 *
 * <p>The generators are also checked for coverage: over the examples of a type, each of its JSON
 * properties was written at least once, and each {@code Optional} one was also left out at least once,
 * so that a generator cannot silently leave an attribute untested.
 */
class ScoringJsonRoundTripTest {

    /** Examples per registered type. */
    private static final int EXAMPLES = 50;

    private static final OtpJson JSON = OtpJson.standard();

    @TestFactory
    Stream<DynamicTest> everyRegisteredTypeRoundTripsExactlyAndDeterministically() {
        return ScoringJsonTypes.GENERATORS.entrySet().stream().map(e -> dynamicTest(e.getKey().getSimpleName(),
            () -> roundTrips(e.getKey(), e.getValue())));
    }

    @SuppressWarnings("unchecked")
    private static <T> void roundTrips(Class<T> type, Gen<?> values) throws Exception {
        Set<String> written = new TreeSet<>();
        Set<String> leftOut = new TreeSet<>();
        Set<String> properties = new TreeSet<>();
        Set<String> optional = new TreeSet<>();
        JsonSerializer<Object> serializer = JSON.mapper().getSerializerProviderInstance().findValueSerializer(type);
        for (Iterator<PropertyWriter> it = serializer.properties(); it.hasNext();) {
            PropertyWriter p = it.next();
            properties.add(p.getName());
            if (p.getType().getRawClass() == Optional.class) {
                optional.add(p.getName());
            }
        }
        qt().withExamples(EXAMPLES).forAll((Gen<T>) values).checkAssert(value -> {
            String text = JSON.write(value);
            T back = JSON.read(text, type);
            assertThat(back).as("read(write(x)) for %s", text).isEqualTo(value);
            assertThat(JSON.write(back)).as("write(read(write(x)))").isEqualTo(text);
            assertThat(JSON.writeBytes(back)).as("bytes of write(read(write(x)))").isEqualTo(text.getBytes(UTF_8));
            JsonNode tree = JSON.read(text, JsonNode.class);
            properties.forEach(p -> (tree.has(p) ? written : leftOut).add(p));
        });
        assertThat(properties).as("the JSON properties of %s", type.getSimpleName()).isNotEmpty();
        assertThat(written).as("the properties of %s its generator writes", type.getSimpleName())
            .containsAll(properties);
        assertThat(leftOut).as("the Optional properties of %s its generator also leaves out", type.getSimpleName())
            .containsAll(optional);
    }
}
