package io.otp.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.otp.persistence.jdbc.CrashInspection.Finding;
import io.otp.persistence.jdbc.CrashInspection.Outcome;
import io.otp.persistence.jdbc.CrashInspection.Problem;
import io.otp.persistence.jdbc.CrashWriter.Item;
import io.otp.persistence.jdbc.CrashWriter.Unit;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Kills a process writing to the JDBC store on an H2 file with SIGKILL at random moments, and checks after
 * each kill that every write the process was told had committed is there and that nothing is half-applied.
 *
 * <p>Each kill starts a {@link CrashWriter} in a child JVM on the same file, reads its acknowledgements and
 * kills it ({@link Process#destroyForcibly()}, which on Linux sends SIGKILL: the test checks the exit status
 * 137 = 128 + 9): one kill in ten during start-up (opening the pool, recovering the file), one in ten during
 * the {@code migrate()} of a fresh file, the others after a random number of acknowledged calls, a random
 * number of microseconds into the next one. Then {@link CrashInspection} reopens the store; the next writer
 * continues on the same file.
 *
 * <p>{@code -Dotp.crash.kills=N} sets the number of kills (20 by default, 200 in the {@code crash} profile),
 * {@code -Dotp.crash.seed=S} the seed of every choice, printed at the start. The same seed repeats the same
 * plan (kinds of kill, counts, delays, the writers' choices); where in a call the kill lands depends on the
 * machine. A failure names the seed, the kill and what was wrong.
 */
class CrashRecoveryTest {

    private static final long DEFAULT_SEED = 20_260_504L;

    private static final int DEFAULT_KILLS = 20;

    /** Exit status of a process ended by SIGKILL: 128 + signal 9. */
    private static final int KILLED = 128 + 9;

    /** Guards against a hung writer; never a timing assertion. */
    private static final long HANG_GUARD_SECONDS = 120;

    private static final String EOF = "\u0000eof";

    private static final Path DIRECTORY = Path.of("target", "crash-test").toAbsolutePath();

    private long seed;

    private int generation;

    private boolean freshFileNeeded = true;

    private Map<String, Long> versions = new HashMap<>();

    private final Map<String, Unit> units = new HashMap<>();

    private final List<String> failures = new ArrayList<>();

    private final Map<Finding, Integer> counts = new EnumMap<>(Finding.class);

    private final Map<String, Integer> kinds = new HashMap<>();

    private int acknowledgedUnits;

    private int acknowledgedWrites;

    private int inFlightLanded;

    private int lostUnits;

    private int rare;

    private int lostWrites;

    @Test
    void everyAcknowledgedWriteSurvivesAKillAndNothingIsHalfApplied() throws Exception {
        seed = Long.getLong("otp.crash.seed", DEFAULT_SEED);
        int kills = Integer.getInteger("otp.crash.kills", DEFAULT_KILLS);
        System.out.printf("crash test: %d kills, seed %d (replay: -Dotp.crash.seed=%d -Dotp.crash.kills=%d)%n",
            kills, seed, seed, kills);
        delete(DIRECTORY);
        SplittableRandom plan = new SplittableRandom(seed);
        for (int k = 1; k <= kills; k++) {
            long writerSeed = plan.nextLong();
            int dice = plan.nextInt(100);
            int startupDelay = plan.nextInt(1500);
            int migrateDelay = plan.nextInt(400);
            int acks = 1 + plan.nextInt(40);
            int micros = plan.nextInt(2000);
            Kill kill = dice < 10 ? new Kill(k, "start-up", 0, startupDelay * 1000L, false)
                : dice < 20 ? new Kill(k, "migrate", 0, migrateDelay * 1000L, true)
                : new Kill(k, "writes", acks, micros, false);
            run(kill, writerSeed);
        }
        String summary = summary(kills);
        System.out.println(summary);
        assertThat(failures).as(summary).isEmpty();
    }

    /**
     * One kill: which phase it aims at, how many acknowledgements to wait for, and how long after the last
     * event (start, the {@code opening} line, the last awaited acknowledgement) it comes, in microseconds.
     */
    private record Kill(int number, String phase, int acks, long delayMicros, boolean freshFile) {
        @Override
        public String toString() {
            return "kill " + number + " (" + phase + (acks > 0 ? ", after " + acks + " acknowledgements" : "") + ", +"
                + delayMicros + " µs)";
        }
    }

    private void run(Kill kill, long writerSeed) throws Exception {
        if (kill.freshFile() || freshFileNeeded) {
            generation++;
            versions = new HashMap<>();
            units.clear();
            freshFileNeeded = false;
        }
        String url = "jdbc:h2:file:" + DIRECTORY.resolve("file-" + generation).resolve("otp");
        Path errors = DIRECTORY.resolve("writer-" + kill.number() + ".err");
        Process writer = new ProcessBuilder(javaCommand(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-cp", childClassPath(), CrashWriter.class.getName(), url, Long.toString(writerSeed), "c" + kill.number())
            .redirectError(errors.toFile()).start();
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> read(writer, queue), "crash-writer-" + kill.number());
        reader.start();
        List<String> lines = new ArrayList<>();
        boolean alive;
        try {
            boolean ended = switch (kill.phase()) {
                case "start-up" -> false;
                case "migrate" -> !await(queue, lines, CrashWriter.OPENING, 1);
                default -> !await(queue, lines, CrashWriter.ACK, kill.acks());
            };
            if (!ended) {
                pause(kill.delayMicros());
            }
        } finally {
            alive = writer.isAlive();
            writer.destroyForcibly();
        }
        if (!writer.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException(kill + ": the writer did not die within " + HANG_GUARD_SECONDS + " s");
        }
        reader.join(TimeUnit.SECONDS.toMillis(HANG_GUARD_SECONDS));
        queue.drainTo(lines);
        lines.remove(EOF);
        List<Problem> problems = new ArrayList<>();
        if (!alive || writer.exitValue() != KILLED) {
            problems.add(new Problem(Finding.WRITER, "it ended with status " + writer.exitValue()
                + (alive ? " after SIGKILL, not " + KILLED : " before the kill") + "; its errors: " + tail(errors)));
        }
        kinds.merge(kill.phase(), 1, Integer::sum);
        record(kill, url, lines, problems);
    }

    /** Reads the writer's lines, compares the store with them, and moves the model to what the store holds. */
    private void record(Kill kill, String url, List<String> lines, List<Problem> problems) {
        Map<String, Long> acknowledged = new HashMap<>(versions);
        Set<String> touched = new HashSet<>();
        Unit inFlight = null;
        List<Unit> acknowledgedHere = new ArrayList<>();
        int acks = 0;
        for (String line : lines) {
            if (!line.endsWith(" " + CrashWriter.END)) {
                continue; // cut by the kill: not an acknowledgement
            }
            if (line.startsWith(CrashWriter.BEGIN + " ")) {
                inFlight = Unit.parse(line.substring(CrashWriter.BEGIN.length() + 1));
                units.put(inFlight.id(), inFlight);
            } else if (line.startsWith(CrashWriter.ACK + " ")) {
                Unit done = Unit.parse(line.substring(CrashWriter.ACK.length() + 1));
                acknowledgedHere.add(done);
                CrashInspection.apply(acknowledged, done);
                done.items().stream().map(Item::key).forEach(touched::add);
                acknowledgedWrites += done.items().size();
                acks++;
                inFlight = null;
            }
        }
        acknowledgedUnits += acks;
        Outcome outcome = CrashInspection.inspect(url, acknowledged, touched, inFlight, units);
        problems.addAll(outcome.problems());
        for (Unit done : acknowledgedHere) {
            if (done.items().stream().anyMatch(i -> outcome.lost().contains(i.key()))) {
                lostUnits++;
            }
        }
        lostWrites += outcome.lost().size();
        if (outcome.inFlightLanded()) {
            inFlightLanded++;
        }
        System.out.printf("%s: %d acknowledged, in flight: %s%s; %s%n", kill, acks,
            inFlight == null ? "none" : inFlight.id() + " (" + inFlight.items().size() + " writes)",
            inFlight == null ? "" : outcome.inFlightLanded() ? ", landed" : ", not landed",
            problems.isEmpty() ? "store intact" : problems.size() + " problems");
        for (Problem p : problems) {
            counts.merge(p.finding(), 1, Integer::sum);
            String failure = "seed " + seed + ", " + kill + ": " + p;
            if (p.finding() == Finding.LOST) {
                failures.add(failure);
            } else {
                // rarer than lost writes, and listed first so that no summary cuts them off
                failures.add(rare++, failure);
                System.out.println("  " + p);
            }
        }
        if (outcome.stored() == null || !problems.isEmpty()) {
            // a damaged file would report the same damage again at every later kill: start afresh
            freshFileNeeded = true;
        } else {
            versions = new HashMap<>(outcome.stored());
        }
    }

    private String summary(int kills) {
        StringBuilder out = new StringBuilder("crash test, seed " + seed + ": " + kills + " kills " + kinds + ", "
            + acknowledgedUnits + " acknowledged calls (" + acknowledgedWrites + " writes), " + inFlightLanded
            + " calls in flight at the kill landed whole; " + lostUnits + " acknowledged calls lost ("
            + lostWrites + " aggregates not at their acknowledged version)");
        if (failures.isEmpty()) {
            return out.append("; no problem").toString();
        }
        out.append("; problems:");
        counts.forEach((f, n) -> out.append("\n  ").append(n).append(" × ").append(f.description));
        failures.stream().limit(60).forEach(f -> out.append("\n    ").append(f));
        if (failures.size() > 60) {
            out.append("\n    … and ").append(failures.size() - 60).append(" more");
        }
        return out.toString();
    }

    /**
     * Waits until {@code count} lines starting with {@code word} were read, keeping every line read.
     *
     * @return false if the writer ended first
     */
    private static boolean await(BlockingQueue<String> queue, List<String> lines, String word, int count)
            throws InterruptedException {
        int seen = 0;
        while (seen < count) {
            String line = queue.poll(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
            if (line == null) {
                throw new IllegalStateException("the writer printed nothing for " + HANG_GUARD_SECONDS + " s");
            }
            if (line.equals(EOF)) {
                return false;
            }
            lines.add(line);
            if (line.startsWith(word + " ")) {
                seen++;
            }
        }
        return true;
    }

    private static void pause(long micros) throws InterruptedException {
        if (micros >= 1000) {
            Thread.sleep(micros / 1000);
        }
        long until = System.nanoTime() + (micros % 1000) * 1000;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }

    private static void read(Process writer, BlockingQueue<String> queue) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                queue.add(line);
            }
        } catch (IOException e) {
            // the pipe closes when the writer dies; what was read before stands
        } finally {
            queue.add(EOF);
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The test class path, and the module path when the tests run on it, as one class path for the writer. */
    private static String childClassPath() {
        String classPath = System.getProperty("java.class.path", "");
        String modulePath = System.getProperty("jdk.module.path", "");
        return modulePath.isEmpty() ? classPath : classPath + File.pathSeparator + modulePath;
    }

    private static String tail(Path file) {
        try {
            String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : "";
            return text.isEmpty() ? "none" : text.substring(Math.max(0, text.length() - 600)).replace('\n', ' ');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
        Files.createDirectories(directory);
    }
}
