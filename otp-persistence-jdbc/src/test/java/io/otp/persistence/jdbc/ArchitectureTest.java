package io.otp.persistence.jdbc;

import static io.otp.core.architecture.OtpArchitectureRules.analysedClassesArePartOf;
import static io.otp.core.architecture.OtpArchitectureRules.internalPackagesStayInTheirModule;
import static io.otp.core.architecture.OtpArchitectureRules.onlyAllowedModuleDependencies;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import io.otp.core.architecture.LibraryRules;
import io.otp.core.architecture.OtpArchitectureRules;
import io.otp.core.architecture.OtpArchitectureRules.OtpModule;
import java.sql.PreparedStatement;
import java.sql.Statement;

/** The architecture rules of otp-persistence-jdbc (see {@link OtpArchitectureRules}). */
@AnalyzeClasses(packages = "io.otp.persistence.jdbc", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests library = ArchTests.in(LibraryRules.class);

    @ArchTest
    static final ArchRule analysedClasses = analysedClassesArePartOf(OtpModule.PERSISTENCE_JDBC);

    @ArchTest
    static final ArchRule moduleDependencies = onlyAllowedModuleDependencies(OtpModule.PERSISTENCE_JDBC);

    @ArchTest
    static final ArchRule internalPackages = internalPackagesStayInTheirModule(OtpModule.PERSISTENCE_JDBC);

    /**
     * Values reach the database only as bound parameters of a {@code PreparedStatement}: SQL text is run
     * as is only by the schema migration, whose statements are the module's constants and the table
     * prefix that {@link JdbcSettings} restricts to letters, digits and underscores, and the names of the
     * table copies a migration drops, which match the prefix and {@code _copy_<n>_<m>}.
     */
    @ArchTest
    static final ArchRule sqlTextOnlyInTheSchemaMigration = noClasses()
        .should().callMethodWhere(DescribedPredicate.describe("Statement methods that run SQL text",
            (JavaMethodCall call) -> call.getTargetOwner().isAssignableTo(Statement.class)
                && !call.getTargetOwner().isAssignableTo(PreparedStatement.class)
                && call.getTarget().getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(String.class))
                && !isSchemaMigration(call.getOrigin().getName())))
        .because("a value concatenated into SQL text is an injection; bound parameters never are (OWASP"
            + " SQL Injection Prevention, option 1)");

    @ArchTest
    static void theSqlTextRuleSeesTheMigrationsCalls(JavaClasses classes) {
        // the rule's predicate must match real calls, or it would pass vacuously: it finds those it allows
        long calls = classes.get(JdbcPersistenceProvider.class).getMethodCallsFromSelf().stream()
            .filter(c -> c.getTargetOwner().isAssignableTo(Statement.class)
                && !c.getTargetOwner().isAssignableTo(PreparedStatement.class)
                && c.getTarget().getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(String.class)))
            .peek(c -> assertThat(isSchemaMigration(c.getOrigin().getName())).as(c.getDescription()).isTrue())
            .count();
        assertThat(calls).isGreaterThanOrEqualTo(3);
    }

    private static boolean isSchemaMigration(String method) {
        // dropLeftoverCopies drops tables whose names it read from the database and matched against the prefix
        // and "_copy_<digits>_<digits>": letters, digits and underscores only
        return method.equals("migrate") || method.startsWith("lambda$migrate$") || method.equals("readSchemaVersion")
            || method.equals("dropLeftoverCopies");
    }

    @ArchTest
    static void importsMainClassesButNotTests(JavaClasses classes) {
        assertThat(classes.contain(JdbcPersistenceProvider.class)).isTrue();
        assertThat(classes.contain(ArchitectureTest.class)).isFalse();
    }
}
