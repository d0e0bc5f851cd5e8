package io.otp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.otp.core.json.OtpJson;
import io.otp.core.tender.Bid;
import io.otp.examples.PersistenceScenario;
import io.otp.examples.ServiceDeskTender;
import io.otp.persistence.audit.AuditProblem;
import io.otp.persistence.audit.AuditVerification;
import io.otp.persistence.jdbc.H2FileStore;
import io.otp.persistence.jdbc.JdbcPersistenceProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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

    /**
     * A store whose audit trail does not verify is not published: after a DBA edits a stored bid's offer with plain
     * SQL, {@code auditTrail().verify()} reports DOCUMENT_EDITED and the export exits with 1 printing that, writing
     * nothing; before, it exited with 0 and published the edited amount.
     */
    @Test
    void aStoreWhoseAuditTrailIsNotIntactIsNotPublished() throws SQLException {
        Path store = dir.resolve("data");
        new PersistenceScenario(new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8))
            .run(store);
        Bid bid = ServiceDeskTender.bids().get(0);
        String offer = bid.economicOffer().amount().toPlainString();
        String edited = bid.economicOffer().amount().subtract(BigDecimal.valueOf(1000)).toPlainString();
        Path intact = dir.resolve("intact.json");
        CliRun first = exportStore(store, intact);
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(intact).isRegularFile();

        try (Connection dba = DriverManager.getConnection(H2FileStore.url(store) + ";MAX_COMPACT_TIME=0");
             PreparedStatement edit = dba.prepareStatement("UPDATE otp_aggregate SET document = REPLACE(document, ?, ?)"
                 + " WHERE aggregate_type = 'bid' AND aggregate_id = ?")) {
            edit.setString(1, "\"amount\":" + offer + ",");
            edit.setString(2, "\"amount\":" + edited + ",");
            edit.setString(3, bid.id().value());
            assertThat(edit.executeUpdate()).as("rows edited").isEqualTo(1);
        }
        // The edit took: the store now reads the edited offer back, and its trail says so.
        try (JdbcPersistenceProvider opened = H2FileStore.openExisting(store)) {
            assertThat(opened.repository(Bid.class).find(bid.id()).orElseThrow().value().economicOffer().amount())
                .isEqualByComparingTo(edited);
            AuditVerification verification = opened.auditTrail().verify();
            assertThat(verification.problem()).contains(AuditProblem.DOCUMENT_EDITED);
            assertThat(verification.aggregateId()).contains(bid.id().value());
        }

        Path tampered = dir.resolve("tampered.json");
        CliRun run = exportStore(store, tampered);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Otp.EXIT_INVALID_INPUT);
        assertThat(run.err()).startsWith(store + ": the store's audit trail is not intact, nothing is published: "
            + "audit trail broken").contains("for bid " + bid.id().value(), "(DOCUMENT_EDITED)");
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.out()).isEmpty();
        assertThat(tampered).doesNotExist();

        CliRun spanish = CliRun.of("ocds", "export", "--store", store.toString(), "--out", tampered.toString(),
            "--ocid-prefix", "ocds-dip047", "--publisher", "Diputación", "--published", "2026-12-31T12:00:00Z",
            "--lang", "es");
        assertThat(spanish.exitCode()).isEqualTo(Otp.EXIT_INVALID_INPUT);
        assertThat(spanish.err()).contains("el registro de auditoría del almacén no está íntegro, no se publica nada: ",
            "(DOCUMENT_EDITED)");
        assertThat(tampered).doesNotExist();
    }

    private static CliRun exportStore(Path store, Path out) {
        return CliRun.of("ocds", "export", "--store", store.toString(), "--out", out.toString(), "--ocid-prefix",
            "ocds-dip047", "--publisher", "Diputación Provincial", "--published", "2026-12-31T12:00:00Z");
    }
}
