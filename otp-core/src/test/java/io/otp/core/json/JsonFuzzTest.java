package io.otp.core.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.otp.core.Violation;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.money.Points;
import io.otp.core.testing.FuzzChecks;
import io.otp.core.testing.JsonMutations;
import io.otp.core.testing.JsonMutations.Mutant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Hostile and broken documents for every public JSON type of otp-core: valid documents written by
 * {@link OtpJson#standard()} are broken the ways {@link JsonMutations} knows (wrong kinds, missing and
 * duplicated properties, {@code 1E+1000000000}, {@code NaN}, 5,000 digits, nesting 10,000 deep, a
 * 10 MB string, invalid UTF-8, byte-order marks, truncation, flipped bytes) and read back.
 *
 * <p>Each case either reads a value that survives writing and reading again, or is rejected with a
 * {@link ValidationException} whose violations say where; nothing else escapes (no Jackson exception,
 * {@code NullPointerException}, {@code NumberFormatException}, {@code StackOverflowError} or
 * {@code OutOfMemoryError}), and each case finishes within a second, a bound on robustness rather
 * than a benchmark.
 *
 * <p>The number of cases is {@value #DEFAULT_CASES} unless the system property {@code otp.fuzz.cases}
 * says otherwise (the {@code fuzz} build profile runs 100,000). QuickTheories prints the seed of a
 * failing run; the failure message shows the type, the mutation and the start of the document.
 */
class JsonFuzzTest {

    static final int DEFAULT_CASES = 5_000;

    private static final int CASES = Integer.getInteger("otp.fuzz.cases", DEFAULT_CASES);

    /** What any one case may take, reading and checking the value read included. */
    private static final Duration BOUND = Duration.ofSeconds(1);

    /** Past this a case is abandoned as hanging, so that a hang fails the build instead of stalling it. */
    private static final Duration HANG = Duration.ofSeconds(20);

    private static final OtpJson JSON = OtpJson.standard();

    /** Types whose values hold a {@code BigDecimal} that a huge exponent could make slow to print. */
    private static final List<Class<?>> DECIMALS = List.of(Money.class, Points.class, Percentage.class);

    @Test
    void everyPublicTypeReadsMutatedDocumentsOrRejectsThemWithViolationsQuickly() {
        Map<Class<?>, Gen<byte[]>> documents = documents();
        // Loads each type's deserialisers before any case is timed.
        documents.forEach((type, docs) -> qt().withExamples(2).forAll(docs).checkAssert(bytes -> JSON.read(bytes, type)));
        Gen<Seed> seeds = Generate.pick(new ArrayList<>(documents.keySet()))
            .flatMap(type -> documents.get(type).map(bytes -> new Seed(type, bytes)));
        qt().withExamples(CASES).withShrinkCycles(0).forAll(seeds, longs().all())
            .checkAssert(JsonFuzzTest::readsOrRejects);
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
                readsOrRejects(new Seed(type, json.getBytes(UTF_8)), null);
            }
        }
    }

    // ------------------------------------------------------------------ one case

    private static void readsOrRejects(Seed seed, Long mutation) {
        Mutant mutant = mutation == null ? null : JsonMutations.mutate(seed.bytes, mutation);
        byte[] bytes = mutant == null ? seed.bytes : mutant.bytes();
        String input = seed.type.getSimpleName() + " <- "
            + (mutant == null ? JsonMutations.abbreviate(bytes) : mutant + " [mutation seed " + mutation + "]");
        assertTimeoutPreemptively(HANG, () -> readsOrRejects(seed.type, bytes, input),
            () -> "still running after " + HANG + ": " + input);
    }

    private static void readsOrRejects(Class<?> type, byte[] bytes, String input) {
        long start = System.nanoTime();
        Object value = null;
        Throwable thrown = null;
        try {
            value = JSON.read(bytes, type);
        } catch (Throwable t) {
            thrown = t;
        }
        Object back = null;
        Throwable notRoundTripped = null;
        if (value != null) {
            try {
                // Printing a value read from a huge exponent must not hang either.
                value.toString();
                back = JSON.read(JSON.writeBytes(value), type);
            } catch (Throwable t) {
                notRoundTripped = t;
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (thrown != null) {
            for (Violation v : FuzzChecks.assertRefusedWithViolations(thrown, "reading", input)) {
                // The empty path is the document itself ("$" in messages); others name a property.
                assertThat(v.path()).as("path of %s for %s", v, input).doesNotStartWith(".").doesNotEndWith(".");
            }
        } else {
            if (notRoundTripped != null) {
                fail("the value read from " + input + "\ndoes not survive writing and reading: "
                    + FuzzChecks.stackTrace(notRoundTripped));
            }
            assertThat(back).as("read(write(read(x))) for %s", input).isEqualTo(value);
        }
        assertThat(took).as("time of %s", input).isLessThanOrEqualTo(BOUND);
    }

    // ------------------------------------------------------------------ inputs

    /** Valid documents of every registered type and every public enum. */
    private static Map<Class<?>, Gen<byte[]>> documents() {
        Map<Class<?>, Gen<byte[]>> out = new LinkedHashMap<>();
        EveryValueTypeRoundTripTest.GENERATORS.forEach((type, values) -> out.put(type, values.map(JSON::writeBytes)));
        for (String name : SdkJsonTypes.publicEnums()) {
            Class<?> type = load(name);
            out.put(type, Generate.pick(Arrays.asList(type.getEnumConstants())).map(JSON::writeBytes));
        }
        return out;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name, e);
        }
    }


    /** A valid document and its type. */
    private static final class Seed {
        final Class<?> type;
        final byte[] bytes;

        Seed(Class<?> type, byte[] bytes) {
            this.type = type;
            this.bytes = bytes;
        }

        @Override
        public String toString() {
            return type.getSimpleName() + " " + JsonMutations.abbreviate(bytes);
        }
    }
}
