package io.otp.scoring.abnormal;

import static io.otp.scoring.abnormal.Offers.bid;
import static io.otp.scoring.abnormal.Offers.offer;
import static org.assertj.core.api.Assertions.assertThat;

import io.otp.core.json.OtpJson;
import io.otp.core.money.Money;
import io.otp.scoring.abnormal.rules.AbnormalityRules;
import org.junit.jupiter.api.Test;

/** The input and the result, with a decision, go to JSON and back unchanged. */
class AbnormalityJsonTest {

    @Test
    void inputAndAssessmentRoundTripThroughJson() {
        OtpJson json = OtpJson.standard();
        AbnormalityInput input = AbnormalityInput.builder().baseBudget(Money.euros(100_000))
            .addOffers(offer("A", 76_000, "G"), offer("B", 90_000), offer("C", 95_000)).build();
        AbnormalityAssessment result = AbnormalityRules.builtIns().require(AbnormalityRules.RGLCAP_85).evaluate(input)
            .withDecision(AbnormalOfferDecision.rejected(bid("A"), "no justification filed"));

        String written = json.write(result);
        AbnormalityAssessment read = json.read(written, AbnormalityAssessment.class);

        assertThat(json.read(json.write(input), AbnormalityInput.class)).isEqualTo(input);
        assertThat(read).isEqualTo(result);
        assertThat(json.write(read)).isEqualTo(written);
        assertThat(written).contains("\"clause\":\"RGLCAP_85_3\"").contains("\"flagged\":true");
    }
}
