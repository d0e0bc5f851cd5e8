package io.otp.ocds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.testing.FuzzChecks;
import io.otp.core.testing.JsonMutations;
import io.otp.core.testing.JsonMutations.Mutant;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Hostile and broken OCDS packages: valid release and record packages written by
 * {@link OcdsPackageWriter} are broken the ways {@link JsonMutations} knows (wrong kinds, missing and
 * duplicated properties, {@code 1E+1000000000}, {@code NaN}, 5,000 digits, nesting 10,000 deep, a
 * 10 MB string, invalid UTF-8, byte-order marks, truncation, flipped bytes) and imported with
 * {@link OcdsPackageReader}.
 *
 * <p>Each case is either read or rejected with the reader's documented {@link ValidationException},
 * whose violations name a path, a rule and a message; nothing else escapes, and each case finishes
 * within a second, a bound on robustness rather than a benchmark.
 *
 * <p>The number of cases is a fifth of the system property {@code otp.fuzz.cases} (default 5,000, so
 * 1,000 cases; the {@code fuzz} build profile runs 20,000). QuickTheories prints the seed of a failing
 * run; the failure message shows the mutation and the start of the package.
 */
class OcdsImportFuzzTest {

    private static final int CASES = Math.max(1, Integer.getInteger("otp.fuzz.cases", 5_000) / 5);

    private static final Duration BOUND = Duration.ofSeconds(1);

    /** Past this a case is abandoned as hanging, so that a hang fails the build instead of stalling it. */
    private static final Duration HANG = Duration.ofSeconds(20);

    @Test
    void mutatedPackagesAreImportedOrRejectedWithViolationsQuickly() {
        List<Package> packages = packages();
        for (Package p : packages) {
            // Valid to begin with, and every class the reader needs is loaded before a case is timed.
            assertThat(new OcdsPackageReader().readAll(new ByteArrayInputStream(p.bytes))).as(p.name).isNotEmpty();
        }
        qt().withExamples(CASES).withShrinkCycles(0).forAll(Generate.pick(packages), longs().all())
            .checkAssert(OcdsImportFuzzTest::importsOrRejects);
    }

    private static void importsOrRejects(Package p, long seed) {
        Mutant mutant = JsonMutations.mutate(p.bytes, seed);
        String input = p.name + " <- " + mutant + " [mutation seed " + seed + "]";
        assertTimeoutPreemptively(HANG, () -> importsOrRejects(mutant.bytes(), input),
            () -> "still running after " + HANG + ": " + input);
    }

    private static void importsOrRejects(byte[] bytes, String input) {
        long start = System.nanoTime();
        List<ImportedRelease> read = null;
        Throwable thrown = null;
        try {
            read = new OcdsPackageReader().readAll(new ByteArrayInputStream(bytes));
        } catch (Throwable t) {
            thrown = t;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (thrown != null) {
            for (Violation v : FuzzChecks.assertRefusedWithViolations(thrown, "importing", input)) {
                assertThat(v.message()).as("message of %s for %s", v, input).doesNotStartWith("io.otp.");
            }
        } else {
            assertThat(read).as("releases of %s", input).doesNotContainNull();
        }
        assertThat(took).as("time of %s", input).isLessThanOrEqualTo(BOUND);
    }

    /** Valid packages: every release of the fixture's process, its compiled release, its record. */
    private static List<Package> packages() {
        OcdsMapper mapper = new OcdsMapper(OcdsFixtures.settings());
        ContractingProcess process = OcdsFixtures.process();
        OcdsPackageWriter writer = new OcdsPackageWriter(OcdsFixtures.settings());
        ByteArrayOutputStream releases = new ByteArrayOutputStream();
        writer.writeReleasePackage(releases, mapper.releases(process).iterator());
        ByteArrayOutputStream compiled = new ByteArrayOutputStream();
        writer.writeReleasePackage(compiled, List.of(mapper.compiledRelease(process)).iterator());
        ByteArrayOutputStream record = new ByteArrayOutputStream();
        writer.writeRecordPackage(record, List.of(process).iterator());
        return List.of(new Package("release package", releases.toByteArray()),
            new Package("compiled release", compiled.toByteArray()),
            new Package("record package", record.toByteArray()));
    }


    /** A valid package and what it holds. */
    private static final class Package {
        final String name;
        final byte[] bytes;

        Package(String name, byte[] bytes) {
            this.name = name;
            this.bytes = bytes;
        }

        @Override
        public String toString() {
            return name + " (" + bytes.length + " bytes)";
        }
    }
}
