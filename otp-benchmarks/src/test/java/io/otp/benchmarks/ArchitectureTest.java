package io.otp.benchmarks;

import static io.otp.core.architecture.OtpArchitectureRules.LOGGERS_ARE_PRIVATE_STATIC_FINAL;
import static io.otp.core.architecture.OtpArchitectureRules.NO_GENERIC_EXCEPTIONS;
import static io.otp.core.architecture.OtpArchitectureRules.NO_JACKSON_DEFAULT_TYPING;
import static io.otp.core.architecture.OtpArchitectureRules.NO_JAVA_UTIL_LOGGING;
import static io.otp.core.architecture.OtpArchitectureRules.NO_PACKAGE_CYCLES;
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

/**
 * The architecture rules of otp-benchmarks (see {@link OtpArchitectureRules}). It checks the module's
 * place in the module graph; it runs no benchmark.
 */
@AnalyzeClasses(packages = "io.otp.benchmarks", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule analysedClasses = analysedClassesArePartOf(OtpModule.BENCHMARKS);

    @ArchTest
    static final ArchRule moduleDependencies = onlyAllowedModuleDependencies(OtpModule.BENCHMARKS);

    // NO_DEPENDENCY_ON_APPLICATION_MODULES is not applied: it judges library classes and there are none
    // here; what otp-benchmarks may use is judged by moduleDependencies.

    @ArchTest
    static final ArchRule noPackageCycles = NO_PACKAGE_CYCLES;

    @ArchTest
    static final ArchRule internalPackages = internalPackagesStayInTheirModule(OtpModule.BENCHMARKS);

    @ArchTest
    static final ArchRule noJavaUtilLogging = NO_JAVA_UTIL_LOGGING;

    // NO_STANDARD_STREAMS is not applied: the benchmarks are an application and JMH reports on the console.

    @ArchTest
    static final ArchRule loggers = LOGGERS_ARE_PRIVATE_STATIC_FINAL;

    @ArchTest
    static final ArchRule noGenericExceptions = NO_GENERIC_EXCEPTIONS;

    @ArchTest
    static final ArchRule noJacksonDefaultTyping = NO_JACKSON_DEFAULT_TYPING;

    @ArchTest
    static final ArchRule spiNamesNoImplementation = SPI_NAMES_NO_IMPLEMENTATION;

    @ArchTest
    static void importsMainClassesButNotTests(JavaClasses classes) {
        assertThat(classes.contain(EvaluationBenchmark.class)).isTrue();
        assertThat(classes.contain(ArchitectureTest.class)).isFalse();
    }
}
