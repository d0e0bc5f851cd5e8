package io.otp.core.testing;

import static org.quicktheories.generators.SourceDSL.integers;

import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of classification and administrative codes as text: CPV, NUTS, DIR3. Check digits are
 * computed here, independently of the main code, so that tests compare two implementations.
 */
public final class CodeGenerators {

    /** The characters a CPV code is written with. */
    public static final String CPV_ALPHABET = "0123456789-";

    private CodeGenerators() {
    }

    /**
     * The CPV check digit computed from DOMAIN.md section 7: weights 3, 7, 1 repeating over the eight
     * digits, sum modulo 10.
     *
     * @param eightDigits eight decimal digits
     * @return the check digit character
     */
    public static char cpvCheckDigit(String eightDigits) {
        int[] cycle = {3, 7, 1};
        int sum = 0;
        for (int i = 0; i < eightDigits.length(); i++) {
            sum += Character.digit(eightDigits.charAt(i), 10) * cycle[i % cycle.length];
        }
        return Character.forDigit(sum % 10, 10);
    }

    /**
     * Eight CPV digits: half uniformly random, half shaped like real codes (a significant prefix of
     * 2 to 8 digits followed by zeros).
     *
     * @return a generator of eight-digit strings
     */
    public static Gen<String> cpvDigits() {
        Gen<String> uniform = integers().between(0, 99_999_999).map(n -> String.format("%08d", n));
        Gen<String> hierarchical = integers().between(2, 8).zip(integers().between(0, 99_999_999),
            (significant, n) -> String.format("%08d", n).substring(0, significant) + "0".repeat(8 - significant));
        return uniform.mix(hierarchical);
    }

    /**
     * Valid CPV codes with their check digit, e.g. {@code 72000000-5}.
     *
     * @return a generator of CPV texts
     */
    public static Gen<String> cpvCodes() {
        return cpvDigits().map(d -> d + "-" + cpvCheckDigit(d));
    }

    /**
     * Valid NUTS codes: country letters (a few real ones, including Greece's {@code EL}) and 0 to 3
     * further characters.
     *
     * @return a generator of NUTS texts
     */
    public static Gen<String> nutsCodes() {
        Gen<String> country = Generate.pick(java.util.List.of("ES", "PT", "FR", "DE", "EL", "IT", "IE", "NL"));
        return country.zip(Texts.of("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", 0, 3), String::concat);
    }

    /**
     * Valid DIR3 codes: a level letter (mostly the known ones) and eight letters or digits.
     *
     * @return a generator of DIR3 texts
     */
    public static Gen<String> dir3Codes() {
        Gen<String> level = Texts.oneOf("EALUIJOG").mix(Texts.oneOf("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), 20);
        Gen<String> rest = Texts.of("0123456789", 8, 8).mix(Texts.of("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", 8, 8), 30);
        return level.zip(rest, String::concat);
    }
}
