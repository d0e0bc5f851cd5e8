package io.otp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.otp.persistence.audit.AuditProblem;
import io.otp.persistence.audit.AuditVerification;
import io.otp.persistence.jdbc.H2FileStore;
import io.otp.persistence.jdbc.JdbcPersistenceProvider;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;

/**
 * The persistence scenario on an H2 file under target/: saved, reopened, read back identical, and an
 * audit row edited directly in the database is named by the verifier.
 *
 * <p>Expected audit entries: one {@code create} per aggregate saved (the tender, 6 bids, 2 evaluations and
 * the contract: 10), plus one entry per step of each evaluation: lot L1 has 14 steps (start, 3 bids, the
 * scores, seal, threshold, opening, formula, detection, the rejected justification, ranking, ties,
 * proposal) and lot L2 13 (its detection flags no offer, so there is no justification step): 37 in all.
 */
class PersistenceScenarioTest {

    private static final Path DIRECTORY = Path.of("target", "otp-data-test");

    private static PersistenceScenario.Outcome run() {
        return new PersistenceScenario(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run(DIRECTORY);
    }

    @Test
    void theScenarioIsSavedReopenedAndReadBackIdentical() {
        PersistenceScenario.Outcome outcome = run();
        assertThat(outcome.saved()).isEqualTo(10);
        assertThat(outcome.readBackIdentical()).isTrue();
        assertThat(outcome.verification().isIntact()).isTrue();
        assertThat(outcome.actions()).containsEntry("tender create", 1).containsEntry("bid create", 6)
            .containsEntry("evaluation create", 2).containsEntry("contract create", 1)
            .containsEntry("evaluation STARTED", 2).containsEntry("evaluation AWARD_PROPOSED", 2)
            .containsEntry("evaluation JUSTIFICATION_DECIDED", 1);
        assertThat(outcome.verification().entries()).isEqualTo(37)
            .isEqualTo(outcome.actions().values().stream().mapToInt(Integer::intValue).sum());
        assertThat(outcome.verification().documents()).isEqualTo(10);
        assertThat(outcome.checkpoint().position()).isEqualTo(37);
        assertThat(outcome.verification().checkpoint()).contains(outcome.checkpoint());
    }

    @Test
    void anAuditRowEditedInTheDatabaseIsNamedByTheVerifier() throws Exception {
        run();
        try (Connection c = java.sql.DriverManager.getConnection(H2FileStore.url(DIRECTORY));
                PreparedStatement edit = c.prepareStatement(
                    "UPDATE otp_audit_entry SET actor = ? WHERE entry_position = ?")) {
            edit.setString(1, "P-INTRUDER");
            edit.setLong(2, 5);
            assertThat(edit.executeUpdate()).isEqualTo(1);
        }
        try (JdbcPersistenceProvider store = H2FileStore.openExisting(DIRECTORY)) {
            AuditVerification v = store.auditTrail().verify();
            assertThat(v.isIntact()).isFalse();
            assertThat(v.firstBadPosition()).contains(5L);
            assertThat(v.problem()).contains(AuditProblem.EDITED);
        }
    }
}
