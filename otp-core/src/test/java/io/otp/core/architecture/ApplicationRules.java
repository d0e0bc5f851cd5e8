package io.otp.core.architecture;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules every application module (otp-examples, otp-cli, otp-benchmarks) applies unchanged: those
 * of {@link LibraryRules} but two. {@code NO_DEPENDENCY_ON_APPLICATION_MODULES} judges library classes and
 * an application has none (what it may use is judged by {@link OtpArchitectureRules#onlyAllowedModuleDependencies});
 * {@code NO_STANDARD_STREAMS} does not apply because the console is an application's output. A module's
 * {@code ArchitectureTest} includes them with
 * {@code @ArchTest static final ArchTests application = ArchTests.in(ApplicationRules.class);}.
 */
public final class ApplicationRules {

    @ArchTest
    static final ArchRule noPackageCycles = OtpArchitectureRules.NO_PACKAGE_CYCLES;

    @ArchTest
    static final ArchRule noJavaUtilLogging = OtpArchitectureRules.NO_JAVA_UTIL_LOGGING;

    @ArchTest
    static final ArchRule loggers = OtpArchitectureRules.LOGGERS_ARE_PRIVATE_STATIC_FINAL;

    @ArchTest
    static final ArchRule noGenericExceptions = OtpArchitectureRules.NO_GENERIC_EXCEPTIONS;

    @ArchTest
    static final ArchRule spiNamesNoImplementation = OtpArchitectureRules.SPI_NAMES_NO_IMPLEMENTATION;

    @ArchTest
    static final ArchRule noJacksonDefaultTyping = OtpArchitectureRules.NO_JACKSON_DEFAULT_TYPING;

    @ArchTest
    static final ArchRule mathContexts = OtpArchitectureRules.MATH_CONTEXTS_HAVE_ONE_HOME;

    @ArchTest
    static final ArchRule standardMathContexts = OtpArchitectureRules.STANDARD_MATH_CONTEXTS_ONLY_IN_THE_POLICY;

    @ArchTest
    static final ArchRule oneMessageRenderer = OtpArchitectureRules.ONE_MESSAGE_RENDERER;

    private ApplicationRules() {
    }
}
