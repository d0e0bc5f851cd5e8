package io.otp.core.classification;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.otp.core.NullValueException;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.util.regex.Pattern;

/**
 * A Common Procurement Vocabulary code (Regulation (EC) No 2195/2002, as amended by Regulation (EC)
 * No 213/2008): eight digits, a hyphen and a check digit, e.g. {@code 72000000-5} (IT services).
 *
 * <p>The check digit is the sum of the eight digits weighted 3, 7, 1, 3, 7, 1, 3, 7, modulo 10;
 * it reproduces every published code. A code given without its check digit ({@code 72000000}) is
 * completed; a code given with a wrong one is rejected. The hierarchy is by prefix: division
 * (2 digits), group (3), class (4), category (5) and finer levels; trailing zeros are not
 * significant.
 *
 * <p>The eight digits identify a code; the EU's own machine-readable lists (the eForms SDK codelist
 * {@code cpv.gc}, TED notices) carry them without check digit. The check digit is a guard against
 * typing errors, verified with the weighted rule above. A code copied from a list whose printed
 * check digit the rule does not reproduce is rejected with the digit the rule gives; passing its
 * eight digits alone accepts it. Only the format and check digit are verified here; whether a
 * code exists in the official list is answered by the codelists module where present.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CpvCode implements Comparable<CpvCode> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{8})(?:-(\\d))?");
    private static final int[] WEIGHTS = {3, 7, 1, 3, 7, 1, 3, 7};

    private final String digits;
    private final int checkDigit;

    private CpvCode(String digits, int checkDigit) {
        this.digits = digits;
        this.checkDigit = checkDigit;
    }

    /**
     * Obtains a CPV code from its text, with or without the check digit.
     *
     * @param code e.g. {@code "72000000-5"} or {@code "72000000"}; not null
     * @return the code, not null
     * @throws ValidationException if the text is not eight digits, or its check digit is wrong
     */
    @JsonCreator
    public static CpvCode of(String code) {
        if (code == null) {
            throw new NullValueException("cpvCode");
        }
        var m = FORMAT.matcher(code.trim());
        if (!m.matches()) {
            throw new ValidationException(Violation.of("cpvCode", "CPV-FORMAT",
                "io.otp.core.cpv.format", "value", code));
        }
        String digits = m.group(1);
        int expected = checkDigitOf(digits);
        if (m.group(2) != null && Integer.parseInt(m.group(2)) != expected) {
            throw new ValidationException(Violation.of("cpvCode", "CPV-CHECK-DIGIT",
                "io.otp.core.cpv.checkDigit", "value", code, "expected", digits + "-" + expected));
        }
        return new CpvCode(digits, expected);
    }

    /**
     * Parses the text {@link #toString()} produces; same as {@link #of(String)}.
     *
     * @param text the code; not null
     * @return the code, not null
     * @throws ValidationException if the text is not a valid CPV code
     */
    public static CpvCode parse(CharSequence text) {
        return of(text == null ? null : text.toString());
    }

    /**
     * Computes the check digit of eight CPV digits.
     *
     * @param digits exactly eight decimal digits; not null
     * @return the check digit, 0 to 9
     * @throws ValidationException if the text is not eight digits
     */
    public static int checkDigitOf(String digits) {
        if (digits == null || !digits.matches("\\d{8}")) {
            throw new ValidationException(Violation.of("cpvCode", "CPV-FORMAT",
                "io.otp.core.cpv.format", "value", digits));
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return sum % 10;
    }

    /**
     * The eight digits, without check digit.
     *
     * @return e.g. {@code "72000000"}, not null
     */
    public String digits() {
        return digits;
    }

    /**
     * The check digit.
     *
     * @return 0 to 9
     */
    public int checkDigit() {
        return checkDigit;
    }

    /**
     * The division: the first two digits, e.g. {@code "72"} for IT services.
     *
     * @return two digits, not null
     */
    public String division() {
        return digits.substring(0, 2);
    }

    /**
     * The significant prefix: the digits without trailing zeros, at least the two of the division.
     * {@code 72260000-5} gives {@code "7226"}.
     *
     * @return the prefix, not null
     */
    public String significantPrefix() {
        int end = digits.length();
        while (end > 2 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return digits.substring(0, end);
    }

    /**
     * Tells whether this code lies under another in the CPV hierarchy (or is the same code):
     * {@code 72260000-5} is within {@code 72000000-5}.
     *
     * @param ancestor the broader code; not null
     * @return true if this code's digits start with the ancestor's significant prefix
     */
    public boolean isWithin(CpvCode ancestor) {
        return digits.startsWith(ancestor.significantPrefix());
    }

    @Override
    public int compareTo(CpvCode other) {
        return digits.compareTo(other.digits);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof CpvCode && digits.equals(((CpvCode) o).digits));
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /**
     * Returns the code with its check digit, e.g. {@code 72000000-5}.
     *
     * @return the text, not null
     */
    @JsonValue
    @Override
    public String toString() {
        return digits + "-" + checkDigit;
    }
}
