package io.otp.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
}
