package io.otp.core.id;

import com.fasterxml.jackson.annotation.JsonValue;
import io.otp.core.ValidationException;
import io.otp.core.Violation;

/**
 * Base of the SDK's typed identifiers ({@link TenderId}, {@link LotId}, ...), so that a lot's id can
 * never be passed where a tender's is expected.
 *
 * <p>An identifier is 1 to 100 characters: letters, digits and {@code . _ : / # -}, starting with a
 * letter or digit (file numbers such as {@code 2026/EXP-0042} are valid). Two identifiers are equal
 * when they are of the same type and have the same text. Written in JSON as a string.
 *
 * <p>Subclasses are immutable and thread-safe.
 */
public abstract class TypedId implements Comparable<TypedId> {

    private static final int MAX_LENGTH = 100;

    private final String value;

    // the hash of (class name, value) as Objects.hash gives it, computed once: ids are hashed on every look-up
    private final int hash;

    /**
     * Creates an identifier after checking its text.
     *
     * @param field the field name shown in errors, e.g. {@code tenderId}; not null
     * @param value the text; not null
     * @throws ValidationException if the text is not a valid identifier
     */
    protected TypedId(String field, String value) {
        if (value == null) {
            throw new io.otp.core.NullValueException(field);
        }
        if (!isValid(value)) {
            throw new ValidationException(Violation.of(field, "OTP-ID", "io.otp.core.id.invalid",
                "field", field, "value", value));
        }
        this.value = value;
        this.hash = 31 * (31 + getClass().getName().hashCode()) + value.hashCode();
    }

    /**
     * Whether a text is a valid identifier: 1 to 100 code points, letters (Unicode category L), numbers
     * (category N) and {@code . _ : / # -}, the first a letter or number. The same rule as the regular
     * expression {@code [\p{L}\p{N}][\p{L}\p{N}._:/#-]{0,99}}, checked without one: ids are read by
     * the thousand from every document.
     *
     * @param text the text; not null
     * @return true if valid
     */
    static boolean isValid(CharSequence text) {
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            if (!isLetterOrNumber(cp) && (count == 0 || !isPunctuation(cp))) {
                return false;
            }
            if (++count > MAX_LENGTH) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return count > 0;
    }

    private static boolean isLetterOrNumber(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
            || type == Character.OTHER_NUMBER;
    }

    private static boolean isPunctuation(int cp) {
        return cp == '.' || cp == '_' || cp == ':' || cp == '/' || cp == '#' || cp == '-';
    }

    /**
     * The identifier's text.
     *
     * @return the text, not null
     */
    @JsonValue
    public final String value() {
        return value;
    }

    /**
     * Orders identifiers of the same type by their text.
     *
     * @param other the other identifier; not null
     * @return the comparison of the texts, then of the type names
     */
    @Override
    public final int compareTo(TypedId other) {
        int c = value.compareTo(other.value);
        return c != 0 || getClass() == other.getClass() ? c : getClass().getName().compareTo(other.getClass().getName());
    }

    @Override
    public final boolean equals(Object o) {
        return this == o || (o != null && o.getClass() == getClass() && value.equals(((TypedId) o).value));
    }

    @Override
    public final int hashCode() {
        return hash;
    }

    /**
     * Returns the identifier's text.
     *
     * @return the text, not null
     */
    @Override
    public final String toString() {
        return value;
    }
}
