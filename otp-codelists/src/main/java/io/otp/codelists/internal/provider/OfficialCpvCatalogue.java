package io.otp.codelists.internal.provider;

import io.otp.codelists.EuCodelists;
import io.otp.core.classification.CpvCode;
import io.otp.core.classification.spi.CpvCatalogue;
import java.util.Locale;
import java.util.Optional;

/**
 * The CPV catalogue otp-codelists provides to the core: {@link EuCodelists#official()}'s CPV, loaded
 * on the first question, not when {@link java.util.ServiceLoader} creates this provider.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OfficialCpvCatalogue implements CpvCatalogue {

    /** The constructor {@link java.util.ServiceLoader} calls; loads nothing. */
    public OfficialCpvCatalogue() {
    }

    @Override
    public String name() {
        return "CPV, eForms SDK " + EuCodelists.official().sdkVersion();
    }

    @Override
    public boolean contains(CpvCode code) {
        return EuCodelists.official().cpv().contains(code);
    }

    @Override
    public boolean isSocialService(CpvCode code) {
        return EuCodelists.official().cpv().isSocialService(code);
    }

    @Override
    public Optional<String> label(CpvCode code, Locale locale) {
        return EuCodelists.official().cpv().label(code, locale);
    }
}
