package io.otp.scoring.abnormal;

import static io.otp.scoring.abnormal.Offers.offer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.otp.core.ValidationException;
import io.otp.core.money.Money;
import io.otp.scoring.abnormal.rules.AbnormalityRules;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A threshold given through the Java API is bounded as the JSON reader bounds numbers: at most
 * {@value PliegoCondition#MAX_INTEGER_DIGITS} digits before the point and {@value PliegoCondition#MAX_DECIMALS}
 * decimals, so that a tiny or huge exponent is a {@link ValidationException} naming {@code threshold}, never a
 * raw {@link ArithmeticException} or a comparison that writes out a billion digits.
 */
class PliegoConditionTest {

    private static void judge(PriceMeasure measure, String threshold) {
        PliegoRule rule = PliegoRule.of(Combination.ALL,
            PliegoCondition.priceBelow(PriceReference.MEAN_OF_ALL, measure, new BigDecimal(threshold)));
        AbnormalityRules.builtIns().require(AbnormalityRules.PLIEGO_RULE).evaluate(AbnormalityInput.builder()
            .baseBudget(Money.euros(100_000)).addOffers(offer("A", 70_000), offer("B", 85_000), offer("C", 90_000))
            .pliegoRule(rule).build());
    }

    @Test
    void aPercentThresholdOfOneE_minus999999999IsRefusedWithAValidationException() {
        // 0 < 1E-999999999 < 100 passes the range check; evaluating 100 - X overflows BigInteger.
        assertThatThrownBy(() -> judge(PriceMeasure.PERCENT, "1E-999999999"))
            .isInstanceOf(ValidationException.class).hasMessageContaining("threshold");
    }

    @Test
    void aEurosThresholdOfOneE_plus999999999IsRefusedWithAValidationException() {
        // EUROS has no upper bound; R - X overflows BigInteger.
        assertThatThrownBy(() -> judge(PriceMeasure.EUROS, "1E+999999999"))
            .isInstanceOf(ValidationException.class).hasMessageContaining("threshold");
    }

    @Test
    void aTechnicalThresholdWithAHugeExponentIsRefusedWhenTheConditionIsBuilt() {
        assertThatThrownBy(() -> PliegoCondition.technicalPoints(TechnicalComparison.BELOW, new BigDecimal("1E-999999999")))
            .isInstanceOf(ValidationException.class).hasMessageContaining("threshold").hasMessageContaining("10");
        assertThatThrownBy(() -> PliegoCondition.technicalPoints(TechnicalComparison.BELOW, new BigDecimal("1E+19")))
            .isInstanceOf(ValidationException.class).hasMessageContaining("threshold").hasMessageContaining("18");
    }

    @Test
    void thresholdsAtTheLimitsOfSizeAreAccepted() {
        // 18 digits before the point, and 10 decimals (trailing zeros aside), are the largest accepted
        assertThat(PliegoCondition.priceBelow(PriceReference.BUDGET, PriceMeasure.EUROS,
            new BigDecimal("999999999999999999")).threshold()).isPresent();
        assertThat(PliegoCondition.priceBelow(PriceReference.BUDGET, PriceMeasure.PERCENT,
            new BigDecimal("0.0000000001000")).threshold()).isPresent();
        assertThatThrownBy(() -> PliegoCondition.priceBelow(PriceReference.BUDGET, PriceMeasure.EUROS,
            new BigDecimal("1000000000000000000"))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> PliegoCondition.priceBelow(PriceReference.BUDGET, PriceMeasure.PERCENT,
            new BigDecimal("0.00000000001"))).isInstanceOf(ValidationException.class);
    }

    @Test
    void aThresholdTooLargeIsReportedBesideAnotherFaultOfTheCondition() {
        // no measure, and a threshold of 19 digits: both are said, each once
        assertThatThrownBy(() -> PliegoCondition.builder().kind(ConditionKind.PRICE).reference(PriceReference.BUDGET)
            .threshold(new BigDecimal("1000000000000000000")).build())
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .extracting(io.otp.core.Violation::path).containsExactlyInAnyOrder("measure", "threshold"));
    }
}
