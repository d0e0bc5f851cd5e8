package io.otp.scoring.formula;

import static io.otp.scoring.formula.BuiltInFormulasTest.p;
import static io.otp.scoring.formula.BuiltInFormulasTest.prices;
import static io.otp.scoring.formula.BuiltInFormulasTest.quantities;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.BidId;
import io.otp.core.money.Points;
import io.otp.core.tender.Direction;
import io.otp.scoring.spi.FormulaInput;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input: every problem reported at once, with its path (issue 4, "Bad input"). */
class FormulaValidationTest {

    private static final Formulas FORMULAS = Formulas.builtIns();

    private static ValidationException failure(String id, FormulaInput input) {
        return catchThrowableOfType(ValidationException.class, () -> FORMULAS.require(id).score(input));
    }

    @Test
    void reportsEveryProblemOfOneInputWithItsPath() {
        FormulaInput input = FormulaInput.builder().maxPoints(Points.of(100)).direction(Direction.HIGHER_IS_BETTER)
            .putParameters("exponent", BigDecimal.ZERO).putParameters("bogus", BigDecimal.ONE)
            .budget(new BigDecimal("1000")).putValues(BidId.of("B1"), new BigDecimal("1200"))
            .putValues(BidId.of("B2"), BigDecimal.ZERO).putValues(BidId.of("B3"), new BigDecimal("-5")).build();
        assertThat(failure("power", input).violations()).extracting(Violation::path).containsExactlyInAnyOrder(
            "parameters.exponent", "parameters.bogus", "direction", "values[B1]", "values[B2]", "values[B3]");
    }

    @Test
    void rejectsOfferAboveBudgetNamingTheBudget() {
        Violation v = failure("linear-discount", prices(10, "1000", Map.of(), "900", "1000.01")).violations().get(0);
        assertThat(v.path()).isEqualTo("values[B2]");
        assertThat(v.ruleId()).isEqualTo("RGLCAP-84");
        assertThat(v.message()).contains("1000.01", "1000", "linear-discount");
        assertThat(v.message(Locale.forLanguageTag("es"))).contains("presupuesto base");
    }

    @Test
    void inverseProportionalAcceptsOffersAboveAnUnusedBudget() {
        assertThat(FORMULAS.require("inverse-proportional").score(prices(10, "1000", Map.of(), "900", "1100")))
            .hasSize(2);
    }

    @Test
    void discountFormulasNeedTheBudget() {
        for (String id : new String[] {"linear-discount", "proportional-corrected", "kinked", "power", "satiety"}) {
            Map<String, BigDecimal> params = Map.of(
                "linear-discount", Map.<String, BigDecimal>of(),
                "proportional-corrected", p("significantDiscount", "5"),
                "kinked", Map.of("kneeDiscount", BigDecimal.TEN, "kneePoints", BigDecimal.ONE),
                "power", p("exponent", "2"),
                "satiety", p("satietyDiscount", "5")).get(id);
            assertThat(failure(id, prices(10, null, params, "900")).violations())
                .extracting(Violation::path).as(id).containsExactly("budget");
        }
    }

    @Test
    void rejectsMissingAndOutOfRangeParameters() {
        assertThat(failure("proportional-corrected", prices(10, "1000", Map.of(), "900")).violations())
            .extracting(Violation::path, Violation::ruleId)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("parameters.significantDiscount", "OTP-FORMULA-PARAMETER"));
        Violation range = failure("satiety", prices(10, "1000", p("satietyDiscount", "100"), "900")).violations().get(0);
        assertThat(range.path()).isEqualTo("parameters.satietyDiscount");
        assertThat(range.message()).contains("100", "(0, 100)");
        assertThat(failure("kinked", prices(10, "1000", Map.of("kneeDiscount", BigDecimal.TEN,
            "kneePoints", BigDecimal.valueOf(11)), "900")).violations())
            .extracting(Violation::path).containsExactly("parameters.kneePoints");
        assertThat(failure("linear-bounds", quantities(10, Map.of("worst", BigDecimal.ONE, "best", BigDecimal.ONE), "1"))
            .violations()).extracting(Violation::path).containsExactly("parameters.best");
        assertThat(failure("yes-no", quantities(10, p("weight", "1"), "1")).violations().get(0).message())
            .contains("weight", "none");
    }

    @Test
    void yesNoRejectsOtherValues() {
        assertThat(failure("yes-no", quantities(10, Map.of(), "1", "0", "2")).violations())
            .extracting(Violation::path).containsExactly("values[B3]");
    }

    @Test
    void reportsExpectedBidsWithoutValue() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> FormulaInput.builder()
            .maxPoints(Points.of(10)).direction(Direction.LOWER_IS_BETTER)
            .putValues(BidId.of("B1"), BigDecimal.TEN).addExpectedBids(BidId.of("B1"), BidId.of("B3")).build());
        assertThat(e.violations()).extracting(Violation::path).containsExactly("values[B3]");
    }

    @Test
    void rejectsANonPositiveBudgetAndAnUnlimitedMathContext() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> FormulaInput.builder()
            .maxPoints(Points.of(10)).direction(Direction.LOWER_IS_BETTER).budget(BigDecimal.ZERO)
            .mathContext(MathContext.UNLIMITED).build());
        assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder("budget", "mathContext");
    }

    @Test
    void unknownFormulaIdNamesTheIdAndTheKnownIds() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> FORMULAS.require("lowest-wins"));
        assertThat(e.violations()).extracting(Violation::path).containsExactly("formula.id");
        assertThat(e.getMessage()).contains("lowest-wins", "inverse-proportional", "yes-no");
    }
}
