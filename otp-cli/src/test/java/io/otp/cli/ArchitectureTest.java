package io.otp.cli;

import static io.otp.core.architecture.OtpArchitectureRules.analysedClassesArePartOf;
import static io.otp.core.architecture.OtpArchitectureRules.internalPackagesStayInTheirModule;
import static io.otp.core.architecture.OtpArchitectureRules.onlyAllowedModuleDependencies;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import io.otp.core.architecture.ApplicationRules;
import io.otp.core.architecture.OtpArchitectureRules.OtpModule;

/**
 * The architecture rules of otp-cli: the application rules ({@link ApplicationRules}) and the
 * module's place in the module graph.
 */
@AnalyzeClasses(packages = "io.otp.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests application = ArchTests.in(ApplicationRules.class);

    @ArchTest
    static final ArchRule analysedClasses = analysedClassesArePartOf(OtpModule.CLI);

    @ArchTest
    static final ArchRule moduleDependencies = onlyAllowedModuleDependencies(OtpModule.CLI);

    @ArchTest
    static final ArchRule internalPackages = internalPackagesStayInTheirModule(OtpModule.CLI);

    @ArchTest
    static void importsMainClassesButNotTests(JavaClasses classes) {
        assertThat(classes.contain(Otp.class)).isTrue();
        assertThat(classes.contain(ArchitectureTest.class)).isFalse();
    }
}
