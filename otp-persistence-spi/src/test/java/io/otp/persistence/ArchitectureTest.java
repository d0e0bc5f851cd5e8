package io.otp.persistence;

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

/** The architecture rules of otp-persistence-spi (see {@link OtpArchitectureRules}). */
@AnalyzeClasses(packages = "io.otp.persistence", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests library = ArchTests.in(LibraryRules.class);

    @ArchTest
    static final ArchRule analysedClasses = analysedClassesArePartOf(OtpModule.PERSISTENCE_SPI);

    @ArchTest
    static final ArchRule moduleDependencies = onlyAllowedModuleDependencies(OtpModule.PERSISTENCE_SPI);

    @ArchTest
    static final ArchRule internalPackages = internalPackagesStayInTheirModule(OtpModule.PERSISTENCE_SPI);

    /** The SPI names no implementation: stores are found through ServiceLoader by name. */
    @ArchTest
    static final ArchRule spiNamesNoStore = noClasses().that().resideInAnyPackage("io.otp.persistence",
            "io.otp.persistence.audit")
        .should().dependOnClassesThat().resideInAnyPackage("io.otp.persistence.memory..", "io.otp.persistence.jdbc..")
        .because("the persistence SPI names no implementation (STYLE.md, module graph)");

    @ArchTest
    static void importsMainClassesButNotTests(JavaClasses classes) {
        assertThat(classes.contain(PersistenceException.class)).isTrue();
        assertThat(classes.contain(ArchitectureTest.class)).isFalse();
    }
}
