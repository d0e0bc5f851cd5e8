package io.otp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.otp.persistence.jdbc.H2FileStore;
import io.otp.persistence.jdbc.JdbcPersistenceProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void runsTheOfficeScenarioEndToEndAndWritesReportsStoreAndOpenData() {
        Path data = dir.resolve("data");
        Path out = dir.resolve("reports");

        CliRun run = CliRun.of("demo", "--data", data.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Store: JDBC on the H2 file " + data.resolve("otp.mv.db"),
            "1. Evaluation of tender 2026/EXP-0077", "Lot L1: first", "Lot L2: first", "points",
            "2. Execution of contract", "SPI 0.9100, CPI 0.9579",
            "3. Office: needs, funding and follow-up", "Overdue committee actions:",
            "4. Persistence and audit trail", "read back identical: yes", "chain intact: yes",
            "5. Open data (OCDS 1.1)", "read back without errors", "Files written");
        assertThat(run.out().lines().count()).isLessThan(40);
        assertThat(run.err()).contains("demo: [1/5] evaluation", "demo: [5/5] open data");
        assertThat(data.resolve("otp.mv.db")).isRegularFile();
        assertThat(out.resolve("ocds/release-package.json")).isRegularFile();
        assertThat(out.resolve("dashboard.en.html")).isRegularFile();
        assertThat(out.resolve("follow-up-report.es.html")).isRegularFile();
        assertThat(out.resolve("evaluation")).isDirectory();

        // The store the demo leaves is what `otp ocds export --store` publishes.
        Path pkg = dir.resolve("store.json");
        CliRun export = CliRun.of("ocds", "export", "--store", data.toString(), "--out", pkg.toString(),
            "--ocid-prefix", "ocds-dip047", "--publisher", "Diputación Provincial", "--published",
            "2026-12-31T12:00:00Z");
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).contains("Exported 1 process");
        assertThat(CliRun.of("ocds", "import", pkg.toString()).out()).contains("bids: 6");
    }

    @Test
    void speaksSpanishWhenAsked() throws Exception {
        CliRun run = CliRun.of("demo", "--data", dir.resolve("d").toString(), "--out", dir.resolve("r").toString(),
            "--lang", "es");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Almacén: JDBC sobre el fichero H2", "1. Evaluación de la licitación",
            "cadena intacta: sí");
        assertThat(Files.list(dir.resolve("r/evaluation"))).isNotEmpty();
    }

    /**
     * A data directory named so that H2 would run SQL and Java when the store is opened (the name closes the
     * file name with {@code ;} and adds an INIT setting that creates a Java function writing a file, then calls
     * it; the semicolon inside the function is escaped as H2 wants, so that on a URL built by pasting the path
     * the code really runs) is refused before any work: exit 1 naming the directory, no file written, nothing created.
     */
    @Test
    void aDataDirectoryNamedToRunCodeIsRefusedBeforeAnything() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        Path hostile = work.resolve("d;INIT=CREATE ALIAS MK AS 'void mk() throws Exception { new java.io.File(\"pwned\")"
            + ".createNewFile()\\; }'\\;CALL MK()--");
        CliRun run = CliRun.of("demo", "--data", hostile.toString(), "--out", dir.resolve("r").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Otp.EXIT_INVALID_INPUT);
        assertThat(run.err()).contains("\";\"").doesNotContain("demo: [1/5]");
        assertThat(Path.of("pwned")).doesNotExist();
        assertThat(hostile).doesNotExist();
        try (var files = Files.list(work)) {
            assertThat(files).isEmpty();
        }
        assertThat(dir.resolve("r")).doesNotExist();
    }

    /** A store another user holds open is not emptied: exit 1, the store is left as it was. */
    @Test
    void aStoreInUseIsNotEmptied() {
        Path data = dir.resolve("data");
        try (JdbcPersistenceProvider held = H2FileStore.open(data)) {
            held.auditTrail().append(io.otp.persistence.audit.AuditChange.builder().aggregateType("tender")
                .aggregateId("T-1").versionBefore(0).versionAfter(1).actor(io.otp.core.id.PersonId.of("P1"))
                .at(java.time.Instant.parse("2026-01-01T00:00:00Z")).action("NOTE").build());
            CliRun run = CliRun.of("demo", "--data", data.toString(), "--out", dir.resolve("r").toString());
            assertThat(run.exitCode()).as(run.err()).isEqualTo(Otp.EXIT_INVALID_INPUT);
            assertThat(run.err()).contains("in use").doesNotContain("demo: [1/5]");
            CliRun export = CliRun.of("ocds", "export", "--store", data.toString(), "--ocid-prefix", "ocds-abc123",
                "--publisher", "Ayuntamiento", "--published", "2026-12-31T12:00:00Z");
            assertThat(export.exitCode()).as(export.err()).isEqualTo(Otp.EXIT_INVALID_INPUT);
            assertThat(export.err()).contains("in use");
            assertThat(held.auditTrail().verify().entries()).isEqualTo(1);
        }
    }
}
