package io.otp.core.testing;

import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of identifier texts, valid and invalid, for the typed ids.
 */
public final class IdGenerators {

    private static final String FIRST = "ABCXYZabcxyz0189ñÁ";
    private static final String REST = FIRST + "._:/#-";

    private IdGenerators() {
    }

    /**
     * Texts every typed id accepts: 1 to 100 characters, letters (accented too), digits and
     * {@code . _ : / # -}, starting with a letter or digit.
     *
     * @return a generator of valid id texts
     */
    public static Gen<String> validIdTexts() {
        return Texts.oneOf(FIRST).zip(Texts.of(REST, 0, 99), String::concat);
    }

    /**
     * Texts no typed id accepts: a valid text spoiled by a forbidden character, a leading separator, or
     * more than 100 characters.
     *
     * @return a generator of invalid id texts
     */
    public static Gen<String> invalidIdTexts() {
        Gen<String> forbidden = validIdTexts().zip(Texts.oneOf(" @$,;?*+()'\"\t"), String::concat);
        Gen<String> leadingSeparator = Texts.oneOf("._:/#-").zip(validIdTexts(), String::concat);
        Gen<String> tooLong = validIdTexts().map(t -> t + "x".repeat(101));
        return Generate.oneOf(forbidden, leadingSeparator, tooLong);
    }
}
