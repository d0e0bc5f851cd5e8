package io.otp.scoring;

import static io.otp.core.architecture.OtpArchitectureRules.LOGGERS_ARE_PRIVATE_STATIC_FINAL;
import static io.otp.core.architecture.OtpArchitectureRules.NO_DEPENDENCY_ON_APPLICATION_MODULES;
import static io.otp.core.architecture.OtpArchitectureRules.NO_GENERIC_EXCEPTIONS;
import static io.otp.core.architecture.OtpArchitectureRules.NO_JAVA_UTIL_LOGGING;
import static io.otp.core.architecture.OtpArchitectureRules.NO_PACKAGE_CYCLES;
import static io.otp.core.architecture.OtpArchitectureRules.NO_STANDARD_STREAMS;
import static io.otp.core.architecture.OtpArchitectureRules.SPI_NAMES_NO_IMPLEMENTATION;
import static io.otp.core.architecture.OtpArchitectureRules.analysedClassesArePartOf;
import static io.otp.core.architecture.OtpArchitectureRules.internalPackagesStayInTheirModule;
import static io.otp.core.architecture.OtpArchitectureRules.onlyAllowedModuleDependencies;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.otp.core.architecture.OtpArchitectureRules;
import io.otp.core.architecture.OtpArchitectureRules.OtpModule;

/** The architecture rules of otp-scoring (see {@link OtpArchitectureRules}). */
@AnalyzeClasses(packages = "io.otp.scoring", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule analysedClasses = analysedClassesArePartOf(OtpModule.SCORING);

    @ArchTest
    static final ArchRule moduleDependencies = onlyAllowedModuleDependencies(OtpModule.SCORING);

    @ArchTest
    static final ArchRule noDependencyOnApplicationModules = NO_DEPENDENCY_ON_APPLICATION_MODULES;

    @ArchTest
    static final ArchRule noPackageCycles = NO_PACKAGE_CYCLES;

    @ArchTest
    static final ArchRule internalPackages = internalPackagesStayInTheirModule(OtpModule.SCORING);

    @ArchTest
    static final ArchRule noJavaUtilLogging = NO_JAVA_UTIL_LOGGING;

    @ArchTest
    static final ArchRule noStandardStreams = NO_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule loggers = LOGGERS_ARE_PRIVATE_STATIC_FINAL;

    @ArchTest
    static final ArchRule noGenericExceptions = NO_GENERIC_EXCEPTIONS;

    @ArchTest
    static final ArchRule spiNamesNoImplementation = SPI_NAMES_NO_IMPLEMENTATION;

    @ArchTest
    static void importsMainClassesButNotTests(JavaClasses classes) {
        assertThat(classes.contain(ScoringException.class)).isTrue();
        assertThat(classes.contain(ArchitectureTest.class)).isFalse();
    }
}
