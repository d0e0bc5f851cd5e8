package io.otp.codelists.internal.provider;

import io.otp.codelists.EuCodelists;
import io.otp.core.classification.NutsCode;
import io.otp.core.classification.spi.NutsCatalogue;
import java.util.Locale;
import java.util.Optional;

/**
 * The NUTS catalogue otp-codelists provides to the core: {@link EuCodelists#official()}'s NUTS,
 * loaded on the first question, not when {@link java.util.ServiceLoader} creates this provider.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OfficialNutsCatalogue implements NutsCatalogue {

    /** The constructor {@link java.util.ServiceLoader} calls; loads nothing. */
    public OfficialNutsCatalogue() {
    }

    @Override
    public String name() {
        return "NUTS, eForms SDK " + EuCodelists.official().sdkVersion();
    }

    @Override
    public boolean contains(NutsCode code) {
        return EuCodelists.official().nuts().contains(code);
    }

    @Override
    public Optional<String> label(NutsCode code, Locale locale) {
        return EuCodelists.official().nuts().label(code, locale);
    }
}
