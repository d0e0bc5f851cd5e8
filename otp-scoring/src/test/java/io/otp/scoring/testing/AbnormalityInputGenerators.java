package io.otp.scoring.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.otp.core.id.BidId;
import io.otp.core.id.OrganisationId;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.money.Points;
import io.otp.core.party.BusinessGroupId;
import io.otp.scoring.abnormal.AbnormalOfferDecision;
import io.otp.scoring.abnormal.AbnormalityAssessment;
import io.otp.scoring.abnormal.AbnormalityInput;
import io.otp.scoring.abnormal.AbnormalityOffer;
import io.otp.scoring.abnormal.BudgetReferencedLimits;
import io.otp.scoring.abnormal.Combination;
import io.otp.scoring.abnormal.ConditionOutcome;
import io.otp.scoring.abnormal.PliegoCondition;
import io.otp.scoring.abnormal.PliegoRule;
import io.otp.scoring.abnormal.PriceMeasure;
import io.otp.scoring.abnormal.PriceReference;
import io.otp.scoring.abnormal.TechnicalComparison;
import io.otp.scoring.abnormal.OfferAssessment;
import io.otp.scoring.abnormal.PercentageUnits;
import io.otp.scoring.abnormal.PliegoThreshold;
import io.otp.scoring.abnormal.RecomputeAfterExclusion;
import io.otp.scoring.abnormal.rules.AbnormalityRules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of valid inputs for abnormality rules: 1 to 12 offers between 30 % and 130 % of the budget
 * in steps of half a percent (so offers often fall exactly on a limit), each in no group or in one of
 * three business groups, and either reading of units; pliego thresholds and inputs for
 * {@code price-below-mean} (with technical scores when the pliego sets a technical condition); and the
 * assessments the built-in rules compute from them, with justification decisions on some flagged offers.
 */
public final class AbnormalityInputGenerators {

    private AbnormalityInputGenerators() {
    }

    /**
     * Inputs for {@code rglcap-85}.
     *
     * @return the generator; not null
     */
    public static Gen<AbnormalityInput> inputs() {
        Gen<Integer> budgets = integers().between(1_000, 2_000_000);
        // each code packs a budget share (60..260 half-percent steps) and a group (0 = none, 1..3)
        Gen<List<Integer>> codes = lists().of(integers().between(60 * 4, 260 * 4 + 3)).ofSizeBetween(1, 12);
        return budgets.zip(codes, Generate.enumValues(PercentageUnits.class), AbnormalityInputGenerators::input);
    }

    /**
     * An input and the same offers in another order.
     *
     * @return pairs (original, shuffled); not null
     */
    public static Gen<AbnormalityInput[]> inputsAndPermutations() {
        return inputs().zip(integers().all(), (input, seed) -> {
            List<AbnormalityOffer> shuffled = new ArrayList<>(input.offers());
            Collections.shuffle(shuffled, new Random(seed));
            AbnormalityInput other = AbnormalityInput.builder().baseBudget(input.baseBudget())
                .units(input.units()).addAllOffers(shuffled).build();
            return new AbnormalityInput[] {input, other};
        });
    }

    /** The built-in rules, loaded once. */
    private static final AbnormalityRules RULES = AbnormalityRules.builtIns();

    /**
     * Pliego thresholds: X from 0.01 to 99.99 units below the mean; half of them with a technical
     * condition (a share of 0 to 100 % of a maximum of 1 to 60 points).
     *
     * @return the generator; not null
     */
    public static Gen<PliegoThreshold> pliegoThresholds() {
        return longs().all().map(seed -> pliegoThreshold(new SplittableRandom(seed)));
    }

    private static PliegoThreshold pliegoThreshold(SplittableRandom r) {
        PliegoThreshold.Builder b = PliegoThreshold.builder()
            .belowMean(Percentage.of(BigDecimal.valueOf(1 + r.nextInt(9_999), 2)));
        if (r.nextBoolean()) {
            b.technicalShare(Percentage.of(r.nextInt(101))).technicalMaximum(Points.of(1 + r.nextInt(60)));
        }
        return b.build();
    }

    /**
     * Inputs for {@code price-below-mean}: the offers of {@link #inputs()} with a pliego threshold, a
     * technical score within the maximum for every offer when the threshold has a technical condition
     * (and for some offers otherwise), and either choice on recomputing after an exclusion.
     *
     * @return the generator; not null
     */
    public static Gen<AbnormalityInput> pliegoInputs() {
        return inputs().zip(longs().all(), (input, seed) -> {
            SplittableRandom r = new SplittableRandom(seed);
            PliegoThreshold threshold = pliegoThreshold(r);
            long maxCents = threshold.technicalMaximum().orElse(Points.of(50)).value().movePointRight(2).longValueExact();
            AbnormalityInput.Builder b = AbnormalityInput.builder().baseBudget(input.baseBudget()).units(input.units())
                .recomputeAfterExclusion(r.nextBoolean() ? RecomputeAfterExclusion.YES : RecomputeAfterExclusion.NO)
                .pliegoThreshold(threshold);
            for (AbnormalityOffer o : input.offers()) {
                AbnormalityOffer.Builder offer = AbnormalityOffer.builder().bidId(o.bidId()).bidder(o.bidder())
                    .economicOffer(o.economicOffer());
                o.businessGroup().ifPresent(offer::businessGroup);
                if (threshold.technicalShare().isPresent() || r.nextInt(3) == 0) {
                    offer.technicalScore(Points.of(BigDecimal.valueOf(r.nextLong(maxCents + 1), 2)));
                }
                b.addOffers(offer.build());
            }
            return b.build();
        });
    }

    /**
     * Pliego rules as data: 1 to 4 conditions, all or any, each a price condition (any reference and
     * measure, X from 0.01 to 60.00, or 100 to 20,000 currency units), RGLCAP art. 85, a technical
     * condition (points, share of a maximum of 50 or the mean, below or above) or a group nested up to
     * three deep.
     *
     * @return the generator; not null
     */
    public static Gen<PliegoRule> pliegoRules() {
        return longs().all().map(seed -> pliegoRule(new SplittableRandom(seed)));
    }

    /**
     * Single conditions as {@link #pliegoRules()} makes them.
     *
     * @return the generator; not null
     */
    public static Gen<PliegoCondition> pliegoConditions() {
        // one in four a share of the technical maximum, the only condition with a maximum: rare among the
        // nested kinds, it must still appear in any fifty examples (1 - (3/4)^50 > 0.999999)
        return longs().all().map(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            return r.nextInt(4) == 0 ? PliegoCondition.technicalShare(r.nextBoolean() ? TechnicalComparison.BELOW
                : TechnicalComparison.ABOVE, BigDecimal.valueOf(r.nextInt(101)), Points.of(50)) : condition(r, 0);
        });
    }

    /**
     * Condition outcomes out of assessments of {@link #pliegoRuleInputs()}.
     *
     * @return the generator; not null
     */
    public static Gen<ConditionOutcome> conditionOutcomes() {
        return pliegoRuleInputs().zip(integers().all(), (input, i) -> {
            List<ConditionOutcome> all = new ArrayList<>();
            RULES.require("pliego-rule").evaluate(input).offers().forEach(o -> all.addAll(o.conditions()));
            // every other draw a group's outcome where the rule has one, so that any fifty examples hold one
            List<ConditionOutcome> groups = all.stream().filter(o -> o.combination().isPresent()).toList();
            List<ConditionOutcome> from = Math.floorMod(i, 2) == 0 && !groups.isEmpty() ? groups : all;
            return from.get(Math.floorMod(i / 2, from.size()));
        });
    }

    /**
     * One rule of {@link #pliegoRules()} drawn from the given source.
     *
     * @param r the source of randomness; not null
     * @return the rule; not null
     */
    public static PliegoRule pliegoRule(SplittableRandom r) {
        PliegoRule.Builder b = PliegoRule.builder().combination(r.nextBoolean() ? Combination.ALL : Combination.ANY);
        b.addConditions(price(r));
        for (int i = 0, n = r.nextInt(4); i < n; i++) {
            b.addConditions(condition(r, 0));
        }
        if (r.nextBoolean()) {
            // a group in every other rule: its outcome is the only one with a combination
            b.addConditions(r.nextBoolean() ? PliegoCondition.allOf(price(r), condition(r, 1))
                : PliegoCondition.anyOf(price(r), condition(r, 1)));
        }
        return b.build();
    }

    private static PliegoCondition price(SplittableRandom r) {
        PriceMeasure measure = PriceMeasure.values()[r.nextInt(3)];
        BigDecimal x = measure == PriceMeasure.EUROS ? BigDecimal.valueOf(100 + r.nextInt(19_901))
            : BigDecimal.valueOf(1 + r.nextInt(6_000), 2);
        return PliegoCondition.priceBelow(PriceReference.values()[r.nextInt(4)], measure, x);
    }

    private static PliegoCondition condition(SplittableRandom r, int depth) {
        TechnicalComparison comparison = r.nextBoolean() ? TechnicalComparison.BELOW : TechnicalComparison.ABOVE;
        switch (r.nextInt(depth < 3 ? 6 : 5)) {
            case 0:
            case 1:
                return price(r);
            case 2:
                return PliegoCondition.rglcap85();
            case 3:
                return PliegoCondition.technicalPoints(comparison, BigDecimal.valueOf(r.nextInt(5_001), 2));
            case 4:
                return r.nextBoolean() ? PliegoCondition.technicalMean(comparison)
                    : PliegoCondition.technicalShare(comparison, BigDecimal.valueOf(r.nextInt(101)), Points.of(50));
            default:
                List<PliegoCondition> nested = new ArrayList<>();
                for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
                    nested.add(condition(r, depth + 1));
                }
                PliegoCondition[] array = nested.toArray(new PliegoCondition[0]);
                return r.nextBoolean() ? PliegoCondition.allOf(array) : PliegoCondition.anyOf(array);
        }
    }

    /**
     * Inputs for {@code pliego-rule}: the offers of {@link #inputs()}, each with a technical score from 0 to
     * 50, a rule of {@link #pliegoRules()}, and either setting of the budget-referenced limits.
     *
     * @return the generator; not null
     */
    public static Gen<AbnormalityInput> pliegoRuleInputs() {
        return inputs().zip(longs().all(), (input, seed) -> {
            SplittableRandom r = new SplittableRandom(seed);
            AbnormalityInput.Builder b = AbnormalityInput.builder().baseBudget(input.baseBudget()).units(input.units())
                .budgetReferencedLimits(r.nextBoolean() ? BudgetReferencedLimits.APPLY : BudgetReferencedLimits.OMIT)
                .pliegoRule(pliegoRule(r));
            for (AbnormalityOffer o : input.offers()) {
                AbnormalityOffer.Builder offer = AbnormalityOffer.builder().bidId(o.bidId()).bidder(o.bidder())
                    .economicOffer(o.economicOffer()).technicalScore(Points.of(BigDecimal.valueOf(r.nextInt(5_001), 2)));
                o.businessGroup().ifPresent(offer::businessGroup);
                b.addOffers(offer.build());
            }
            return b.build();
        });
    }

    /**
     * Justification decisions: accepted or rejected, with a text.
     *
     * @return the generator; not null
     */
    public static Gen<AbnormalOfferDecision> decisions() {
        return integers().between(0, 99).zip(Generate.booleans(), (n, accepted) -> accepted
            ? AbnormalOfferDecision.accepted(BidId.of(String.format("B%02d", n)), "justificación suficiente de los costes")
            : AbnormalOfferDecision.rejected(BidId.of(String.format("B%02d", n)), "los costes salariales no cubren el convenio"));
    }

    /**
     * Assessments computed by {@code rglcap-85} from {@link #inputs()} or by {@code price-below-mean} from
     * {@link #pliegoInputs()}, with a decision taken on each flagged offer with probability one half
     * (accepted or rejected).
     *
     * @return the generator; not null
     */
    public static Gen<AbnormalityAssessment> assessments() {
        Gen<AbnormalityAssessment> rglcap = inputs().map(i -> RULES.require("rglcap-85").evaluate(i));
        Gen<AbnormalityAssessment> pliego = pliegoInputs().map(i -> RULES.require("price-below-mean").evaluate(i));
        Gen<AbnormalityAssessment> asData = pliegoRuleInputs().map(i -> RULES.require("pliego-rule").evaluate(i));
        return Generate.oneOf(rglcap, pliego, asData).zip(longs().all(), (assessment, seed) -> {
            SplittableRandom r = new SplittableRandom(seed);
            AbnormalityAssessment out = assessment;
            for (BidId flagged : assessment.flagged()) {
                int choice = r.nextInt(4);
                if (choice == 1) {
                    out = out.withDecision(AbnormalOfferDecision.accepted(flagged, "justificación suficiente"));
                } else if (choice == 2) {
                    out = out.withDecision(AbnormalOfferDecision.rejected(flagged, "justificación insuficiente"));
                }
            }
            return out;
        });
    }

    /**
     * One offer's assessment out of {@link #assessments()}, picked at random.
     *
     * @return the generator; not null
     */
    public static Gen<OfferAssessment> offerAssessments() {
        return assessments().zip(integers().all(), (a, i) -> a.offers().get(Math.floorMod(i, a.offers().size())));
    }

    private static AbnormalityInput input(int budget, List<Integer> codes, PercentageUnits units) {
        AbnormalityInput.Builder builder = AbnormalityInput.builder().baseBudget(Money.euros(budget)).units(units);
        for (int i = 0; i < codes.size(); i++) {
            int share = codes.get(i) / 4;
            int group = codes.get(i) % 4;
            BigDecimal amount = BigDecimal.valueOf(budget).multiply(BigDecimal.valueOf(share))
                .divide(BigDecimal.valueOf(200), 2, RoundingMode.HALF_UP);
            AbnormalityOffer.Builder offer = AbnormalityOffer.builder().bidId(BidId.of(String.format("B%02d", i)))
                .bidder(OrganisationId.of("ORG" + i)).economicOffer(Money.euros(amount));
            if (group > 0) {
                offer.businessGroup(BusinessGroupId.of("G" + group));
            }
            builder.addOffers(offer.build());
        }
        return builder.build();
    }
}
