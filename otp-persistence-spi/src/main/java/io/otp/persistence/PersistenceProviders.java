package io.otp.persistence;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.spi.ServiceProviders;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The persistence providers by name, with the verbs every registry of the SDK has ({@code io.otp.core.spi}):
 * {@link #standard()}, {@link #discovered(ClassLoader)}, {@link #with(PersistenceProviderFactory)},
 * {@link #find(String)}, {@link #require(String)} and {@link #ids()}; and the shortcuts {@link #inMemory()}
 * and {@link #open(String, Map)}. {@code memory} is the SDK's embedded default; other stores (such as
 * {@code jdbc}) add theirs. The SPI names no store, so the registry has no {@code builtIns()}: the embedded
 * store is a provider of this module like any other, declared with {@code provides}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PersistenceProviders {

    private static volatile PersistenceProviders standard;

    private final Map<String, PersistenceProviderFactory> byName;

    private PersistenceProviders(Map<String, PersistenceProviderFactory> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    /**
     * The factories {@link java.util.ServiceLoader} finds through the class loader of the SDK, found on the
     * first call and kept.
     *
     * @return the registry, not null
     * @throws ValidationException if two factories of different classes have one name
     */
    public static PersistenceProviders standard() {
        PersistenceProviders found = standard;
        if (found == null) {
            found = discovered(PersistenceProviders.class.getClassLoader());
            standard = found;
        }
        return found;
    }

    /**
     * The factories {@link java.util.ServiceLoader} finds through a class loader; not kept.
     *
     * @param loader the class loader; null for the system class loader
     * @return the registry, not null
     * @throws ValidationException if two factories of different classes have one name
     */
    public static PersistenceProviders discovered(ClassLoader loader) {
        PersistenceProviders registry = new PersistenceProviders(new LinkedHashMap<>());
        for (PersistenceProviderFactory f : ServiceProviders.load(PersistenceProviderFactory.class, loader).providers()) {
            PersistenceProviderFactory known = registry.byName.get(f.name());
            if (known == null || known.getClass() != f.getClass()) {
                registry = registry.with(f);
            }
        }
        return registry;
    }

    /**
     * Returns a registry with one more factory.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param factory the factory; not null
     * @return the new registry, not null
     * @throws ValidationException if another factory has its name ({@code OTP-STORE-PROVIDER})
     */
    public PersistenceProviders with(PersistenceProviderFactory factory) {
        Objects.requireNonNull(factory, "factory");
        String name = factory.name();
        if (name == null || name.isBlank()) {
            throw new ValidationException(Violation.of("name", "OTP-STORE-PROVIDER", "io.otp.core.required",
                "field", "name of " + factory.getClass().getName()));
        }
        if (byName.containsKey(name)) {
            throw new ValidationException(Violation.of("name", "OTP-STORE-PROVIDER", "io.otp.persistence.provider.taken",
                "value", name, "held", byName.get(name).getClass().getName(), "given", factory.getClass().getName()));
        }
        Map<String, PersistenceProviderFactory> copy = new LinkedHashMap<>(byName);
        copy.put(name, factory);
        return new PersistenceProviders(copy);
    }

    /**
     * Finds a factory.
     *
     * @param name the factory's name, e.g. {@code memory}; not null
     * @return the factory; empty if none has the name
     */
    public Optional<PersistenceProviderFactory> find(String name) {
        Objects.requireNonNull(name, "name");
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * Obtains a factory, which must be known.
     *
     * @param name the factory's name; not null
     * @return the factory; not null
     * @throws ValidationException if no factory has that name (the message lists those found)
     */
    public PersistenceProviderFactory require(String name) {
        return find(name).orElseThrow(() -> new ValidationException(Violation.of("name", "OTP-STORE-PROVIDER",
            "io.otp.persistence.provider.unknown", "value", name, "known", String.join(", ", ids()))));
    }

    /**
     * The names of the factories, sorted.
     *
     * @return the names; not null
     */
    public SortedSet<String> ids() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(byName.keySet()));
    }

    /**
     * Opens the embedded default store: in memory, thread-safe, without dependencies.
     *
     * @return the provider, not null
     */
    public static PersistenceProvider inMemory() {
        return open("memory", Map.of());
    }

    /**
     * Opens a provider by name with the {@link #standard()} factories.
     *
     * @param name the factory's name, e.g. {@code memory}; not null
     * @param settings the provider's settings; not null
     * @return the provider, not null
     * @throws ValidationException if no factory has that name (the message lists those found)
     */
    public static PersistenceProvider open(String name, Map<String, String> settings) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(settings, "settings");
        return standard().require(name).open(settings);
    }

    /**
     * Returns the names held, e.g. {@code PersistenceProviders[jdbc, memory]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "PersistenceProviders" + ids();
    }
}
