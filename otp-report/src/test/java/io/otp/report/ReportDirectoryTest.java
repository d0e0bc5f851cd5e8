package io.otp.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports are never written through a symbolic link below the directory the caller chose (CWE-59). */
class ReportDirectoryTest {

    @TempDir
    Path tmp;

    private Path precious(String name) throws IOException {
        return Files.writeString(tmp.resolve(name), "precious");
    }

    @Test
    void writesAndReplacesFilesAndCreatesSubdirectories() throws IOException {
        ReportDirectory dir = ReportDirectory.of(tmp.resolve("reports"));
        ReportDirectory charts = dir.directory("charts");

        assertThat(dir.write("page.html", "<p>€</p>")).isEqualTo(tmp.resolve("reports/page.html"));
        assertThat(dir.write("page.html", "<p>again</p>")).hasContent("<p>again</p>");
        assertThat(charts.path()).isEqualTo(tmp.resolve("reports/charts"));
        try (OutputStream out = charts.create("chart.svg")) {
            out.write("<svg/>".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(tmp.resolve("reports/charts/chart.svg")).hasContent("<svg/>");
        assertThat(ReportDirectory.of(tmp.resolve("reports")).directory("charts").path()).isEqualTo(charts.path());
    }

    @Test
    void refusesALinkToAFileToADirectoryOrToNothing() throws IOException {
        ReportDirectory dir = ReportDirectory.of(tmp.resolve("reports"));
        Path file = precious("outside.txt");
        Path folder = Files.createDirectories(tmp.resolve("outside"));
        List<Path> targets = List.of(file, folder, tmp.resolve("nothing-yet"));
        for (int i = 0; i < targets.size(); i++) {
            String name = "report-" + i + ".html";
            Path link = Files.createSymbolicLink(tmp.resolve("reports").resolve(name), targets.get(i));

            assertThatThrownBy(() -> dir.write(name, "hostile")).as(name).isInstanceOf(ReportFileException.class)
                .hasMessageContaining(link + ": is a symbolic link")
                .satisfies(e -> assertThat(((ReportFileException) e).file()).isEqualTo(link));
            assertThat(Files.isSymbolicLink(link)).isTrue();
        }
        assertThat(file).hasContent("precious");
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
        assertThat(tmp.resolve("nothing-yet")).doesNotExist();
    }

    @Test
    void refusesASubdirectoryThatIsALink() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("outside"));
        ReportDirectory dir = ReportDirectory.of(tmp.resolve("reports"));
        Path link = Files.createSymbolicLink(tmp.resolve("reports/charts"), folder);

        assertThatThrownBy(() -> dir.directory("charts")).isInstanceOf(ReportFileException.class)
            .hasMessageContaining(link + ": is a symbolic link");
    }

    @Test
    void refusesADirectoryWhereAFileGoesAndAFileWhereADirectoryGoes() throws IOException {
        ReportDirectory dir = ReportDirectory.of(tmp.resolve("reports"));
        Files.createDirectories(tmp.resolve("reports/page.html"));
        Files.writeString(tmp.resolve("reports/charts"), "a file");

        assertThatThrownBy(() -> dir.write("page.html", "x")).isInstanceOf(ReportFileException.class)
            .hasMessageContaining("is a directory");
        assertThatThrownBy(() -> dir.directory("charts")).isInstanceOf(ReportFileException.class)
            .hasMessageContaining("is not a directory");
    }

    @Test
    void refusesADirectoryReplacedByALinkAfterItWasOpened() throws IOException {
        ReportDirectory charts = ReportDirectory.of(tmp.resolve("reports")).directory("charts");
        Path folder = Files.createDirectories(tmp.resolve("outside"));
        Files.delete(tmp.resolve("reports/charts"));
        Files.createSymbolicLink(tmp.resolve("reports/charts"), folder);

        assertThatThrownBy(() -> charts.write("chart.svg", "x")).isInstanceOf(ReportFileException.class)
            .hasMessageContaining("symbolic link");
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void followsTheLinkTheCallerChoseOnce() throws IOException {
        Path real = Files.createDirectories(tmp.resolve("real"));
        Path chosen = Files.createSymbolicLink(tmp.resolve("chosen"), real);

        Path written = ReportDirectory.of(chosen).write("page.html", "ok");

        assertThat(written).isEqualTo(chosen.resolve("page.html"));
        assertThat(real.resolve("page.html")).hasContent("ok");
        assertThat(ReportDirectory.writeFile(chosen.resolve("other.html"), new byte[] {1})).isEqualTo(
            chosen.resolve("other.html"));
    }

    @Test
    void acceptsOnlyOnePlainName() {
        ReportDirectory dir = ReportDirectory.of(tmp);
        for (String name : List.of("", ".", "..", "a/b", "../x", "/etc/passwd", "a/")) {
            assertThatThrownBy(() -> dir.write(name, "x")).as(name).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
