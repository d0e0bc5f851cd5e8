package io.otp.persistence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.PersonId;
import io.otp.persistence.audit.AuditChain;
import io.otp.persistence.audit.AuditChange;
import io.otp.persistence.memory.InMemoryPersistenceProvider;
import io.otp.persistence.memory.Notebook;
import io.otp.persistence.memory.Notebook.Note;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The version check and the audit changes every store applies to a write ({@link AggregateWrites}), and that
 * the in-memory store takes them from there instead of deciding a conflict itself.
 */
class AggregateWritesTest {

    private static final ChangeContext BY = ChangeContext.of(PersonId.of("P1"), Instant.parse("2026-05-04T09:00:00Z"),
        "alta");

    private static final AggregateDocument DOCUMENT = AggregateDocument.of(Notebook.class,
        Notebook.of("NB-1", "t").with(Note.of("OPENED")).with(Note.of("SEALED")));

    @Test
    void aSaveOfTheStoredVersionRecordsTheWriteAndTheNewEvents() {
        assertThat(AggregateWrites.save(DOCUMENT, 0, 0, 0, BY)).extracting(AuditChange::action)
            .containsExactly("create", "OPENED", "SEALED");
        List<AuditChange> updated = AggregateWrites.save(DOCUMENT, 3, 3, 1, BY);
        assertThat(updated).extracting(AuditChange::action).containsExactly("update", "SEALED");
        assertThat(updated).allSatisfy(c -> assertThat(c.versionAfter()).isEqualTo(4));
        assertThat(updated).isEqualTo(DOCUMENT.changes(3, 1, BY));
    }

    @Test
    void aSaveOfAnotherVersionThanTheStoredOneIsAConflict() {
        qt().forAll(longs().between(0, 1_000), longs().between(0, 1_000))
            .assuming((expected, stored) -> !expected.equals(stored))
            .checkAssert((expected, stored) -> assertThatThrownBy(() -> AggregateWrites.save(DOCUMENT, expected, stored,
                0, BY)).isInstanceOfSatisfying(VersionConflictException.class, e -> {
                    assertThat(e.aggregateType()).isEqualTo("notebook");
                    assertThat(e.aggregateId()).isEqualTo("NB-1");
                    assertThat(e.expectedVersion()).isEqualTo(expected);
                    assertThat(e.currentVersion()).isEqualTo(stored);
                }));
    }

    @Test
    void aDeleteOfTheStoredVersionRecordsTheDeletion() {
        AuditChange deletion = AggregateWrites.delete("notebook", "NB-1", 5, 5, BY);
        assertThat(deletion).isEqualTo(AggregateDocument.deletion("notebook", "NB-1", 5, BY));
        assertThat(deletion.action()).isEqualTo("delete");
    }

    @Test
    void aDeleteOfNothingStoredOrOfAnotherVersionIsAConflict() {
        assertThatThrownBy(() -> AggregateWrites.delete("notebook", "NB-1", 0, 0, BY))
            .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.currentVersion()).isZero());
        assertThatThrownBy(() -> AggregateWrites.delete("notebook", "NB-1", 2, 3, BY))
            .isInstanceOfSatisfying(VersionConflictException.class, e -> {
                assertThat(e.expectedVersion()).isEqualTo(2);
                assertThat(e.currentVersion()).isEqualTo(3);
            });
    }

    @Test
    void aConflictFoundByTheDatabaseNamesBothVersions() {
        VersionConflictException e = AggregateWrites.conflict("notebook", "NB-1", 4, 5);
        assertThat(e.expectedVersion()).isEqualTo(4);
        assertThat(e.currentVersion()).isEqualTo(5);
        assertThat(e.getMessage()).contains("expected version 4", "stored version is 5");
    }

    @Test
    void aReadOfTheAuditTrailStartsAtPositionOneAndReadsAtLeastOneEntry() {
        AuditChain.requireReadRange(1, 1);
        assertThatThrownBy(() -> AuditChain.requireReadRange(0, 1)).isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.violations()).extracting(Violation::path, Violation::ruleId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fromPosition", "OTP-AUDIT-READ")));
        assertThatThrownBy(() -> AuditChain.requireReadRange(1, 0)).isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("limit"));
    }

    @Test
    void theInMemoryStoreDecidesNoConflictItself() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackagesOf(InMemoryPersistenceProvider.class);
        assertThat(classes.contain(InMemoryPersistenceProvider.class)).isTrue();
        noClasses().should().callConstructor(VersionConflictException.class, String.class, String.class, long.class,
                long.class)
            .orShould().callMethod(AggregateDocument.class, "changes", long.class, int.class, ChangeContext.class)
            .orShould().callMethod(AggregateDocument.class, "deletion", String.class, String.class, long.class,
                ChangeContext.class)
            .because("the version check and the audit changes of a write live once, in AggregateWrites")
            .check(classes);
        assertThat(classes.stream().flatMap(c -> c.getMethodCallsFromSelf().stream())
            .filter(call -> call.getTargetOwner().isEquivalentTo(AggregateWrites.class))
            .map(call -> call.getName()).distinct()).containsExactlyInAnyOrder("save", "delete");
    }
}
