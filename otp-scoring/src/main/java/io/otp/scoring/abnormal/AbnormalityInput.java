package io.otp.scoring.abnormal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.BidId;
import io.otp.core.money.Money;
import io.otp.core.money.Points;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What an abnormality rule judges: the base budget, the valid offers of one lot and the settings that
 * the law leaves open (LCSP art. 149, RGLCAP arts. 85 and 86).
 *
 * <p>Structural invariants, all reported together in one {@link ValidationException} with the path of
 * each problem: at least one offer ({@code offers}); the budget greater than zero ({@code baseBudget});
 * every offer greater than zero and in the budget's currency ({@code offers[i].economicOffer}); no bid
 * twice ({@code offers[i].bidId}); with a technical condition in {@link #pliegoThreshold()}, every offer
 * carries a technical score not above the maximum ({@code offers[i].technicalScore}); with a technical
 * condition in {@link #pliegoRule()}, every offer carries a technical score.
 *
 * <p>The order of {@link #offers()} does not matter: every rule gives the same result for any order.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAbnormalityInput.class)
@JsonDeserialize(as = ImmutableAbnormalityInput.class)
public abstract class AbnormalityInput {

    AbnormalityInput() {
    }

    /**
     * Starts a builder.
     *
     * @return a new builder; not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The base budget of the lot, VAT excluded (presupuesto base de licitación sin IVA).
     *
     * @return the budget; not null
     */
    public abstract Money baseBudget();

    /**
     * The valid offers of the lot (those admitted and, in a phased evaluation, past the technical
     * threshold).
     *
     * @return the offers, one per bid; not null
     */
    public abstract List<AbnormalityOffer> offers();

    /**
     * The reading of "unidades porcentuales"; the default is {@link PercentageUnits#RELATIVE}, the reading
     * of the worked example of DOMAIN.md section 3.
     *
     * @return the reading; not null
     */
    @Value.Default
    public PercentageUnits units() {
        return PercentageUnits.RELATIVE;
    }

    /**
     * Whether RGLCAP art. 85's limits measured against the base budget (85.1 and the last sentence of
     * 85.3) apply; tribunal doctrine is divided, see {@link BudgetReferencedLimits}. The default is
     * {@link BudgetReferencedLimits#APPLY} (TACRC 1020/2017).
     *
     * @return the setting; not null
     */
    @Value.Default
    public BudgetReferencedLimits budgetReferencedLimits() {
        return BudgetReferencedLimits.APPLY;
    }

    /**
     * Whether price points are recomputed after an offer is excluded (LCSP art. 149.6); recorded in the
     * result for the pipeline. The default is {@link RecomputeAfterExclusion#NO} (TACRC 716/2019).
     *
     * @return the setting; not null
     */
    @Value.Default
    public RecomputeAfterExclusion recomputeAfterExclusion() {
        return RecomputeAfterExclusion.NO;
    }

    /**
     * The parameters of the pliego for a lot with several criteria (LCSP art. 149.2.b).
     *
     * @return the parameters; empty when the pliego sets none
     */
    public abstract Optional<PliegoThreshold> pliegoThreshold();

    /**
     * The pliego's own rule as data for a lot with several criteria (LCSP art. 149.2.b), read by the
     * built-in rule {@code pliego-rule}.
     *
     * @return the rule; empty when the pliego gives none
     */
    public abstract Optional<PliegoRule> pliegoRule();

    /**
     * Finds an offer by its bid.
     *
     * @param bidId the bid; not null
     * @return the offer; empty if the bid is not among the offers
     */
    public Optional<AbnormalityOffer> offer(BidId bidId) {
        return offers().stream().filter(o -> o.bidId().equals(bidId)).findFirst();
    }

    @Value.Check
    void check() {
        List<Violation> violations = new ArrayList<>();
        Money budget = baseBudget();
        if (!budget.isPositive()) {
            violations.add(Violation.of("baseBudget", "OTP-ABNORMAL-BUDGET",
                "io.otp.scoring.abnormal.budget", "value", budget.toString()));
        }
        if (offers().isEmpty()) {
            violations.add(Violation.of("offers", "LCSP-149.2", "io.otp.scoring.abnormal.noOffers"));
        }
        Set<BidId> seen = new HashSet<>();
        Optional<PliegoThreshold> technical = pliegoThreshold().filter(p -> p.technicalShare().isPresent());
        boolean needsScores = pliegoRule().filter(PliegoRule::needsTechnicalScores).isPresent();
        for (int i = 0; i < offers().size(); i++) {
            AbnormalityOffer offer = offers().get(i);
            String path = "offers[" + i + "]";
            if (!seen.add(offer.bidId())) {
                violations.add(Violation.of(path + ".bidId", "OTP-ABNORMAL-DUPLICATE",
                    "io.otp.scoring.abnormal.duplicate", "bid", offer.bidId()));
            }
            Money amount = offer.economicOffer();
            if (!amount.currency().equals(budget.currency())) {
                violations.add(Violation.of(path + ".economicOffer", "OTP-ABNORMAL-CURRENCY",
                    "io.otp.scoring.abnormal.currency", "bid", offer.bidId(), "value", amount.toString(),
                    "expected", budget.currency().getCurrencyCode()));
            }
            if (!amount.isPositive()) {
                violations.add(Violation.of(path + ".economicOffer", "OTP-ABNORMAL-OFFER",
                    "io.otp.scoring.abnormal.offer", "bid", offer.bidId(), "value", amount.toString()));
            }
            if (technical.isPresent() || needsScores) {
                if (offer.technicalScore().isEmpty()) {
                    violations.add(Violation.of(path + ".technicalScore", "LCSP-149.2.b",
                        "io.otp.scoring.abnormal.technicalMissing", "bid", offer.bidId()));
                } else if (technical.isPresent()
                        && offer.technicalScore().get().isGreaterThan(technical.get().technicalMaximum().orElseThrow())) {
                    Points maximum = technical.get().technicalMaximum().orElseThrow();
                    violations.add(Violation.of(path + ".technicalScore", "LCSP-149.2.b",
                        "io.otp.scoring.abnormal.technicalAbove", "bid", offer.bidId(),
                        "value", offer.technicalScore().get(), "maximum", maximum));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /** Builds {@link AbnormalityInput}s; each attribute may be set once. */
    public static final class Builder extends ImmutableAbnormalityInput.Builder {
        Builder() {
        }
    }
}
