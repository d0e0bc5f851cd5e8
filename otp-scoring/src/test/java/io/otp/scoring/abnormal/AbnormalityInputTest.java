package io.otp.scoring.abnormal;

import static io.otp.scoring.abnormal.Offers.bid;
import static io.otp.scoring.abnormal.Offers.input;
import static io.otp.scoring.abnormal.Offers.offer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.otp.core.ValidationException;
import io.otp.core.id.BidId;
import io.otp.core.id.OrganisationId;
import io.otp.core.money.Money;
import io.otp.scoring.abnormal.rules.AbnormalityRules;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Bad input and the justification flow (LCSP art. 149.4 and 149.6). */
class AbnormalityInputTest {

    private static AbnormalityOffer raw(String bid, Money amount) {
        return AbnormalityOffer.builder().bidId(BidId.of(bid)).bidder(OrganisationId.of("ORG-" + bid))
            .economicOffer(amount).build();
    }

    @Test
    void listsEveryProblemWithItsPath() {
        assertThatThrownBy(() -> AbnormalityInput.builder().baseBudget(Money.euros(0))
            .addOffers(raw("A", Money.of(new BigDecimal("100.00"), Currency.getInstance("USD"))))
            .addOffers(raw("B", Money.euros(-5)))
            .addOffers(raw("B", Money.euros(10)))
            .build())
            .isInstanceOf(ValidationException.class)
            .satisfies(e -> assertThat(((ValidationException) e).violations())
                .extracting(v -> v.path() + " " + v.ruleId())
                .containsExactly("baseBudget OTP-ABNORMAL-BUDGET", "offers[0].economicOffer OTP-ABNORMAL-CURRENCY",
                    "offers[1].economicOffer OTP-ABNORMAL-OFFER", "offers[2].bidId OTP-ABNORMAL-DUPLICATE"));
    }

    @Test
    void rejectsNoOffersWithAMessageInBothLanguages() {
        assertThatThrownBy(() -> AbnormalityInput.builder().baseBudget(Money.euros(1000)).build())
            .isInstanceOf(ValidationException.class)
            .satisfies(e -> {
                var violation = ((ValidationException) e).violations().get(0);
                assertThat(violation.path()).isEqualTo("offers");
                assertThat(violation.message(Locale.ENGLISH)).contains("no offers");
                assertThat(violation.message(new Locale("es"))).contains("no hay ofertas");
            });
    }

    @Test
    void flaggedOfferWaitsForTheDecisionAndARejectedOneIsExcluded() {
        AbnormalityInput input = AbnormalityInput.builder().baseBudget(Money.euros(100_000))
            .addOffers(offer("A", 76_000), offer("B", 90_000), offer("C", 95_000))
            .recomputeAfterExclusion(RecomputeAfterExclusion.YES).build();
        AbnormalityAssessment result = AbnormalityRules.builtIns().require("rglcap-85").evaluate(input);
        assertThat(result.pendingDecisions()).containsExactly(bid("A"));
        assertThat(result.recomputeAfterExclusion()).isEqualTo(RecomputeAfterExclusion.YES);

        AbnormalityAssessment decided = result.withDecision(
            AbnormalOfferDecision.rejected(bid("A"), "costs of staff below the collective agreement"));
        assertThat(decided.pendingDecisions()).isEmpty();
        assertThat(decided.excluded()).containsExactly(bid("A"));
        assertThat(decided.offer(bid("A")).orElseThrow().decision().orElseThrow().legalBasis()).isEqualTo("LCSP-149.6");
        assertThat(result.pendingDecisions()).containsExactly(bid("A"));
    }

    @Test
    void acceptedJustificationKeepsTheBidAndCannotBeDecidedTwice() {
        AbnormalityAssessment result = AbnormalityRules.builtIns().require("rglcap-85")
            .evaluate(input(100_000, PercentageUnits.RELATIVE, offer("A", 70_000)));
        AbnormalityAssessment accepted = result.withDecision(
            AbnormalOfferDecision.accepted(bid("A"), "savings of the production method justified"));
        assertThat(accepted.offer(bid("A")).orElseThrow().status()).isEqualTo(JustificationStatus.ACCEPTED);
        assertThat(accepted.excluded()).isEmpty();
        assertThatThrownBy(() -> accepted.withDecision(AbnormalOfferDecision.rejected(bid("A"), "late")))
            .isInstanceOf(ValidationException.class);
    }

    @Test
    void refusesADecisionOnABidNotFlaggedOrUnknown() {
        AbnormalityAssessment result = AbnormalityRules.builtIns().require("rglcap-85")
            .evaluate(input(100_000, PercentageUnits.RELATIVE, offer("A", 90_000)));
        assertThat(result.offer(bid("A")).orElseThrow().status()).isEqualTo(JustificationStatus.NOT_ABNORMAL);
        assertThatThrownBy(() -> result.withDecision(AbnormalOfferDecision.accepted(bid("A"), "ok")))
            .isInstanceOf(ValidationException.class)
            .satisfies(e -> assertThat(((ValidationException) e).violations().get(0).path())
                .isEqualTo("offers[0].decision"));
        assertThatThrownBy(() -> result.withDecision(AbnormalOfferDecision.accepted(bid("Z"), "ok")))
            .isInstanceOf(ValidationException.class)
            .satisfies(e -> assertThat(((ValidationException) e).violations().get(0).path())
                .isEqualTo("decision.bidId"));
    }

    @Test
    void decisionNeedsItsTextAndAFinalOutcome() {
        assertThatThrownBy(() -> AbnormalOfferDecision.rejected(bid("A"), "  "))
            .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> AbnormalOfferDecision.builder().bidId(bid("A"))
            .status(JustificationStatus.PENDING_JUSTIFICATION).text("x").build())
            .isInstanceOf(ValidationException.class);
    }
}
