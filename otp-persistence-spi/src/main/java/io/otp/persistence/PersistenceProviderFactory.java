package io.otp.persistence;

import java.util.Map;

/**
 * Creates providers of one kind from settings; found with {@link java.util.ServiceLoader} (declare it
 * with {@code provides io.otp.persistence.PersistenceProviderFactory with ...} in
 * {@code module-info.java} and in {@code META-INF/services}).
 */
public interface PersistenceProviderFactory {

    /**
     * The name providers of this kind answer to, e.g. {@code memory}.
     *
     * @return the name, not null
     */
    String name();

    /**
     * Opens a provider.
     *
     * @param settings the settings, by name, e.g. {@code url}; not null, possibly empty
     * @return the provider, not null
     * @throws io.otp.core.ValidationException if a setting is missing or invalid (the path names it)
     * @throws PersistenceException if the store cannot be opened
     */
    PersistenceProvider open(Map<String, String> settings);
}
