package io.otp.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.otp.core.tender.Tender;
import io.otp.core.testing.TenderGenerators;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The kit generates the core's aggregates with the generators of {@code io.otp.core.testing}, the ones
 * otp-core's own tests use, and keeps no copy of them: a copy drifts, and then the kit and the core test
 * different aggregates.
 */
class SharedGeneratorsTest {

    private static final String SHARED_PACKAGE = "io.otp.core.testing";

    @Test
    void kitKeepsNoCopyOfTheSharedGenerators() {
        JavaClasses shared = new ClassFileImporter().importPackages(SHARED_PACKAGE);
        JavaClasses kit = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.otp.persistence.tck");
        Set<String> sharedNames = topLevelNames(shared, SHARED_PACKAGE);
        assertThat(sharedNames).as("the shared generators are on the kit's path").contains("TenderGenerators",
            "FundingGenerators", "NeedGenerators");
        assertThat(kit.contain(PersistenceProviderContract.class)).as("the kit's main classes are imported").isTrue();
        assertThat(kit.contain(SharedGeneratorsTest.class)).as("the kit's tests are not judged").isFalse();

        Set<String> copies = kit.stream().filter(JavaClass::isTopLevelClass)
            .filter(c -> c.getPackageName().startsWith("io.otp.persistence.tck"))
            .filter(c -> sharedNames.contains(c.getSimpleName()))
            .map(JavaClass::getName).collect(Collectors.toCollection(TreeSet::new));
        assertThat(copies).as("classes of the kit named like a class of %s: use that one instead (see the"
            + " package documentation of io.otp.persistence.tck.generators)", SHARED_PACKAGE).isEmpty();
    }

    @Test
    void sharedGeneratorsAreAModuleThatSplitsNoPackageOfTheCore() {
        Module generators = TenderGenerators.class.getModule();
        Module core = Tender.class.getModule();
        assertThat(generators.isNamed()).as("the kit's tests run on the module path").isTrue();
        assertThat(generators.getName()).isEqualTo(SHARED_PACKAGE);
        assertThat(getClass().getModule().canRead(generators)).as("io.otp.persistence.tck reads it").isTrue();
        assertThat(generators.getPackages()).containsExactly(SHARED_PACKAGE);
        assertThat(core.getPackages()).doesNotContain(SHARED_PACKAGE);
    }

    private static Set<String> topLevelNames(JavaClasses classes, String packageName) {
        return classes.stream().filter(JavaClass::isTopLevelClass).filter(c -> c.getPackageName().equals(packageName))
            .map(JavaClass::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
    }
}
