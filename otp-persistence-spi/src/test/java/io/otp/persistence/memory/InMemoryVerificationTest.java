package io.otp.persistence.memory;

import static io.otp.persistence.memory.InMemoryPersistenceProviderTest.BY;
import static io.otp.persistence.memory.InMemoryPersistenceProviderTest.need;
import static org.assertj.core.api.Assertions.assertThat;

import io.otp.core.id.NeedId;
import io.otp.core.need.Need;
import io.otp.persistence.Repository;
import io.otp.persistence.Stored;
import io.otp.persistence.audit.AuditCheckpoint;
import io.otp.persistence.audit.AuditEntry;
import io.otp.persistence.audit.AuditProblem;
import io.otp.persistence.audit.AuditVerification;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The in-memory store's {@code auditTrail().verify()} checks every document it holds against the last audited
 * write of its aggregate: what is held is changed here behind the store's back, as someone with access to a
 * database would change its tables.
 */
class InMemoryVerificationTest {

    /**
     * A store with: 1 create NB-1, 2 its event OPENED, 3 create N-1, 4 create NB-2, 5 update NB-1,
     * 6 delete NB-2.
     */
    private final InMemoryPersistenceProvider store = InMemoryPersistenceProvider.create();

    private final Repository<Notebook, NeedId> notebooks = store.repository(Notebook.class);

    InMemoryVerificationTest() {
        notebooks.save(Notebook.of("NB-1", "first").with(Notebook.Note.of("OPENED")), 0, BY);
        store.repository(Need.class).save(need("N-1"), 0, BY);
        notebooks.save(Notebook.of("NB-2", "second"), 0, BY);
        notebooks.save(Notebook.of("NB-1", "first, revised").with(Notebook.Note.of("OPENED")), 1, BY);
        notebooks.delete(NeedId.of("NB-2"), 1, BY);
    }

    @SuppressWarnings("unchecked")
    private TreeMap<String, Stored<?>> held(Class<?> type) {
        return ((Map<Class<?>, TreeMap<String, Stored<?>>>) field("data")).get(type);
    }

    @SuppressWarnings("unchecked")
    private List<AuditEntry> entries() {
        return (List<AuditEntry>) field("audit");
    }

    private Object field(String name) {
        try {
            Field f = InMemoryPersistenceProvider.class.getDeclaredField(name);
            f.setAccessible(true);
            return f.get(store);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private void assertProblem(AuditProblem problem, String type, String id, Optional<Long> position) {
        AuditVerification v = store.auditTrail().verify();
        assertThat(v.problem()).as(v.toString()).contains(problem);
        assertThat(v.aggregateType()).contains(type);
        assertThat(v.aggregateId()).contains(id);
        assertThat(v.firstBadPosition()).isEqualTo(position);
    }

    @Test
    void anUntouchedStoreIsIntactWithEveryDocumentOfEveryTypeChecked() {
        AuditVerification v = store.auditTrail().verify();
        assertThat(v.isIntact()).as(v.toString()).isTrue();
        assertThat(v.entries()).isEqualTo(6);
        assertThat(v.documents()).isEqualTo(2);
        assertThat(v.checkpoint()).contains(store.auditTrail().checkpoint());
        assertThat(store.auditTrail().checkpoint().position()).isEqualTo(6);
    }

    @Test
    void aDocumentEditedBehindTheStoresBackIsFound() {
        held(Notebook.class).put("NB-1", Stored.of(Notebook.of("NB-1", "forged").with(Notebook.Note.of("OPENED")), 2));
        assertProblem(AuditProblem.DOCUMENT_EDITED, "notebook", "NB-1", Optional.of(5L));
    }

    @Test
    void aDocumentAtAnotherVersionIsFound() {
        Stored<?> n1 = held(Need.class).get("N-1");
        held(Need.class).put("N-1", Stored.of((Need) n1.value(), 7));
        assertProblem(AuditProblem.DOCUMENT_VERSION, "need", "N-1", Optional.of(3L));
    }

    @Test
    void aDocumentDeletedBehindTheStoresBackIsMissing() {
        held(Need.class).remove("N-1");
        assertProblem(AuditProblem.DOCUMENT_MISSING, "need", "N-1", Optional.of(3L));
    }

    @Test
    void aDocumentInsertedOrRestoredBehindTheStoresBackIsUnrecorded() {
        held(Notebook.class).put("NB-2", Stored.of(Notebook.of("NB-2", "second"), 1));
        assertProblem(AuditProblem.DOCUMENT_UNRECORDED, "notebook", "NB-2", Optional.of(6L));
        held(Notebook.class).remove("NB-2");
        held(Notebook.class).put("NB-0", Stored.of(Notebook.of("NB-0", "new"), 1));
        assertProblem(AuditProblem.DOCUMENT_UNRECORDED, "notebook", "NB-0", Optional.empty());
    }

    @Test
    void anEntryEditedOrTheTrailTruncatedBehindTheStoresBackIsFound() {
        AuditCheckpoint kept = store.auditTrail().checkpoint();
        List<AuditEntry> entries = entries();
        entries.remove(5);
        // without its deletion, NB-2 should be held: the documents show it; the checkpoint shows the truncation
        assertProblem(AuditProblem.DOCUMENT_MISSING, "notebook", "NB-2", Optional.of(4L));
        AuditVerification v = store.auditTrail().verify(kept);
        assertThat(v.problem()).contains(AuditProblem.TRUNCATED);
        assertThat(v.firstBadPosition()).contains(6L);
        AuditEntry second = entries.get(1);
        entries.set(1, entries.get(2));
        AuditVerification swapped = store.auditTrail().verify();
        assertThat(swapped.problem()).contains(AuditProblem.POSITION);
        assertThat(swapped.firstBadPosition()).contains(2L);
        assertThat(second.change().action()).isEqualTo("OPENED");
    }
}
