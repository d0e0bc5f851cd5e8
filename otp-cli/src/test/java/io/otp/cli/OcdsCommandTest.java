package io.otp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.otp.core.json.OtpJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OcdsCommandTest {

    private static final Path BUNDLE = CliRun.EXAMPLES.resolve("ocds/service-desk-process.json");

    @TempDir
    Path dir;

    @Test
    void exportsOneReleasePerStageAndTheCompiledRelease() throws IOException {
        Path out = dir.resolve("pkg/release-package.json");

        CliRun run = CliRun.of("ocds", "export", BUNDLE.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Exported 1 process, 6 releases: " + out);
        JsonNode pkg = OtpJson.standard().read(Files.readAllBytes(out), JsonNode.class);
        assertThat(pkg.get("releases")).hasSize(6);
        assertThat(pkg.get("releases").get(0).get("ocid").asText()).isEqualTo("ocds-dip047-2026/EXP-0077");
    }

    @Test
    void importSummarisesWhatExportWrote() {
        Path out = dir.resolve("release-package.json");
        CliRun.of("ocds", "export", BUNDLE.toString(), "--out", out.toString());

        CliRun run = CliRun.of("ocds", "import", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("6 releases of 1 contracting process", "ocds-dip047-2026/EXP-0077",
            "planning, tender, award, contract, implementation, compiled", "bids: 6", "awards: 2", "contracts: 1");
    }

    @Test
    void exportToStandardOutputIsTheSameOnEveryRun() {
        CliRun first = CliRun.of("ocds", "export", BUNDLE.toString());

        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).startsWith("{").contains("\"releases\"");
        assertThat(CliRun.of("ocds", "export", BUNDLE.toString()).out()).isEqualTo(first.out());
    }

    @Test
    void optionsOverrideThePublisherOfTheBundle() {
        CliRun run = CliRun.of("ocds", "export", BUNDLE.toString(), "--ocid-prefix", "ocds-abc123");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"ocid\" : \"ocds-abc123-2026/EXP-0077\"");
    }

    @Test
    void withoutPublisherSettingsTheOptionsAreNamed() throws IOException {
        ObjectNode bundle = (ObjectNode) OtpJson.standard().read(Files.readAllBytes(BUNDLE), JsonNode.class);
        bundle.remove("settings");
        Path file = Files.writeString(dir.resolve("bundle.json"), bundle.toString());

        CliRun run = CliRun.of("ocds", "export", file.toString());

        assertThat(run.exitCode()).isEqualTo(Otp.EXIT_INVALID_INPUT);
        assertThat(run.err()).contains("give --ocid-prefix, --publisher, --published");
    }

    @Test
    void invalidMembersAreReportedWithTheirPaths() throws IOException {
        ObjectNode bundle = (ObjectNode) OtpJson.standard().read(Files.readAllBytes(BUNDLE), JsonNode.class);
        ((ObjectNode) bundle.get("bids").get(1)).remove("bidder");
        bundle.put("colour", "red");
        Path file = Files.writeString(dir.resolve("bundle.json"), bundle.toString());

        CliRun run = CliRun.of("ocds", "export", file.toString());

        assertThat(run.exitCode()).isEqualTo(Otp.EXIT_INVALID_INPUT);
        assertThat(run.err()).contains("unknown member \"colour\"").contains("bids[1]");
    }

    @Test
    void malformedPackageNamesLineAndColumn() throws IOException {
        Path file = Files.writeString(dir.resolve("pkg.json"), "{\"releases\": [\n  {\"ocid\": }\n]}");

        CliRun run = CliRun.of("ocds", "import", file.toString());

        assertThat(run.exitCode()).isEqualTo(Otp.EXIT_INVALID_INPUT);
        assertThat(run.err()).contains("pkg.json: ").contains("line 2, column");
    }

    @Test
    void aDirectoryWithoutStoreIsInvalidInput() {
        CliRun run = CliRun.of("ocds", "export", "--store", dir.toString(), "--ocid-prefix", "ocds-abc123",
            "--publisher", "Ayuntamiento", "--published", "2026-12-31T12:00:00Z");

        assertThat(run.exitCode()).isEqualTo(Otp.EXIT_INVALID_INPUT);
        assertThat(run.err()).contains("holds no store").contains("otp.mv.db");
    }

    @Test
    void fileAndStoreTogetherAreAUsageError() {
        CliRun run = CliRun.of("ocds", "export", BUNDLE.toString(), "--store", dir.toString());

        assertThat(run.exitCode()).isEqualTo(Otp.EXIT_USAGE);
    }

    @Test
    void missingSubcommandIsAUsageError() {
        assertThat(CliRun.of("ocds").exitCode()).isEqualTo(Otp.EXIT_USAGE);
    }
}
