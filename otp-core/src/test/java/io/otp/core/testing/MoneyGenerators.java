package io.otp.core.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.money.Points;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of money amounts, VAT rates, percentages and points.
 */
public final class MoneyGenerators {

    /** Largest amount generated, in minor units: ten thousand million euros, beyond any tender. */
    public static final long MAX_MINOR_UNITS = 1_000_000_000_000L;

    private MoneyGenerators() {
    }

    /**
     * Currencies with 0, 2 and 3 decimals: JPY, EUR, USD, GBP, KWD, BHD.
     *
     * @return a generator of currencies
     */
    public static Gen<Currency> currencies() {
        return Generate.pick(List.of("EUR", "USD", "GBP", "JPY", "KWD", "BHD")).map(Currency::getInstance);
    }

    /**
     * Amounts in minor units (cents for the euro), positive, negative or zero.
     *
     * @return a generator of longs
     */
    public static Gen<Long> minorUnits() {
        return longs().between(-MAX_MINOR_UNITS, MAX_MINOR_UNITS)
            .mix(longs().between(-1_000, 1_000), 20);
    }

    /**
     * An amount in a currency from a number of minor units.
     *
     * @param minorUnits the amount in minor units
     * @param currency the currency
     * @return the money
     */
    public static Money money(long minorUnits, Currency currency) {
        return Money.of(BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits()), currency);
    }

    /**
     * Euro amounts.
     *
     * @return a generator of money in EUR
     */
    public static Gen<Money> euros() {
        return minorUnits().map(n -> money(n, Money.EUR));
    }

    /**
     * Amounts in any of {@link #currencies()}.
     *
     * @return a generator of money
     */
    public static Gen<Money> anyMoney() {
        return currencies().zip(minorUnits(), (c, n) -> money(n, c));
    }

    /**
     * VAT rates between 0 % and 27 % (the highest standard rate in the EU) with up to two decimals,
     * with the Spanish rates 0, 4, 5, 10 and 21 % often.
     *
     * @return a generator of rates
     */
    public static Gen<Percentage> vatRates() {
        Gen<Percentage> spanish = Generate.pick(List.of(0, 4, 5, 10, 21)).map(r -> Percentage.of(r));
        Gen<Percentage> any = integers().between(0, 2_700).map(hundredths -> Percentage.of(BigDecimal.valueOf(hundredths, 2)));
        return any.mix(spanish, 40);
    }

    /**
     * Decimals with 0 to 10 decimals, positive, negative or zero.
     *
     * @return a generator of BigDecimals
     */
    public static Gen<BigDecimal> decimals() {
        return longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
            .zip(integers().between(0, 10), BigDecimal::valueOf);
    }

    /**
     * Percentages with 0 to 10 decimals, possibly negative.
     *
     * @return a generator of percentages
     */
    public static Gen<Percentage> percentages() {
        return decimals().map(Percentage::of);
    }

    /**
     * Non-negative points with 0 to 10 decimals.
     *
     * @return a generator of points
     */
    public static Gen<Points> points() {
        return decimals().map(d -> Points.of(d.abs()));
    }
}
