package io.otp.scoring.testing;

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
import io.otp.core.party.BusinessGroupId;
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
import io.otp.core.testing.ModelGenerators;
import io.otp.scoring.abnormal.AbnormalOfferDecision;
import io.otp.scoring.abnormal.BudgetReferencedLimits;
import io.otp.scoring.abnormal.PercentageUnits;
import io.otp.scoring.abnormal.PliegoThreshold;
import io.otp.scoring.abnormal.RecomputeAfterExclusion;
import io.otp.scoring.abnormal.rules.AbnormalityRules;
import io.otp.scoring.committee.AggregationStrategy;
import io.otp.scoring.committee.ConflictOfInterestDeclaration;
import io.otp.scoring.committee.EvaluatorScore;
import io.otp.scoring.evaluation.Attribution;
import io.otp.scoring.evaluation.Evaluation;
import io.otp.scoring.evaluation.EvaluationPhase;
import io.otp.scoring.evaluation.EvaluationResult;
import io.otp.scoring.evaluation.EvaluationSettings;
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
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Generators of valid evaluations of one lot: tender "2026/GEN-1", lot "L1" with a base budget of
 * 100,000.00 euros, a price criterion by one of the standard price formulas, 0 to 2 value-judgment
 * criteria "Q0".. (5 to 25 whole points each), optionally a warranty criterion "WARRANTY" by
 * {@code linear-bounds} (0 to 5 years) and optionally a quality threshold; 1 to 6 bids "B0".. of distinct
 * bidders, mostly within the budget (sometimes above it, sometimes repeating an earlier offer, to make
 * ties); a committee of three members with their DACIs and a complete set of their scores within 0..max
 * with two decimals; a random rounding policy, aggregation, draw seed and abnormality settings.
 *
 * <p>Also the evaluations of such scenarios run by the SDK up to a random step (from the start to a
 * withdrawal after the award proposal; see {@link #evaluations()}), their results, and settings with
 * every optional part (abnormality rule, business groups, pliego tie-break criteria).
 */
public final class EvaluationGenerators {

    /** The tender of every generated scenario. */
    public static final TenderId TENDER = TenderId.of("2026/GEN-1");

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

    /** The one who takes every step of a generated evaluation. */
    public static final Attribution BY = Attribution.of(PersonId.of("SECRETARY"), Instant.parse("2026-05-04T09:00:00Z"));

    /** The steps {@link #run(Scenario, int)} can stop after: 0 is the start, 12 a withdrawal. */
    public static final int STEPS = 12;

    private static final Formulas FORMULAS = Formulas.standard();

    private static final AbnormalityRules RULES = AbnormalityRules.standard();

    private EvaluationGenerators() {
    }

    /**
     * A valid evaluation scenario.
     *
     * @param seed the seed it was built from, to rebuild it
     * @param tender the tender, with the lot {@link #LOT}
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
     * Who takes a step and when: people "P0".."P99" at instants of 2020 to 2035.
     *
     * @return the generator
     */
    public static Gen<Attribution> attributions() {
        return SourceDSL.integers().between(0, 99).zip(ModelGenerators.instants(),
            (n, at) -> Attribution.of(PersonId.of("P" + n), at));
    }

    /**
     * Rounding policies: 0 to 10 decimals, every rounding mode but {@code UNNECESSARY}, either stage.
     *
     * @return the generator
     */
    public static Gen<RoundingPolicy> roundingPolicies() {
        List<RoundingMode> modes = new ArrayList<>(List.of(RoundingMode.values()));
        modes.remove(RoundingMode.UNNECESSARY);
        return SourceDSL.integers().between(0, RoundingPolicy.MAX_SCALE).zip(Generate.pick(modes),
            Generate.enumValues(RoundingStage.class),
            (scale, mode, stage) -> RoundingPolicy.builder().scale(scale).roundingMode(mode).stage(stage).build());
    }

    /**
     * The settings of {@link #scenarios()}, each optional part added with probability one half: the
     * abnormality rule, the reading of units, business groups for some bidders, pliego tie-break
     * criteria, the tie-break mode, offers above the budget allowed.
     *
     * @return the generator
     */
    public static Gen<EvaluationSettings> settings() {
        return scenarios().zip(RankingGenerators.tieBreakCriteria(), SourceDSL.longs().all(), (s, criterion, seed) -> {
            SplittableRandom r = new SplittableRandom(seed);
            EvaluationSettings given = s.settings();
            EvaluationSettings.Builder b = EvaluationSettings.builder().addAllCommittee(given.committee())
                .addAllDeclarations(given.declarations()).aggregation(given.aggregation()).rounding(given.rounding())
                .recomputeAfterExclusion(given.recomputeAfterExclusion()).seed(given.seed());
            given.pliegoThreshold().ifPresent(b::pliegoThreshold);
            given.pliegoRule().ifPresent(b::pliegoRule);
            b.budgetReferencedLimits(given.budgetReferencedLimits());
            if (r.nextBoolean()) {
                b.abnormalityRule(given.pliegoThreshold().isPresent() ? "price-below-mean"
                    : given.pliegoRule().isPresent() ? "pliego-rule" : "rglcap-85");
            }
            if (r.nextBoolean()) {
                b.units(r.nextBoolean() ? PercentageUnits.DISCOUNT_POINTS : PercentageUnits.RELATIVE);
            }
            for (int i = 0, n = r.nextInt(4); i < n; i++) {
                b.putBusinessGroups(OrganisationId.of("ORG" + i), BusinessGroupId.of("G" + r.nextInt(3)));
            }
            if (r.nextBoolean()) {
                b.addTieBreakCriteria(criterion);
            }
            if (r.nextBoolean()) {
                b.tieBreakMode(r.nextBoolean() ? TieBreakMode.PLIEGO_REPLACES_STATUTORY_CHAIN
                    : TieBreakMode.PLIEGO_BEFORE_STATUTORY_CHAIN);
            }
            if (r.nextBoolean()) {
                b.offersAboveBudgetAllowed(true);
            }
            return b.build();
        });
    }

    /**
     * Evaluations of {@link #scenarios()} run by the SDK up to a random step (see {@link #run(Scenario, int)}),
     * a third of them to the end.
     *
     * @return the generator
     */
    public static Gen<Evaluation> evaluations() {
        return scenarios().zip(SourceDSL.integers().between(0, STEPS + 4), (s, stop) -> run(s, Math.min(stop, STEPS)));
    }

    /**
     * The results of {@link #evaluations()}.
     *
     * @return the generator
     */
    public static Gen<EvaluationResult> results() {
        return evaluations().map(Evaluation::result);
    }

    /**
     * Parts of evaluations, picked at random: the parts of one of {@link #evaluations()}, or of the
     * evaluation of a random seed run to the end (or of the next seed) when it has none.
     *
     * @param <T> the type of the parts
     * @param parts the parts of an evaluation
     * @return the generator
     */
    public static <T> Gen<T> partsOf(Function<Evaluation, List<T>> parts) {
        return evaluations().zip(SourceDSL.longs().all(), SourceDSL.integers().all(), (evaluation, seed, i) -> {
            List<T> found = parts.apply(evaluation);
            for (long s = seed; found.isEmpty(); s++) {
                found = parts.apply(run(fromSeed(s), STEPS));
            }
            return found.get(Math.floorMod(i, found.size()));
        });
    }

    /**
     * Runs a scenario with the bids registered in submission order and every score in one batch, up to a
     * step: 0 the start, 1 the bids registered, 2 the scores recorded, 3 sealed, 4 the threshold applied,
     * 5 the formula envelopes opened, 6 the formula criteria scored, 7 abnormal offers detected, 8 every
     * justification decided (the bid with an even number rejected, the others accepted), 9 ranked, 10 ties
     * broken, 11 the award proposed, 12 the proposed bidder withdrawn (when one is proposed).
     *
     * @param s the scenario
     * @param stop the last step taken, 0 to {@link #STEPS}
     * @return the evaluation
     */
    public static Evaluation run(Scenario s, int stop) {
        Evaluation e = Evaluation.start(s.tender(), LOT, s.settings(), BY);
        for (int step = 1; step <= stop; step++) {
            e = step(e, s, step);
        }
        return e;
    }

    /**
     * Decides every pending justification of abnormally low offers in bid order: the bid with an even
     * number ({@code B2}, {@code B4}, ...) is rejected, the others accepted.
     *
     * @param e the evaluation; not null
     * @param by who decides
     * @return the evaluation with no decision pending (unchanged if none was)
     */
    public static Evaluation decideEveryJustification(Evaluation e, Attribution by) {
        while (e.phase() == EvaluationPhase.ABNORMAL_OFFERS_PENDING) {
            BidId next = e.abnormality().orElseThrow().pendingDecisions().stream().sorted().findFirst().orElseThrow();
            int number = Integer.parseInt(next.toString().substring(1));
            e = e.decideJustification(number % 2 == 0
                ? AbnormalOfferDecision.rejected(next, "justificación insuficiente de los costes")
                : AbnormalOfferDecision.accepted(next, "justificación suficiente de los costes"), FORMULAS, by);
        }
        return e;
    }

    private static Evaluation step(Evaluation e, Scenario s, int step) {
        switch (step) {
            case 1:
                return e.registerBids(s.bids(), BY);
            case 2:
                return s.scores().isEmpty() ? e : e.recordScores(s.scores(), BY);
            case 3:
                return e.sealValueJudgment(BY);
            case 4:
                return e.applyTechnicalThreshold(BY);
            case 5:
                return e.openFormulaEnvelope(BY);
            case 6:
                return e.scoreFormulaCriteria(FORMULAS, BY);
            case 7:
                return e.detectAbnormalOffers(RULES, BY);
            case 8:
                return decideEveryJustification(e, BY);
            case 9:
                return e.rank(BY);
            case 10:
                return e.breakTies(BY);
            case 11:
                return e.proposeAward(BY);
            default:
                return e.proposal().flatMap(p -> p.proposed()).isPresent()
                    ? e.withdrawProposedBidder("no presentó la documentación en plazo", BY) : e;
        }
    }

    /**
     * Builds a scenario from a seed.
     *
     * @param seed the seed
     * @return the scenario
     */
    public static Scenario fromSeed(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
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
        Tender tender = Tender.builder().id(TENDER).title("Servicios generados")
            .contractingAuthority(OrganisationId.of("L01470011")).contractType(ContractType.SERVICES)
            .procedure(ProcedureType.OPEN).estimatedValue(Money.euros(100_000)).addCpvCodes(CpvCode.of("72000000-5"))
            .addLots(lot.build()).prtrFunded(r.nextBoolean()).build();

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
            Bid.Builder bid = Bid.builder();
            bid.id(BidId.of("B" + i)).tender(TENDER).lot(LOT).bidder(OrganisationId.of("ORG" + i)).economicOffer(offer)
                .submittedAt(Instant.parse("2026-04-20T10:00:00Z").plusSeconds(60L * i)).tieBreakData(data.build());
            if (warranty) {
                bid.putFormulaValues(WARRANTY, BigDecimal.valueOf(r.nextInt(51), 1));
            }
            bids.add(bid.build());
        }

        List<PersonId> members = List.of(PersonId.of("P0"), PersonId.of("P1"), PersonId.of("P2"));
        List<ConflictOfInterestDeclaration> dacis = new ArrayList<>();
        for (PersonId p : members) {
            dacis.add(ConflictOfInterestDeclaration.builder().person(p).tender(TENDER)
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
            .seed(r.nextLong());
        if (criteria.size() > 1 && r.nextBoolean()) {
            settings.pliegoThreshold(PliegoThreshold.builder().belowMean(Percentage.of(10 + r.nextInt(11))).build());
        } else if (criteria.size() > 1 && r.nextBoolean()) {
            settings.pliegoRule(AbnormalityInputGenerators.pliegoRule(r));
        }
        if (r.nextBoolean()) {
            settings.budgetReferencedLimits(r.nextBoolean() ? BudgetReferencedLimits.OMIT : BudgetReferencedLimits.APPLY);
        }
        return new Scenario(seed, tender, settings.build(), List.copyOf(bids), List.copyOf(scores));
    }
}
