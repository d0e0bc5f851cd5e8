package io.otp.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.otp.ocds.ImportedRelease;
import io.otp.ocds.OcdsSchemas;
import io.otp.ocds.PublishedEvaluation;
import io.otp.report.ReportException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The open data scenario's package: it validates against the official OCDS 1.1 schema (and the schema
 * extended with the fields the SDK writes), and it carries the evaluation scenario's bids and points.
 */
class OpenDataScenarioTest {

    @TempDir
    Path dir;

    private List<ImportedRelease> run(Path file, ByteArrayOutputStream buffer) {
        return new OpenDataScenario(new PrintStream(buffer, true, StandardCharsets.UTF_8)).run(file);
    }

    @Test
    void packageValidatesAgainstTheOcdsSchema() throws IOException {
        Path file = dir.resolve("release-package.json");
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        run(file, buffer);
        JsonNode pkg = new ObjectMapper().readTree(file.toFile());
        assertThat(pkg.path("version").asText()).isEqualTo("1.1");
        JsonNode releases = pkg.path("releases");
        assertThat(releases).hasSize(6);
        List<String> errors = new ArrayList<>();
        for (String schemaText : List.of(OcdsSchemas.releaseSchema(), OcdsSchemas.extendedReleaseSchema())) {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                .getSchema(schemaText, InputFormat.JSON);
            for (JsonNode r : releases) {
                for (Error e : schema.validate(r.toString(), InputFormat.JSON)) {
                    errors.add(r.path("id").asText() + " " + e.getInstanceLocation() + " " + e.getMessage());
                }
            }
        }
        assertThat(errors).isEmpty();
        String printed = buffer.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("Releases: 6").contains("Size: " + Files.size(file) + " bytes")
            .contains("no violation");
    }

    @Test
    void packageCarriesTheScenarioBidsAndScores() {
        List<ImportedRelease> back = run(dir.resolve("p.json"), new ByteArrayOutputStream());
        ImportedRelease compiled = back.get(back.size() - 1);
        assertThat(compiled.tags()).containsExactly("compiled");
        assertThat(compiled.bids()).extracting(b -> b.id().value())
            .containsExactly("B1", "B2", "B3", "B4", "B5", "B6");
        // EvaluationScenarioTest: lot 1 B1 40.91 + 26 + 8 = 74.91, first; B3 excluded as abnormally low.
        PublishedEvaluation b1 = compiled.evaluations().get(0);
        assertThat(b1.totalScore().value()).isEqualByComparingTo("74.91");
        assertThat(b1.rank()).contains(1);
        assertThat(b1.scores().get(0).score()).isEqualByComparingTo("40.91");
        assertThat(b1.scores().get(0).formula()).contains("inverse-proportional");
        PublishedEvaluation b3 = compiled.evaluations().get(2);
        assertThat(b3.abnormallyLow()).isTrue();
        assertThat(b3.exclusionRule()).contains("LCSP-149.6");
        assertThat(b3.rank()).isEmpty();
        // Lot 2: B4 first after the tie with B5 at 85.00.
        assertThat(compiled.evaluations().get(3).rank()).contains(1);
        assertThat(compiled.awards()).extracting(a -> a.bid().orElseThrow().value()).containsExactly("B1", "B4");
        assertThat(compiled.contracts()).singleElement()
            .satisfies(c -> assertThat(c.milestones()).hasSize(6));
        assertThat(compiled.measurements()).isNotEmpty();
        assertThat(compiled.tender().orElseThrow().lots()).isEqualTo(ServiceDeskTender.tender().lots());
    }

    @Test
    void sameScenarioGivesTheSameBytes() throws IOException {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        run(a, new ByteArrayOutputStream());
        run(b, new ByteArrayOutputStream());
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    }

    @Test
    void neverWritesThePackageThroughASymbolicLink() throws IOException {
        Path outside = Files.writeString(dir.resolve("outside.json"), "precious");
        Path reports = Files.createDirectories(dir.resolve("ocds"));
        Path link = Files.createSymbolicLink(reports.resolve("release-package.json"), outside);

        assertThatThrownBy(() -> run(link, new ByteArrayOutputStream())).isInstanceOf(ReportException.class)
            .hasMessageContaining(link.toString()).hasMessageContaining("symbolic link");
        assertThat(Files.readString(outside)).isEqualTo("precious");
    }
}
