package io.otp.report;

import static io.otp.core.architecture.OtpArchitectureRules.analysedClassesArePartOf;
import static io.otp.core.architecture.OtpArchitectureRules.internalPackagesStayInTheirModule;
import static io.otp.core.architecture.OtpArchitectureRules.onlyAllowedModuleDependencies;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.otp.core.architecture.LibraryRules;
import io.otp.core.architecture.OtpArchitectureRules.OtpModule;
import io.otp.core.architecture.OtpArchitectureRules;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The architecture rules of otp-report (see {@link OtpArchitectureRules}). */
@AnalyzeClasses(packages = "io.otp.report", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests library = ArchTests.in(LibraryRules.class);

    @ArchTest
    static final ArchRule analysedClasses = analysedClassesArePartOf(OtpModule.REPORT);

    @ArchTest
    static final ArchRule moduleDependencies = onlyAllowedModuleDependencies(OtpModule.REPORT);

    @ArchTest
    static final ArchRule internalPackages = internalPackagesStayInTheirModule(OtpModule.REPORT);

    /**
     * The report API names no implementation type: what a public type of an exported package shows in a
     * public or protected signature (supertypes, fields, parameters, return types, type arguments and
     * exceptions) is never of an {@code ..internal..} package, which module-info.java does not export.
     */
    @ArchTest
    static final ArchRule apiExposesNoInternalType = classes()
        .that().resideOutsideOfPackage(OtpArchitectureRules.INTERNAL_PACKAGES).and().arePublic()
        .should(exposeNoInternalType())
        .because("a caller outside otp-report can name exported types only; the HTML, SVG and CSV writers stay"
            + " free to change");

    @ArchTest
    static void noInternalPackageIsExported(JavaClasses classes) throws IOException, URISyntaxException {
        ModuleDescriptor module = descriptor();
        assertThat(module.name()).isEqualTo("io.otp.report");
        List<String> exported = module.exports().stream().map(ModuleDescriptor.Exports::source).sorted().toList();
        assertThat(exported).containsExactly("io.otp.report", "io.otp.report.evaluation", "io.otp.report.portfolio",
            "io.otp.report.project");
        assertThat(exported).noneMatch(p -> p.contains(".internal"));
        assertThat(module.opens()).noneMatch(o -> o.source().contains(".internal"));
        assertThat(classes.contain("io.otp.report.internal.svg.Svg")).isTrue();
    }

    @ArchTest
    static void importsMainClassesButNotTests(JavaClasses classes) {
        assertThat(classes.contain(ReportException.class)).isTrue();
        assertThat(classes.contain(ArchitectureTest.class)).isFalse();
    }

    /** The module descriptor compiled from otp-report's module-info.java, read where the main classes are. */
    private static ModuleDescriptor descriptor() throws IOException, URISyntaxException {
        Path classes = Path.of(ReportException.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path file = Files.isDirectory(classes) ? classes.resolve("module-info.class") : null;
        if (file != null) {
            try (InputStream in = Files.newInputStream(file)) {
                return ModuleDescriptor.read(in);
            }
        }
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(classes.toFile());
                InputStream in = jar.getInputStream(jar.getEntry("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    private static ArchCondition<JavaClass> exposeNoInternalType() {
        return new ArchCondition<>("expose no ..internal.. type in a public or protected signature") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                List<String> exposed = new ArrayList<>();
                type.getRawSuperclass().filter(ArchitectureTest::isInternal)
                    .ifPresent(s -> exposed.add("extends " + s.getName()));
                type.getInterfaces().forEach(i -> internal(i, "implements", exposed));
                for (JavaMember member : type.getMembers()) {
                    Set<JavaModifier> modifiers = member.getModifiers();
                    if (!modifiers.contains(JavaModifier.PUBLIC) && !modifiers.contains(JavaModifier.PROTECTED)) {
                        continue;
                    }
                    if (member instanceof JavaField field) {
                        internal(field.getType(), field.getName(), exposed);
                    } else if (member instanceof JavaCodeUnit code) {
                        internal(code.getReturnType(), code.getName() + " returns", exposed);
                        code.getParameterTypes().forEach(p -> internal(p, code.getName() + " takes", exposed));
                        code.getThrowsClause().getTypes().stream().filter(ArchitectureTest::isInternal)
                            .forEach(t -> exposed.add(code.getName() + " throws " + t.getName()));
                    }
                }
                for (String e : exposed) {
                    events.add(SimpleConditionEvent.violated(type, type.getName() + ": " + e));
                }
            }
        };
    }

    private static void internal(JavaType type, String where, List<String> exposed) {
        type.getAllInvolvedRawTypes().stream().filter(ArchitectureTest::isInternal)
            .forEach(t -> exposed.add(where + " " + t.getName()));
    }

    private static boolean isInternal(JavaClass type) {
        return type.getPackageName().contains(".internal.") || type.getPackageName().endsWith(".internal");
    }
}
