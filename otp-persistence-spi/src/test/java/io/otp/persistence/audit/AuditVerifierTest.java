package io.otp.persistence.audit;

import static io.otp.persistence.audit.AuditHistories.edited;
import static io.otp.persistence.audit.AuditHistories.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.otp.persistence.audit.AuditHistories.Document;
import io.otp.persistence.audit.AuditHistories.History;
import io.otp.persistence.audit.AuditHistories.LastWrite;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link AuditVerifier}: the chain, then the head a store keeps and a checkpoint kept elsewhere, then every
 * stored document against the last audited write of its aggregate, the first problem found reported.
 */
class AuditVerifierTest {

    /**
     * 1 create tender T-1, 2 its domain event, 3 create bid B-1, 4 update T-1 to version 2, 5 delete B-1:
     * the store holds T-1 at version 2.
     */
    private static final History FIVE = new AuditHistories.Builder(0).write("tender", "T-1", false, 1)
        .write("bid", "B-1", false, 0).write("tender", "T-1", false, 0).write("bid", "B-1", true, 0).history();

    private static final Document T1 = FIVE.documents().get(0);

    // ------------------------------------------------------------------ worked examples

    @Test
    void theWorkedHistoryIsAsDescribed() {
        assertThat(FIVE.entries()).extracting(e -> e.change().action())
            .containsExactly("create", "STEP_0", "create", "update", "delete");
        assertThat(FIVE.documents()).containsExactly(T1);
        assertThat(T1.version()).isEqualTo(2);
        assertThat(FIVE.entries().get(3).change().documentHash()).contains(T1.hash());
    }

    @Test
    void anIntactTrailCountsItsEntriesAndDocumentsAndGivesItsCheckpoint() {
        AuditVerification v = verify(AuditCheckpoint.empty(), FIVE.entries(), 5, List.of(T1));
        assertThat(v.isIntact()).as(v.toString()).isTrue();
        assertThat(v.entries()).isEqualTo(5);
        assertThat(v.documents()).isEqualTo(1);
        assertThat(v.lastHash()).isEqualTo(FIVE.entries().get(4).hash());
        assertThat(v.checkpoint()).contains(AuditCheckpoint.of(5, FIVE.entries().get(4).hash()));
        assertThat(v.toString()).isEqualTo("audit trail intact: 5 entries, 1 documents");
    }

    @Test
    void anEmptyTrailWithNothingStoredIsIntactAtTheEmptyCheckpoint() {
        AuditVerification v = verify(AuditCheckpoint.empty(), List.of(), 0, List.of());
        assertThat(v.isIntact()).isTrue();
        assertThat(v.entries()).isZero();
        assertThat(v.lastHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(v.checkpoint()).contains(AuditCheckpoint.empty());
    }

    @Test
    void aHeadBeyondTheEndIsTruncatedAtTheFirstMissingPosition() {
        AuditVerification v = verify(AuditCheckpoint.empty(), FIVE.entries(), 7, List.of(T1));
        assertThat(v.problem()).contains(AuditProblem.TRUNCATED);
        assertThat(v.firstBadPosition()).contains(6L);
        assertThat(v.entries()).isEqualTo(5);
        assertThat(v.detail().orElseThrow()).contains("position 7").contains("ends at 5").contains("last 2 entries");
        assertThat(v.lastHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(v.checkpoint()).isEmpty();
        AuditVerification empty = verify(AuditCheckpoint.empty(), List.of(), 1, List.of());
        assertThat(empty.problem()).contains(AuditProblem.TRUNCATED);
        assertThat(empty.firstBadPosition()).contains(1L);
    }

    @Test
    void aHeadBeforeTheEndNamesTheFirstEntryAfterIt() {
        AuditVerification v = verify(AuditCheckpoint.empty(), FIVE.entries(), 3, List.of(T1));
        assertThat(v.problem()).contains(AuditProblem.HEAD);
        assertThat(v.firstBadPosition()).contains(4L);
        assertThat(v.detail().orElseThrow()).contains("position 3").contains("goes on to 5");
        assertThat(verify(AuditCheckpoint.empty(), FIVE.entries(), 0, List.of(T1)).firstBadPosition()).contains(1L);
    }

    @Test
    void aNegativeHeadReadFromATamperedStoreIsReportedNotThrown() {
        // the head is data the store keeps; verify() reports what was tampered with rather than failing
        AuditVerification v = verify(AuditCheckpoint.empty(), FIVE.entries(), -1, List.of(T1));
        assertThat(v.problem()).contains(AuditProblem.HEAD);
        assertThat(v.firstBadPosition()).contains(1L);
    }

    @Test
    void aCheckpointBeyondTheEndIsTruncatedAtTheFirstMissingPosition() {
        AuditCheckpoint later = AuditCheckpoint.of(8, "c".repeat(64));
        AuditVerification v = verify(later, FIVE.entries(), AuditHistories.NO_HEAD, List.of(T1));
        assertThat(v.problem()).contains(AuditProblem.TRUNCATED);
        assertThat(v.firstBadPosition()).contains(6L);
        assertThat(v.detail().orElseThrow()).contains("entry 8").contains("ends at position 5");
        AuditCheckpoint atFive = AuditCheckpoint.of(FIVE.entries().get(4));
        AuditVerification dropped = verify(atFive, FIVE.entries().subList(0, 3), AuditHistories.NO_HEAD, List.of());
        assertThat(dropped.problem()).contains(AuditProblem.TRUNCATED);
        assertThat(dropped.firstBadPosition()).contains(4L);
    }

    @Test
    void aCheckpointWhoseHashTheTrailNoLongerHoldsIsNamed() {
        AuditCheckpoint wrong = AuditCheckpoint.of(3, FIVE.entries().get(1).hash());
        AuditVerification v = verify(wrong, FIVE.entries(), 5, List.of(T1));
        assertThat(v.problem()).contains(AuditProblem.CHECKPOINT);
        assertThat(v.firstBadPosition()).contains(3L);
        assertThat(v.detail().orElseThrow()).contains(FIVE.entries().get(1).hash()).contains(FIVE.entries().get(2).hash());
        for (AuditEntry e : FIVE.entries()) {
            assertThat(verify(AuditCheckpoint.of(e), FIVE.entries(), 5, List.of(T1)).isIntact()).isTrue();
        }
    }

    @Test
    void aChainRewrittenConsistentlyFromBeforeTheCheckpointIsFoundOnlyByTheCheckpoint() {
        // whoever can write to the store rewrites entry 2 and rehashes everything after it
        List<AuditEntry> rewritten = rewriteFrom(FIVE.entries(), 1);
        assertThat(AuditChain.verify(rewritten).isIntact()).isTrue();
        AuditVerification v = verify(AuditCheckpoint.of(FIVE.entries().get(3)), rewritten, 5, List.of(T1));
        assertThat(v.problem()).contains(AuditProblem.CHECKPOINT);
        assertThat(v.firstBadPosition()).contains(4L);
    }

    @Test
    void aStoredDocumentWithAnotherDigestIsEditedNamingTheAggregateAndItsLastWrite() {
        Document edited = T1.withJson("{\"id\":\"T-1\",\"version\":2,\"amount\":9999.50}");
        AuditVerification v = verify(AuditCheckpoint.empty(), FIVE.entries(), 5, List.of(edited));
        assertDocumentProblem(v, AuditProblem.DOCUMENT_EDITED, "tender", "T-1", Optional.of(4L));
        assertThat(v.documents()).isEqualTo(1);
        assertThat(v.detail().orElseThrow()).contains(edited.hash()).contains(T1.hash());
        assertThat(v.toString()).startsWith("audit trail broken at position 4, for tender T-1 (DOCUMENT_EDITED): ");
        // the same value written otherwise is the same document
        assertThat(T1.json()).isEqualTo("{\"id\":\"T-1\",\"version\":2,\"amount\":4.50}");
        Document respaced = T1.withJson("{ \"amount\": 450E-2, \"version\": 2, \"id\": \"T-1\" }");
        assertThat(verify(AuditCheckpoint.empty(), FIVE.entries(), 5, List.of(respaced)).isIntact()).isTrue();
    }

    @Test
    void aStoredDocumentAtAnotherVersionIsNamed() {
        AuditVerification v = verify(AuditCheckpoint.empty(), FIVE.entries(), 5, List.of(T1.atVersion(1)));
        assertDocumentProblem(v, AuditProblem.DOCUMENT_VERSION, "tender", "T-1", Optional.of(4L));
        assertThat(v.detail().orElseThrow()).contains("version 1").contains("version 2");
    }

    @Test
    void aDocumentStoredWithoutAWriteOrAfterItsDeletionIsUnrecorded() {
        Document restored = new Document("bid", "B-1", 1, "{\"id\":\"B-1\"}");
        AuditVerification afterDeletion = verify(AuditCheckpoint.empty(), FIVE.entries(), 5, List.of(T1, restored));
        assertDocumentProblem(afterDeletion, AuditProblem.DOCUMENT_UNRECORDED, "bid", "B-1", Optional.of(5L));
        assertThat(afterDeletion.documents()).isEqualTo(2);
        Document inserted = new Document("bid", "B-7", 1, "{\"id\":\"B-7\"}");
        AuditVerification unknown = verify(AuditCheckpoint.empty(), FIVE.entries(), 5, List.of(inserted, T1));
        assertDocumentProblem(unknown, AuditProblem.DOCUMENT_UNRECORDED, "bid", "B-7", Optional.empty());
        assertThat(unknown.toString()).startsWith("audit trail broken for bid B-7 (DOCUMENT_UNRECORDED): ");
        // the same id under another type is another aggregate
        Document otherType = new Document("bid", "T-1", 2, T1.json());
        assertDocumentProblem(verify(AuditCheckpoint.empty(), FIVE.entries(), 5, List.of(T1, otherType)),
            AuditProblem.DOCUMENT_UNRECORDED, "bid", "T-1", Optional.empty());
    }

    @Test
    void aWrittenDocumentNotStoredIsMissingTheEarliestByItsLastWrite() {
        AuditVerification v = verify(AuditCheckpoint.empty(), FIVE.entries(), 5, List.of());
        assertDocumentProblem(v, AuditProblem.DOCUMENT_MISSING, "tender", "T-1", Optional.of(4L));
        assertThat(v.documents()).isZero();
        // 1 create A, 2 create B, 3 create C, 4 update A: missing all three, B's last write is the earliest
        History h = new AuditHistories.Builder(0).write("tender", "A", false, 0).write("tender", "B", false, 0)
            .write("bid", "C", false, 0).write("tender", "A", false, 0).history();
        Map<String, Document> stored = new java.util.HashMap<>();
        h.documents().forEach(d -> stored.put(d.id(), d));
        assertDocumentProblem(verify(AuditCheckpoint.empty(), h.entries(), 4, List.of()),
            AuditProblem.DOCUMENT_MISSING, "tender", "B", Optional.of(2L));
        assertDocumentProblem(verify(AuditCheckpoint.empty(), h.entries(), 4, List.of(stored.get("B"))),
            AuditProblem.DOCUMENT_MISSING, "bid", "C", Optional.of(3L));
        assertDocumentProblem(verify(AuditCheckpoint.empty(), h.entries(), 4, List.of(stored.get("C"), stored.get("B"))),
            AuditProblem.DOCUMENT_MISSING, "tender", "A", Optional.of(4L));
    }

    @Test
    void documentsAreNotCheckedWhenTheyAreNotGiven() {
        AuditVerifier verifier = AuditVerifier.create();
        FIVE.entries().forEach(verifier::entry);
        AuditVerification v = verifier.result();
        assertThat(v.isIntact()).isTrue();
        assertThat(v.documents()).isZero();
    }

    @Test
    void theFirstProblemInTheOrderOfTheStepsIsReported() {
        List<AuditEntry> edited = new ArrayList<>(FIVE.entries());
        edited.set(1, AuditHistories.withChange(edited.get(1), edited(edited.get(1).change(), f -> f.summary = "x")));
        // an edited entry, a wrong head and a missing document: the chain comes first
        AuditVerification chain = verify(AuditCheckpoint.empty(), edited, 9, List.of());
        assertThat(chain.problem()).contains(AuditProblem.EDITED);
        assertThat(chain.firstBadPosition()).contains(2L);
        assertThat(chain.entries()).isEqualTo(2);
        // a wrong head and a missing document: the head
        assertThat(verify(AuditCheckpoint.empty(), FIVE.entries(), 9, List.of()).problem()).contains(AuditProblem.TRUNCATED);
        // a wrong checkpoint and a missing document: the checkpoint
        AuditCheckpoint wrong = AuditCheckpoint.of(2, "d".repeat(64));
        assertThat(verify(wrong, FIVE.entries(), 5, List.of()).problem()).contains(AuditProblem.CHECKPOINT);
        // two wrong documents: the first given
        Document restored = new Document("bid", "B-1", 1, "{}");
        assertThat(verify(AuditCheckpoint.empty(), FIVE.entries(), 5, List.of(T1.atVersion(7), restored)).problem())
            .contains(AuditProblem.DOCUMENT_VERSION);
    }

    @Test
    void onceBrokenFurtherInputIsIgnored() {
        List<AuditEntry> entries = new ArrayList<>(FIVE.entries());
        Collections.swap(entries, 1, 2);
        AuditVerifier verifier = AuditVerifier.create();
        assertThat(verifier.entry(entries.get(0))).isTrue();
        assertThat(verifier.entry(entries.get(1))).isFalse();
        assertThat(verifier.entry(entries.get(2))).isFalse();
        assertThat(verifier.head(5)).isFalse();
        assertThat(verifier.beginDocuments()).isFalse();
        assertThat(verifier.document("tender", "T-9", 1, T1.hash())).isFalse();
        AuditVerification v = verifier.result();
        assertThat(v.problem()).contains(AuditProblem.POSITION);
        assertThat(v.firstBadPosition()).contains(2L);
        assertThat(v.entries()).isEqualTo(2);
        assertThat(verifier.result()).isEqualTo(v);
    }

    @Test
    void entriesAfterTheHeadOrTheDocumentsAreAMisuse() {
        AuditVerifier afterDocuments = AuditVerifier.create();
        afterDocuments.entry(FIVE.entries().get(0));
        afterDocuments.beginDocuments();
        assertThatThrownBy(() -> afterDocuments.entry(FIVE.entries().get(1))).isInstanceOf(IllegalStateException.class);
        AuditVerifier afterHead = AuditVerifier.create();
        afterHead.head(0);
        assertThatThrownBy(() -> afterHead.entry(FIVE.entries().get(0))).isInstanceOf(IllegalStateException.class);
        AuditVerifier afterResult = AuditVerifier.create();
        afterResult.result();
        assertThatThrownBy(() -> afterResult.entry(FIVE.entries().get(0))).isInstanceOf(IllegalStateException.class);
        AuditVerifier documentsFirst = AuditVerifier.create();
        assertThatThrownBy(() -> documentsFirst.document("tender", "T-1", 1, T1.hash()))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("beginDocuments");
    }

    // ------------------------------------------------------------------ properties

    /** The single damages the property below does to a history. */
    enum Damage { NONE, TRUNCATE, EDIT, VERSION, DROP, ADD_UNKNOWN, ADD_DELETED }

    @Test
    void anIntactHistoryVerifiesAndAnySingleDamageIsFoundAsItsProblem() {
        Map<Damage, Integer> done = new EnumMap<>(Damage.class);
        qt().withExamples(1_500).forAll(AuditHistories.histories(), integers().between(0, Damage.values().length - 1),
            integers().between(0, 10_000), longs().all()).checkAssert((h, d, pick, seed) -> {
                Damage damage = Damage.values()[d];
                if (damage(h, damage, pick, new Random(seed))) {
                    done.merge(damage, 1, Integer::sum);
                }
            });
        for (Damage d : Damage.values()) {
            assertThat(done.getOrDefault(d, 0)).as("histories damaged by %s", d).isGreaterThanOrEqualTo(30);
        }
    }

    /** Checks one damage of a history; false if the history has nothing it applies to. */
    private static boolean damage(History h, Damage damage, int pick, Random random) {
        int n = h.entries().size();
        List<LastWrite> live = h.aggregates().values().stream().filter(w -> !w.deleted()).toList();
        List<LastWrite> target = switch (damage) {
            case EDIT -> live.stream().filter(LastWrite::digested).toList();
            case VERSION, DROP -> live;
            case ADD_DELETED -> h.aggregates().values().stream().filter(LastWrite::deleted).toList();
            default -> List.of();
        };
        if ((damage == Damage.TRUNCATE && n == 0) || (target.isEmpty() && damage.compareTo(Damage.EDIT) >= 0
                && damage != Damage.ADD_UNKNOWN)) {
            return false;
        }
        LastWrite w = target.isEmpty() ? null : target.get(pick % target.size());
        // DROP takes away one document, or two when pick is odd: the one reported is the one written first
        LastWrite second = pick % 2 == 1 && !target.isEmpty() ? target.get((pick / 7) % target.size()) : w;
        LastWrite missing = second != null && second.position() < w.position() ? second : w;
        List<Document> documents = new ArrayList<>(h.documents());
        List<AuditEntry> entries = h.entries();
        long head = n;
        switch (damage) {
            case TRUNCATE -> entries = entries.subList(0, n - 1 - pick % n);
            case EDIT -> documents.replaceAll(doc -> doc.id().equals(w.id()) && doc.type().equals(w.type())
                ? doc.withJson(doc.json().replace("}", ",\"edited\":true}")) : doc);
            case VERSION -> documents.replaceAll(doc -> doc.id().equals(w.id()) && doc.type().equals(w.type())
                ? doc.atVersion(doc.version() + 1 + pick % 3) : doc);
            case DROP -> documents.removeIf(doc -> (doc.id().equals(w.id()) && doc.type().equals(w.type()))
                || (doc.id().equals(second.id()) && doc.type().equals(second.type())));
            case ADD_UNKNOWN -> documents.add(new Document("tender", "T-9", 1, "{\"id\":\"T-9\"}"));
            case ADD_DELETED -> documents.add(new Document(w.type(), w.id(), 1 + pick % 4, "{}"));
            default -> { }
        }
        Collections.shuffle(documents, random);
        AuditVerification v = verify(AuditCheckpoint.empty(), entries, head, documents);
        switch (damage) {
            case NONE -> {
                assertThat(v.isIntact()).as(v.toString()).isTrue();
                assertThat(v.entries()).isEqualTo(n);
                assertThat(v.documents()).isEqualTo(live.size());
                assertThat(v.checkpoint()).contains(n == 0 ? AuditCheckpoint.empty()
                    : AuditCheckpoint.of(h.entries().get(n - 1)));
            }
            case TRUNCATE -> {
                assertThat(v.problem()).as(v.toString()).contains(AuditProblem.TRUNCATED);
                assertThat(v.firstBadPosition()).contains(entries.size() + 1L);
            }
            case EDIT -> assertDocumentProblem(v, AuditProblem.DOCUMENT_EDITED, w.type(), w.id(), Optional.of(w.position()));
            case VERSION -> assertDocumentProblem(v, AuditProblem.DOCUMENT_VERSION, w.type(), w.id(),
                Optional.of(w.position()));
            case DROP -> assertDocumentProblem(v, AuditProblem.DOCUMENT_MISSING, missing.type(), missing.id(),
                Optional.of(missing.position()));
            case ADD_UNKNOWN -> assertDocumentProblem(v, AuditProblem.DOCUMENT_UNRECORDED, "tender", "T-9", Optional.empty());
            case ADD_DELETED -> assertDocumentProblem(v, AuditProblem.DOCUMENT_UNRECORDED, w.type(), w.id(),
                Optional.of(w.position()));
        }
        return true;
    }

    @Test
    void aCheckpointHoldsUntilTheChainIsRewrittenAtOrBeforeIt() {
        qt().withExamples(300).forAll(AuditHistories.histories(), integers().between(0, 10_000),
            integers().between(0, 10_000)).checkAssert((h, c, r) -> {
                int n = h.entries().size();
                if (n == 0) {
                    return;
                }
                int at = c % n;
                AuditCheckpoint checkpoint = AuditCheckpoint.of(h.entries().get(at));
                assertThat(verify(checkpoint, h.entries(), n, h.documents()).isIntact()).isTrue();
                int from = r % n;
                AuditVerification v = verify(checkpoint, rewriteFrom(h.entries(), from), n, h.documents());
                if (from <= at) {
                    assertThat(v.problem()).as(v.toString()).contains(AuditProblem.CHECKPOINT);
                    assertThat(v.firstBadPosition()).contains(at + 1L);
                } else {
                    assertThat(v.isIntact()).as(v.toString()).isTrue();
                }
            });
    }

    /** The chain with the summary of the entry at an index edited and every entry from there rehashed. */
    private static List<AuditEntry> rewriteFrom(List<AuditEntry> entries, int index) {
        List<AuditEntry> out = new ArrayList<>(entries.subList(0, index));
        for (int i = index; i < entries.size(); i++) {
            AuditChange c = entries.get(i).change();
            AuditChange change = i == index ? edited(c, f -> f.summary = f.summary + " (rewritten)") : c;
            out.add(AuditChain.next(out.isEmpty() ? Optional.empty() : Optional.of(out.get(out.size() - 1)), change));
        }
        return out;
    }

    private static void assertDocumentProblem(AuditVerification v, AuditProblem problem, String type, String id,
                                              Optional<Long> position) {
        assertThat(v.problem()).as(v.toString()).contains(problem);
        assertThat(v.aggregateType()).contains(type);
        assertThat(v.aggregateId()).contains(id);
        assertThat(v.firstBadPosition()).isEqualTo(position);
        assertThat(v.detail().orElseThrow()).contains(type + " " + id);
        assertThat(v.lastHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(v.checkpoint()).isEmpty();
    }
}
