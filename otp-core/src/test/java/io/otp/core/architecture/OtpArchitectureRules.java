package io.otp.core.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.conditions.ArchConditions.be;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The architecture rules of the OTP SDK, shared by the {@code ArchitectureTest} of every module.
 *
 * <p>This class lives in otp-core's test sources and reaches the other modules through otp-core's
 * test-jar (see otp-core/pom.xml). The module graph of STYLE.md is written down once, in
 * {@link OtpModule}; adding a module (otp-report, otp-ocds, otp-cli...) means adding
 * one constant there and one {@code ArchitectureTest} in the new module.
 *
 * <p>Rules that take an {@link OtpModule} judge the classes of that module; the others hold for any
 * module. Library modules apply all of them; application modules (runnable demos and tools) skip
 * {@link #NO_STANDARD_STREAMS}, because printing is what they are for, and
 * {@link #NO_DEPENDENCY_ON_APPLICATION_MODULES}, which has nothing to judge there.
 */
public final class OtpArchitectureRules {

    /** The package every OTP module's packages live under. */
    public static final String OTP_PACKAGE = "io.otp";

    /** The package pattern of implementation details: not exported, free to change in any release. */
    public static final String INTERNAL_PACKAGES = "..internal..";

    /** The package pattern of service provider interfaces: what providers implement. */
    public static final String SPI_PACKAGES = "..spi..";

    private OtpArchitectureRules() {
    }

    /**
     * The modules of the SDK and the OTP modules each may depend on (the module graph of STYLE.md).
     *
     * <p>A module owns its root package and every package below it, except packages below the root
     * of a more specific module (a future otp-persistence-jdbc in {@code io.otp.persistence.jdbc}
     * would own that subtree, not otp-persistence-spi). A package under {@code io.otp} that no module
     * owns belongs to no allowed module, so a dependency on it fails until the module is added here.
     */
    public enum OtpModule {

        /** The domain model; depends on no other OTP module. */
        CORE("otp-core", "io.otp.core", Kind.LIBRARY),

        /** The evaluation engine; never depends on otp-kpi. */
        SCORING("otp-scoring", "io.otp.scoring", Kind.LIBRARY, CORE),

        /** Execution tracking and KPIs; never depends on otp-scoring. */
        KPI("otp-kpi", "io.otp.kpi", Kind.LIBRARY, CORE),

        /** The persistence SPIs; stores aggregates it does not know, so never depends on scoring or kpi. */
        PERSISTENCE_SPI("otp-persistence-spi", "io.otp.persistence", Kind.LIBRARY, CORE),

        /** The JDBC store (H2, PostgreSQL) of the persistence SPIs; stores aggregates it does not know. */
        PERSISTENCE_JDBC("otp-persistence-jdbc", "io.otp.persistence.jdbc", Kind.LIBRARY, PERSISTENCE_SPI, CORE),

        /**
         * The persistence compatibility test kit: contract tests over the persistence SPI, generating the
         * aggregates of core, scoring and kpi.
         */
        PERSISTENCE_TCK("otp-persistence-tck", "io.otp.persistence.tck", Kind.LIBRARY, PERSISTENCE_SPI, CORE, SCORING,
            KPI),

        /**
         * Official EU codelists (CPV, NUTS, eForms); optional: the core finds it through ServiceLoader
         * and never depends on it.
         */
        CODELISTS("otp-codelists", "io.otp.codelists", Kind.LIBRARY, CORE),

        /** Reports people read (HTML, SVG charts, CSV) of the evaluation, the projects and the portfolio. */
        REPORT("otp-report", "io.otp.report", Kind.LIBRARY, CORE, SCORING, KPI),

        /** Open data: OCDS 1.1 export and import of processes from core, scoring and kpi. */
        OCDS("otp-ocds", "io.otp.ocds", Kind.LIBRARY, CORE, SCORING, KPI),

        /** Runnable, tested scenarios: may show any library module; nothing depends on them. */
        EXAMPLES("otp-examples", "io.otp.examples", Kind.APPLICATION),

        /**
         * The command-line tool: may use every library module, and runs the scenarios of otp-examples for
         * {@code otp demo}; nothing depends on it.
         */
        CLI("otp-cli", "io.otp.cli", Kind.APPLICATION, EXAMPLES),

        /** The JMH benchmarks: may measure every library module; nothing depends on them. */
        BENCHMARKS("otp-benchmarks", "io.otp.benchmarks", Kind.APPLICATION);

        private final String artifactId;
        private final String rootPackage;
        private final Kind kind;
        // A list, not an EnumSet: EnumSet cannot be built while the enum's constants are being created.
        private final List<OtpModule> declaredDependencies;

        OtpModule(String artifactId, String rootPackage, Kind kind, OtpModule... dependencies) {
            this.artifactId = artifactId;
            this.rootPackage = rootPackage;
            this.kind = kind;
            this.declaredDependencies = List.of(dependencies);
            for (OtpModule dependency : dependencies) {
                if (kind == Kind.APPLICATION && dependency.kind == Kind.LIBRARY) {
                    throw new IllegalArgumentException(artifactId
                        + ": an application module may use every library module; list only the applications it runs");
                }
                if (kind == Kind.LIBRARY && dependency.kind == Kind.APPLICATION) {
                    throw new IllegalArgumentException(artifactId + " may not depend on application module "
                        + dependency.artifactId + ": nothing depends on runnable demos and tools");
                }
            }
        }

        /**
         * Returns the Maven artifact id.
         *
         * @return the artifact id, such as {@code otp-scoring}; not null
         */
        public String artifactId() {
            return artifactId;
        }

        /**
         * Returns the root package: the module's API package and the parent of all its packages.
         *
         * @return the root package, such as {@code io.otp.scoring}; not null
         */
        public String rootPackage() {
            return rootPackage;
        }

        /**
         * Returns whether this is a library or an application module.
         *
         * @return the kind; not null
         */
        public Kind kind() {
            return kind;
        }

        /**
         * Returns the other OTP modules this module may depend on. An application module may depend
         * on every library module and on the application modules it declares (the CLI runs the
         * examples' scenarios).
         *
         * @return the allowed modules, without this one; not null, unmodifiable
         */
        public Set<OtpModule> allowedDependencies() {
            EnumSet<OtpModule> allowed = EnumSet.noneOf(OtpModule.class);
            if (kind == Kind.LIBRARY) {
                allowed.addAll(declaredDependencies);
            } else {
                Arrays.stream(values()).filter(m -> m.kind == Kind.LIBRARY).forEach(allowed::add);
                allowed.addAll(declaredDependencies);
            }
            return Collections.unmodifiableSet(allowed);
        }

        /**
         * Tells whether a package belongs to this module.
         *
         * @param packageName a fully qualified package name; not null
         * @return true if this module is the most specific module whose root contains the package
         */
        public boolean owns(String packageName) {
            return owning(packageName).orElse(null) == this;
        }

        /**
         * Tells whether classes of this module may use classes of a package: any package outside
         * {@code io.otp}, and the packages of this module and of its allowed dependencies.
         *
         * @param packageName a fully qualified package name; not null
         * @return true if a dependency on that package respects the module graph
         */
        public boolean mayUse(String packageName) {
            if (!isOtpPackage(packageName)) {
                return true;
            }
            Optional<OtpModule> owner = owning(packageName);
            return owner.isPresent() && (owner.get() == this || allowedDependencies().contains(owner.get()));
        }

        /**
         * Finds the module a package belongs to: the module with the longest root package that is the
         * package or one of its parents.
         *
         * @param packageName a fully qualified package name; not null
         * @return the owning module, or empty if no module owns the package
         */
        public static Optional<OtpModule> owning(String packageName) {
            OtpModule owner = null;
            for (OtpModule module : values()) {
                boolean inside = packageName.equals(module.rootPackage)
                    || packageName.startsWith(module.rootPackage + ".");
                if (inside && (owner == null || module.rootPackage.length() > owner.rootPackage.length())) {
                    owner = module;
                }
            }
            return Optional.ofNullable(owner);
        }

        /**
         * Returns the artifact id and root package, as rule descriptions show them.
         *
         * @return for example {@code otp-scoring (io.otp.scoring..)}; not null
         */
        @Override
        public String toString() {
            return artifactId + " (" + rootPackage + "..)";
        }

        /** What a module is for, which decides who may depend on it. */
        public enum Kind {
            /** A module users put on their class path or module path; other modules may depend on it. */
            LIBRARY,
            /** A runnable demo or tool (examples, cli, benchmarks): nothing depends on it. */
            APPLICATION
        }
    }

    /**
     * Tells whether a package is under {@code io.otp}.
     *
     * @param packageName a fully qualified package name; not null
     * @return true for {@code io.otp} and its subpackages
     */
    public static boolean isOtpPackage(String packageName) {
        return packageName.equals(OTP_PACKAGE) || packageName.startsWith(OTP_PACKAGE + ".");
    }

    /**
     * Matches the classes of one module.
     *
     * @param module the module; not null
     * @return a predicate described as "are part of &lt;module&gt;"; not null
     */
    public static DescribedPredicate<JavaClass> arePartOf(OtpModule module) {
        return DescribedPredicate.describe("are part of " + module, c -> module.owns(c.getPackageName()));
    }

    /**
     * Rule: the imported classes are all main classes of one module. With ArchUnit's default
     * failure on an empty rule it also proves the import found the module's classes at all, which
     * is worth proving because the tests run on the module path while ArchUnit locates classes
     * through URLs.
     *
     * @param module the module an {@code ArchitectureTest} analyses; not null
     * @return the rule; not null
     */
    public static ArchRule analysedClassesArePartOf(OtpModule module) {
        return classes().should(be(DescribedPredicate.<JavaClass>describe(
                "part of " + module, c -> module.owns(c.getPackageName()))))
            .because("each ArchitectureTest judges exactly its own module's main classes: another"
                + " module's classes would be judged by the wrong module graph entry, and an empty"
                + " import would let every rule pass without looking at anything");
    }

    /**
     * Rule: the module depends on no OTP module except the ones {@link OtpModule#allowedDependencies()}
     * lists. Packages under {@code io.otp} that no module owns count as forbidden.
     *
     * @param module the module whose classes are judged; not null
     * @return the rule; not null
     */
    public static ArchRule onlyAllowedModuleDependencies(OtpModule module) {
        String allowed = module.allowedDependencies().isEmpty()
            ? "no other OTP module"
            : module.allowedDependencies().stream().map(OtpModule::artifactId)
                .collect(Collectors.joining(", ", "only ", ""));
        return noClasses().that(arePartOf(module))
            .should().dependOnClassesThat(DescribedPredicate.<JavaClass>describe(
                "are in an OTP package " + module.artifactId() + " may not use",
                c -> !module.mayUse(c.getPackageName())))
            .because("the module graph of STYLE.md lets " + module.artifactId() + " use " + allowed
                + ": users take each module with no more of the SDK than it declares, and a new edge"
                + " is a reviewed change to OtpArchitectureRules.OtpModule, not a side effect of a pom edit");
    }

    /**
     * Rule: no library module depends on an application module (otp-examples; later otp-cli,
     * otp-benchmarks). {@link #onlyAllowedModuleDependencies(OtpModule)} already implies it; this rule
     * states it on its own so the failure names the reason. Application modules do not apply it:
     * none of their classes is a library class, and their dependencies on each other are judged by
     * {@link #onlyAllowedModuleDependencies(OtpModule)}.
     */
    public static final ArchRule NO_DEPENDENCY_ON_APPLICATION_MODULES = noClasses()
        .that(DescribedPredicate.describe("are part of a library module",
            c -> OtpModule.owning(c.getPackageName()).map(m -> m.kind() == OtpModule.Kind.LIBRARY).orElse(false)))
        .should().dependOnClassesThat(DescribedPredicate.describe("are part of an application module",
            c -> OtpModule.owning(c.getPackageName()).map(m -> m.kind() == OtpModule.Kind.APPLICATION).orElse(false)))
        .because("runnable demos and tools sit at the top of the module graph: a library that used them"
            + " would ship a demo, its main methods and its console output to every user");

    /**
     * Rule: no cycles between packages. Every package is its own slice ({@code io.otp.(**)}), so a
     * cycle between a package and its own subpackage counts too.
     */
    public static final ArchRule NO_PACKAGE_CYCLES = slices().matching(OTP_PACKAGE + ".(**)")
        .should().beFreeOfCycles()
        .because("packages in a cycle are one unit in disguise: none of them can be understood, tested,"
            + " or moved to another module without the others");

    /**
     * Rule: classes of the module use no {@code ..internal..} package of another module, OTP or not.
     *
     * @param module the module whose classes are judged; not null
     * @return the rule; not null
     */
    public static ArchRule internalPackagesStayInTheirModule(OtpModule module) {
        return noClasses().that(arePartOf(module))
            .should().dependOnClassesThat(resideInAPackage(INTERNAL_PACKAGES).and(not(arePartOf(module))))
            .because("an ..internal.. package is its module's implementation detail: module-info.java does"
                + " not export it and any release may change it, so code outside the module that uses it"
                + " breaks on the module path and on the next version");
    }

    /** Rule: no {@code java.util.logging}. */
    public static final ArchRule NO_JAVA_UTIL_LOGGING = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING
        .because("the SDK logs through slf4j-api only (STYLE.md, SLF4J 2), so the host application"
            + " chooses the logging backend");

    /**
     * Rule: no {@code System.out}, {@code System.err} or {@code printStackTrace()}. Application
     * modules do not apply it: printing is their user interface.
     */
    public static final ArchRule NO_STANDARD_STREAMS = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
        .because("a library does not own the console of the application that embeds it; it reports"
            + " through return values, exceptions and SLF4J");

    /**
     * Rule: every {@code org.slf4j.Logger} field is {@code private static final}.
     *
     * <p>Allows an empty match: a module that does not log has no logger field, and that must pass;
     * the rule starts biting with the first logger.
     */
    public static final ArchRule LOGGERS_ARE_PRIVATE_STATIC_FINAL = fields()
        .that().haveRawType("org.slf4j.Logger")
        .should().bePrivate().andShould().beStatic().andShould().beFinal()
        .because("a logger belongs to its class (SLF4J 2, STYLE.md): one per class, not part of any API,"
            + " never replaced")
        .allowEmptyShould(true);

    /** Rule: no {@code throw new Throwable/Exception/RuntimeException}. */
    public static final ArchRule NO_GENERIC_EXCEPTIONS = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS
        .because("every SDK error is an OtpException subtype (or a standard exception with a precise"
            + " meaning) that callers can catch and that names the value and the rule");

    /**
     * Rule: SPI packages ({@code ..spi..}) do not depend on {@code ..internal..} packages.
     *
     * <p>Allows an empty match: no module has an SPI package yet, and a module without one must
     * pass; the rule starts biting with the first {@code spi} package.
     */
    public static final ArchRule SPI_NAMES_NO_IMPLEMENTATION = noClasses()
        .that().resideInAPackage(SPI_PACKAGES)
        .should().dependOnClassesThat().resideInAPackage(INTERNAL_PACKAGES)
        .because("an SPI is what third parties implement (like JSR 354's SPI): it names no implementation,"
            + " so providers compile against exported types only and the internals stay free to change")
        .allowEmptyShould(true);

    /** The one home of the SDK's decimal contexts. */
    private static final String DECIMAL_POLICY = "io.otp.core.money.DecimalPolicy";

    /**
     * Rule: no {@code MathContext} constant that other classes could use (a public, protected or
     * package-private static field of type {@code MathContext}) outside {@code io.otp.core.money.DecimalPolicy}.
     */
    public static final ArchRule MATH_CONTEXTS_HAVE_ONE_HOME = fields()
        .that().haveRawType("java.math.MathContext").and().areStatic()
        .and().areDeclaredInClassesThat().doNotHaveFullyQualifiedName(DECIMAL_POLICY)
        .should().bePrivate()
        .because("every division of the SDK takes its precision from one decimal policy (DecimalPolicy), so"
            + " that a change of precision is made in one place and every module computes alike")
        .allowEmptyShould(true);

    /**
     * Rule: only {@code io.otp.core.money.DecimalPolicy} reads the standard contexts
     * {@code MathContext.DECIMAL32/64/128} and {@code UNLIMITED}.
     */
    public static final ArchRule STANDARD_MATH_CONTEXTS_ONLY_IN_THE_POLICY = noClasses()
        .that().doNotHaveFullyQualifiedName(DECIMAL_POLICY)
        .should().accessField(java.math.MathContext.class, "DECIMAL32")
        .orShould().accessField(java.math.MathContext.class, "DECIMAL64")
        .orShould().accessField(java.math.MathContext.class, "DECIMAL128")
        .orShould().accessField(java.math.MathContext.class, "UNLIMITED")
        .because("a division names DecimalPolicy.MATH_CONTEXT or DecimalPolicy.ROUNDED_QUOTIENT_CONTEXT, not a"
            + " precision of its own");

    /** The classes of the JDK that render texts with placeholders of their own ({0}, %s) or read bundles. */
    private static final Set<String> OTHER_MESSAGE_RENDERERS = Set.of("java.text.MessageFormat",
        "java.text.ChoiceFormat", "java.util.ResourceBundle", "java.util.PropertyResourceBundle",
        "java.util.ListResourceBundle");

    /** The methods that apply {@code String.format} patterns. */
    private static final Set<String> FORMAT_METHODS = Set.of("format", "formatted");

    /**
     * Rule: messages have one renderer and one placeholder syntax, {@code io.otp.core.MessageBundle} with
     * {@code {name}}. No class uses {@code MessageFormat}, {@code ChoiceFormat} or a {@code ResourceBundle},
     * and no class that reads a bundle's raw text ({@code MessageBundle.template}) applies
     * {@code String.format} or {@code formatted} (to it or anything else).
     */
    public static final ArchRule ONE_MESSAGE_RENDERER = noClasses()
        .should(new ArchCondition<JavaClass>("render messages other than through MessageBundle's {name} placeholders") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                item.getDirectDependenciesFromSelf().stream()
                    .filter(d -> OTHER_MESSAGE_RENDERERS.contains(d.getTargetClass().getName()))
                    .forEach(d -> events.add(SimpleConditionEvent.satisfied(item, d.getDescription())));
                boolean readsTemplates = item.getMethodCallsFromSelf().stream()
                    .anyMatch(call -> call.getTarget().getName().equals("template")
                        && call.getTargetOwner().getName().equals("io.otp.core.MessageBundle"));
                if (readsTemplates) {
                    item.getMethodCallsFromSelf().stream()
                        .filter(call -> FORMAT_METHODS.contains(call.getTarget().getName())
                            && call.getTargetOwner().getName().equals(String.class.getName()))
                        .forEach(call -> events.add(SimpleConditionEvent.satisfied(item, call.getDescription())));
                }
            }
        })
        .because("every bundle (ContributorValidationMessages, the report's, the CLI's) writes placeholders as"
            + " {name}; a second syntax ({0}, %s) would render a text of the other kind wrongly and silently");

    /** The Jackson methods that turn on default typing: a document could then name any class to build. */
    private static final Set<String> DEFAULT_TYPING_METHODS = Set.of("activateDefaultTyping",
        "activateDefaultTypingAsProperty", "enableDefaultTyping", "enableDefaultTypingAsProperty",
        "setDefaultTyping");

    /**
     * Rule: no Jackson default typing and no {@code @JsonTypeInfo} that names a Java class
     * ({@code Id.CLASS}, {@code Id.MINIMAL_CLASS}) on any class, field, method or constructor.
     */
    public static final ArchRule NO_JACKSON_DEFAULT_TYPING = classes()
        .should(new ArchCondition<JavaClass>("not let a document name the Java class to build") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                item.getMethodCallsFromSelf().stream()
                    .filter(call -> DEFAULT_TYPING_METHODS.contains(call.getTarget().getName())
                        && call.getTargetOwner().getPackageName().startsWith("com.fasterxml.jackson"))
                    .forEach(call -> events.add(SimpleConditionEvent.violated(item, call.getDescription())));
                if (namesAClass(item.getAnnotations())) {
                    events.add(SimpleConditionEvent.violated(item, item.getName() + " has @JsonTypeInfo naming a class"));
                }
                for (JavaMember member : item.getMembers()) {
                    if (namesAClass(member.getAnnotations())) {
                        events.add(SimpleConditionEvent.violated(item, member.getFullName()
                            + " has @JsonTypeInfo naming a class"));
                    }
                }
            }
        })
        .because("a document from a bidder or another administration must never choose which Java class"
            + " the SDK instantiates (the Jackson polymorphic deserialization gadget attacks, CVE-2017-7525"
            + " and its successors); every SDK type is read as its declared type");

    private static boolean namesAClass(Set<? extends JavaAnnotation<?>> annotations) {
        return annotations.stream().anyMatch(a -> a.getRawType().getName()
            .equals("com.fasterxml.jackson.annotation.JsonTypeInfo")
            && a.get("use").map(Object::toString).filter(u -> u.endsWith("CLASS")).isPresent());
    }
}
