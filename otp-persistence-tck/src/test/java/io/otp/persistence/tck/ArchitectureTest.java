package io.otp.persistence.tck;

import static io.otp.core.architecture.OtpArchitectureRules.analysedClassesArePartOf;
import static io.otp.core.architecture.OtpArchitectureRules.internalPackagesStayInTheirModule;
import static io.otp.core.architecture.OtpArchitectureRules.onlyAllowedModuleDependencies;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import io.otp.core.architecture.LibraryRules;
import io.otp.core.architecture.OtpArchitectureRules;
import io.otp.core.architecture.OtpArchitectureRules.OtpModule;

/** The architecture rules of otp-persistence-tck (see {@link OtpArchitectureRules}). */
@AnalyzeClasses(packages = "io.otp.persistence.tck", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests library = ArchTests.in(LibraryRules.class);

    @ArchTest
    static final ArchRule analysedClasses = analysedClassesArePartOf(OtpModule.PERSISTENCE_TCK);

    @ArchTest
    static final ArchRule moduleDependencies = onlyAllowedModuleDependencies(OtpModule.PERSISTENCE_TCK);

    @ArchTest
    static final ArchRule internalPackages = internalPackagesStayInTheirModule(OtpModule.PERSISTENCE_TCK);

    /** The kit tests stores through the SPI only, so it proves nothing about one store by using its classes. */
    @ArchTest
    static final ArchRule kitNamesNoStore = noClasses().that().resideInAPackage("io.otp.persistence.tck..")
        .should().dependOnClassesThat().resideInAnyPackage("io.otp.persistence.memory..", "io.otp.persistence.jdbc..")
        .because("the TCK judges any store through the persistence SPI (STYLE.md, JSR 354's TCK)");

    @ArchTest
    static void importsMainClassesButNotTests(JavaClasses classes) {
        assertThat(classes.contain(PersistenceProviderContract.class)).isTrue();
        assertThat(classes.contain(ArchitectureTest.class)).isFalse();
    }
}
