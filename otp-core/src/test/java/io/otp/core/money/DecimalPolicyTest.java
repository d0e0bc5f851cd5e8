package io.otp.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one decimal policy: its contexts, the plain form of decimals and the count of plain digits. */
class DecimalPolicyTest {

    @Test
    void divisionsUseSixteenDigitsHalfEvenAndRoundedQuotientsThirtyFour() {
        assertThat(DecimalPolicy.MATH_CONTEXT).isEqualTo(new MathContext(16, RoundingMode.HALF_EVEN));
        assertThat(DecimalPolicy.ROUNDED_QUOTIENT_CONTEXT).isEqualTo(new MathContext(34, RoundingMode.HALF_EVEN));
        // 2 / 3 = 0.6666666666666667 in 16 digits
        assertThat(BigDecimal.valueOf(2).divide(BigDecimal.valueOf(3), DecimalPolicy.MATH_CONTEXT))
            .isEqualTo(new BigDecimal("0.6666666666666667"));
    }

    @Test
    void aRoundedQuotientIsRoundedOnceToTheStatedScale() {
        // 1 / 8 = 0.125 exactly: half up to two decimals 0.13, half even 0.12
        assertThat(DecimalPolicy.roundedQuotient(BigDecimal.ONE, BigDecimal.valueOf(8), 2, RoundingMode.HALF_UP))
            .isEqualTo(new BigDecimal("0.13"));
        assertThat(DecimalPolicy.roundedQuotient(BigDecimal.ONE, BigDecimal.valueOf(8), 2, RoundingMode.HALF_EVEN))
            .isEqualTo(new BigDecimal("0.12"));
        // 25 / 3 = 8.333... -> 8.33
        assertThat(DecimalPolicy.roundedQuotient(BigDecimal.valueOf(25), BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP))
            .isEqualTo(new BigDecimal("8.33"));
    }

    @Test
    void plainRaisesANegativeScaleToZeroAndKeepsEveryOtherScale() {
        assertThat(DecimalPolicy.plain(new BigDecimal("1E+3"))).isEqualTo(new BigDecimal("1000"));
        assertThat(DecimalPolicy.plain(new BigDecimal("1E+3")).scale()).isZero();
        assertThat(DecimalPolicy.plain(new BigDecimal("4.50"))).isEqualTo(new BigDecimal("4.50"));
        assertThat(DecimalPolicy.plain(new BigDecimal("0E+1000"))).isEqualTo(BigDecimal.ZERO);
        BigDecimal same = new BigDecimal("12.5");
        assertThat(DecimalPolicy.plain(same)).isSameAs(same);
        Optional<BigDecimal> present = Optional.of(same);
        assertThat(DecimalPolicy.plain(present)).isSameAs(present);
        assertThat(DecimalPolicy.plain(Optional.of(new BigDecimal("2E+2")))).contains(new BigDecimal("200"));
    }

    @Test
    void aDecimalTooLongToWriteOutIsLeftAsItIs() {
        // 1E+999 has 1,000 plain digits: the limit, not expanded; 1E+998 has 999 and is.
        BigDecimal huge = new BigDecimal("1E+999");
        assertThat(DecimalPolicy.plain(huge)).isSameAs(huge);
        assertThat(DecimalPolicy.plain(new BigDecimal("1E+998")).scale()).isZero();
        BigDecimal billion = new BigDecimal("1E+1000000000");
        assertThat(DecimalPolicy.plain(billion)).isSameAs(billion);
        assertThat(DecimalPolicy.normalised(billion)).isEqualTo(billion);
    }

    @Test
    void normalisedDropsTrailingZerosAndNeverHasANegativeScale() {
        assertThat(DecimalPolicy.normalised(new BigDecimal("2.50"))).isEqualTo(new BigDecimal("2.5"));
        assertThat(DecimalPolicy.normalised(new BigDecimal("1000.00"))).isEqualTo(new BigDecimal("1000"));
        assertThat(DecimalPolicy.normalised(new BigDecimal("1000.00")).scale()).isZero();
        assertThat(DecimalPolicy.normalised(new BigDecimal("0.000"))).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void plainDigitsCountsWithoutWritingOut() {
        assertThat(DecimalPolicy.plainDigits(new BigDecimal("1E+1000000000"))).isEqualTo(1_000_000_001L);
        assertThat(DecimalPolicy.plainDigits(new BigDecimal("12.3400"))).isEqualTo(4L);
        assertThat(DecimalPolicy.plainDigits(new BigDecimal("0.001"))).isEqualTo(4L);
        assertThat(DecimalPolicy.plainDigits(new BigDecimal("0E-5"))).isEqualTo(6L);
        assertThat(DecimalPolicy.plainDigits(new BigDecimal("0E+5"))).isEqualTo(1L);
        assertThat(DecimalPolicy.plainDigits(new BigDecimal("-7"))).isEqualTo(1L);
    }

    @Test
    void plainAndNormalisedKeepTheValueAndAreIdempotent() {
        qt().forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L), integers().between(-20, 20))
            .checkAssert((unscaled, scale) -> {
                BigDecimal value = new BigDecimal(BigInteger.valueOf(unscaled), scale);
                BigDecimal plain = DecimalPolicy.plain(value);
                BigDecimal normalised = DecimalPolicy.normalised(value);
                assertThat(plain.compareTo(value)).isZero();
                assertThat(normalised.compareTo(value)).isZero();
                assertThat(plain.scale()).isGreaterThanOrEqualTo(0);
                assertThat(normalised.scale()).isGreaterThanOrEqualTo(0);
                assertThat(DecimalPolicy.plain(plain)).isSameAs(plain);
                assertThat(DecimalPolicy.normalised(normalised)).isEqualTo(normalised);
                // written in plain notation and read back, it is the same object by equals
                assertThat(new BigDecimal(plain.toPlainString())).isEqualTo(plain);
                assertThat(new BigDecimal(normalised.toPlainString())).isEqualTo(normalised);
                // the count of plain digits is the length of the plain text without sign, point and
                // trailing zeros of the fraction
                String text = normalised.abs().toPlainString().replace(".", "");
                assertThat(DecimalPolicy.plainDigits(value)).isEqualTo(value.signum() == 0
                    ? 1L + Math.max(0, value.scale()) : (long) text.length());
            });
    }
}
