package io.otp.persistence.memory;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.persistence.PersistenceProvider;
import io.otp.persistence.PersistenceProviderFactory;
import java.util.Map;

/**
 * The factory of the embedded default store, named {@code memory}; it takes no settings.
 */
public final class InMemoryProviderFactory implements PersistenceProviderFactory {

    /** Creates the factory; for {@link java.util.ServiceLoader}. */
    public InMemoryProviderFactory() {
    }

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public PersistenceProvider open(Map<String, String> settings) {
        if (!settings.isEmpty()) {
            throw new ValidationException(Violation.of("settings", "OTP-STORE-SETTINGS",
                "io.otp.persistence.memory.settings", "value", String.join(", ", new java.util.TreeSet<>(settings.keySet()))));
        }
        return InMemoryPersistenceProvider.create();
    }
}
