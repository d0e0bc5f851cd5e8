package io.otp.codelists;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.classification.NutsCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A region (or country) of the NUTS classification as the official list gives it, with its parent
 * and its names in Spanish and English, which for regions are mostly the name in the national
 * language ({@code ES511} is {@code Barcelona} in both).
 *
 * <p>Structural invariants, checked when built: both names not blank ({@code CODELIST-LABEL}); the
 * parent, when there is one, the region one level up ({@code NUTS-PARENT}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNutsEntry.class)
@JsonDeserialize(as = ImmutableNutsEntry.class)
public abstract class NutsEntry {

    NutsEntry() {
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
     * The code.
     *
     * @return the code, e.g. {@code ES300}; not null
     */
    public abstract NutsCode code();

    /**
     * The region one level up.
     *
     * @return the parent; empty for a country; not null
     */
    public abstract Optional<NutsCode> parent();

    /**
     * The Spanish name, e.g. {@code Comunidad de Madrid} for {@code ES3}.
     *
     * @return the name, not blank
     */
    public abstract String spanishLabel();

    /**
     * The English name.
     *
     * @return the name, not blank
     */
    public abstract String englishLabel();

    /**
     * The NUTS level: 0 for a country, 1 to 3 for its regions.
     *
     * @return the level, 0 to 3
     */
    public int level() {
        return code().level();
    }

    /**
     * The name in a language: Spanish for Spanish, English for every other language.
     *
     * @param locale the language wanted; not null
     * @return the name, not blank
     */
    public String label(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return "es".equals(locale.getLanguage()) ? spanishLabel() : englishLabel();
    }

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        Labels.check("NUTS", code(), spanishLabel(), englishLabel(), v);
        if (parent().isPresent() && !parent().equals(code().parent())) {
            v.add(Violation.of("parent", "NUTS-PARENT", "io.otp.codelists.nuts.parent",
                "code", code(), "parent", parent().get(),
                "expected", code().parent().map(Object::toString).orElse("none, a country has no parent")));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    /** Builds {@link NutsEntry}; each attribute may be set once. */
    public static final class Builder extends ImmutableNutsEntry.Builder {
        Builder() {
        }
    }
}
