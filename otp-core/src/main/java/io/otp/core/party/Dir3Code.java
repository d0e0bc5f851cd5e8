package io.otp.core.party;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.otp.core.NullValueException;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The code of a Spanish administrative unit or office in the common directory DIR3 (Directorio Común
 * de Unidades Orgánicas y Oficinas, Real Decreto 4/2010 art. 9): nine characters, a letter for the
 * level of administration then eight letters or digits, e.g. {@code E04921301} (a unit of the State),
 * {@code L01280796} (the municipality of Madrid: {@code L01} then the INE code {@code 280796}).
 *
 * <p>The first letter may be any letter {@code A-Z}, so that levels added to the directory later are
 * still accepted; {@link #level()} names the known ones ({@link Dir3Level}). Input is trimmed and
 * upper-cased. Only the format is verified here, not that the unit exists or is still in force (DIR3
 * codes change when units merge or split). Written in JSON as a string.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Dir3Code implements Comparable<Dir3Code> {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][0-9A-Z]{8}");
    private static final Pattern MUNICIPALITY = Pattern.compile("L01([0-9]{6})");

    private final String code;

    private Dir3Code(String code) {
        this.code = code;
    }

    /**
     * Obtains a DIR3 code from its text.
     *
     * @param code e.g. {@code "L01280796"}; not null; surrounding spaces and lower case are accepted
     * @return the code, not null
     * @throws ValidationException if the text is not a letter followed by eight letters or digits; a
     *     null code is reported as a {@link NullValueException}
     */
    @JsonCreator
    public static Dir3Code of(String code) {
        if (code == null) {
            throw new NullValueException("dir3Code");
        }
        String normalised = code.trim().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(normalised).matches()) {
            throw new ValidationException(Violation.of("dir3Code", "ES-DIR3-FORMAT",
                "io.otp.core.party.dir3.format", "value", code));
        }
        return new Dir3Code(normalised);
    }

    /**
     * Parses the text {@link #toString()} produces; same as {@link #of(String)}.
     *
     * @param text the code; not null
     * @return the code, not null
     * @throws ValidationException if the text is not a DIR3 code
     */
    public static Dir3Code parse(CharSequence text) {
        return of(text == null ? null : text.toString());
    }

    /**
     * The first letter, which tells the level of administration.
     *
     * @return an upper-case letter
     */
    public char levelLetter() {
        return code.charAt(0);
    }

    /**
     * The level of administration, where the first letter is a known one.
     *
     * @return the level; empty for a letter outside {@link Dir3Level}; not null
     */
    public Optional<Dir3Level> level() {
        return Dir3Level.ofLetter(levelLetter());
    }

    /**
     * The INE code of the municipality of a city council's code ({@code L01} followed by six digits):
     * the five digits of province and municipality and the INE control digit. {@code L01280796} gives
     * {@code "280796"}.
     *
     * @return the six digits; empty for any other kind of code; not null
     */
    public Optional<String> municipalityCode() {
        var m = MUNICIPALITY.matcher(code);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * Orders codes by their text.
     *
     * @param other the other code; not null
     * @return negative, zero or positive as this code sorts before, with or after the other
     */
    @Override
    public int compareTo(Dir3Code other) {
        return code.compareTo(other.code);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Dir3Code && code.equals(((Dir3Code) o).code));
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /**
     * Returns the code, e.g. {@code L01280796}; {@link #parse(CharSequence)} reads it back.
     *
     * @return the text, not null
     */
    @JsonValue
    @Override
    public String toString() {
        return code;
    }
}
