package io.otp.scoring.abnormal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.otp.core.ValidationException;
import io.otp.scoring.abnormal.AbnormalityAssessment;
import io.otp.scoring.abnormal.AbnormalityInput;
import io.otp.scoring.spi.AbnormalityRule;
import org.junit.jupiter.api.Test;

/** The registry: built-ins, ServiceLoader and explicit registration. */
class AbnormalityRulesTest {

    private static final class CustomRule implements AbnormalityRule {
        private final String id;

        CustomRule(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public AbnormalityAssessment evaluate(AbnormalityInput input) {
            return AbnormalityRules.builtIns().require(AbnormalityRules.RGLCAP_85).evaluate(input);
        }
    }

    @Test
    void builtInsAndServiceLoaderGiveTheThreeBuiltInRulesOnce() {
        assertThat(AbnormalityRules.builtIns().ids()).containsExactly("pliego-rule", "price-below-mean", "rglcap-85");
        assertThat(AbnormalityRules.standard().ids()).containsExactly("pliego-rule", "price-below-mean", "rglcap-85");
        assertThat(AbnormalityRules.standard().require("rglcap-85").name()).contains("RGLCAP art. 85");
    }

    @Test
    void explicitRegistrationAddsARuleWithoutChangingTheOriginal() {
        AbnormalityRules base = AbnormalityRules.builtIns();
        AbnormalityRules extended = base.with(new CustomRule("my-pliego"));
        assertThat(extended.find("my-pliego")).isPresent();
        assertThat(extended.require("my-pliego").name()).isEqualTo("CustomRule");
        assertThat(base.find("my-pliego")).isEmpty();
    }

    @Test
    void unknownIdFailsNamingItAndTheKnownOnes() {
        assertThatThrownBy(() -> AbnormalityRules.builtIns().require("rglcap-58"))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("rglcap-58")
            .hasMessageContaining("pliego-rule, price-below-mean, rglcap-85");
    }

    @Test
    void rejectsTakenOrMalformedIds() {
        assertThatThrownBy(() -> AbnormalityRules.builtIns().with(new CustomRule("rglcap-85")))
            .isInstanceOf(ValidationException.class).hasMessageContaining("already registered");
        assertThatThrownBy(() -> AbnormalityRules.builtIns().with(new CustomRule("Bad Id")))
            .isInstanceOf(ValidationException.class).hasMessageContaining("Bad Id");
    }

    @Test
    void discoveryThroughTheSdksLoaderGivesTheBuiltInsAndStandardKeepsIt() {
        AbnormalityRules found = AbnormalityRules.discovered(AbnormalityRules.class.getClassLoader());
        assertThat(found.ids()).containsExactly("pliego-rule", "price-below-mean", "rglcap-85");
        assertThat(AbnormalityRules.standard()).isSameAs(AbnormalityRules.standard());
        assertThat(AbnormalityRules.standard().ids()).isEqualTo(found.ids());
    }

    @Test
    void anUnknownIdWithNothingUnloadedSaysHowToRegisterAndNamesNoListing() {
        assertThatThrownBy(() -> AbnormalityRules.builtIns().require("host-rule"))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("provides io.otp.scoring.spi.AbnormalityRule with")
            .hasMessageNotContaining("which was not loaded");
    }

    @Test
    @SuppressWarnings("removal")
    void theDeprecatedNamesDoWhatTheNewOnesDo() {
        assertThat(AbnormalityRules.load()).isSameAs(AbnormalityRules.standard());
        assertThat(AbnormalityRules.builtIns().rule("rglcap-85").id()).isEqualTo("rglcap-85");
    }
}
