package io.otp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.otp.core.testing.ChildJvm;
import io.otp.persistence.jdbc.H2FileStore;
import io.otp.persistence.jdbc.JdbcPersistenceProvider;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built tool, as users run it: {@code java -jar otp-cli-*-all.jar} in processes of their own (the integration
 * tests run after the jar is packaged; {@link CliProcess} runs the jar named by {@code otp.cli.jar}).
 */
class ShadedJarIT {

    /** A message key printed where its text should be: {@code io.otp.<module>.<words>}. */
    private static final Pattern RAW_KEY = Pattern.compile("\\bio\\.otp\\.[a-z]+\\.[a-zA-Z]+\\.[a-zA-Z.]+");

    @TempDir
    Path dir;

    @Test
    void theTestsRunTheBuiltJar() {
        assertThat(System.getProperty("otp.cli.jar")).as("the jar the integration tests run").isNotNull();
        assertThat(Path.of(System.getProperty("otp.cli.jar"))).isRegularFile();
    }

    /**
     * Every module's messages are in the jar: each module keeps them under the same resource name, so a jar that
     * kept one module's file would print the others' keys instead of their texts.
     */
    @Test
    void theMessagesOfEveryModuleArePrintedAsTextsNotKeys() {
        List<CliProcess> runs = List.of(
            CliProcess.run("validate", CliRun.example("tender-invalid.json")).exits(Otp.EXIT_INVALID_INPUT),
            CliProcess.run("validate", CliRun.example("tender-invalid.json"), "--lang", "es").exits(Otp.EXIT_INVALID_INPUT),
            CliProcess.run("evaluate", CliRun.example("evaluation.json")).exits(Otp.EXIT_OK),
            CliProcess.run("kpi", CliRun.example("kpi/service-desk-evm.csv")).exits(Otp.EXIT_OK),
            CliProcess.run("kpi", CliRun.example("kpi/service-desk-evm.csv"), "--lang", "es").exits(Otp.EXIT_OK));
        for (CliProcess run : runs) {
            assertThat(RAW_KEY.matcher(run.outText() + run.errText()).find()).as(run.outText() + run.errText()).isFalse();
        }
        assertThat(runs.get(0).outText() + runs.get(0).errText()).contains("LCSP-");
        assertThat(runs.get(2).outText()).isNotBlank();
        assertThat(runs.get(3).outText()).isNotBlank();
    }

    /**
     * Every command, in both languages, and errors that come from each module's messages (the core's
     * validator, scoring's pliego rule and findings, the KPIs' series): no output holds a message key.
     */
    @Test
    void noCommandInEitherLanguagePrintsAMessageKey() throws Exception {
        String evaluation = java.nio.file.Files.readString(Path.of(CliRun.example("evaluation.json")));
        Path ambiguous = java.nio.file.Files.writeString(dir.resolve("ambiguous.json"), evaluation.replace(
            "\"pliegoThreshold\": {", "\"pliegoRule\": {\"conditions\": [{\"kind\": \"PRICE\", \"reference\":"
                + " \"BUDGET\", \"measure\": \"PERCENT\", \"threshold\": 1E-50}]},\n    \"pliegoThreshold\": {"));
        int start = evaluation.indexOf("\"decisions\"");
        Path noParameters = java.nio.file.Files.writeString(dir.resolve("no-parameters.json"), (evaluation.substring(0, start)
            + evaluation.substring(evaluation.indexOf("\"lot\"", start)))
            .replace("\"pliegoThreshold\": {\n      \"belowMean\": 20.00\n    },", ""));
        Path badSeries = java.nio.file.Files.writeString(dir.resolve("bad.csv"), "bac,100000\nstatusDate,2026-06-30\n"
            + "periodEnd,pv,ev,ac\n2026-01-31,10,20,x\n");
        List<CliProcess> runs = new java.util.ArrayList<>();
        for (String lang : List.of("en", "es")) {
            Path out = dir.resolve(lang);
            runs.add(CliProcess.run("validate", CliRun.example("tender.json"), "--lang", lang).exits(Otp.EXIT_OK));
            runs.add(CliProcess.run("evaluate", CliRun.example("evaluation.json"), "--lang", lang).exits(Otp.EXIT_OK));
            runs.add(CliProcess.run("evaluate", CliRun.example("evaluation.json"), "--format", "html", "--out",
                out.toString(), "--lang", lang).exits(Otp.EXIT_OK));
            runs.add(CliProcess.run("evaluate", ambiguous.toString(), "--lang", lang).exits(Otp.EXIT_INVALID_INPUT));
            runs.add(CliProcess.run("evaluate", noParameters.toString(), "--lang", lang).exits(Otp.EXIT_OK));
            runs.add(CliProcess.run("sensitivity", CliRun.example("evaluation.json"), "--samples", "1000", "--lang", lang)
                .exits(Otp.EXIT_OK));
            runs.add(CliProcess.run("kpi", badSeries.toString(), "--lang", lang).exits(Otp.EXIT_INVALID_INPUT));
            runs.add(CliProcess.run("dashboard", CliRun.example("dashboard/portfolio.json"), "--out", out.toString(),
                "--lang", lang).exits(Otp.EXIT_OK));
        }
        runs.add(CliProcess.run("ocds", "export", CliRun.example("ocds/service-desk-process.json"), "--out",
            dir.resolve("package.json").toString()).exits(Otp.EXIT_OK));
        runs.add(CliProcess.run("ocds", "import", dir.resolve("package.json").toString()).exits(Otp.EXIT_OK));
        for (CliProcess run : runs) {
            assertThat(RAW_KEY.matcher(run.outText() + run.errText()).find()).as(run.outText() + run.errText()).isFalse();
        }
        // the Spanish runs speak Spanish: the finding of a lot without parameters, and the pliego rule refused
        assertThat(runs.get(12).outText()).contains("Hallazgo (LCSP-149.2.b)");
        assertThat(runs.get(11).errText()).contains("threshold");
    }

    /**
     * A data directory named so that H2 would run Java code (see
     * {@code DemoCommandTest.aDataDirectoryNamedToRunCodeIsRefusedBeforeAnything}) is refused by the jar: exit 1,
     * and no file appears in its working directory.
     */
    @Test
    void theJarRefusesADataDirectoryNamedToRunCode() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        String name = "d;INIT=CREATE ALIAS MK AS 'void mk() throws Exception { new java.io.File(\"pwned\").createNewFile()\\; }'"
            + "\\;CALL MK()--";
        CliProcess run = CliProcess.runIn(work, List.of(), "demo", "--data", name, "--out", "reports")
            .exits(Otp.EXIT_INVALID_INPUT);
        assertThat(run.errText()).contains("\";\"");
        try (var files = Files.list(work)) {
            assertThat(files).isEmpty();
        }
    }

    /**
     * A store another process holds open is not emptied by the jar's demo: exit 1 naming the store in use, and
     * the other process's data is intact; once that process has ended, the demo runs.
     */
    @Test
    void theJarLeavesAStoreHeldByAnotherProcessAlone() throws Exception {
        Path data = dir.resolve("data");
        Process holder = ChildJvm.of(StoreHolder.class, List.of(), data.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("OPEN");
            CliProcess run = CliProcess.run("demo", "--data", data.toString(), "--out", dir.resolve("r").toString())
                .exits(Otp.EXIT_INVALID_INPUT);
            assertThat(run.errText()).contains("in use");
        } finally {
            holder.destroyForcibly();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (JdbcPersistenceProvider store = H2FileStore.openExisting(data)) {
            assertThat(store.auditTrail().read(1, 10)).extracting(e -> e.change().action()).containsExactly("HELD");
        }
        CliProcess.run("demo", "--data", data.toString(), "--out", dir.resolve("r").toString()).exits(Otp.EXIT_OK);
    }

    /** Opens a store, records one entry, says OPEN and waits to be killed. */
    static final class StoreHolder {
        public static void main(String[] args) throws Exception {
            JdbcPersistenceProvider store = H2FileStore.open(Path.of(args[0]));
            store.auditTrail().append(io.otp.persistence.audit.AuditChange.builder().aggregateType("tender")
                .aggregateId("T-1").versionBefore(0).versionAfter(1).actor(io.otp.core.id.PersonId.of("P1"))
                .at(java.time.Instant.parse("2026-01-01T00:00:00Z")).action("HELD").build());
            System.out.println("OPEN");
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
            store.close();
        }
    }
}
