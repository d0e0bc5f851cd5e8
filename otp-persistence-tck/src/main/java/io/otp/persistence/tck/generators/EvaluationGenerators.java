package io.otp.persistence.tck.generators;

import io.otp.core.classification.CpvCode;
import io.otp.core.id.BidId;
import io.otp.core.id.CriterionId;
import io.otp.core.id.LotId;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.PersonId;
import io.otp.core.id.TenderId;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.money.Points;
import io.otp.core.tender.AwardCriterion;
import io.otp.core.tender.Bid;
import io.otp.core.tender.ContractType;
import io.otp.core.tender.CriterionType;
import io.otp.core.tender.EvaluationMethod;
import io.otp.core.tender.FormulaReference;
import io.otp.core.tender.Lot;
import io.otp.core.tender.ProcedureType;
import io.otp.core.tender.Tender;
import io.otp.core.tender.TieBreakData;
import io.otp.scoring.abnormal.AbnormalOfferDecision;
import io.otp.scoring.abnormal.BudgetReferencedLimits;
import io.otp.scoring.abnormal.Combination;
import io.otp.scoring.abnormal.PercentageUnits;
import io.otp.scoring.abnormal.PliegoCondition;
import io.otp.scoring.abnormal.PliegoRule;
import io.otp.scoring.abnormal.PliegoThreshold;
import io.otp.scoring.abnormal.PriceMeasure;
import io.otp.scoring.abnormal.PriceReference;
import io.otp.scoring.abnormal.rules.AbnormalityRules;
import io.otp.scoring.abnormal.RecomputeAfterExclusion;
import io.otp.scoring.committee.AggregationStrategy;
import io.otp.scoring.committee.ConflictOfInterestDeclaration;
import io.otp.scoring.committee.EvaluatorScore;
import io.otp.scoring.evaluation.Attribution;
import io.otp.scoring.evaluation.Evaluation;
import io.otp.scoring.evaluation.EvaluationPhase;
import io.otp.scoring.formula.Formulas;
import io.otp.scoring.formula.RoundingPolicy;
import io.otp.scoring.formula.RoundingStage;
import io.otp.scoring.ranking.TieBreakMode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Generators of valid evaluations of one lot, run through the scoring pipeline to a random phase, so
 * that their history (the domain events a store appends to its audit trail) has from one to a dozen
 * steps. Each scenario is built from a seed: tender "2026/GEN-&lt;n&gt;" (n from the seed, so generated
 * evaluations have various ids), lot "L1" with a base budget of 100,000.00 euros, a price criterion by
 * one of the standard price formulas, 0 to 2 value-judgment criteria "Q0".. (5 to 25 whole points each),
 * optionally a warranty criterion "WARRANTY" by {@code linear-bounds} (0 to 5 years) and optionally a
 * quality threshold; 1 to 6 bids "B0".. of distinct bidders, mostly within the budget (sometimes above
 * it, sometimes repeating an earlier offer, to make ties); a committee of three members with their DACIs
 * and a complete set of their scores within 0..max with two decimals; a random rounding policy,
 * aggregation, draw seed and abnormality settings.
 *
 * <p>Adapted from otp-scoring's test generators. This class is thread-safe.
 */
public final class EvaluationGenerators {

    /** Who takes every step of a generated evaluation, and when it starts. */
    public static final Attribution BY = Attribution.of(PersonId.of("SECRETARY"), Instant.parse("2026-05-04T09:00:00Z"));

    /** The lot of every generated scenario. */
    public static final LotId LOT = LotId.of("L1");

    /** The price criterion. */
    public static final CriterionId PRICE = CriterionId.of("PRICE");

    /** The warranty criterion, when present. */
    public static final CriterionId WARRANTY = CriterionId.of("WARRANTY");

    private static final List<FormulaReference> PRICE_FORMULAS = List.of(FormulaReference.of("inverse-proportional"),
        FormulaReference.of("linear-discount"), FormulaReference.of("relative-to-lowest"),
        FormulaReference.builder().id("power").putParameters("exponent", new BigDecimal("0.5")).build());

    private static final List<RoundingMode> MODES = List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN,
        RoundingMode.DOWN);

    /** Loaded once: every generated evaluation runs the pipeline. */
    private static final Formulas FORMULAS = Formulas.standard();

    private static final AbnormalityRules RULES = AbnormalityRules.standard();

    private EvaluationGenerators() {
    }

    /**
     * Valid evaluations stopped in a random phase, from registration to the award proposal.
     *
     * @return the generator, not null
     */
    public static Gen<Evaluation> evaluations() {
        return SourceDSL.longs().all().map(EvaluationGenerators::evaluationFromSeed);
    }

    /**
     * Builds an evaluation from a seed: the scenario of {@link #fromSeed(long)} run for a random number
     * of steps (at least the start and the registration of the bids).
     *
     * @param seed the seed
     * @return the evaluation, not null
     */
    public static Evaluation evaluationFromSeed(long seed) {
        Scenario s = fromSeed(seed);
        return run(s, 2 + new SplittableRandom(~seed).nextInt(10));
    }

    /**
     * Runs a scenario through the pipeline: start and registration of every bid (step 1), then scores,
     * seal, threshold, formula envelope, formula scores, abnormal offers (flagged offers decided in bid
     * order, a bid with an even number rejected), ranking, tie-break and award proposal, stopping after
     * {@code steps} steps.
     *
     * @param s the scenario; not null
     * @param steps how many steps to run, 1 or more (11 or more runs to the award proposal)
     * @return the evaluation, not null
     */
    public static Evaluation run(Scenario s, int steps) {
        Evaluation e = Evaluation.start(s.tender(), LOT, s.settings(), BY);
        for (Bid b : s.bids()) {
            e = e.registerBid(b, BY);
        }
        int step = 1;
        if (step++ < steps && !s.scores().isEmpty()) {
            e = e.recordScores(s.scores(), BY);
        }
        if (step++ < steps) {
            e = e.sealValueJudgment(BY);
        }
        if (step++ < steps) {
            e = e.applyTechnicalThreshold(BY);
        }
        if (step++ < steps) {
            e = e.openFormulaEnvelope(BY);
        }
        if (step++ < steps) {
            e = e.scoreFormulaCriteria(FORMULAS, BY);
        }
        if (step++ < steps) {
            e = e.detectAbnormalOffers(RULES, BY);
        }
        if (step++ < steps) {
            while (e.phase() == EvaluationPhase.ABNORMAL_OFFERS_PENDING) {
                BidId next = e.abnormality().orElseThrow().pendingDecisions().stream().sorted().findFirst()
                    .orElseThrow();
                int number = Integer.parseInt(next.toString().substring(1));
                e = e.decideJustification(number % 2 == 0
                    ? AbnormalOfferDecision.rejected(next, "justificación insuficiente de los costes")
                    : AbnormalOfferDecision.accepted(next, "justificación suficiente de los costes"), FORMULAS, BY);
            }
        }
        if (step++ < steps) {
            e = e.rank(BY);
        }
        if (step++ < steps) {
            e = e.breakTies(BY);
        }
        if (step < steps) {
            e = e.proposeAward(BY);
        }
        return e;
    }

    /**
     * A valid evaluation scenario.
     *
     * @param seed the seed it was built from, to rebuild it
     * @param tender the tender, "2026/GEN-&lt;n&gt;", with the lot {@link #LOT}
     * @param settings the settings
     * @param bids the bids, in submission order
     * @param scores one score per member, bid and value-judgment criterion
     */
    public record Scenario(long seed, Tender tender, io.otp.scoring.evaluation.EvaluationSettings settings,
        List<Bid> bids, List<EvaluatorScore> scores) {

        /**
         * The lot.
         *
         * @return the lot {@link #LOT} of the tender
         */
        public Lot lot() {
            return tender.lot(LOT).orElseThrow();
        }

        @Override
        public String toString() {
            return "scenario of seed " + seed + ": " + bids.size() + " bids, criteria "
                + lot().leafCriteria().stream().map(c -> c.id() + "=" + c.maxPoints()).toList()
                + ", rounding " + settings.rounding();
        }
    }

    /**
     * Returns the generator.
     *
     * @return scenarios, built from a seed
     */
    public static Gen<Scenario> scenarios() {
        return SourceDSL.longs().all().map(EvaluationGenerators::fromSeed);
    }

    /**
     * Seeds, for properties that rebuild a scenario and shuffle it with the same seed.
     *
     * @return seeds
     */
    public static Gen<Long> seeds() {
        return SourceDSL.longs().all();
    }

    /**
     * Builds a scenario from a seed.
     *
     * @param seed the seed
     * @return the scenario
     */
    public static Scenario fromSeed(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        TenderId tenderId = TenderId.of("2026/GEN-" + (1 + Math.floorMod(seed, 99_999L)));
        List<AwardCriterion> criteria = new ArrayList<>();
        List<AwardCriterion> judged = new ArrayList<>();
        long rest = 100;
        for (int q = 0, n = r.nextInt(3); q < n; q++) {
            long max = 5 + r.nextInt(21);
            rest -= max;
            AwardCriterion c = AwardCriterion.builder().id(CriterionId.of("Q" + q)).name("Calidad " + q)
                .type(CriterionType.QUALITY).method(EvaluationMethod.VALUE_JUDGMENT).maxPoints(Points.of(max)).build();
            judged.add(c);
        }
        boolean warranty = r.nextBoolean();
        long warrantyMax = 5 + r.nextInt(11);
        if (warranty) {
            rest -= warrantyMax;
        }
        criteria.add(AwardCriterion.builder().id(PRICE).name("Precio").type(CriterionType.PRICE)
            .method(EvaluationMethod.FORMULA).maxPoints(Points.of(rest))
            .formula(PRICE_FORMULAS.get(r.nextInt(PRICE_FORMULAS.size()))).build());
        if (warranty) {
            criteria.add(AwardCriterion.builder().id(WARRANTY).name("Garantía").type(CriterionType.QUALITY)
                .method(EvaluationMethod.FORMULA).maxPoints(Points.of(warrantyMax))
                .formula(FormulaReference.builder().id("linear-bounds").putParameters("worst", BigDecimal.ZERO)
                    .putParameters("best", BigDecimal.valueOf(5)).build()).build());
        }
        criteria.addAll(judged);
        long judgedMax = judged.stream().mapToLong(c -> c.maxPoints().value().longValue()).sum();
        Lot.Builder lot = Lot.builder();
        lot.id(LOT).title("Lote generado").budget(Money.euros(100_000)).addCpvCodes(CpvCode.of("72000000-5"))
            .addAllCriteria(criteria);
        if (judgedMax > 0 && r.nextInt(3) == 0) {
            lot.qualityThreshold(Points.of(judgedMax * (2 + r.nextInt(4)) / 10));
        }
        Tender tender = Tender.builder().id(tenderId).title("Servicios generados")
            .contractingAuthority(OrganisationId.of("L01470011")).contractType(ContractType.SERVICES)
            .procedure(ProcedureType.OPEN).estimatedValue(Money.euros(100_000)).addCpvCodes(CpvCode.of("72000000-5"))
            .addLots(lot.build()).build();

        List<Bid> bids = new ArrayList<>();
        for (int i = 0, n = 1 + r.nextInt(6); i < n; i++) {
            Money offer;
            int kind = r.nextInt(8);
            if (kind == 0) {
                offer = Money.euros(BigDecimal.valueOf(10_000_001 + r.nextInt(1_000_000), 2));
            } else if (kind == 1 && !bids.isEmpty()) {
                offer = bids.get(r.nextInt(bids.size())).economicOffer();
            } else {
                offer = Money.euros(BigDecimal.valueOf(5_000_000 + r.nextInt(5_000_001), 2));
            }
            TieBreakData.Builder data = TieBreakData.builder();
            if (r.nextBoolean()) {
                data.disabledWorkersPercentage(Percentage.of(r.nextInt(4)));
            }
            if (r.nextBoolean()) {
                data.womenPercentage(Percentage.of(40 + r.nextInt(3)));
            }
            if (r.nextBoolean()) {
                data.permanentDisabledWorkers(r.nextInt(4));
            }
            if (r.nextBoolean()) {
                data.inclusionWorkers(r.nextInt(4));
            }
            if (r.nextBoolean()) {
                data.temporaryContractsPercentage(Percentage.of(r.nextInt(3)));
            }
            Bid.Builder bid = Bid.builder();
            bid.id(BidId.of("B" + i)).tender(tenderId).lot(LOT).bidder(OrganisationId.of("ORG" + i)).economicOffer(offer)
                .submittedAt(Instant.parse("2026-04-20T10:00:00Z").plusSeconds(60L * i)).tieBreakData(data.build());
            if (warranty) {
                bid.putFormulaValues(WARRANTY, BigDecimal.valueOf(r.nextInt(51), 1));
            }
            bids.add(bid.build());
        }

        List<PersonId> members = List.of(PersonId.of("P0"), PersonId.of("P1"), PersonId.of("P2"));
        List<ConflictOfInterestDeclaration> dacis = new ArrayList<>();
        for (PersonId p : members) {
            dacis.add(ConflictOfInterestDeclaration.builder().person(p).tender(tenderId)
                .signed(LocalDate.of(2026, 4, 30)).build());
        }
        List<EvaluatorScore> scores = new ArrayList<>();
        for (Bid b : bids) {
            for (AwardCriterion c : judged) {
                long maxCents = c.maxPoints().value().movePointRight(2).longValueExact();
                for (PersonId p : members) {
                    scores.add(EvaluatorScore.builder().evaluator(p).bid(b.id()).criterion(c.id())
                        .points(Points.of(BigDecimal.valueOf(r.nextLong(maxCents + 1), 2)))
                        .justification("motivación de " + p + " para " + b.id() + " en " + c.id()).build());
                }
            }
        }

        io.otp.scoring.evaluation.EvaluationSettings.Builder settings =
            io.otp.scoring.evaluation.EvaluationSettings.builder();
        settings.addAllCommittee(members).addAllDeclarations(dacis)
            .aggregation(r.nextBoolean() ? AggregationStrategy.MEAN : AggregationStrategy.MEDIAN)
            .rounding(RoundingPolicy.builder().scale(r.nextInt(4)).roundingMode(MODES.get(r.nextInt(MODES.size())))
                .stage(r.nextBoolean() ? RoundingStage.PER_CRITERION : RoundingStage.TOTAL_ONLY).build())
            .recomputeAfterExclusion(r.nextBoolean() ? RecomputeAfterExclusion.YES : RecomputeAfterExclusion.NO)
            .seed(r.nextLong())
            .units(r.nextBoolean() ? PercentageUnits.RELATIVE : PercentageUnits.DISCOUNT_POINTS)
            .budgetReferencedLimits(r.nextBoolean() ? BudgetReferencedLimits.APPLY : BudgetReferencedLimits.OMIT)
            .tieBreakMode(r.nextBoolean() ? TieBreakMode.PLIEGO_BEFORE_STATUTORY_CHAIN
                : TieBreakMode.PLIEGO_REPLACES_STATUTORY_CHAIN);
        int abnormality = criteria.size() > 1 ? r.nextInt(3) : 0;
        if (abnormality == 1) {
            settings.pliegoThreshold(PliegoThreshold.builder().belowMean(Percentage.of(10 + r.nextInt(11))).build());
        } else if (abnormality == 2) {
            // the pliego's own rule as data (LCSP art. 149.2.b): below the others' mean and, or or, below the budget
            PriceReference reference = PriceReference.values()[r.nextInt(PriceReference.values().length)];
            settings.pliegoRule(PliegoRule.of(r.nextBoolean() ? Combination.ALL : Combination.ANY,
                PliegoCondition.priceBelow(reference, r.nextBoolean() ? PriceMeasure.PERCENT : PriceMeasure.DISCOUNT_POINTS,
                    BigDecimal.valueOf(5 + r.nextInt(21))),
                PliegoCondition.priceBelow(PriceReference.BUDGET, PriceMeasure.PERCENT,
                    BigDecimal.valueOf(1000 + r.nextInt(2001), 2))));
        }
        return new Scenario(seed, tender, settings.build(), List.copyOf(bids), List.copyOf(scores));
    }
}
