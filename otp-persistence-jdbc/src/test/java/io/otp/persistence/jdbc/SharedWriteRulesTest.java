package io.otp.persistence.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.otp.persistence.AggregateDocument;
import io.otp.persistence.AggregateWrites;
import io.otp.persistence.ChangeContext;
import io.otp.persistence.VersionConflictException;
import io.otp.persistence.audit.AuditChain;
import org.junit.jupiter.api.Test;

/**
 * The JDBC store takes the version check and the audit changes of a write from the persistence SPI
 * ({@link AggregateWrites}), as the in-memory store does, instead of writing its own.
 */
class SharedWriteRulesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackagesOf(JdbcPersistenceProvider.class);

    @Test
    void theStoreDecidesNoConflictAndBuildsNoAuditChangeOfAWriteItself() {
        assertThat(CLASSES.contain(JdbcRepository.class)).isTrue();
        noClasses().should().callConstructor(VersionConflictException.class, String.class, String.class, long.class,
                long.class)
            .orShould().callMethod(AggregateDocument.class, "changes", long.class, int.class, ChangeContext.class)
            .orShould().callMethod(AggregateDocument.class, "deletion", String.class, String.class, long.class,
                ChangeContext.class)
            .because("the version check and the audit changes of a write live once, in AggregateWrites")
            .check(CLASSES);
    }

    @Test
    void theRepositoryChecksEveryWriteThroughTheSharedRules() {
        assertThat(CLASSES.get(JdbcRepository.class).getMethodCallsFromSelf().stream()
            .filter(call -> call.getTargetOwner().isEquivalentTo(AggregateWrites.class))
            .map(call -> call.getName()).distinct()).containsExactlyInAnyOrder("save", "delete", "conflict");
        assertThat(CLASSES.get(JdbcAuditTrail.class).getMethodCallsFromSelf().stream()
            .filter(call -> call.getTargetOwner().isEquivalentTo(AuditChain.class))
            .map(call -> call.getName())).contains("requireReadRange", "requireAppendable");
    }
}
