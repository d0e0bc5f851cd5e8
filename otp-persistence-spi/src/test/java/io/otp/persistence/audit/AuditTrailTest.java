package io.otp.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.PersonId;
import io.otp.core.json.OtpJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AuditTrail} gets from its default methods ({@link AuditTrail#checkpoint()},
 * {@link AuditTrail#verify()}, {@link AuditTrail#verify(AuditCheckpoint)} reading page by page), and the
 * invariants of {@link AuditCheckpoint}.
 */
class AuditTrailTest {

    /** A trail over a list, with only what a store must write itself; it counts the pages read. */
    private static final class ListTrail implements AuditTrail {
        final List<AuditEntry> entries = new ArrayList<>();
        final List<Integer> limitsRead = new ArrayList<>();

        @Override
        public AuditEntry append(AuditChange change) {
            AuditEntry e = AuditChain.next(last(), AuditChain.requireAppendable(change));
            entries.add(e);
            return e;
        }

        @Override
        public List<AuditEntry> read(long fromPosition, int limit) {
            limitsRead.add(limit);
            int from = (int) Math.min(fromPosition - 1, entries.size());
            return List.copyOf(entries.subList(from, Math.min(from + limit, entries.size())));
        }

        @Override
        public Optional<AuditEntry> last() {
            return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
        }
    }

    private static AuditChange step(int i) {
        return AuditChange.builder().aggregateType("meeting").aggregateId("M-" + i).versionBefore(0).versionAfter(1)
            .actor(PersonId.of("P1")).at(AuditHistories.T0.plusSeconds(i)).action("MEETING_HELD").build();
    }

    private static ListTrail trailOf(int n) {
        ListTrail trail = new ListTrail();
        for (int i = 0; i < n; i++) {
            trail.append(step(i));
        }
        return trail;
    }

    @Test
    void theCheckpointIsTheLastEntryOrTheEmptyOne() {
        ListTrail trail = new ListTrail();
        assertThat(trail.checkpoint()).isEqualTo(AuditCheckpoint.empty());
        assertThat(AuditCheckpoint.empty().position()).isZero();
        assertThat(AuditCheckpoint.empty().hash()).isEqualTo(AuditChain.GENESIS);
        AuditEntry first = trail.append(step(1));
        AuditEntry second = trail.append(step(2));
        assertThat(trail.checkpoint()).isEqualTo(AuditCheckpoint.of(2, second.hash()))
            .isEqualTo(AuditCheckpoint.of(second)).isNotEqualTo(AuditCheckpoint.of(first));
        assertThat(trail.checkpoint().toString()).isEqualTo("audit checkpoint 2 " + second.hash());
    }

    @Test
    void theDefaultVerificationReadsThePagesOfTheWholeChain() {
        // 2,500 entries: pages from 1, 1001 and 2001, the last one short; 2,000: a third page comes back empty
        int[][] cases = {{0, 1}, {999, 1}, {1000, 2}, {2000, 3}, {2500, 3}};
        for (int[] c : cases) {
            ListTrail trail = trailOf(c[0]);
            AuditVerification v = trail.verify();
            assertThat(v.isIntact()).as(v.toString()).isTrue();
            assertThat(v.entries()).isEqualTo(c[0]);
            assertThat(v.checkpoint()).contains(trail.checkpoint());
            assertThat(trail.limitsRead).as("%d entries", c[0]).hasSize(c[1])
                .containsOnly(AuditTrail.VERIFY_PAGE).contains(1000);
        }
    }

    @Test
    void theDefaultVerificationFindsAnEditAfterTheFirstPageAndStopsReading() {
        ListTrail trail = trailOf(2500);
        AuditEntry e = trail.entries.get(1200);
        trail.entries.set(1200, AuditHistories.withChange(e, AuditHistories.edited(e.change(), f -> f.summary = "x")));
        AuditVerification v = trail.verify();
        assertThat(v.problem()).contains(AuditProblem.EDITED);
        assertThat(v.firstBadPosition()).contains(1201L);
        assertThat(trail.limitsRead).hasSize(2);
    }

    @Test
    void theDefaultVerificationChecksTheCheckpoint() {
        ListTrail trail = trailOf(1500);
        AuditCheckpoint kept = trail.checkpoint();
        AuditCheckpoint middle = AuditCheckpoint.of(trail.entries.get(700));
        assertThat(trail.verify(kept).isIntact()).isTrue();
        assertThat(trail.verify(middle).isIntact()).isTrue();
        trail.entries.subList(1200, 1500).clear();
        AuditVerification truncated = trail.verify(kept);
        assertThat(truncated.problem()).contains(AuditProblem.TRUNCATED);
        assertThat(truncated.firstBadPosition()).contains(1201L);
        assertThat(trail.verify().isIntact()).isTrue();
        AuditVerification rewritten = trail.verify(AuditCheckpoint.of(701, kept.hash()));
        assertThat(rewritten.problem()).contains(AuditProblem.CHECKPOINT);
        assertThat(rewritten.firstBadPosition()).contains(701L);
    }

    @Test
    void aTrailRefusesToAppendTheActionsOfWrites() {
        ListTrail trail = new ListTrail();
        for (String action : new String[] {"create", "update", "delete"}) {
            AuditChange write = AuditHistories.edited(step(1), f -> f.action = action);
            assertThatThrownBy(() -> trail.append(write)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).extracting(Violation::path, Violation::ruleId)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("action", "OTP-AUDIT-ACTION-RESERVED")));
            assertThat(AuditChain.isWrite(action)).isTrue();
        }
        for (String action : new String[] {"Create", "created", "DELETE", "update ", "MEETING_HELD"}) {
            assertThat(AuditChain.isWrite(action)).as(action).isFalse();
            trail.append(AuditHistories.edited(step(1), f -> f.action = action));
        }
        assertThat(trail.entries).hasSize(5);
    }

    @Test
    void aCheckpointHasAPositionNotNegativeAndTheGenesisHashExactlyAtZero() {
        String hash = "9f".repeat(32);
        assertCheckpointRefused(-1, hash, "position", "OTP-AUDIT-CHECKPOINT");
        assertCheckpointRefused(0, hash, "hash", "OTP-AUDIT-CHECKPOINT");
        assertCheckpointRefused(3, AuditChain.GENESIS, "hash", "OTP-AUDIT-CHECKPOINT");
        assertCheckpointRefused(3, hash.toUpperCase(java.util.Locale.ROOT), "hash", "OTP-AUDIT-HASH");
        assertCheckpointRefused(3, hash.substring(2), "hash", "OTP-AUDIT-HASH");
        assertThat(AuditCheckpoint.of(3, hash).position()).isEqualTo(3);
        assertThat(AuditCheckpoint.of(0, AuditChain.GENESIS)).isEqualTo(AuditCheckpoint.empty());
        OtpJson json = OtpJson.standard();
        assertThat(json.read("{\"position\":3,\"hash\":\"" + hash + "\"}", AuditCheckpoint.class))
            .isEqualTo(AuditCheckpoint.of(3, hash));
        assertThatThrownBy(() -> json.read("{\"position\":0,\"hash\":\"" + hash + "\"}", AuditCheckpoint.class))
            .isInstanceOf(ValidationException.class).hasMessageContaining("OTP-AUDIT-CHECKPOINT");
    }

    private static void assertCheckpointRefused(long position, String hash, String path, String rule) {
        assertThatThrownBy(() -> AuditCheckpoint.of(position, hash)).as("%d %s", position, hash)
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .extracting(Violation::path, Violation::ruleId).contains(org.assertj.core.groups.Tuple.tuple(path, rule)));
    }
}
