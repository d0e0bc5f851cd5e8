package io.otp.persistence;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Finds persistence providers by name through {@link java.util.ServiceLoader}: {@code memory} is the
 * SDK's embedded default; other stores (such as {@code jdbc}) add theirs.
 */
public final class PersistenceProviders {

    private PersistenceProviders() {
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
     * Opens a provider by name.
     *
     * @param name the factory's name, e.g. {@code memory}; not null
     * @param settings the provider's settings; not null
     * @return the provider, not null
     * @throws ValidationException if no factory has that name (the message lists those found)
     */
    public static PersistenceProvider open(String name, Map<String, String> settings) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(settings, "settings");
        SortedSet<String> known = new TreeSet<>();
        for (PersistenceProviderFactory f : ServiceLoader.load(PersistenceProviderFactory.class,
                PersistenceProviders.class.getClassLoader())) {
            if (f.name().equals(name)) {
                return f.open(settings);
            }
            known.add(f.name());
        }
        throw new ValidationException(Violation.of("name", "OTP-STORE-PROVIDER", "io.otp.persistence.provider.unknown",
            "value", name, "known", String.join(", ", known)));
    }
}
