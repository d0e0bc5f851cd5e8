package io.otp.core.architecture;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules every library module applies unchanged: those of every module ({@link ApplicationRules}),
 * no dependency on an application module, and no console output. A module's {@code ArchitectureTest}
 * includes them with {@code @ArchTest static final ArchTests library = ArchTests.in(LibraryRules.class);}
 * and adds the rules that name the module itself.
 */
public final class LibraryRules {

    @ArchTest
    static final ArchTests everyModule = ArchTests.in(ApplicationRules.class);

    @ArchTest
    static final ArchRule noDependencyOnApplicationModules =
        OtpArchitectureRules.NO_DEPENDENCY_ON_APPLICATION_MODULES;

    @ArchTest
    static final ArchRule noStandardStreams = OtpArchitectureRules.NO_STANDARD_STREAMS;

    private LibraryRules() {
    }
}
