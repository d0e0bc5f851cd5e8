package io.otp.ocds;

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
import io.otp.core.architecture.LibraryRules;
import io.otp.core.architecture.OtpArchitectureRules;
import io.otp.core.architecture.OtpArchitectureRules.OtpModule;

/** The architecture rules of otp-ocds (see {@link OtpArchitectureRules}). */
@AnalyzeClasses(packages = "io.otp.ocds", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests library = ArchTests.in(LibraryRules.class);

    @ArchTest
    static final ArchRule analysedClasses = analysedClassesArePartOf(OtpModule.OCDS);

    @ArchTest
    static final ArchRule moduleDependencies = onlyAllowedModuleDependencies(OtpModule.OCDS);

    @ArchTest
    static final ArchRule internalPackages = internalPackagesStayInTheirModule(OtpModule.OCDS);

    @ArchTest
    static void importsMainClassesButNotTests(JavaClasses classes) {
        assertThat(classes.contain(OcdsMapper.class)).isTrue();
        assertThat(classes.contain(ArchitectureTest.class)).isFalse();
    }
}
