package io.otp.codelists;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A code of an eForms codelist with its labels, e.g. {@code neg-wo-call}, "Negociado sin convocatoria
 * de licitación previa", "Negotiated without prior call for competition".
 *
 * <p>Structural invariants, checked when built: the code and both labels not blank
 * ({@code CODELIST-CODE}, {@code CODELIST-LABEL}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCodelistEntry.class)
@JsonDeserialize(as = ImmutableCodelistEntry.class)
public abstract class CodelistEntry {

    CodelistEntry() {
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
     * The identifier of the list the code belongs to.
     *
     * @return e.g. {@code procurement-procedure-type}, not blank
     */
    public abstract String list();

    /**
     * The code, as eForms notices write it.
     *
     * @return e.g. {@code open}, not blank
     */
    public abstract String code();

    /**
     * The Spanish label.
     *
     * @return the label, not blank
     */
    public abstract String spanishLabel();

    /**
     * The English label.
     *
     * @return the label, not blank
     */
    public abstract String englishLabel();

    /**
     * The label in a language: Spanish for Spanish, English for every other language.
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
        if (code().isBlank()) {
            v.add(Violation.of("code", "CODELIST-CODE", "io.otp.codelists.code.blank", "list", list()));
        }
        Labels.check(list(), code(), spanishLabel(), englishLabel(), v);
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    /** Builds {@link CodelistEntry}; each attribute may be set once. */
    public static final class Builder extends ImmutableCodelistEntry.Builder {
        Builder() {
        }
    }
}
