package io.otp.scoring.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.otp.core.id.BidId;
import io.otp.scoring.spi.FormulaInput;
import io.otp.scoring.spi.FormulaParameter;
import io.otp.scoring.spi.FormulaScore;
import io.otp.scoring.spi.ScoringFormula;
import io.otp.scoring.testing.FormulaGenerators;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The registry: built-ins, ServiceLoader and explicit registration. */
class FormulasTest {

    /** A formula that gives every bid half the maximum, to test registration. */
    static final class Half implements ScoringFormula {
        private final String id;

        Half(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public List<FormulaParameter> parameters() {
            return List.of();
        }

        @Override
        public SortedMap<BidId, FormulaScore> score(FormulaInput input) {
            SortedMap<BidId, FormulaScore> out = new TreeMap<>();
            input.values().keySet().forEach(b -> out.put(b, FormulaScore.builder()
                .points(input.maxPoints().value().divide(BigDecimal.valueOf(2))).formula("M / 2").build()));
            return out;
        }
    }

    @Test
    void holdsEveryBuiltInFormula() {
        assertThat(Formulas.builtIns().ids()).containsExactlyInAnyOrderElementsOf(FormulaGenerators.ALL_FORMULAS);
    }

    @Test
    void standardFindsTheBuiltInsThroughTheServiceLoaderToo() {
        assertThat(Formulas.standard().ids()).containsAll(FormulaGenerators.ALL_FORMULAS);
        assertThat(Formulas.standard().find("power")).map(ScoringFormula::name).contains("Power");
    }

    @Test
    void withAddsAFormulaWithoutChangingTheOriginalAndRefusesATakenId() {
        Formulas base = Formulas.builtIns();
        Formulas extended = base.with(new Half("half"));
        assertThat(extended.require("half")).isInstanceOf(Half.class);
        assertThat(base.find("half")).isEmpty();
        assertThat(extended.score(io.otp.core.tender.FormulaReference.of("half"),
            BuiltInFormulasTest.quantities(10, Map.of(), "3")).get(BidId.of("B1")).points())
            .isEqualByComparingTo("5");
        // a pliego's formula is never replaced in silence
        assertThatThrownBy(() -> base.with(new Half("yes-no")))
            .isInstanceOf(io.otp.core.ValidationException.class)
            .hasMessageContaining("yes-no").hasMessageContaining("already held");
        assertThat(base.require("yes-no")).isNotInstanceOf(Half.class);
    }

    @Test
    @SuppressWarnings("removal")
    void theDeprecatedRegisterStillReplaces() {
        Formulas replaced = Formulas.builtIns().register(new Half("yes-no"));
        assertThat(replaced.require("yes-no")).isInstanceOf(Half.class);
    }

    @Test
    void everyBuiltInDescribesItsParameters() {
        Formulas formulas = Formulas.builtIns();
        assertThat(formulas.require("kinked").parameters()).extracting(FormulaParameter::name)
            .containsExactly("kneeDiscount", "kneePoints");
        assertThat(formulas.require("power").parameters().get(0).range()).isEqualTo("(0, 10]");
        assertThat(formulas.require("proportional-corrected").parameters().get(0).meaning()).contains("percent");
        assertThat(formulas.require("inverse-proportional").parameters()).isEmpty();
    }
}
