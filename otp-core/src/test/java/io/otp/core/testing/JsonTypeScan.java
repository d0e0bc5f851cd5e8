package io.otp.core.testing;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaGenericArrayType;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaTypeVariable;
import com.tngtech.archunit.core.domain.JavaWildcardType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a module's main classes offer to Jackson, read from their bytecode with ArchUnit: which public
 * types can be written or read as JSON, which value types have structural invariants, which public
 * enums exist, and which attribute types of JSON-capable types Jackson cannot handle exactly.
 *
 * <p>A type is <em>JSON-capable</em> when it is public and declares a Jackson annotation on itself,
 * on a member or on a parameter ({@code @JsonSerialize}, {@code @JsonDeserialize}, {@code @JsonCreator},
 * {@code @JsonValue}, {@code @JsonProperty}, ...), or inherits from an SDK type that does: a subclass
 * of {@code TypedId} is written through the inherited {@code @JsonValue} whether or not it declares a
 * creator of its own, so it must be tested as well.
 */
public final class JsonTypeScan {

    /** Where an SDK type's packages start: ancestors here count when they declare Jackson. */
    private static final String SDK_PACKAGE = "io.otp.";

    /**
     * Attribute types Jackson cannot handle with the SDK's configuration, or not exactly:
     * {@code OptionalInt}, {@code OptionalLong} and {@code OptionalDouble} need
     * {@code jackson-datatype-jdk8}, which the SDK does not use (the {@code TieBreakData} bug);
     * binary floating point loses the exact decimals that amounts, points and shares must keep
     * (STYLE.md: "never double in a legal result").
     */
    public static final Set<String> FORBIDDEN_TYPES = Set.of("java.util.OptionalInt", "java.util.OptionalLong",
        "java.util.OptionalDouble", "double", "float", "java.lang.Double", "java.lang.Float");

    private static final String JACKSON = "com.fasterxml.jackson";
    private static final String IMMUTABLE = "org.immutables.value.Value$Immutable";
    private static final String CHECK = "org.immutables.value.Value$Check";
    private static final String JSON_DESERIALIZE = "com.fasterxml.jackson.databind.annotation.JsonDeserialize";
    private static final String JSON_IGNORE = "com.fasterxml.jackson.annotation.JsonIgnore";
    private static final List<String> ATTRIBUTE_ANNOTATIONS = List.of("org.immutables.value.Value$Default",
        "org.immutables.value.Value$Derived", "org.immutables.value.Value$Lazy");

    private final JavaClasses main;

    private JsonTypeScan(JavaClasses main) {
        this.main = main;
    }

    /**
     * Scans the main classes (tests excluded) under a root package.
     *
     * @param rootPackage e.g. {@code io.otp.kpi}; not null
     * @return the scan
     */
    public static JsonTypeScan of(String rootPackage) {
        return new JsonTypeScan(new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(rootPackage));
    }

    /**
     * The main classes scanned.
     *
     * @return the imported classes
     */
    public JavaClasses main() {
        return main;
    }

    /**
     * The public JSON-capable types of the scanned packages, by name.
     *
     * @return the types, sorted by name
     */
    public SortedSet<String> jsonCapable() {
        return names(main.stream().filter(JsonTypeScan::isJsonCapable));
    }

    /**
     * The JSON-capable types a round-trip test must generate: every one that Jackson can also read,
     * that is all but the abstract types without {@code @JsonDeserialize} (such as {@code TypedId}),
     * which are written and read only as their subclasses.
     *
     * @return the types, sorted by name
     */
    public SortedSet<String> readableJsonCapable() {
        return names(main.stream().filter(JsonTypeScan::isJsonCapable).filter(c -> !isOnlyAStandIn(c)));
    }

    /**
     * The abstract JSON-capable types without {@code @JsonDeserialize}, each with its public subclasses.
     *
     * @return subclasses by abstract type name
     */
    public Map<String, SortedSet<String>> standIns() {
        Map<String, SortedSet<String>> out = new TreeMap<>();
        main.stream().filter(JsonTypeScan::isJsonCapable).filter(JsonTypeScan::isOnlyAStandIn).forEach(c ->
            out.put(c.getName(), names(c.getAllSubclasses().stream().filter(JsonTypeScan::isPublic))));
        return out;
    }

    /**
     * The Immutables value types with a {@code @Value.Check} method.
     *
     * @return the types, sorted by name
     */
    public SortedSet<String> withInvariants() {
        return names(main.stream().filter(c -> c.isAnnotatedWith(IMMUTABLE))
            .filter(c -> c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(CHECK))));
    }

    /**
     * The public enums of the scanned packages.
     *
     * @return the enums, sorted by name
     */
    public SortedSet<String> publicEnums() {
        return names(main.stream().filter(JavaClass::isEnum).filter(JsonTypeScan::isPublic));
    }

    /**
     * The attributes of JSON-capable types and the types they are written or read as, for the main
     * classes.
     *
     * @return types by member, e.g. {@code io.otp.core.tender.TieBreakData.permanentDisabledWorkers()}
     *     to {@code [java.util.Optional, java.lang.Integer]}
     */
    public Map<String, Set<String>> attributeTypes() {
        return attributeTypes(main);
    }

    /**
     * The attributes of the given classes and the types they mention: members and parameters carrying
     * a Jackson annotation other than {@code @JsonIgnore}, in any class (Immutables' generated {@code ImmutableX}, {@code Json} and
     * {@code Builder} carry {@code @JsonProperty} on every attribute), and the attributes of Immutables
     * value types (abstract accessors, {@code @Value.Default}, {@code @Value.Derived},
     * {@code @Value.Lazy}).
     *
     * @param classes the classes to scan
     * @return types by member, sorted
     */
    public static Map<String, Set<String>> attributeTypes(Collection<JavaClass> classes) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (JavaClass c : classes) {
            boolean immutable = c.isAnnotatedWith(IMMUTABLE);
            for (JavaMember member : c.getMembers()) {
                if (member.getModifiers().contains(JavaModifier.SYNTHETIC)
                        || member.getModifiers().contains(JavaModifier.BRIDGE)) {
                    continue;
                }
                if (isMapped(member.getAnnotations()) || immutable && isImmutablesAttribute(member)) {
                    typesOf(member).forEach(t -> mentioned(t, out.computeIfAbsent(describe(member), k -> new TreeSet<>())));
                }
                if (member instanceof JavaCodeUnit) {
                    JavaCodeUnit unit = (JavaCodeUnit) member;
                    for (int i = 0; i < unit.getParameters().size(); i++) {
                        if (isMapped(unit.getParameters().get(i).getAnnotations())) {
                            mentioned(unit.getParameterTypes().get(i),
                                out.computeIfAbsent(describe(member) + " parameter " + i, k -> new TreeSet<>()));
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * The attributes whose types include one of {@link #FORBIDDEN_TYPES}.
     *
     * @param attributeTypes as {@link #attributeTypes(Collection)} returns them
     * @return one line per offending attribute, {@code member: type, ...}; empty if none
     */
    public static List<String> forbidden(Map<String, Set<String>> attributeTypes) {
        List<String> out = new ArrayList<>();
        attributeTypes.forEach((member, types) -> {
            List<String> bad = types.stream().filter(FORBIDDEN_TYPES::contains).collect(Collectors.toList());
            if (!bad.isEmpty()) {
                out.add(member + ": " + String.join(", ", bad));
            }
        });
        return out;
    }

    private static boolean isJsonCapable(JavaClass c) {
        if (!isPublic(c) || c.isAnnotation()) {
            return false;
        }
        if (declaresJackson(c)) {
            return true;
        }
        List<JavaClass> ancestors = new ArrayList<>(c.getAllRawSuperclasses());
        ancestors.addAll(c.getAllRawInterfaces());
        return ancestors.stream().anyMatch(a -> a.getPackageName().startsWith(SDK_PACKAGE) && isPublic(a)
            && declaresJackson(a));
    }

    private static boolean isOnlyAStandIn(JavaClass c) {
        boolean abstractType = c.isInterface() || c.getModifiers().contains(JavaModifier.ABSTRACT);
        return abstractType && !c.isAnnotatedWith(JSON_DESERIALIZE);
    }

    private static boolean declaresJackson(JavaClass c) {
        if (hasJackson(c.getAnnotations())) {
            return true;
        }
        for (JavaMember member : c.getMembers()) {
            if (hasJackson(member.getAnnotations())) {
                return true;
            }
            if (member instanceof JavaCodeUnit && ((JavaCodeUnit) member).getParameters().stream()
                    .anyMatch(p -> hasJackson(p.getAnnotations()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasJackson(Set<? extends JavaAnnotation<?>> annotations) {
        return annotations.stream().anyMatch(a -> a.getRawType().getPackageName().startsWith(JACKSON));
    }

    /** Carries a Jackson annotation that maps it, not only {@code @JsonIgnore}. */
    private static boolean isMapped(Set<? extends JavaAnnotation<?>> annotations) {
        return annotations.stream().anyMatch(a -> a.getRawType().getPackageName().startsWith(JACKSON)
            && !a.getRawType().getName().equals(JSON_IGNORE));
    }

    private static boolean isImmutablesAttribute(JavaMember member) {
        if (!(member instanceof JavaMethod)) {
            return false;
        }
        JavaMethod m = (JavaMethod) member;
        if (!m.getRawParameterTypes().isEmpty() || m.getRawReturnType().getName().equals("void")) {
            return false;
        }
        return m.getModifiers().contains(JavaModifier.ABSTRACT)
            || ATTRIBUTE_ANNOTATIONS.stream().anyMatch(m::isAnnotatedWith);
    }

    private static List<JavaType> typesOf(JavaMember member) {
        List<JavaType> types = new ArrayList<>();
        if (member instanceof JavaField) {
            types.add(((JavaField) member).getType());
        } else if (member instanceof JavaMethod) {
            types.add(((JavaMethod) member).getReturnType());
            types.addAll(((JavaMethod) member).getParameterTypes());
        } else if (member instanceof JavaCodeUnit) {
            types.addAll(((JavaCodeUnit) member).getParameterTypes());
        }
        return types;
    }

    /** Adds the raw names of a type and of every type argument, bound and component inside it. */
    private static void mentioned(JavaType type, Set<String> into) {
        if (type instanceof JavaParameterizedType) {
            into.add(type.toErasure().getName());
            ((JavaParameterizedType) type).getActualTypeArguments().forEach(a -> mentioned(a, into));
        } else if (type instanceof JavaWildcardType) {
            ((JavaWildcardType) type).getUpperBounds().forEach(b -> mentioned(b, into));
            ((JavaWildcardType) type).getLowerBounds().forEach(b -> mentioned(b, into));
        } else if (type instanceof JavaTypeVariable) {
            ((JavaTypeVariable<?>) type).getUpperBounds().forEach(b -> mentioned(b, into));
        } else if (type instanceof JavaGenericArrayType) {
            mentioned(((JavaGenericArrayType) type).getComponentType(), into);
        } else {
            JavaClass raw = type.toErasure();
            into.add(raw.isArray() ? raw.getBaseComponentType().getName() : raw.getName());
        }
    }

    private static String describe(JavaMember member) {
        String owner = member.getOwner().getName();
        if (member instanceof JavaField) {
            return owner + "." + member.getName();
        }
        return owner + "." + member.getName() + "()";
    }

    private static boolean isPublic(JavaClass c) {
        if (!c.getModifiers().contains(JavaModifier.PUBLIC)) {
            return false;
        }
        return c.getEnclosingClass().map(JsonTypeScan::isPublic).orElse(true);
    }

    private static SortedSet<String> names(java.util.stream.Stream<JavaClass> classes) {
        return classes.map(JavaClass::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The names of the given classes.
     *
     * @param classes the classes
     * @return their names, sorted
     */
    public static SortedSet<String> namesOf(Collection<Class<?>> classes) {
        return classes.stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The elements of {@code all} missing from {@code covered}.
     *
     * @param all what must be covered
     * @param covered what is covered
     * @return the difference, in order
     */
    public static Set<String> missing(Set<String> all, Set<String> covered) {
        Set<String> out = new LinkedHashSet<>(all);
        out.removeAll(covered);
        return out;
    }
}
