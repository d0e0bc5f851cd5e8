package io.otp.report.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.List;
import org.quicktheories.core.Gen;

/** Generators of report inputs: hostile texts and exact decimal values. */
public final class ReportGenerators {

    /** Characters that mean something in markup or CSV, mixed with letters, accents and whitespace. */
    private static final String ALPHABET = "<>&\"'=/ ;,\r\n\tabcXYZ019áéñÇ€-_.#!?";

    private ReportGenerators() {
    }

    /**
     * Texts of 0 to 40 characters drawn mostly from markup and CSV metacharacters.
     *
     * @return the generator
     */
    public static Gen<String> hostileTexts() {
        Gen<Integer> index = integers().between(0, ALPHABET.length() - 1);
        return lists().of(index).ofSizeBetween(0, 40).map(ReportGenerators::text);
    }

    /**
     * Non-empty hostile texts, such as names.
     *
     * @return the generator
     */
    public static Gen<String> hostileNames() {
        return hostileTexts().map(t -> "n" + t);
    }

    /**
     * Decimals from about -10^12 to 10^12 with 0 to 4 decimals.
     *
     * @return the generator
     */
    public static Gen<BigDecimal> decimals() {
        return longs().between(-1_000_000_000_000_000L, 1_000_000_000_000_000L)
            .zip(integers().between(0, 4), BigDecimal::valueOf);
    }

    /**
     * Decimals from 0 to 10^6 with 0 to 3 decimals.
     *
     * @return the generator
     */
    public static Gen<BigDecimal> nonNegativeDecimals() {
        return longs().between(0, 1_000_000_000L).zip(integers().between(0, 3), BigDecimal::valueOf);
    }

    private static String text(List<Integer> indices) {
        StringBuilder b = new StringBuilder();
        for (int i : indices) {
            b.append(ALPHABET.charAt(i));
        }
        return b.toString();
    }
}
