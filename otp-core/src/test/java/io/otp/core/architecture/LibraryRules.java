package io.otp.core.architecture;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules every library module applies unchanged. A module's {@code ArchitectureTest} includes
 * them with {@code @ArchTest static final ArchTests library = ArchTests.in(LibraryRules.class);}
 * and adds the rules that name the module itself.
 */
public final class LibraryRules {

    @ArchTest
    static final ArchRule noDependencyOnApplicationModules =
        OtpArchitectureRules.NO_DEPENDENCY_ON_APPLICATION_MODULES;

    @ArchTest
    static final ArchRule noPackageCycles = OtpArchitectureRules.NO_PACKAGE_CYCLES;

    @ArchTest
    static final ArchRule noJavaUtilLogging = OtpArchitectureRules.NO_JAVA_UTIL_LOGGING;

    @ArchTest
    static final ArchRule noStandardStreams = OtpArchitectureRules.NO_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule loggers = OtpArchitectureRules.LOGGERS_ARE_PRIVATE_STATIC_FINAL;

    @ArchTest
    static final ArchRule noGenericExceptions = OtpArchitectureRules.NO_GENERIC_EXCEPTIONS;

    @ArchTest
    static final ArchRule spiNamesNoImplementation = OtpArchitectureRules.SPI_NAMES_NO_IMPLEMENTATION;

    @ArchTest
    static final ArchRule noJacksonDefaultTyping = OtpArchitectureRules.NO_JACKSON_DEFAULT_TYPING;

    private LibraryRules() {
    }
}
