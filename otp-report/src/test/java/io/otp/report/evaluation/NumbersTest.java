package io.otp.report.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.otp.report.ReportLanguage;
import io.otp.report.testing.ReportGenerators;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void localizesTheNumbersOfAComputationAndLeavesIdsDatesAndRulesAlone() {
        assertThat(Numbers.localize(ReportLanguage.SPANISH, "60 × 340000.00 / 352000.00"))
            .isEqualTo("60 × 340.000,00 / 352.000,00");
        assertThat(Numbers.localize(ReportLanguage.ENGLISH, "60 × 340000.00 / 352000.00"))
            .isEqualTo("60 × 340,000.00 / 352,000.00");
        assertThat(Numbers.localize(ReportLanguage.SPANISH, "B3 excluded (LCSP-146.3) on 2026-04-02 at 09:10, L1-PRICE"))
            .isEqualTo("B3 excluded (LCSP-146.3) on 2026-04-02 at 09:10, L1-PRICE");
        assertThat(Numbers.localize(ReportLanguage.SPANISH, "9.50")).isEqualTo("9,50");
    }

    @Test
    void localizingTextWithoutDigitsChangesNothing() {
        qt().forAll(ReportGenerators.hostileTexts()).checkAssert(text -> {
            String noDigits = text.replaceAll("\\d", "");
            assertThat(Numbers.localize(ReportLanguage.SPANISH, noDigits)).isEqualTo(noDigits);
        });
    }

    @Test
    void unroundedPointsKeepTheirSignificantDecimalsUpToTen() {
        // 60 × 340000 / 352000 = 57.95454545454545 (DECIMAL64): ten decimals, rounded half up.
        assertThat(Numbers.unrounded(ReportLanguage.ENGLISH, new BigDecimal("57.95454545454545")))
            .isEqualTo("57.9545454545");
        assertThat(Numbers.unrounded(ReportLanguage.SPANISH, new BigDecimal("26.000"))).isEqualTo("26,00");
        assertThat(Numbers.decimal(ReportLanguage.SPANISH, new BigDecimal("1234.5"))).isEqualTo("1.234,5");
    }

    @Test
    void instantsAreWrittenInUtc() {
        Instant at = Instant.parse("2026-04-22T09:31:00Z");
        assertThat(Numbers.instant(ReportLanguage.SPANISH, at)).isEqualTo("22/04/2026 09:31 UTC");
        assertThat(Numbers.instant(ReportLanguage.ENGLISH, at)).isEqualTo("22 Apr 2026 09:31 UTC");
    }
}
