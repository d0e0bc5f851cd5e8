package io.otp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --out} never writes through a symbolic link planted in the output directory (CWE-59): a link named
 * like a report file, or a subdirectory of the output that is a link, is refused with exit code 1 and a
 * message naming it, and whatever the link points to is left as it was. The directory the user names may
 * itself be a link: it is resolved once.
 */
class OutputLinksTest {

    private static final String EVALUATION = CliRun.example("evaluation.json");
    private static final String BUNDLE = CliRun.example("ocds/service-desk-process.json");

    @TempDir
    Path tmp;

    /** The output directory {@code reports}, with a link named {@code name} planted in it. */
    private Path plant(String name, Path target) throws IOException {
        Path link = Files.createDirectories(tmp.resolve("reports")).resolve(name);
        Files.createDirectories(link.getParent());
        return Files.createSymbolicLink(link, target);
    }

    private Path preciousFile() throws IOException {
        return Files.writeString(tmp.resolve("outside.txt"), "precious");
    }

    private Path emptyFolder() throws IOException {
        return Files.createDirectories(tmp.resolve("outside"));
    }

    private String reports() {
        return tmp.resolve("reports").toString();
    }

    private static void assertRefused(int exitCode, String err, Path link, Path outside) throws IOException {
        assertThat(exitCode).as(err).isEqualTo(Otp.EXIT_INVALID_INPUT);
        assertThat(err).startsWith(link + ": ").contains("symbolic link");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        if (Files.isDirectory(outside)) {
            try (Stream<Path> files = Files.list(outside)) {
                assertThat(files).as("files written into %s", outside).isEmpty();
            }
        } else {
            assertThat(Files.readString(outside)).as("%s", outside).isEqualTo("precious");
        }
    }

    private static void assertRefused(CliProcess run, Path link, Path outside) throws IOException {
        assertRefused(run.exitCode(), run.errText(), link, outside);
    }

    private static void assertRefused(CliRun run, Path link, Path outside) throws IOException {
        assertRefused(run.exitCode(), run.err(), link, outside);
    }

    @Test
    @Timeout(120)
    void theHtmlReportIsNotWrittenThroughALinkNamedLikeIt() throws IOException {
        Path outside = preciousFile();
        Path link = plant("evaluation-report-L1.en.html", outside);

        assertRefused(CliProcess.run("evaluate", "--format", "html", "--out", reports(), EVALUATION), link, outside);
    }

    @Test
    @Timeout(120)
    void theDemoDoesNotWriteIntoASubdirectoryThatIsALink() throws IOException {
        Path outside = emptyFolder();
        Path link = plant("evaluation", outside);

        CliProcess run = CliProcess.run("demo", "--data", tmp.resolve("data").toString(), "--out", reports());

        assertRefused(run, link, outside);
        assertThat(run.out()).as("nothing runs before the output is checked").isEmpty();
    }

    @Test
    void noCommandWritesThroughALinkPlantedWhereItWrites() throws IOException {
        // The name planted in the output directory, whether it points to a file or a folder, the command.
        record Case(String planted, boolean toFolder, String... command) {
        }
        List<Case> cases = List.of(
            new Case("release-package.json", false, "ocds", "export", BUNDLE, "--out", "{link}"),
            new Case("dashboard.en.html", false, "dashboard", CliRun.example("dashboard/portfolio.json"), "--out",
                "{reports}"),
            new Case("evaluation-L1.json", true, "evaluate", "--format", "json", "--out", "{reports}", EVALUATION),
            new Case("ocds", true, "demo", "--data", "{data}", "--out", "{reports}"));
        for (Case c : cases) {
            Path outside = c.toFolder() ? emptyFolder() : preciousFile();
            Path link = plant(c.planted(), outside);
            String[] args = Stream.of(c.command()).map(a -> a.replace("{link}", link.toString())
                .replace("{reports}", reports()).replace("{data}", tmp.resolve("data").toString()))
                .toArray(String[]::new);

            assertRefused(CliRun.of(args), link, outside);
            Files.delete(link);
        }
    }

    @Test
    void anEarlierFileIsReplacedWithoutChangingAHardLinkedCopyOutside() throws IOException {
        Path outside = preciousFile();
        Path planted = Files.createLink(Files.createDirectories(tmp.resolve("reports")).resolve("evaluation-L1.json"),
            outside);

        CliRun run = CliRun.of("evaluate", "--format", "json", "--out", reports(), EVALUATION);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(outside).hasContent("precious");
        assertThat(Files.readString(planted)).contains("\"proposal\"");
    }

    @Test
    void anOutputDirectoryChosenThroughALinkIsUsed() throws IOException {
        Path real = emptyFolder();
        Path chosen = Files.createSymbolicLink(tmp.resolve("chosen"), real);

        CliRun run = CliRun.of("evaluate", "--format", "html", "--out", chosen.toString(), EVALUATION);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Written: " + chosen.resolve("evaluation-report-L1.en.html"));
        assertThat(real.resolve("evaluation-report-L1.en.html")).isRegularFile();
    }
}
