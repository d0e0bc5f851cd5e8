package io.otp.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.json.OtpJson;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The structural invariants of {@link AuditVerification}, one test each as its Javadoc lists them, checked
 * on the builder and when an outcome is read back from JSON.
 */
class AuditVerificationTest {

    private static final OtpJson JSON = OtpJson.standard();

    private static final String HASH = "ab".repeat(32);

    private static final String GENESIS = AuditChain.GENESIS;

    /** A builder of a broken outcome over 5 entries, to be completed by each case. */
    private static ImmutableAuditVerification.Builder broken() {
        return ImmutableAuditVerification.builder().entries(5).lastHash(GENESIS);
    }

    /** Checks that the builder and the JSON reader both refuse an outcome, naming the path. */
    private static void refused(UnaryOperator<ImmutableAuditVerification.Builder> outcome, String json, String path) {
        assertThatThrownBy(() -> outcome.apply(ImmutableAuditVerification.builder()).build()).as(json)
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .extracting(Violation::path).contains(path));
        assertThatThrownBy(() -> JSON.read(json, AuditVerification.class)).as(json)
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .extracting(Violation::path).contains(path));
    }

    /** Checks that the builder and the JSON reader both accept an outcome, and that it round-trips. */
    private static AuditVerification accepted(UnaryOperator<ImmutableAuditVerification.Builder> outcome, String json) {
        AuditVerification built = outcome.apply(ImmutableAuditVerification.builder()).build();
        AuditVerification read = JSON.read(json, AuditVerification.class);
        assertThat(read).isEqualTo(built);
        assertThat(JSON.read(JSON.write(built), AuditVerification.class)).isEqualTo(built);
        return built;
    }

    @Test
    void theCountsAreNotNegative() {
        refused(b -> b.entries(-1).lastHash(HASH), "{\"entries\":-1,\"lastHash\":\"" + HASH + "\"}", "entries");
        refused(b -> b.entries(0).documents(-1).lastHash(HASH),
            "{\"entries\":0,\"documents\":-1,\"lastHash\":\"" + HASH + "\"}", "documents");
        AuditVerification zero = accepted(b -> b.entries(0).lastHash(GENESIS),
            "{\"entries\":0,\"lastHash\":\"" + GENESIS + "\"}");
        assertThat(zero.documents()).isZero();
        assertThat(zero.isIntact()).isTrue();
    }

    @Test
    void theLastHashIsSixtyFourLowerCaseHexadecimalDigits() {
        String upper = HASH.toUpperCase(java.util.Locale.ROOT);
        refused(b -> b.entries(1).lastHash(upper), "{\"entries\":1,\"lastHash\":\"" + upper + "\"}", "lastHash");
        refused(b -> b.entries(1).lastHash(HASH + "0"), "{\"entries\":1,\"lastHash\":\"" + HASH + "0\"}", "lastHash");
        refused(b -> b.entries(1).lastHash(HASH.substring(1) + "g"),
            "{\"entries\":1,\"lastHash\":\"" + HASH.substring(1) + "g\"}", "lastHash");
    }

    @Test
    void aBrokenTrailNamesItsProblem() {
        refused(b -> b.entries(5).firstBadPosition(3L).lastHash(GENESIS),
            "{\"entries\":5,\"firstBadPosition\":3,\"lastHash\":\"" + GENESIS + "\"}", "problem");
    }

    @Test
    void aBrokenTrailGivesTheGenesisHashAsItsLastHash() {
        refused(b -> b.entries(5).firstBadPosition(6L).problem(AuditProblem.TRUNCATED).lastHash(HASH),
            "{\"entries\":5,\"firstBadPosition\":6,\"problem\":\"TRUNCATED\",\"lastHash\":\"" + HASH + "\"}", "lastHash");
        AuditVerification truncated = accepted(b -> b.entries(5).firstBadPosition(6L).problem(AuditProblem.TRUNCATED)
            .lastHash(GENESIS), "{\"entries\":5,\"firstBadPosition\":6,\"problem\":\"TRUNCATED\",\"lastHash\":\""
            + GENESIS + "\"}");
        assertThat(truncated.isIntact()).isFalse();
        assertThat(truncated.checkpoint()).isEmpty();
    }

    @Test
    void aProblemOfTheChainNamesAPositionFromOneToTheCountOfEntries() {
        for (AuditProblem p : new AuditProblem[] {AuditProblem.EDITED, AuditProblem.POSITION, AuditProblem.BROKEN_LINK}) {
            String start = "{\"entries\":5,\"problem\":\"" + p + "\",\"lastHash\":\"" + GENESIS + "\"";
            refused(b -> broken().problem(p), start + "}", "firstBadPosition");
            refused(b -> broken().problem(p).firstBadPosition(6L), start + ",\"firstBadPosition\":6}", "firstBadPosition");
            accepted(b -> broken().problem(p).firstBadPosition(5L), start + ",\"firstBadPosition\":5}");
            accepted(b -> broken().problem(p).firstBadPosition(1L), start + ",\"firstBadPosition\":1}");
        }
        // a truncated trail names the first position missing, after the last entry
        accepted(b -> broken().problem(AuditProblem.TRUNCATED).firstBadPosition(9L),
            "{\"entries\":5,\"problem\":\"TRUNCATED\",\"firstBadPosition\":9,\"lastHash\":\"" + GENESIS + "\"}");
    }

    @Test
    void aProblemOfADocumentNamesTheAggregateTypeAndId() {
        for (AuditProblem p : new AuditProblem[] {AuditProblem.DOCUMENT_EDITED, AuditProblem.DOCUMENT_VERSION,
            AuditProblem.DOCUMENT_UNRECORDED, AuditProblem.DOCUMENT_MISSING}) {
            String start = "{\"entries\":5,\"problem\":\"" + p + "\",\"lastHash\":\"" + GENESIS + "\"";
            refused(b -> broken().problem(p), start + "}", "aggregateId");
            refused(b -> broken().problem(p).aggregateType("bid"), start + ",\"aggregateType\":\"bid\"}", "aggregateId");
            refused(b -> broken().problem(p).aggregateId("B-1"), start + ",\"aggregateId\":\"B-1\"}", "aggregateType");
            AuditVerification named = accepted(b -> broken().problem(p).aggregateType("bid").aggregateId("B-1"),
                start + ",\"aggregateType\":\"bid\",\"aggregateId\":\"B-1\"}");
            assertThat(named.firstBadPosition()).isEmpty();
        }
    }

    @Test
    void aPositionIsOneOrMore() {
        refused(b -> broken().problem(AuditProblem.TRUNCATED).firstBadPosition(0L),
            "{\"entries\":5,\"problem\":\"TRUNCATED\",\"firstBadPosition\":0,\"lastHash\":\"" + GENESIS + "\"}",
            "firstBadPosition");
        refused(b -> broken().problem(AuditProblem.DOCUMENT_MISSING).firstBadPosition(-3L).aggregateType("bid")
            .aggregateId("B-1"), "{\"entries\":5,\"problem\":\"DOCUMENT_MISSING\",\"firstBadPosition\":-3,"
            + "\"aggregateType\":\"bid\",\"aggregateId\":\"B-1\",\"lastHash\":\"" + GENESIS + "\"}", "firstBadPosition");
    }

    @Test
    void anIntactTrailNamesNoPositionProblemDetailOrAggregate() {
        String start = "{\"entries\":5,\"lastHash\":\"" + HASH + "\"";
        refused(b -> b.entries(5).lastHash(HASH).firstBadPosition(2L), start + ",\"firstBadPosition\":2}", "problem");
        refused(b -> b.entries(5).lastHash(HASH).detail("all is well"), start + ",\"detail\":\"all is well\"}",
            "detail");
        refused(b -> b.entries(5).lastHash(HASH).aggregateType("bid").aggregateId("B-1"),
            start + ",\"aggregateType\":\"bid\",\"aggregateId\":\"B-1\"}", "aggregateId");
        refused(b -> b.entries(5).lastHash(HASH).aggregateType("bid"), start + ",\"aggregateType\":\"bid\"}",
            "aggregateId");
        AuditVerification intact = accepted(b -> b.entries(5).documents(2).lastHash(HASH),
            start + ",\"documents\":2}");
        assertThat(intact.checkpoint()).contains(AuditCheckpoint.of(5, HASH));
        assertThat(intact.toString()).isEqualTo("audit trail intact: 5 entries, 2 documents");
    }
}
