package io.otp.core.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.otp.core.classification.CpvCode;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.money.Points;
import io.otp.core.tender.FormulaReference;
import io.otp.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of the SDK's value types for JSON round-trip tests. Every value is built
 * through the public factories and builders, so each one is valid; the ranges reach the edges that
 * matter for JSON: amounts of fifteen integer digits, ten-decimal percentages, negative values,
 * non-ASCII identifiers.
 */
public final class JsonTestGenerators {

    /** Characters an identifier may start with: ASCII letters and digits plus some Spanish letters. */
    private static final String ID_START = "abcdefghijklmnopqrstuvwxyz" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        + "0123456789" + "ñÑáéíóúü";

    /** Characters an identifier may continue with. */
    private static final String ID_PART = ID_START + "._:/#-";

    private static final long TEN_TO_15 = 1_000_000_000_000_000L;

    private static final long TEN_TO_17 = 100_000_000_000_000_000L;

    private JsonTestGenerators() {
    }

    /**
     * Amounts in EUR, USD, GBP (two decimals) and JPY (none), from -10^15 to 10^15 units, e.g.
     * {@code 123456789012345.67 EUR}.
     *
     * @return the generator, not null
     */
    public static Gen<Money> money() {
        Gen<Currency> currencies = Generate.pick(List.of(Money.EUR, Currency.getInstance("USD"),
            Currency.getInstance("GBP"), Currency.getInstance("JPY")));
        return currencies.zip(longs().between(-TEN_TO_17, TEN_TO_17), (currency, unscaled) -> {
            int digits = Math.max(0, currency.getDefaultFractionDigits());
            return Money.of(BigDecimal.valueOf(unscaled, digits), currency);
        });
    }

    /**
     * Percentages with up to fifteen integer digits, zero to ten decimals, either sign.
     *
     * @return the generator, not null
     */
    public static Gen<Percentage> percentages() {
        return decimals(-TEN_TO_15, TEN_TO_15, 10).map(Percentage::of);
    }

    /**
     * Non-negative points with up to fifteen integer digits and zero to ten decimals.
     *
     * @return the generator, not null
     */
    public static Gen<Points> points() {
        return decimals(0, TEN_TO_15, 10).map(Points::of);
    }

    /**
     * Exact decimals {@code unscaled / 10^scale} with unscaled in [min, max] and scale in [0, maxScale].
     *
     * @param min the least unscaled value
     * @param max the greatest unscaled value
     * @param maxScale the most decimals
     * @return the generator, not null
     */
    public static Gen<BigDecimal> decimals(long min, long max, int maxScale) {
        return longs().between(min, max).zip(integers().between(0, maxScale), BigDecimal::valueOf);
    }

    /**
     * Valid identifier texts: 1 to 100 characters, starting with a letter or digit, including
     * non-ASCII letters and the separators {@code . _ : / # -}.
     *
     * @return the generator, not null
     */
    public static Gen<String> idTexts() {
        Gen<Character> first = integers().between(0, ID_START.length() - 1).map(ID_START::charAt);
        Gen<String> rest = lists().of(integers().between(0, ID_PART.length() - 1).map(ID_PART::charAt))
            .ofSizeBetween(0, 99).map(chars -> {
                StringBuilder s = new StringBuilder();
                chars.forEach(s::append);
                return s.toString();
            });
        return first.zip(rest, (c, s) -> c + s);
    }

    /**
     * Identifiers of one typed-id class.
     *
     * @param <T> the id type
     * @param factory the id's {@code of} factory, e.g. {@code TenderId::of}; not null
     * @return the generator, not null
     */
    public static <T> Gen<T> ids(Function<String, T> factory) {
        return idTexts().map(factory::apply);
    }

    /**
     * Date ranges between 1990 and 2100, from one day to about ten years long.
     *
     * @return the generator, not null
     */
    public static Gen<DateRange> dateRanges() {
        long first = LocalDate.of(1990, 1, 1).toEpochDay();
        long last = LocalDate.of(2100, 12, 31).toEpochDay();
        return longs().between(first, last).zip(integers().between(0, 3650), (start, days) ->
            DateRange.of(LocalDate.ofEpochDay(start), LocalDate.ofEpochDay(start).plusDays(days)));
    }

    /**
     * CPV codes from any eight digits, with their computed check digit.
     *
     * @return the generator, not null
     */
    public static Gen<CpvCode> cpvCodes() {
        return integers().between(0, 99_999_999).map(n -> CpvCode.of(String.format("%08d", n)));
    }

    /**
     * Formula references: one to three lowercase words joined by hyphens, with zero to three
     * parameters of up to six decimals.
     *
     * @return the generator, not null
     */
    public static Gen<FormulaReference> formulaReferences() {
        Gen<String> word = lists().of(integers().between(0, 35).map(i -> Character.forDigit(i, 36)))
            .ofSizeBetween(1, 8).map(chars -> {
                StringBuilder s = new StringBuilder();
                chars.forEach(s::append);
                return s.toString();
            });
        Gen<String> id = lists().of(word).ofSizeBetween(1, 3).map(words -> String.join("-", words));
        Gen<List<BigDecimal>> parameters = lists().of(decimals(-10_000_000L, 10_000_000L, 6)).ofSizeBetween(0, 3);
        return id.zip(parameters, (name, values) -> {
            FormulaReference.Builder b = FormulaReference.builder().id(name);
            for (int i = 0; i < values.size(); i++) {
                b.putParameters("p" + i, values.get(i));
            }
            return b.build();
        });
    }
}
