package io.otp.codelists;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.classification.CpvCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A code of the Common Procurement Vocabulary as the official list gives it: its parent in the
 * hierarchy, its labels in Spanish and English, and whether it is a social or other specific service
 * of LCSP Annex IV.
 *
 * <p>Structural invariants, checked when built: both labels not blank ({@code CODELIST-LABEL}); the
 * parent, when there is one, a broader code whose significant digits begin this code's
 * ({@code CPV-PARENT}). The parent is the one the list states, which is not always the nearest code by
 * prefix: {@code 03212211} has parent {@code 03212200}, not {@code 03212210}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCpvEntry.class)
@JsonDeserialize(as = ImmutableCpvEntry.class)
public abstract class CpvEntry {

    CpvEntry() {
    }

    /**
     * A builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The code; its check digit is the one {@link CpvCode} computes.
     *
     * @return the code, not null
     */
    public abstract CpvCode code();

    /**
     * The parent code in the official hierarchy.
     *
     * @return the parent; empty for a division; not null
     */
    public abstract Optional<CpvCode> parent();

    /**
     * The Spanish label, e.g. {@code Servicios TI: consultoría, desarrollo de software, Internet y apoyo}.
     *
     * @return the label, not blank
     */
    public abstract String spanishLabel();

    /**
     * The English label, e.g. {@code IT services: consulting, software development, Internet and support}.
     *
     * @return the label, not blank
     */
    public abstract String englishLabel();

    /**
     * Whether the code is a social or other specific service of LCSP Annex IV, as listed by the eForms
     * SDK ({@code cpv_social-service-cpv}). Defaults to false.
     *
     * @return true for a social or other specific service
     */
    @Value.Default
    public boolean socialService() {
        return false;
    }

    /**
     * The level in the hierarchy, told by the code's significant digits.
     *
     * @return the level, not null
     */
    public CpvLevel level() {
        return CpvLevel.of(code());
    }

    /**
     * The label in a language: Spanish for Spanish, English for every other language (the language
     * the list is written in; the SDK keeps these two of its 24).
     *
     * @param locale the language wanted; not null
     * @return the label, not blank
     */
    public String label(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return "es".equals(locale.getLanguage()) ? spanishLabel() : englishLabel();
    }

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        Labels.check("CPV", code(), spanishLabel(), englishLabel(), v);
        if (parent().isPresent()) {
            CpvCode p = parent().get();
            if (p.equals(code()) || !code().isWithin(p)) {
                v.add(Violation.of("parent", "CPV-PARENT", "io.otp.codelists.cpv.parent",
                    "code", code(), "parent", p));
            }
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    /** Builds {@link CpvEntry}; each attribute may be set once. */
    public static final class Builder extends ImmutableCpvEntry.Builder {
        Builder() {
        }
    }
}
