package io.otp.core.money;

import static io.otp.core.testing.MoneyGenerators.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.ValidationException;
import io.otp.core.testing.MoneyGenerators;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    private static final Money CENT = Money.euros("0.01");

    private static final Currency EUR = Currency.getInstance("EUR");

    // Arithmetic laws, in every currency generated (0, 2 and 3 decimals).

    @Test
    void plusIsAssociative() {
        qt().forAll(MoneyGenerators.currencies(), MoneyGenerators.minorUnits(), MoneyGenerators.minorUnits(),
            MoneyGenerators.minorUnits()).check((c, a, b, d) -> {
                Money x = money(a, c);
                Money y = money(b, c);
                Money z = money(d, c);
                return x.plus(y).plus(z).equals(x.plus(y.plus(z)));
            });
    }

    @Test
    void plusIsCommutative() {
        qt().forAll(MoneyGenerators.currencies(), MoneyGenerators.minorUnits(), MoneyGenerators.minorUnits())
            .check((c, a, b) -> money(a, c).plus(money(b, c)).equals(money(b, c).plus(money(a, c))));
    }

    @Test
    void minusUndoesPlus() {
        qt().forAll(MoneyGenerators.currencies(), MoneyGenerators.minorUnits(), MoneyGenerators.minorUnits())
            .check((c, a, b) -> money(a, c).plus(money(b, c)).minus(money(b, c)).equals(money(a, c)));
    }

    @Test
    void zeroIsTheIdentityOfPlus() {
        qt().forAll(MoneyGenerators.anyMoney()).checkAssert(x -> {
            Money zero = Money.zero(x.currency());
            assertThat(x.plus(zero)).isEqualTo(x);
            assertThat(zero.plus(x)).isEqualTo(x);
            assertThat(x.minus(x)).isEqualTo(zero);
            assertThat(x.minus(x).isZero()).isTrue();
        });
    }

    @Test
    void everyResultHasTheScaleOfItsCurrency() {
        qt().forAll(MoneyGenerators.anyMoney(), MoneyGenerators.minorUnits(), MoneyGenerators.vatRates())
            .checkAssert((x, n, rate) -> {
                int digits = x.currency().getDefaultFractionDigits();
                Money y = money(n, x.currency());
                List<Money> results = List.of(x.plus(y), x.minus(y), x.multipliedBy(3),
                    x.multipliedBy(new BigDecimal("0.333"), RoundingMode.HALF_EVEN), x.percentage(rate),
                    x.vat(rate), x.withVat(rate), x.withoutVat(rate),
                    Money.of(BigDecimal.valueOf(n), x.currency()),
                    Money.of(new BigDecimal("1.23456"), x.currency(), RoundingMode.DOWN));
                assertThat(results).allSatisfy(r -> assertThat(r.amount().scale()).isEqualTo(digits));
            });
    }

    @Test
    void combiningTwoCurrenciesIsRejectedNamingTheCurrency() {
        qt().forAll(MoneyGenerators.anyMoney(), MoneyGenerators.anyMoney())
            .assuming((x, y) -> !x.currency().equals(y.currency()))
            .checkAssert((x, y) -> {
                for (Consumer<Money> op : List.<Consumer<Money>>of(x::plus, x::minus, x::compareTo)) {
                    assertThatThrownBy(() -> op.accept(y)).isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.violations()).singleElement().satisfies(v -> {
                            assertThat(v.path()).isEqualTo("currency");
                            assertThat(v.ruleId()).isEqualTo("OTP-MONEY-CURRENCY");
                            assertThat(v.arguments()).containsEntry("left", x.currency().getCurrencyCode())
                                .containsEntry("right", y.currency().getCurrencyCode());
                        });
                    });
                }
            });
    }

    // Percentages and VAT.

    @Test
    void threePercentOfAHundredThousandIsThreeThousand() {
        // LCSP art. 150.2 penalty: 3 % of a 100,000.00 base budget; 100000.00 * 3 / 100 = 3000.00.
        assertThat(Money.euros("100000.00").percentage(Percentage.of(3))).isEqualTo(Money.euros("3000.00"));
    }

    @Test
    void addsTwentyOnePercentVat() {
        // 100000.00 * 21 / 100 = 21000.00 of VAT; 100000.00 + 21000.00 = 121000.00.
        Money net = Money.euros("100000.00");
        assertThat(net.vat(Percentage.of(21))).isEqualTo(Money.euros("21000.00"));
        assertThat(net.withVat(Percentage.of(21))).isEqualTo(Money.euros("121000.00"));
    }

    @Test
    void removesTwentyOnePercentVat() {
        // 121000.00 * 100 / 121 = 100000.00 exactly.
        assertThat(Money.euros("121000.00").withoutVat(Percentage.of(21))).isEqualTo(Money.euros("100000.00"));
    }

    @Test
    void roundsVatHalfUpToTheCent() {
        // 0.10 * 21 % = 0.021 -> 0.02; 0.50 * 21 % = 0.105 -> 0.11 (half up); 1.00 / 1.21 = 0.8264... -> 0.83.
        assertThat(Money.euros("0.10").vat(Percentage.of(21))).isEqualTo(Money.euros("0.02"));
        assertThat(Money.euros("0.50").vat(Percentage.of(21))).isEqualTo(Money.euros("0.11"));
        assertThat(Money.euros("1.00").withoutVat(Percentage.of(21))).isEqualTo(Money.euros("0.83"));
    }

    @Test
    void removingThenAddingVatChangesAnAmountByAtMostOneCent() {
        // Two roundings of at most half a cent each; with rates below 100 % the error stays below
        // 1.5 cents, and amounts are whole cents, so at most one cent.
        qt().forAll(MoneyGenerators.euros(), MoneyGenerators.vatRates()).checkAssert((x, rate) -> {
            Money back = x.withoutVat(rate).withVat(rate);
            assertThat(back.minus(x).amount().abs()).isLessThanOrEqualTo(CENT.amount());
        });
    }

    @Test
    void rejectsNegativeVatRate() {
        assertThatThrownBy(() -> Money.euros(100).withVat(Percentage.of(-21)))
            .isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations().get(0).ruleId()).isEqualTo("OTP-VAT-RATE"));
    }

    // Decimals and text.

    @ParameterizedTest
    @ValueSource(strings = {"100.001", "0.005", "-1.999", "1.0000000001"})
    void rejectsMoreDecimalsThanTheCurrencyAllows(String amount) {
        assertThatThrownBy(() -> Money.euros(amount)).isInstanceOfSatisfying(ValidationException.class, e ->
            assertThat(e.violations()).singleElement().satisfies(v -> {
                assertThat(v.path()).isEqualTo("amount");
                assertThat(v.ruleId()).isEqualTo("OTP-MONEY-SCALE");
                assertThat(v.arguments()).containsEntry("currency", "EUR").containsEntry("digits", "2");
            }));
    }

    @Test
    void rejectsAnyCentFractionInEveryCurrency() {
        qt().forAll(MoneyGenerators.currencies(), MoneyGenerators.minorUnits(), MoneyGenerators.minorUnits())
            .assuming((c, n, fraction) -> fraction % 10 != 0)
            .checkAssert((c, n, fraction) -> {
                BigDecimal tooFine = BigDecimal.valueOf(n, c.getDefaultFractionDigits())
                    .add(BigDecimal.valueOf(Math.abs(fraction) % 10, c.getDefaultFractionDigits() + 1));
                assertThatThrownBy(() -> Money.of(tooFine, c)).isInstanceOf(ValidationException.class);
            });
    }

    @Test
    void acceptsTrailingZerosBeyondTheCurrencyDecimals() {
        assertThat(Money.euros("100.000")).isEqualTo(Money.euros(100)).hasToString("100.00 EUR");
        assertThat(Money.of(new BigDecimal("5.00"), Currency.getInstance("JPY"))).hasToString("5 JPY");
    }

    @Test
    void parsesWhatToStringWrites() {
        qt().forAll(MoneyGenerators.anyMoney()).checkAssert(x -> {
            assertThat(Money.parse(x.toString())).isEqualTo(x);
            assertThat(x.toString()).doesNotContain("E+").doesNotContain("E-");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"100", "abc EUR", "100 EURO", "100.00 XYZ", "1.005 EUR"})
    void rejectsMalformedText(String text) {
        assertThatThrownBy(() -> Money.parse(text)).isInstanceOf(ValidationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+1000000000", "-1E+1000000000", "1E-1000000000", "-1E-1000000000",
        "1000000000000000000", "12345678901234567890.5"})
    void refusesAbsurdMagnitudesQuicklyAndShowsThemShort(String text) {
        // A number read from a document must be refused before any arithmetic writes out its digits.
        BigDecimal value = new BigDecimal(text);
        long start = System.nanoTime();
        List<Runnable> factories = List.of(() -> Money.euros(value), () -> Money.of(value, EUR, RoundingMode.HALF_UP),
            () -> Points.of(value.abs()), () -> Percentage.of(value));
        for (Runnable factory : factories) {
            assertThatThrownBy(factory::run).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
        }
        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
    }

    @Test
    void acceptsTheLargestAmountOfEighteenDigits() {
        assertThat(Money.euros("999999999999999999.99").amount()).isEqualByComparingTo("999999999999999999.99");
        assertThat(Money.of(new BigDecimal("123.4567"), EUR, RoundingMode.HALF_UP)).isEqualTo(Money.euros("123.46"));
    }

    @Test
    void violationsOfHugeExponentsShowTheValueWithoutExpandingIt() {
        // Found by JsonFuzzTest: -1E-1000000000 was shown in plain notation, a billion digits.
        assertThatThrownBy(() -> Money.euros(new BigDecimal("-1E-1000000000")))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).arguments())
                .containsEntry("value", "-1E-1000000000"));
        assertThatThrownBy(() -> Points.of(new BigDecimal("1E-1000000000")))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).arguments())
                .containsEntry("value", "1E-1000000000"));
        assertThatThrownBy(() -> Points.of(new BigDecimal("-1E+1000000000")))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).arguments())
                .containsEntry("value", "-1E+1000000000"));
        assertThatThrownBy(() -> Money.euros(new BigDecimal("0.001")))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).arguments())
                .containsEntry("value", "0.001"));
    }
}
