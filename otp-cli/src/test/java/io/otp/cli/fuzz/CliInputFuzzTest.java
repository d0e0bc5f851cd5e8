package io.otp.cli.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.otp.cli.Otp;
import io.otp.cli.fuzz.InputMutator.Kind;
import io.otp.cli.fuzz.InputMutator.Mutant;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import picocli.CommandLine;

/**
 * Fuzzes what the {@code otp} command reads: the shipped examples (the tender, the evaluation document,
 * the criteria and bids CSV pair, the KPI series in CSV) mutated by {@link InputMutator}, each run
 * in-process. Whatever the input, the command ends with exit code 0 or 1 (never 3, never an uncaught
 * exception or a stack trace), a rejection is one message naming the file and where in it, a case takes
 * less than a second, and nothing is written outside the {@code --out} directory.
 *
 * <p>{@value #DEFAULT_CASES} cases in all by default; {@code -Dotp.fuzz.cases=N} (the Maven profile
 * {@code fuzz}) runs more, {@code -Dotp.fuzz.seed=S} replays a run.
 */
class CliInputFuzzTest {

    /** Cases across the four tests of a default build. */
    static final int DEFAULT_CASES = 5_000;

    private static final int CASES = Integer.getInteger("otp.fuzz.cases", DEFAULT_CASES);
    private static final Long SEED = Long.getLong("otp.fuzz.seed");
    private static final Path EXAMPLES = Path.of("..", "examples");
    /** A robustness bound, not a benchmark: no input may keep the command busy for a second. */
    private static final Duration BOUND = Duration.ofSeconds(1);
    /** Beyond this a case is a hang: the test fails instead of waiting for it. */
    private static final Duration HANG = Duration.ofSeconds(30);
    /** Untimed runs before the cases. */
    private static final int WARM_UP = 5;
    /**
     * Where a message says the place in the file: a line, a byte, a JSON path, a bid, or, for what is
     * missing from the whole file, what is missing.
     */
    private static final Pattern WHERE = Pattern.compile(
        "line \\d+|byte #?\\d+|, at [^\\]]+\\]|bid \\S+|^\\S+: [\\w.\\[\\]]+: the number|missing the|no period rows|the CSV file is empty");
    /** The mutations and how often each is drawn: the 10 MB and 10,000-deep ones are rarer, being slower. */
    private static final List<Kind> KINDS = weighted();

    private static ExecutorService executor;
    /** The thread the cases run on, whose stack a hang reports. */
    private static volatile Thread worker;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startExecutor() {
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "otp-fuzz");
            t.setDaemon(true);
            worker = t;
            return t;
        });
    }

    @AfterAll
    static void stopExecutor() {
        executor.shutdownNow();
    }

    /** What one case runs. */
    record Case(String description, String command, List<String> args, List<Path> inputs, Path out) {
    }

    /** What one case did. */
    record Outcome(int exitCode, String out, String err, Throwable thrown, Duration took) {
    }

    @Test
    void mutatedTendersAreValidatedOrRejectedCleanly() {
        byte[] valid = example("tender.json");
        fuzz(CASES * 3 / 10, (dir, kind, seed) -> {
            Mutant m = InputMutator.json(valid, kind, seed);
            Path file = write(dir.resolve("tender.json"), m.bytes());
            return new Case(m.toString(), "validate", List.of("validate", file.toString(), "--date", "2026-03-02"),
                List.of(file), null);
        });
    }

    @Test
    void mutatedEvaluationDocumentsAreEvaluatedOrRejectedCleanly() {
        byte[] valid = example("evaluation.json");
        fuzz(CASES / 4, (dir, kind, seed) -> {
            Mutant m = InputMutator.json(valid, kind, seed);
            Path file = write(dir.resolve("evaluation.json"), m.bytes());
            Path out = dir.resolve("out");
            return new Case(m.toString(), "evaluate", List.of("evaluate", file.toString(), "--format", format(seed),
                "--out", out.toString()), List.of(file), out);
        });
    }

    @Test
    void mutatedCsvPairsAreEvaluatedOrRejectedCleanly() {
        byte[] criteria = example("criteria.csv");
        byte[] bids = example("bids.csv");
        fuzz(CASES / 4, (dir, kind, seed) -> {
            boolean mutateCriteria = (seed & 1) == 0;
            Mutant m = InputMutator.csv(mutateCriteria ? criteria : bids, kind, seed);
            Path c = write(dir.resolve("criteria.csv"), mutateCriteria ? m.bytes() : criteria);
            Path b = write(dir.resolve("bids.csv"), mutateCriteria ? bids : m.bytes());
            Path out = dir.resolve("out");
            return new Case((mutateCriteria ? "criteria.csv " : "bids.csv ") + m, "evaluate",
                List.of("evaluate", "--criteria", c.toString(), "--bids", b.toString(), "--budget", "100000",
                    "--format", format(seed), "--out", out.toString()), List.of(c, b), out);
        });
    }

    @Test
    void mutatedKpiSeriesAreComputedOrRejectedCleanly() {
        byte[] valid = example("kpi/service-desk-evm.csv");
        fuzz(CASES - CASES * 3 / 10 - 2 * (CASES / 4), (dir, kind, seed) -> {
            Mutant m = InputMutator.csv(valid, kind, seed);
            Path file = write(dir.resolve("series.csv"), m.bytes());
            return new Case(m.toString(), "kpi", List.of("kpi", file.toString(), "--format",
                (seed & 1) == 0 ? "csv" : "table"), List.of(file),
                null);
        });
    }

    /** Makes the case of one mutation inside its own directory. */
    @FunctionalInterface
    interface CaseFactory {
        Case make(Path dir, Kind kind, long seed);
    }

    private void fuzz(int cases, CaseFactory factory) {
        Path cwd = Path.of("").toAbsolutePath();
        Set<String> cwdBefore = listing(cwd);
        // The first runs load the SDK's classes and compile its hot paths: they are not timed.
        for (int i = 0; i < WARM_UP; i++) {
            run(factory.make(directory("warm-up-" + i), Kind.WRONG_TYPE, i));
        }
        AtomicInteger n = new AtomicInteger();
        Gen<Kind> kinds = Generate.pick(KINDS);
        var theory = SEED == null ? qt() : qt().withFixedSeed(SEED);
        theory.withExamples(cases).withShrinkCycles(0).forAll(kinds, longs().all()).checkAssert((kind, seed) -> {
            Path dir = directory("case-" + n.incrementAndGet());
            Case c = factory.make(dir, kind, seed);
            Outcome o = run(c);
            check(c, o, dir);
            delete(dir);
        });
        assertThat(n.get()).isEqualTo(cases);
        assertThat(listing(cwd)).as("files in the working directory").isEqualTo(cwdBefore);
    }

    private static void check(Case c, Outcome o, Path dir) {
        String what = c.description() + "\n--- stderr:\n" + abbreviate(o.err()) + "\n--- stdout:\n" + abbreviate(o.out());
        assertThat(o.thrown()).as("uncaught exception: " + what).isNull();
        assertThat(o.exitCode()).as("exit code: " + what).isIn(Otp.EXIT_OK, Otp.EXIT_INVALID_INPUT);
        assertThat(o.err()).as("a stack trace or an internal error: " + what)
            .doesNotContain("\tat ", "internal error");
        assertThat(o.took()).as("time: " + what).isLessThan(BOUND);
        if (o.exitCode() == Otp.EXIT_INVALID_INPUT) {
            List<String> names = c.inputs().stream().map(Path::toString).toList();
            if (o.err().isEmpty()) {
                // otp validate reports the legal rules a readable tender breaks on stdout: its report, exit 1.
                assertThat(c.command()).as("exit 1 without a message: " + what).isEqualTo("validate");
                List<String> lines = o.out().lines().toList();
                assertThat(lines.get(0)).as(what).startsWith(names.get(0) + ": ").contains("violation");
                assertThat(lines.subList(1, lines.size())).as(what).isNotEmpty()
                    .allSatisfy(l -> assertThat(l).matches("  \\S.*  \\[[^\\]]+\\]  .+"));
            } else {
                assertThat(o.err().lines()).as("one message per problem, naming the file and where: " + what)
                    .allSatisfy(l -> {
                        assertThat(names).anySatisfy(name -> assertThat(l).startsWith(name + ": "));
                        assertThat(WHERE.matcher(l).find()).as(l).isTrue();
                    });
            }
        }
        List<Path> written = files(dir).stream().filter(f -> !c.inputs().contains(f)).toList();
        assertThat(written).as("files written outside --out: " + what)
            .allSatisfy(f -> assertThat(c.out() != null && f.startsWith(c.out())).as(f.toString()).isTrue());
    }

    private static Outcome run(Case c) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Future<Outcome> running = executor.submit(() -> {
            CommandLine cl = Otp.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            long start = System.nanoTime();
            try {
                int code = cl.execute(c.args().toArray(String[]::new));
                return new Outcome(code, out.toString(), err.toString(), null, Duration.ofNanos(System.nanoTime() - start));
            } catch (RuntimeException | Error e) {
                return new Outcome(-1, out.toString(), err.toString(), e, Duration.ofNanos(System.nanoTime() - start));
            }
        });
        try {
            return running.get(HANG.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            StringBuilder stack = new StringBuilder();
            for (StackTraceElement frame : worker.getStackTrace()) {
                stack.append("\n\tat ").append(frame);
            }
            running.cancel(true);
            // A hung case keeps its thread; the next cases need a fresh one.
            executor.shutdownNow();
            startExecutor();
            throw new AssertionError("hangs (more than " + HANG + "): " + c.description() + stack, e);
        } catch (ExecutionException e) {
            throw new AssertionError(c.description(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(c.description(), e);
        }
    }

    private static List<Kind> weighted() {
        List<Kind> kinds = new ArrayList<>();
        for (Kind k : Kind.values()) {
            int weight = k == Kind.HUGE_STRING || k == Kind.DEEP_NESTING ? 1 : 20;
            for (int i = 0; i < weight; i++) {
                kinds.add(k);
            }
        }
        return List.copyOf(kinds);
    }

    /**
     * Mostly json; now and then csv and html, whose report runs the Monte Carlo rank acceptability (slower)
     * and whose file name comes from the input.
     */
    private static String format(long seed) {
        int pick = Math.floorMod(seed >> 1, 20);
        return pick == 0 ? "html" : pick == 1 ? "csv" : "json";
    }

    private Path directory(String name) {
        try {
            return Files.createDirectories(tmp.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] example(String name) {
        try {
            return Files.readAllBytes(EXAMPLES.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(Path file, byte[] bytes) {
        try {
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> listing(Path dir) {
        try (Stream<Path> all = Files.list(dir)) {
            return new TreeSet<>(all.map(p -> p.getFileName().toString()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 2_000 ? s : s.substring(0, 2_000) + "... (" + s.length() + " characters)";
    }
}
