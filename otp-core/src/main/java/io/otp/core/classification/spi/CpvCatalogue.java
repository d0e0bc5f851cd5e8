package io.otp.core.classification.spi;

import io.otp.core.classification.CpvCode;
import java.util.Locale;
import java.util.Optional;

/**
 * A provider of the Common Procurement Vocabulary list (Regulation (EC) No 2195/2002, as amended by
 * Regulation (EC) No 213/2008): tells whether a code exists and whether it is a social or other
 * specific service of LCSP Annex IV (Directive 2014/24/EU Annex XIV).
 *
 * <p>Codes are compared by their eight digits ({@link CpvCode#digits()}): the official machine-readable
 * lists carry no check digit, and {@link CpvCode} equality ignores it too.
 *
 * <p>The SDK finds implementations with {@link java.util.ServiceLoader} through {@link Catalogues}; a
 * provider is created once and asked many times, so it loads its data lazily on the first question
 * and keeps it. Implementations must be thread-safe.
 */
public interface CpvCatalogue {

    /**
     * The name of this catalogue, shown in violation messages and logs, e.g.
     * {@code "CPV, eForms SDK 1.15.1"}.
     *
     * @return the name; the simple class name by default; not null
     */
    default String name() {
        return getClass().getSimpleName();
    }

    /**
     * Tells whether a code is in the official list.
     *
     * @param code the code; not null
     * @return true if the list has a code with these eight digits
     */
    boolean contains(CpvCode code);

    /**
     * Tells whether a code is a social or other specific service of LCSP Annex IV, whose contracts
     * have their own EU threshold (LCSP art. 22.1.c) and need at least 51 % of the points on quality
     * (LCSP art. 145.4).
     *
     * @param code the code; not null
     * @return true if the provider knows the code to be one; false if it is not, or if the provider
     *     has no list of these services (the default)
     */
    default boolean isSocialService(CpvCode code) {
        return false;
    }

    /**
     * The label of a code in a language, for messages and reports.
     *
     * @param code the code; not null
     * @param locale the language wanted; not null
     * @return the label; empty if the code is unknown or the provider has no labels (the default)
     */
    default Optional<String> label(CpvCode code, Locale locale) {
        return Optional.empty();
    }
}
