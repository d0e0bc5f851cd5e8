package io.otp.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.otp.core.architecture.OtpArchitectureRules;
import io.otp.core.architecture.OtpArchitectureRules.OtpModule;
import io.otp.core.money.Money;

/** The architecture rules of otp-core (see {@link OtpArchitectureRules}). */
@AnalyzeClasses(packages = "io.otp.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule analysedClassesArePartOfCore = OtpArchitectureRules.analysedClassesArePartOf(OtpModule.CORE);

    @ArchTest
    static final ArchRule moduleDependencies = OtpArchitectureRules.onlyAllowedModuleDependencies(OtpModule.CORE);

    @ArchTest
    static final ArchRule noDependencyOnApplicationModules = OtpArchitectureRules.NO_DEPENDENCY_ON_APPLICATION_MODULES;

    @ArchTest
    static final ArchRule noPackageCycles = OtpArchitectureRules.NO_PACKAGE_CYCLES;

    @ArchTest
    static final ArchRule internalPackagesStayInTheirModule = OtpArchitectureRules.internalPackagesStayInTheirModule(OtpModule.CORE);

    @ArchTest
    static final ArchRule noJavaUtilLogging = OtpArchitectureRules.NO_JAVA_UTIL_LOGGING;

    @ArchTest
    static final ArchRule noStandardStreams = OtpArchitectureRules.NO_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule loggersArePrivateStaticFinal = OtpArchitectureRules.LOGGERS_ARE_PRIVATE_STATIC_FINAL;

    @ArchTest
    static final ArchRule noGenericExceptions = OtpArchitectureRules.NO_GENERIC_EXCEPTIONS;

    @ArchTest
    static final ArchRule spiNamesNoImplementation = OtpArchitectureRules.SPI_NAMES_NO_IMPLEMENTATION;

    @ArchTest
    static void importsMainClassesButNotTests(JavaClasses classes) {
        assertThat(classes.contain(Money.class)).isTrue();
        assertThat(classes.contain(ArchitectureTest.class)).isFalse();
    }
}
