package io.otp.core.classification;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.otp.core.NullValueException;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A region of the Nomenclature of Territorial Units for Statistics, NUTS (Regulation (EC)
 * No 1059/2003, with the classification in force set by its annexes as amended): the two country
 * letters followed by up to three characters, one per level, e.g. {@code ES} (Spain, level 0),
 * {@code ES3} (Comunidad de Madrid group, level 1), {@code ES30} (level 2), {@code ES300} (Madrid,
 * level 3), {@code ES511} (Barcelona).
 *
 * <p>The country letters are those NUTS uses, which are ISO 3166-1 alpha-2 codes except for Greece
 * ({@code EL}); they are not checked against a list. Each further level adds one character,
 * {@code 0-9} or {@code A-Z}. Extra-regio territories (the parts of a country's economic territory
 * that cannot be attached to a region, such as its air space or continental shelf) have codes made of
 * {@code Z}s, e.g. {@code ESZ}, {@code ESZZ}, {@code ESZZZ}; they are accepted and reported by
 * {@link #isExtraRegio()}.
 *
 * <p>Input is trimmed and upper-cased, so {@code " es300 "} reads as {@code ES300}. Only the format is
 * verified here; whether a code exists in the current NUTS version is answered by the codelists module
 * where present. The hierarchy is by prefix: {@code ES300} is within {@code ES3}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NutsCode implements Comparable<NutsCode> {

    /** The deepest NUTS level. */
    public static final int MAX_LEVEL = 3;

    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2}[0-9A-Z]{0,3}");

    private final String code;

    private NutsCode(String code) {
        this.code = code;
    }

    /**
     * Obtains a NUTS code from its text.
     *
     * @param code e.g. {@code "ES300"}; not null; surrounding spaces and lower case are accepted
     * @return the code, not null
     * @throws ValidationException if the text is not two letters followed by zero to three letters or
     *     digits; a null code is reported as a {@link NullValueException}
     */
    @JsonCreator
    public static NutsCode of(String code) {
        if (code == null) {
            throw new NullValueException("nutsCode");
        }
        String normalised = code.trim().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(normalised).matches()) {
            throw new ValidationException(Violation.of("nutsCode", "NUTS-FORMAT",
                "io.otp.core.nuts.format", "value", code));
        }
        return new NutsCode(normalised);
    }

    /**
     * Parses the text {@link #toString()} produces; same as {@link #of(String)}.
     *
     * @param text the code; not null
     * @return the code, not null
     * @throws ValidationException if the text is not a NUTS code
     */
    public static NutsCode parse(CharSequence text) {
        return of(text == null ? null : text.toString());
    }

    /**
     * The country letters, e.g. {@code "ES"}.
     *
     * @return two upper-case letters, not null
     */
    public String country() {
        return code.substring(0, 2);
    }

    /**
     * The NUTS level: 0 for a country, 1 to 3 for its regions ({@code ES3} is 1, {@code ES300} is 3).
     *
     * @return 0 to {@value #MAX_LEVEL}
     */
    public int level() {
        return code.length() - 2;
    }

    /**
     * The region one level up: {@code ES30} for {@code ES300}, {@code ES} for {@code ES3}.
     *
     * @return the parent, empty for a country (level 0); not null
     */
    public Optional<NutsCode> parent() {
        return level() == 0 ? Optional.empty() : Optional.of(new NutsCode(code.substring(0, code.length() - 1)));
    }

    /**
     * Tells whether this is an extra-regio code: below the country, only {@code Z}s ({@code ESZ},
     * {@code ESZZ}, {@code ESZZZ}).
     *
     * @return true for an extra-regio code; false for a country or an ordinary region
     */
    public boolean isExtraRegio() {
        return level() > 0 && code.substring(2).chars().allMatch(c -> c == 'Z');
    }

    /**
     * Tells whether this region lies within another, or is the same region: {@code ES300} is within
     * {@code ES3} and within {@code ES}, not within {@code ES5}.
     *
     * @param ancestor the broader region; not null
     * @return true if this code starts with the ancestor's code
     */
    public boolean isWithin(NutsCode ancestor) {
        if (ancestor == null) {
            throw new NullValueException("ancestor");
        }
        return code.startsWith(ancestor.code);
    }

    /**
     * Orders codes by their text, so that a region comes right before the regions within it.
     *
     * @param other the other code; not null
     * @return negative, zero or positive as this code sorts before, with or after the other
     */
    @Override
    public int compareTo(NutsCode other) {
        return code.compareTo(other.code);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof NutsCode && code.equals(((NutsCode) o).code));
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /**
     * Returns the code, e.g. {@code ES300}; {@link #parse(CharSequence)} reads it back.
     *
     * @return the text, not null
     */
    @JsonValue
    @Override
    public String toString() {
        return code;
    }
}
