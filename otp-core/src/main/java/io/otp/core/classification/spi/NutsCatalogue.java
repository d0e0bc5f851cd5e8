package io.otp.core.classification.spi;

import io.otp.core.classification.NutsCode;
import java.util.Locale;
import java.util.Optional;

/**
 * A provider of the NUTS classification in force (Regulation (EC) No 1059/2003 and the amendments of
 * its annexes): tells whether a region code exists.
 *
 * <p>The SDK finds implementations with {@link java.util.ServiceLoader} through {@link Catalogues}; a
 * provider is created once and asked many times, so it loads its data lazily on the first question
 * and keeps it. Implementations must be thread-safe.
 */
public interface NutsCatalogue {

    /**
     * The name of this catalogue, shown in violation messages and logs, e.g.
     * {@code "NUTS, eForms SDK 1.15.1"}.
     *
     * @return the name; the simple class name by default; not null
     */
    default String name() {
        return getClass().getSimpleName();
    }

    /**
     * Tells whether a code is in the classification.
     *
     * @param code the code; not null
     * @return true if the classification has a region, or country, with this code
     */
    boolean contains(NutsCode code);

    /**
     * The name of a region in a language, for messages and reports.
     *
     * @param code the code; not null
     * @param locale the language wanted; not null
     * @return the name; empty if the code is unknown or the provider has no names (the default)
     */
    default Optional<String> label(NutsCode code, Locale locale) {
        return Optional.empty();
    }
}
