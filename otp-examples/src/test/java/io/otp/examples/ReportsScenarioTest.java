package io.otp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsScenarioTest {

    @Test
    void writesTheThreeReportsInBothLanguagesAndListsTheirPages(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<Path> files = new ReportsScenario(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(dir);

        // evaluation report of lots L1 and L2, follow-up report and dashboard, each in es and en
        List<String> pages = files.stream().filter(f -> f.toString().endsWith(".html"))
            .map(f -> f.getFileName().toString()).sorted().toList();
        assertThat(pages).containsExactly("dashboard.en.html", "dashboard.es.html", "evaluation-report-L1.en.html",
            "evaluation-report-L1.es.html", "evaluation-report-L2.en.html", "evaluation-report-L2.es.html",
            "follow-up-report.en.html", "follow-up-report.es.html");
        assertThat(files).allSatisfy(f -> assertThat(Files.size(f)).isPositive());
        assertThat(files).anyMatch(f -> f.toString().endsWith(".svg")).anyMatch(f -> f.toString().endsWith(".csv"))
            .anyMatch(f -> f.toString().endsWith(".json"));
        String summary = bytes.toString(StandardCharsets.UTF_8);
        assertThat(summary.lines().filter(l -> l.contains("file:") && l.endsWith(".html")).count()).isEqualTo(8);
        assertThat(summary).contains(files.size() + " files under");
    }
}
