package io.otp.examples;

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
 * The architecture rules of otp-examples: the application rules ({@link ApplicationRules}) and the
 * module's place in the module graph.
 */
@AnalyzeClasses(packages = "io.otp.examples", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests application = ArchTests.in(ApplicationRules.class);

    @ArchTest
    static final ArchRule analysedClasses = analysedClassesArePartOf(OtpModule.EXAMPLES);

    @ArchTest
    static final ArchRule moduleDependencies = onlyAllowedModuleDependencies(OtpModule.EXAMPLES);

    @ArchTest
    static final ArchRule internalPackages = internalPackagesStayInTheirModule(OtpModule.EXAMPLES);

    @ArchTest
    static void importsMainClassesButNotTests(JavaClasses classes) {
        assertThat(classes.contain(TenderScenario.class)).isTrue();
        assertThat(classes.contain(ArchitectureTest.class)).isFalse();
    }
}
