package io.otp.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.otp.core.ValidationException;
import io.otp.core.architecture.OtpArchitectureRules.OtpModule;
import io.otp.core.architecture.fixture.DefaultTypingClass;
import io.otp.core.architecture.fixture.ForeignInternalUser;
import io.otp.core.architecture.fixture.GenericExceptionClass;
import io.otp.core.architecture.fixture.NamedTypeClass;
import io.otp.core.architecture.fixture.OwnInternalUser;
import io.otp.core.architecture.fixture.PrintingClass;
import io.otp.core.architecture.fixture.PublicLoggerClass;
import io.otp.core.architecture.fixture.internal.Implementation;
import io.otp.core.architecture.fixture.spi.Provider;
import io.otp.core.classification.CpvCode;
import io.otp.core.money.Money;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * Proves that the shared rules look at real classes and fail on the breaches they exist for. The
 * {@code ArchitectureTest}s only ever show the rules passing; without this test a rule that matched
 * nothing, or an import that found nothing, would look the same.
 */
class OtpArchitectureRulesTest {

    private static final String FIXTURE = "io.otp.core.architecture.fixture";

    // The tests run on the module path, with the test classes patched into io.otp.core, while
    // ArchUnit finds class files through class loader URLs and the boot layer's module readers.
    @Test
    void importsTheCoreMainClassesAndNoTestClasses() {
        JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.otp.core");

        assertThat(core.size()).isGreaterThan(20);
        assertThat(core.contain(Money.class)).isTrue();
        assertThat(core.contain(CpvCode.class)).isTrue();
        assertThat(core.contain(ValidationException.class)).isTrue();
        assertThat(core.contain(OtpArchitectureRulesTest.class)).isFalse();
        assertThat(core.contain(PrintingClass.class)).isFalse();
    }

    @Test
    void standardStreamsRuleCatchesAClassThatPrints() {
        EvaluationResult result = evaluate(OtpArchitectureRules.NO_STANDARD_STREAMS,
            new ClassFileImporter().importClasses(PrintingClass.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(details(result)).contains("PrintingClass.print").contains("System.out");
    }

    @Test
    void standardStreamsRuleFailsTheCheckThatAnArchitectureTestRuns() {
        JavaClasses printing = new ClassFileImporter().importClasses(PrintingClass.class);

        assertThatThrownBy(() -> OtpArchitectureRules.NO_STANDARD_STREAMS.check(printing))
            .isInstanceOf(AssertionError.class)
            .hasMessageContaining("does not own the console");
    }

    @Test
    void loggerRuleCatchesAPublicMutableLogger() {
        EvaluationResult result = evaluate(OtpArchitectureRules.LOGGERS_ARE_PRIVATE_STATIC_FINAL,
            new ClassFileImporter().importClasses(PublicLoggerClass.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(details(result)).contains("PublicLoggerClass.log").contains("does not have modifier PRIVATE")
            .contains("does not have modifier FINAL");
    }

    @Test
    void defaultTypingRuleCatchesActivationAndClassTypeIds() {
        EvaluationResult result = evaluate(OtpArchitectureRules.NO_JACKSON_DEFAULT_TYPING,
            new ClassFileImporter().importClasses(DefaultTypingClass.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(details(result)).contains("activateDefaultTyping").contains("DefaultTypingClass");
    }

    @Test
    void defaultTypingRuleAllowsTypeIdsByLogicalName() {
        EvaluationResult result = evaluate(OtpArchitectureRules.NO_JACKSON_DEFAULT_TYPING,
            new ClassFileImporter().importClasses(NamedTypeClass.class));

        assertThat(result.hasViolation()).isFalse();
    }

    @Test
    void genericExceptionRuleCatchesABareRuntimeException() {
        EvaluationResult result = evaluate(OtpArchitectureRules.NO_GENERIC_EXCEPTIONS,
            new ClassFileImporter().importClasses(GenericExceptionClass.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(details(result)).contains("GenericExceptionClass.fail").contains("RuntimeException");
    }

    @Test
    void cycleRuleCatchesACycleBetweenSiblingPackages() {
        EvaluationResult result = evaluate(OtpArchitectureRules.NO_PACKAGE_CYCLES,
            new ClassFileImporter().importPackages(FIXTURE + ".cycle"));

        assertThat(result.hasViolation()).isTrue();
        assertThat(details(result)).contains("cycle.a").contains("cycle.b");
    }

    // Slicing by top-level subpackage would put both classes in one slice and see no cycle.
    @Test
    void cycleRuleCatchesACycleBetweenAPackageAndItsSubpackage() {
        EvaluationResult result = evaluate(OtpArchitectureRules.NO_PACKAGE_CYCLES,
            new ClassFileImporter().importPackages(FIXTURE + ".nesting"));

        assertThat(result.hasViolation()).isTrue();
        assertThat(details(result)).contains("Parent").contains("Child");
    }

    @Test
    void internalRuleCatchesUseOfAnotherLibrarysInternals() {
        EvaluationResult result = evaluate(OtpArchitectureRules.internalPackagesStayInTheirModule(OtpModule.CORE),
            new ClassFileImporter().importClasses(ForeignInternalUser.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(details(result)).contains("ForeignInternalUser").contains("org.assertj.core.internal");
    }

    @Test
    void internalRuleAllowsTheModulesOwnInternals() {
        EvaluationResult result = evaluate(OtpArchitectureRules.internalPackagesStayInTheirModule(OtpModule.CORE),
            new ClassFileImporter().importClasses(OwnInternalUser.class, Implementation.class));

        assertThat(result.hasViolation()).isFalse();
    }

    @Test
    void spiRuleCatchesAnSpiThatNamesAnImplementation() {
        EvaluationResult result = evaluate(OtpArchitectureRules.SPI_NAMES_NO_IMPLEMENTATION,
            new ClassFileImporter().importClasses(Provider.class, Implementation.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(details(result)).contains("Provider.implementation").contains("Implementation");
    }

    @Test
    void importRuleCatchesClassesOfAnotherModule() {
        EvaluationResult result = evaluate(OtpArchitectureRules.analysedClassesArePartOf(OtpModule.SCORING),
            new ClassFileImporter().importClasses(Money.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(details(result)).contains("io.otp.core.money.Money");
    }

    // A module rule cannot be shown failing on a real class: Maven and module-info.java stop otp-core
    // from compiling against another module. The rule's predicate is OtpModule.mayUse, checked here
    // against the module graph of STYLE.md.
    @Test
    void moduleGraphFollowsStyleMd() {
        assertThat(OtpModule.CORE.allowedDependencies()).isEmpty();
        assertThat(OtpModule.SCORING.allowedDependencies()).containsExactly(OtpModule.CORE);
        assertThat(OtpModule.KPI.allowedDependencies()).containsExactly(OtpModule.CORE);
        assertThat(OtpModule.PERSISTENCE_SPI.allowedDependencies()).containsExactly(OtpModule.CORE);
        assertThat(OtpModule.PERSISTENCE_TCK.allowedDependencies()).containsExactlyInAnyOrder(OtpModule.CORE,
            OtpModule.SCORING, OtpModule.KPI, OtpModule.PERSISTENCE_SPI);
        assertThat(OtpModule.PERSISTENCE_JDBC.allowedDependencies())
            .containsExactlyInAnyOrder(OtpModule.PERSISTENCE_SPI, OtpModule.CORE);
        assertThat(OtpModule.owning("io.otp.persistence.jdbc")).contains(OtpModule.PERSISTENCE_JDBC);
        assertThat(OtpModule.CODELISTS.allowedDependencies()).containsExactly(OtpModule.CORE);
        assertThat(OtpModule.REPORT.allowedDependencies()).containsExactlyInAnyOrder(OtpModule.CORE,
            OtpModule.SCORING, OtpModule.KPI);
        assertThat(OtpModule.EXAMPLES.allowedDependencies()).isEqualTo(EnumSet.of(
            OtpModule.CORE, OtpModule.SCORING, OtpModule.KPI, OtpModule.PERSISTENCE_SPI, OtpModule.PERSISTENCE_TCK,
            OtpModule.PERSISTENCE_JDBC,
            OtpModule.CODELISTS, OtpModule.REPORT, OtpModule.OCDS));
        assertThat(OtpModule.OCDS.allowedDependencies()).containsExactlyInAnyOrder(OtpModule.CORE,
            OtpModule.SCORING, OtpModule.KPI);
        assertThat(OtpModule.CLI.allowedDependencies()).isEqualTo(EnumSet.of(
            OtpModule.CORE, OtpModule.SCORING, OtpModule.KPI, OtpModule.PERSISTENCE_SPI, OtpModule.PERSISTENCE_TCK,
            OtpModule.PERSISTENCE_JDBC, OtpModule.CODELISTS, OtpModule.REPORT, OtpModule.OCDS, OtpModule.EXAMPLES));
        assertThat(OtpModule.owning("io.otp.cli.input")).contains(OtpModule.CLI);
        assertThat(OtpModule.CLI.kind()).isEqualTo(OtpModule.Kind.APPLICATION);
        assertThat(OtpModule.BENCHMARKS.allowedDependencies()).isEqualTo(EnumSet.of(
            OtpModule.CORE, OtpModule.SCORING, OtpModule.KPI, OtpModule.PERSISTENCE_SPI, OtpModule.PERSISTENCE_TCK,
            OtpModule.PERSISTENCE_JDBC, OtpModule.CODELISTS, OtpModule.REPORT, OtpModule.OCDS));
        assertThat(OtpModule.owning("io.otp.benchmarks")).contains(OtpModule.BENCHMARKS);
        assertThat(OtpModule.BENCHMARKS.kind()).isEqualTo(OtpModule.Kind.APPLICATION);
    }

    @Test
    void coreNeverUsesTheCodelistsItFindsThroughServiceLoader() {
        assertThat(OtpModule.CORE.mayUse("io.otp.codelists")).isFalse();
        assertThat(OtpModule.CODELISTS.mayUse("io.otp.core.classification.spi")).isTrue();
        assertThat(OtpModule.owning("io.otp.codelists.internal.provider")).contains(OtpModule.CODELISTS);
        assertThat(OtpModule.SCORING.mayUse("io.otp.codelists")).isFalse();
    }

    @Test
    void noModuleMayUseAnApplicationModule() {
        for (OtpModule application : OtpModule.values()) {
            if (application.kind() != OtpModule.Kind.APPLICATION) {
                continue;
            }
            for (OtpModule module : OtpModule.values()) {
                // Only the CLI may use another application: it runs the examples' scenarios for `otp demo`.
                boolean cliRunsExamples = module == OtpModule.CLI && application == OtpModule.EXAMPLES;
                assertThat(module.mayUse(application.rootPackage())).as(module + " uses " + application)
                    .isEqualTo(module == application || cliRunsExamples);
                if (!cliRunsExamples) {
                    assertThat(module.allowedDependencies()).as(module.artifactId()).doesNotContain(application);
                }
            }
        }
    }

    @Test
    void scoringAndKpiNeverUseEachOther() {
        assertThat(OtpModule.SCORING.mayUse("io.otp.kpi.evm")).isFalse();
        assertThat(OtpModule.KPI.mayUse("io.otp.scoring")).isFalse();
        assertThat(OtpModule.SCORING.mayUse("io.otp.core.money")).isTrue();
        assertThat(OtpModule.SCORING.mayUse("io.otp.scoring.spi")).isTrue();
    }

    @Test
    void persistenceUsesNeitherScoringNorKpi() {
        assertThat(OtpModule.PERSISTENCE_SPI.mayUse("io.otp.scoring")).isFalse();
        assertThat(OtpModule.PERSISTENCE_SPI.mayUse("io.otp.kpi")).isFalse();
        assertThat(OtpModule.PERSISTENCE_SPI.mayUse("io.otp.core")).isTrue();
    }

    @Test
    void reportUsesCoreScoringAndKpiAndNothingUsesReport() {
        assertThat(OtpModule.owning("io.otp.report.svg")).contains(OtpModule.REPORT);
        assertThat(OtpModule.REPORT.mayUse("io.otp.scoring")).isTrue();
        assertThat(OtpModule.REPORT.mayUse("io.otp.kpi.evm")).isTrue();
        assertThat(OtpModule.REPORT.mayUse("io.otp.persistence")).isFalse();
        assertThat(OtpModule.SCORING.mayUse("io.otp.report")).isFalse();
        assertThat(OtpModule.KPI.mayUse("io.otp.report")).isFalse();
        assertThat(OtpModule.EXAMPLES.mayUse("io.otp.report")).isTrue();
        assertThat(OtpModule.CLI.mayUse("io.otp.report")).isTrue();
        assertThat(OtpModule.SCORING.mayUse("io.otp.cli")).isFalse();
    }

    @Test
    void coreUsesNoOtherOtpModuleButAnyOtherLibrary() {
        assertThat(OtpModule.CORE.mayUse("io.otp.scoring")).isFalse();
        assertThat(OtpModule.CORE.mayUse("io.otp.persistence")).isFalse();
        assertThat(OtpModule.CORE.mayUse("com.fasterxml.jackson.databind")).isTrue();
        assertThat(OtpModule.CORE.mayUse("java.util")).isTrue();
    }

    @Test
    void otpPackagesOfNoKnownModuleAreForbiddenUntilTheModuleIsListed() {
        assertThat(OtpModule.owning("io.otp.unlisted")).isEmpty();
        assertThat(OtpModule.owning("io.otp")).isEmpty();
        assertThat(OtpModule.SCORING.mayUse("io.otp.unlisted")).isFalse();
        assertThat(OtpModule.EXAMPLES.mayUse("io.otp.unlisted")).isFalse();
        assertThat(OtpModule.CORE.mayUse("io.otp")).isFalse();
    }

    @Test
    void ownershipRespectsPackageBoundaries() {
        assertThat(OtpModule.owning("io.otp.core")).contains(OtpModule.CORE);
        assertThat(OtpModule.owning("io.otp.core.money")).contains(OtpModule.CORE);
        assertThat(OtpModule.owning("io.otp.persistence.internal")).contains(OtpModule.PERSISTENCE_SPI);
        assertThat(OtpModule.owning("io.otp.persistence.tck.generators")).contains(OtpModule.PERSISTENCE_TCK);
        assertThat(OtpModule.owning("io.otp.corex")).isEmpty();
        assertThat(OtpModule.owning("io.otpx.core")).isEmpty();
        assertThat(OtpArchitectureRules.isOtpPackage("io.otpx")).isFalse();
    }

    @Test
    void moduleRuleSaysWhichModulesAreAllowed() {
        assertThat(OtpArchitectureRules.onlyAllowedModuleDependencies(OtpModule.SCORING).getDescription())
            .contains("otp-scoring (io.otp.scoring..)").contains("use only otp-core");
        assertThat(OtpArchitectureRules.onlyAllowedModuleDependencies(OtpModule.CORE).getDescription())
            .contains("use no other OTP module");
    }

    private static EvaluationResult evaluate(ArchRule rule, JavaClasses classes) {
        return rule.evaluate(classes);
    }

    private static String details(EvaluationResult result) {
        return String.join("\n", result.getFailureReport().getDetails());
    }
}
