package io.otp.core.testing;

import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Builds text generators from an alphabet, for the code generators of this package.
 */
public final class Texts {

    private Texts() {
    }

    /**
     * One character of an alphabet.
     *
     * @param alphabet the characters allowed
     * @return a generator of one-character strings
     */
    public static Gen<String> oneOf(String alphabet) {
        List<String> chars = alphabet.chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.toList());
        return Generate.pick(chars);
    }

    /**
     * Text of the given length range over an alphabet.
     *
     * @param alphabet the characters allowed
     * @param min the shortest length
     * @param max the longest length
     * @return a generator of strings
     */
    public static Gen<String> of(String alphabet, int min, int max) {
        return lists().of(oneOf(alphabet)).ofSizeBetween(min, max).map(l -> String.join("", l));
    }

    /**
     * Every string obtained from {@code text} by replacing exactly one character with a different
     * character of {@code alphabet}.
     *
     * @param text the original
     * @param alphabet the replacement characters
     * @return the substitutions, each with the position it changed
     */
    public static List<Substitution> substitutions(String text, String alphabet) {
        List<Substitution> out = new java.util.ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            for (char c : alphabet.toCharArray()) {
                if (c != text.charAt(i)) {
                    out.add(new Substitution(i, text.substring(0, i) + c + text.substring(i + 1)));
                }
            }
        }
        return out;
    }

    /** A one-character substitution: the position changed and the resulting text. */
    public static final class Substitution {
        private final int position;
        private final String text;

        Substitution(int position, String text) {
            this.position = position;
            this.text = text;
        }

        /**
         * The position changed, from 0.
         *
         * @return the index
         */
        public int position() {
            return position;
        }

        /**
         * The text after the substitution.
         *
         * @return the text
         */
        public String text() {
            return text;
        }

        @Override
        public String toString() {
            return text + "@" + position;
        }
    }
}
