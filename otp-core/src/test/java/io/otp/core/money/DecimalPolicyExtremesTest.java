package io.otp.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** DecimalPolicy with decimals at the edges of BigDecimal: quick, and numerically unchanged. */
class DecimalPolicyExtremesTest {

    /** 1E-1000000000 / 1 rounded to cents is 0.00; it throws ArithmeticException ("BigInteger would overflow"). */
    @Test
    void aTinyQuotientRoundsToZero() {
        BigDecimal q = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> DecimalPolicy.roundedQuotient(
            new BigDecimal("1E-1000000000"), BigDecimal.ONE, 2, RoundingMode.HALF_UP));
        assertThat(q).isEqualByComparingTo("0.00");
        assertThat(q.scale()).isEqualTo(2);
    }

    /** 1E-10000000 / 1 rounded to cents is 0.00, but computing it takes seconds (10^10000000 is built). */
    @Test
    void aSmallQuotientRoundsToZeroQuickly() {
        BigDecimal q = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> DecimalPolicy.roundedQuotient(
            new BigDecimal("1E-10000000"), BigDecimal.ONE, 2, RoundingMode.HALF_UP));
        assertThat(q).isEqualByComparingTo("0.00");
    }

    /** A decimal of 200,001 digits with trailing zeros: normalised takes many seconds (stripTrailingZeros). */
    @Test
    void normalisingALongIntegerIsQuick() {
        BigDecimal big = new BigDecimal(BigInteger.TEN.pow(200_000));
        BigDecimal n = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> DecimalPolicy.normalised(big));
        assertThat(n).isEqualByComparingTo(big);
    }

    @Test
    void theOtherExtremesHoldUp() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            BigDecimal huge = new BigDecimal("1E+1000000000");
            assertThat(DecimalPolicy.plain(huge)).isSameAs(huge);
            assertThat(DecimalPolicy.normalised(huge)).isEqualByComparingTo(huge);
            assertThat(DecimalPolicy.plainDigits(huge)).isEqualTo(1_000_000_001L);
            BigDecimal zero = new BigDecimal("0E-1000000000");
            assertThat(DecimalPolicy.plain(zero)).isSameAs(zero);
            assertThat(DecimalPolicy.normalised(zero)).isEqualByComparingTo("0");
            assertThat(DecimalPolicy.plainDigits(zero)).isEqualTo(1_000_000_001L);
            assertThat(DecimalPolicy.plain(new BigDecimal("0E+1000000000")).scale()).isZero();
            assertThat(DecimalPolicy.plain(new BigDecimal("1E+998"))).isEqualByComparingTo("1E+998");
            assertThat(DecimalPolicy.plain(new BigDecimal("1E+998")).scale()).isZero();
            assertThat(DecimalPolicy.plain(new BigDecimal("1E+999")).scale()).isEqualTo(-999);
        });
    }
}
