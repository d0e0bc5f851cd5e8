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
 * A Spanish tax identification number (NIF, Real Decreto 1065/2007) with its check character
 * verified: the NIF of a Spanish natural person (DNI number), the NIE of a foreigner, or the NIF of an
 * organisation, still commonly called CIF.
 *
 * <ul>
 *   <li><b>DNI/NIF</b> ({@link TaxIdKind#NIF}): eight digits and a letter; the letter is
 *       {@code "TRWAGMYFPDXBNJZSQVHLCKE"} at index (number mod 23). {@code 12345678Z}.</li>
 *   <li><b>NIE</b> ({@link TaxIdKind#NIE}): {@code X}, {@code Y} or {@code Z}, read as 0, 1 or 2 in
 *       front of seven digits, and the letter of that eight-digit number by the same rule.
 *       {@code X1234567L}.</li>
 *   <li><b>CIF</b> ({@link TaxIdKind#CIF}): an organisation letter ({@code A B C D E F G H J N P Q R
 *       S U V W}, Orden EHA/451/2008), seven digits and a control character. Over the seven digits,
 *       add the digits in even positions (2nd, 4th, 6th) and, for each digit in an odd position, the
 *       digit sum of twice the digit; the control digit is (10 &minus; total mod 10) mod 10 and the
 *       control letter is {@code "JABCDEFGHI"} at the control digit. Local entities ({@code P}), public
 *       bodies ({@code Q}), State and regional bodies ({@code S}), foreign entities ({@code N}),
 *       religious institutions ({@code R}) and permanent establishments of non-residents
 *       ({@code W}) write the control as the letter; companies ({@code A}, {@code B}), communities of
 *       goods ({@code E}) and owners' communities ({@code H}) as the digit; the other letters accept
 *       either. {@code B12345674}, {@code Q2826000H}.</li>
 * </ul>
 *
 * <p>Input is normalised before it is checked: surrounding and inner whitespace and hyphens are
 * dropped and letters upper-cased, so {@code " b-12345674 "} is {@code B12345674}. A DNI number must
 * be written with its eight digits, leading zeros included. NIFs of the forms {@code K}, {@code L} and
 * {@code M} (Spaniards under 14, non-resident Spaniards, foreigners without NIE) are outside this
 * type and rejected as malformed.
 *
 * <p>Two tax ids are equal when their normalised text is equal. A CIF whose letter accepts either
 * control form is kept as given: {@code G12345674} and {@code G1234567D} are different values naming
 * the same holder, which {@link #isSameHolderAs(TaxId)} recognises. Errors name the field
 * {@code taxId}, the value, the rule ({@code ES-NIF-FORMAT}, {@code ES-NIF-CHECK},
 * {@code ES-NIE-CHECK}, {@code ES-CIF-CHECK}, {@code ES-CIF-CONTROL-FORM}) and, for a wrong check
 * character, the expected one. Written in JSON as a string.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TaxId implements Comparable<TaxId> {

    private static final String FIELD = "taxId";
    private static final String NIF_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
    private static final String NIE_PREFIXES = "XYZ";
    private static final String CIF_CONTROL_LETTERS = "JABCDEFGHI";
    private static final String CIF_LETTER_CONTROL = "PQSNRW";
    private static final String CIF_DIGIT_CONTROL = "ABEH";

    private static final Pattern NIF = Pattern.compile("[0-9]{8}[A-Z]");
    private static final Pattern NIE = Pattern.compile("[XYZ][0-9]{7}[A-Z]");
    private static final Pattern CIF = Pattern.compile("[ABCDEFGHJNPQRSUVW][0-9]{7}[0-9A-Z]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");

    private final String value;
    private final TaxIdKind kind;

    private TaxId(String value, TaxIdKind kind) {
        this.value = value;
        this.kind = kind;
    }

    /**
     * Obtains a tax id from its text, after normalising it and verifying its check character.
     *
     * @param taxId e.g. {@code "12345678Z"}, {@code "X-1234567-L"} or {@code "b12345674"}; not null
     * @return the tax id, not null
     * @throws ValidationException if the text is not a NIF, NIE or CIF, or its check character is
     *     wrong or written in a form its organisation letter does not allow; a null text is reported as
     *     a {@link NullValueException}
     */
    @JsonCreator
    public static TaxId of(String taxId) {
        if (taxId == null) {
            throw new NullValueException(FIELD);
        }
        String id = SEPARATORS.matcher(taxId).replaceAll("").toUpperCase(Locale.ROOT);
        if (NIF.matcher(id).matches()) {
            checkPersonLetter(taxId, id, Integer.parseInt(id.substring(0, 8)), "ES-NIF-CHECK",
                "io.otp.core.party.taxId.nifCheck");
            return new TaxId(id, TaxIdKind.NIF);
        }
        if (NIE.matcher(id).matches()) {
            int number = NIE_PREFIXES.indexOf(id.charAt(0)) * 10_000_000 + Integer.parseInt(id.substring(1, 8));
            checkPersonLetter(taxId, id, number, "ES-NIE-CHECK", "io.otp.core.party.taxId.nieCheck");
            return new TaxId(id, TaxIdKind.NIE);
        }
        if (CIF.matcher(id).matches()) {
            checkCifControl(taxId, id);
            return new TaxId(id, TaxIdKind.CIF);
        }
        throw new ValidationException(Violation.of(FIELD, "ES-NIF-FORMAT", "io.otp.core.party.taxId.format",
            "value", taxId));
    }

    /**
     * Parses the text {@link #toString()} produces; same as {@link #of(String)}.
     *
     * @param text the tax id; not null
     * @return the tax id, not null
     * @throws ValidationException if the text is not a valid NIF, NIE or CIF
     */
    public static TaxId parse(CharSequence text) {
        return of(text == null ? null : text.toString());
    }

    private static void checkPersonLetter(String given, String id, int number, String rule, String key) {
        char expected = NIF_LETTERS.charAt(number % NIF_LETTERS.length());
        char found = id.charAt(8);
        if (found != expected) {
            throw new ValidationException(Violation.of(FIELD, rule, key,
                "value", given, "found", found, "expected", expected));
        }
    }

    private static void checkCifControl(String given, String id) {
        char letter = id.charAt(0);
        int digit = cifControlDigit(id.substring(1, 8));
        char expectedDigit = (char) ('0' + digit);
        char expectedLetter = CIF_CONTROL_LETTERS.charAt(digit);
        char found = id.charAt(8);
        boolean letterOnly = CIF_LETTER_CONTROL.indexOf(letter) >= 0;
        boolean digitOnly = CIF_DIGIT_CONTROL.indexOf(letter) >= 0;
        if (found == expectedLetter && !digitOnly || found == expectedDigit && !letterOnly) {
            return;
        }
        if (letterOnly && found == expectedDigit || digitOnly && found == expectedLetter) {
            throw new ValidationException(Violation.of(FIELD, "ES-CIF-CONTROL-FORM",
                letterOnly ? "io.otp.core.party.taxId.cifLetterRequired" : "io.otp.core.party.taxId.cifDigitRequired",
                "value", given, "letter", letter, "found", found,
                "expected", letterOnly ? expectedLetter : expectedDigit));
        }
        if (letterOnly || digitOnly) {
            throw new ValidationException(Violation.of(FIELD, "ES-CIF-CHECK", "io.otp.core.party.taxId.cifCheck",
                "value", given, "found", found, "expected", letterOnly ? expectedLetter : expectedDigit));
        }
        throw new ValidationException(Violation.of(FIELD, "ES-CIF-CHECK", "io.otp.core.party.taxId.cifCheckEither",
            "value", given, "found", found, "expectedDigit", expectedDigit, "expectedLetter", expectedLetter));
    }

    /** The control digit of the seven digits of a CIF; see the class description. */
    private static int cifControlDigit(String sevenDigits) {
        int total = 0;
        for (int i = 0; i < 7; i++) {
            int d = sevenDigits.charAt(i) - '0';
            // positions are counted from 1, so index 0 is the first odd position
            if (i % 2 == 0) {
                int twice = 2 * d;
                total += twice / 10 + twice % 10;
            } else {
                total += d;
            }
        }
        return (10 - total % 10) % 10;
    }

    /**
     * The normalised text, e.g. {@code "B12345674"}.
     *
     * @return nine upper-case letters and digits, not null
     */
    @JsonValue
    public String value() {
        return value;
    }

    /**
     * Which shape this id has: DNI/NIF, NIE or CIF.
     *
     * @return the kind, not null
     */
    public TaxIdKind kind() {
        return kind;
    }

    /**
     * The organisation letter of a CIF, e.g. {@code 'B'} (sociedad de responsabilidad limitada) or
     * {@code 'P'} (local entity), Orden EHA/451/2008.
     *
     * @return the first letter for a {@link TaxIdKind#CIF}; empty for a NIF or NIE; not null
     */
    public Optional<Character> organisationLetter() {
        return kind == TaxIdKind.CIF ? Optional.of(value.charAt(0)) : Optional.empty();
    }

    /**
     * Tells whether two tax ids name the same holder: they are equal, or they are the same CIF with the
     * control written once as a digit and once as a letter ({@code G12345674} and {@code G1234567D}).
     * A NIE and a DNI are never the same holder, even when they share the number ({@code X1234567L}
     * and {@code 01234567L}).
     *
     * @param other the other tax id; not null
     * @return true if both ids identify the same holder
     */
    public boolean isSameHolderAs(TaxId other) {
        if (other == null) {
            throw new NullValueException("other");
        }
        return equals(other)
            || kind == TaxIdKind.CIF && other.kind == TaxIdKind.CIF
            && value.regionMatches(0, other.value, 0, 8);
    }

    /**
     * Orders tax ids by their normalised text.
     *
     * @param other the other tax id; not null
     * @return negative, zero or positive as this id sorts before, with or after the other
     */
    @Override
    public int compareTo(TaxId other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof TaxId && value.equals(((TaxId) o).value));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Returns the normalised text, e.g. {@code B12345674}; {@link #parse(CharSequence)} reads it back.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return value;
    }
}
