package io.otp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardCommandTest {

    private static final String PORTFOLIO = CliRun.EXAMPLES.resolve("dashboard/portfolio.json").toString();

    @TempDir
    Path dir;

    @Test
    void writesTheDashboardPageOfThePortfolio() throws IOException {
        CliRun run = CliRun.of("dashboard", PORTFOLIO, "--out", dir.toString());

        Path page = dir.resolve("dashboard.en.html");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("3 projects in 2 programmes", "overall status Red", page.toString());
        assertThat(Files.readString(page)).contains("<html", "PRJ-2026-015", "Sede electrónica", "<svg");
    }

    @Test
    void writesTheSpanishPageWhenAsked() throws IOException {
        CliRun run = CliRun.of("dashboard", PORTFOLIO, "--out", dir.toString(), "--lang", "es");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("3 proyectos en 2 programas");
        assertThat(Files.readString(dir.resolve("dashboard.es.html"))).contains("lang=\"es\"");
    }

    @Test
    void sameInputGivesTheSamePage() throws IOException {
        CliRun.of("dashboard", PORTFOLIO, "--out", dir.resolve("a").toString());
        CliRun.of("dashboard", PORTFOLIO, "--out", dir.resolve("b").toString());

        assertThat(Files.readString(dir.resolve("a/dashboard.en.html")))
            .isEqualTo(Files.readString(dir.resolve("b/dashboard.en.html")));
    }

    @Test
    void aSeriesIsNoPortfolio() {
        CliRun run = CliRun.of("dashboard", CliRun.EXAMPLES.resolve("kpi/service-desk-evm.json").toString(),
            "--out", dir.toString());

        assertThat(run.exitCode()).isEqualTo(Otp.EXIT_INVALID_INPUT);
        assertThat(run.err()).contains("service-desk-evm.json: ").contains("[rule ");
        assertThat(dir.resolve("dashboard.en.html")).doesNotExist();
    }

    @Test
    void anOutputFolderThatCannotBeCreatedIsInvalidInput() throws IOException {
        Path file = Files.writeString(dir.resolve("plain-file"), "not a folder");

        CliRun run = CliRun.of("dashboard", PORTFOLIO, "--out", file.toString());

        assertThat(run.exitCode()).isEqualTo(Otp.EXIT_INVALID_INPUT);
        assertThat(run.err()).startsWith(file + ": ").contains("not a directory");
    }

    @Test
    void missingArgumentIsAUsageError() {
        CliRun run = CliRun.of("dashboard");

        assertThat(run.exitCode()).isEqualTo(Otp.EXIT_USAGE);
        assertThat(run.err()).contains("Missing required parameter: 'FILE'");
    }
}
