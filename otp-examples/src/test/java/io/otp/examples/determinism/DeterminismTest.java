package io.otp.examples.determinism;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example gives byte-identical results in separate JVMs, whatever the machine's default locale,
 * time zone and charset: Turkish (whose dotless i breaks careless case conversion) in a zone 13 h 45 min
 * ahead of UTC with ISO-8859-1 as the default charset, Spanish in Lima with UTF-8, and the JVM running
 * the tests. Besides the examples, results of generated inputs are compared ({@link GeneratedInputs}:
 * evaluation scenarios to the award proposal with their reports and rank acceptability, KPI series, EVM
 * series).
 */
class DeterminismTest {

    private static final List<List<String>> MACHINES = List.of(
        List.of("-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Pacific/Chatham",
            "-Dfile.encoding=ISO-8859-1"),
        List.of("-Duser.language=es", "-Duser.country=ES", "-Duser.timezone=America/Lima", "-Dfile.encoding=UTF-8"));

    @Test
    void everyExampleGivesTheSameBytesInSeparateJvmsUnderOtherLocalesZonesAndCharsets(@TempDir Path dir)
            throws Exception {
        DeterminismProbe.write(dir.resolve("here"));
        Map<String, byte[]> here = contents(dir.resolve("here"));
        assertThat(here).containsKeys("evaluation-L1.json", "evaluation-L2.json", "office.txt",
            "ocds/release-package.json");
        assertThat(here.keySet().stream().filter(f -> f.endsWith(".html")).count()).isGreaterThanOrEqualTo(6);
        // generated inputs: every evaluation and result, reports for at least a third, every KPI and EVM series
        assertThat(here.keySet().stream().filter(f -> f.matches("generated/(evaluation|result)-\\d+\\.json")).count())
            .isEqualTo(2L * GeneratedInputs.EVALUATIONS);
        assertThat(here.keySet().stream().filter(f -> f.matches("generated/report-\\d+/.*\\.html")).count())
            .isGreaterThanOrEqualTo(2L * GeneratedInputs.EVALUATIONS / 3);
        assertThat(here.keySet().stream().filter(f -> f.matches("generated/(kpi|evm|es)-\\d+\\.json")).count())
            .isEqualTo((long) GeneratedInputs.KPI_SERIES + 2L * GeneratedInputs.EVM_SERIES);
        for (int i = 0; i < MACHINES.size(); i++) {
            Path out = dir.resolve("jvm" + i);
            run(MACHINES.get(i), out);
            Map<String, byte[]> there = contents(out);
            assertThat(there.keySet()).isEqualTo(here.keySet());
            for (Map.Entry<String, byte[]> file : here.entrySet()) {
                assertThat(there.get(file.getKey())).as("%s under %s", file.getKey(), MACHINES.get(i))
                    .isEqualTo(file.getValue());
            }
        }
    }

    private static void run(List<String> properties, Path out) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(properties);
        command.add("-cp");
        command.add(classPath());
        command.add(DeterminismProbe.class.getName());
        command.add(out.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
    }

    /** The tests' classes and every module and jar of the test run, all on one class path. */
    private static String classPath() {
        return io.otp.core.testing.ChildJvm.classPath(DeterminismProbe.class);
    }

    private static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
                out.put(root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        return out;
    }
}
