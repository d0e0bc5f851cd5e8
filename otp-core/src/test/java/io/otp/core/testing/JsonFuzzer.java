package io.otp.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.json.OtpJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The fuzz case every module's JSON suite runs: a valid document of a type, broken the ways
 * {@link JsonMutations} knows, is read with {@link OtpJson#standard()}. It is either read into a value
 * that survives writing and reading again, or refused with a {@link ValidationException} whose violations
 * each name a path, a rule and a message (see {@link FuzzChecks}); nothing else escapes, and each case
 * finishes within {@link #BOUND}, a bound on robustness rather than a benchmark. A case still running after
 * {@link #HANG} is abandoned so that a hang fails the build instead of stalling it.
 *
 * <p>The number of cases is the suite's default unless the system property {@code otp.fuzz.cases} says
 * otherwise (the {@code fuzz} build profile runs 100,000); see {@link #cases(int)}. QuickTheories prints the
 * seed of a failing run; the failure message shows the type, the mutation and the start of the document.
 */
public final class JsonFuzzer {

    /** What any one case may take, reading and checking the value read included. */
    public static final Duration BOUND = Duration.ofSeconds(1);

    /** Past this a case is abandoned as hanging. */
    public static final Duration HANG = Duration.ofSeconds(20);

    private static final OtpJson JSON = OtpJson.standard();

    /** How a value read from a mutated document must survive writing and reading again. */
    public enum RoundTrip {
        /** {@code read(write(v))} equals {@code v}. */
        EQUAL_VALUE,
        /**
         * {@code write(read(write(v)))} is byte-identical to {@code write(v)}: for types whose decimals
         * may be read in a scale that {@code equals} tells apart ({@code 1E+5} and {@code 100000}) but
         * whose JSON is stable once written.
         */
        SAME_BYTES
    }

    private JsonFuzzer() {
    }

    /**
     * The number of cases a suite runs.
     *
     * @param defaultCases the suite's number in the default build
     * @return {@code otp.fuzz.cases} if set, else {@code defaultCases}
     */
    public static int cases(int defaultCases) {
        return Integer.getInteger("otp.fuzz.cases", defaultCases);
    }

    /**
     * How many of the cases asked a run must check: QuickTheories skips a generated example identical to one
     * it has already tried, so a few of the cases asked may not run, never more than one in a hundred.
     *
     * @param cases the cases asked
     * @return 99 % of them, rounded down
     */
    public static int atLeast(int cases) {
        return cases / 100 * 99 + cases % 100 * 99 / 100;
    }

    /**
     * Valid documents of each type: the values a generator makes, written as JSON.
     *
     * @param values generators by type; not null
     * @return generators of documents by type, in the same order
     */
    public static Map<Class<?>, Gen<byte[]>> documentsOf(Map<Class<?>, ? extends Gen<?>> values) {
        Map<Class<?>, Gen<byte[]>> out = new LinkedHashMap<>();
        values.forEach((type, gen) -> out.put(type, gen.map(v -> JSON.writeBytes(v))));
        return out;
    }

    /**
     * Adds a generator of every constant of each enum.
     *
     * @param documents where to add; modified
     * @param enumNames the enums' class names, e.g. from {@link JsonTypeScan#publicEnums()}
     */
    public static void addEnums(Map<Class<?>, Gen<byte[]>> documents, Iterable<String> enumNames) {
        for (String name : enumNames) {
            Class<?> type;
            try {
                type = Class.forName(name);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(name, e);
            }
            documents.put(type, Generate.pick(Arrays.asList(type.getEnumConstants())).map(v -> JSON.writeBytes(v)));
        }
    }

    /**
     * Runs mutated documents of randomly picked types, first reading two valid documents of every type so
     * that no case is timed while Jackson builds its deserialisers.
     *
     * @param documents valid documents by type; not null, not empty
     * @param cases how many mutated documents
     * @param roundTrip what a value read must survive
     * @return how many mutated documents were checked, so that a suite can tell that all of them ran
     */
    public static int run(Map<Class<?>, Gen<byte[]>> documents, int cases, RoundTrip roundTrip) {
        documents.forEach((type, docs) -> qt().withExamples(2).forAll(docs).checkAssert(bytes -> JSON.read(bytes, type)));
        List<Class<?>> types = new ArrayList<>(documents.keySet());
        Gen<Seed> seeds = Generate.pick(types).flatMap(type -> documents.get(type).map(bytes -> new Seed(type, bytes)));
        AtomicInteger checked = new AtomicInteger();
        qt().withExamples(cases).withShrinkCycles(0).forAll(seeds, longs().all())
            .checkAssert((seed, mutation) -> {
                mutated(seed.type, seed.bytes, mutation, roundTrip);
                checked.incrementAndGet();
            });
        return checked.get();
    }

    /**
     * One mutated case.
     *
     * @param type the type read; not null
     * @param valid a valid document of it; not null
     * @param mutation the mutation's seed
     * @param roundTrip what a value read must survive
     */
    public static void mutated(Class<?> type, byte[] valid, long mutation, RoundTrip roundTrip) {
        JsonMutations.Mutant mutant = JsonMutations.mutate(valid, mutation);
        exactly(type, mutant.bytes(), type.getSimpleName() + " <- " + mutant + " [mutation seed " + mutation + "]",
            roundTrip);
    }

    /**
     * One given document, read within the bounds.
     *
     * @param type the type read; not null
     * @param bytes the document; not null
     * @param input how the failure message names the case
     * @param roundTrip what a value read must survive
     * @return the value read, or null if the document was refused
     */
    public static Object exactly(Class<?> type, byte[] bytes, String input, RoundTrip roundTrip) {
        return assertTimeoutPreemptively(HANG, () -> readsOrRefuses(type, bytes, input, roundTrip),
            () -> "still running after " + HANG + ": " + input);
    }

    private static Object readsOrRefuses(Class<?> type, byte[] bytes, String input, RoundTrip roundTrip) {
        long start = System.nanoTime();
        Object value = null;
        Throwable thrown = null;
        try {
            value = JSON.read(bytes, type);
        } catch (Throwable t) {
            thrown = t;
        }
        Throwable notRoundTripped = null;
        Object back = null;
        byte[] written = null;
        byte[] rewritten = null;
        if (value != null) {
            try {
                // Printing a value read from a huge exponent must not hang either.
                value.toString();
                written = JSON.writeBytes(value);
                back = JSON.read(written, type);
                rewritten = JSON.writeBytes(back);
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
            if (roundTrip == RoundTrip.EQUAL_VALUE) {
                assertThat(back).as("read(write(read(x))) for %s", input).isEqualTo(value);
            } else {
                assertThat(rewritten).as("write(read(write(read(x)))) for %s", input).isEqualTo(written);
            }
        }
        assertThat(took).as("time of %s", input).isLessThanOrEqualTo(BOUND);
        return value;
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
