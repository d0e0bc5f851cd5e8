package io.otp.core.testing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import io.otp.core.json.OtpJson;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.quicktheories.core.Gen;

/**
 * The round trip every module's JSON types must survive through {@link OtpJson#standard()}: for the
 * realistic instances a generator makes, {@code read(write(x))} equals {@code x} and writing the value read
 * back gives byte-identical JSON (the output is deterministic).
 *
 * <p>The generator is checked for coverage too: over its examples, each JSON property of the type is
 * written at least once and each {@code Optional} one is also left out at least once, so that a generator
 * cannot silently leave an attribute untested.
 */
public final class JsonRoundTrips {

    private static final OtpJson JSON = OtpJson.standard();

    private JsonRoundTrips() {
    }

    /**
     * One dynamic test per registered type.
     *
     * @param generators generators of realistic instances by type; not null
     * @param examples examples per type
     * @return the tests, named by type
     */
    public static Stream<DynamicTest> everyType(Map<Class<?>, ? extends Gen<?>> generators, int examples) {
        return generators.entrySet().stream().map(e -> dynamicTest(e.getKey().getSimpleName(),
            () -> roundTrips(e.getKey(), e.getValue(), examples)));
    }

    /**
     * Checks one type.
     *
     * @param type the type; not null
     * @param values a generator of its instances; not null
     * @param examples how many
     * @param <T> the type
     * @throws JsonMappingException if Jackson has no serialiser for the type
     */
    @SuppressWarnings("unchecked")
    public static <T> void roundTrips(Class<T> type, Gen<?> values, int examples) throws JsonMappingException {
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
        qt().withExamples(examples).forAll((Gen<T>) values).checkAssert(value -> {
            String text = JSON.write(value);
            T back = JSON.read(text, type);
            assertThat(back).as("read(write(x)) for %s", text).isEqualTo(value);
            assertThat(JSON.write(back)).as("write(read(write(x)))").isEqualTo(text);
            assertThat(JSON.writeBytes(back)).as("bytes of write(read(write(x)))").isEqualTo(text.getBytes(UTF_8));
            assertThat(JSON.read(text.getBytes(UTF_8), type)).as("read from bytes").isEqualTo(value);
            if (!properties.isEmpty()) {
                JsonNode tree = JSON.read(text, JsonNode.class);
                properties.forEach(p -> (tree.has(p) ? written : leftOut).add(p));
            }
        });
        assertThat(written).as("the properties of %s its generator writes", type.getSimpleName())
            .containsAll(properties);
        assertThat(leftOut).as("the Optional properties of %s its generator also leaves out", type.getSimpleName())
            .containsAll(optional);
    }
}
