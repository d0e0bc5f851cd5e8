package io.otp.core.testing;

import io.otp.core.classification.CpvCode;
import io.otp.core.id.BidId;
import io.otp.core.id.CriterionId;
import io.otp.core.id.LotId;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.PersonId;
import io.otp.core.id.TenderId;
import io.otp.core.money.Money;
import io.otp.core.money.Points;
import io.otp.core.tender.AwardCriterion;
import io.otp.core.tender.Bid;
import io.otp.core.tender.ContractType;
import io.otp.core.tender.ContractingAuthorityKind;
import io.otp.core.tender.CriterionType;
import io.otp.core.tender.EvaluationMethod;
import io.otp.core.tender.FormulaReference;
import io.otp.core.tender.KeyDates;
import io.otp.core.tender.Lot;
import io.otp.core.tender.ProcedureType;
import io.otp.core.tender.ServiceCharacter;
import io.otp.core.tender.Tender;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generators of tenders, lots, award criteria and bids, built through the public builders, and
 * small factories for hand-written examples.
 *
 * <p>{@link #validTenders(ProcedureType)} builds tenders that break none of the context rules of
 * {@code io.otp.core.rules} under the SDK's default thresholds on {@link #REFERENCE_DATE} (the
 * 2026&ndash;2027 period; publication dates, when generated, fall in that period too). Validity is
 * obtained by construction, from the limits of LCSP arts. 99.3, 101, 118, 145.4, 145.7, 146.2.a and
 * 159, with points counted in hundredths so that shares can sit exactly on a limit.
 */
public final class TenderGenerators {

    /** The reference date generated tenders are valid on: 2026 thresholds apply. */
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 6, 15);

    private static final LocalDate PERIOD_START = LocalDate.of(2026, 1, 1);
    private static final LocalDate PERIOD_END = LocalDate.of(2027, 12, 31);

    /** Largest estimated value, in cents, generated for procedures without a value limit. */
    private static final long UNLIMITED_CENTS = 5_000_000_000L;

    private TenderGenerators() {
    }

    /** The relevant limits, in cents, of the 2026&ndash;2027 thresholds. */
    private static final class Limits {
        static final long MINOR_WORKS = 4_000_000L;
        static final long MINOR_OTHER = 1_500_000L;
        static final long SIMPLIFIED_WORKS = 200_000_000L;
        static final long SIMPLIFIED_OTHER = 14_000_000L;
        static final long SUPER_WORKS = 8_000_000L;
        static final long SUPER_OTHER = 6_000_000L;
    }

    /** A simplified-procedure tender and the indexes of the lots whose value-judgment share is over the cap. */
    public record JudgmentOverCap(Tender tender, SortedSet<Integer> lotsOverCap) {
    }

    // ------------------------------------------------------------------ factories for examples

    /**
     * A price criterion evaluated by the inverse-proportional formula.
     *
     * @param id the id
     * @param points the points, e.g. {@code "70"}
     * @return the criterion
     */
    public static AwardCriterion price(String id, String points) {
        return formulaCriterion(id, "Precio", CriterionType.PRICE, points, "inverse-proportional", false);
    }

    /**
     * A quality criterion evaluated by formula (linear bounds), e.g. warranty years.
     *
     * @param id the id
     * @param points the points
     * @return the criterion
     */
    public static AwardCriterion formulaQuality(String id, String points) {
        return formulaCriterion(id, "Años de garantía", CriterionType.QUALITY, points, "linear-bounds", false);
    }

    /**
     * A cost criterion evaluated by formula.
     *
     * @param id the id
     * @param points the points
     * @return the criterion
     */
    public static AwardCriterion cost(String id, String points) {
        return formulaCriterion(id, "Coste del ciclo de vida", CriterionType.COST, points, "inverse-proportional",
            false);
    }

    /**
     * A quality criterion evaluated by value judgment.
     *
     * @param id the id
     * @param points the points
     * @return the criterion
     */
    public static AwardCriterion judgment(String id, String points) {
        return judgmentCriterion(id, "Memoria técnica", points, false);
    }

    /**
     * An improvements criterion (mejoras, LCSP art. 145.7) evaluated by value judgment.
     *
     * @param id the id
     * @param points the points
     * @return the criterion
     */
    public static AwardCriterion judgedImprovement(String id, String points) {
        return judgmentCriterion(id, "Mejoras", points, true);
    }

    /**
     * An improvements criterion evaluated by a yes-no formula.
     *
     * @param id the id
     * @param points the points
     * @return the criterion
     */
    public static AwardCriterion formulaImprovement(String id, String points) {
        return formulaCriterion(id, "Mejoras", CriterionType.QUALITY, points, "yes-no", true);
    }

    /**
     * A lot with the given criteria (total 100 points unless the criteria add up to another total,
     * which is then declared).
     *
     * @param id the id
     * @param budget the budget, VAT excluded
     * @param criteria the criteria
     * @return the lot
     */
    public static Lot lot(String id, Money budget, AwardCriterion... criteria) {
        Points total = Points.sum(java.util.Arrays.stream(criteria).map(AwardCriterion::maxPoints)::iterator);
        return Lot.builder().id(LotId.of(id)).title("Lote " + id).budget(budget)
            .addCriteria(criteria).totalPoints(total).build();
    }

    /**
     * A tender builder with id, title, contracting authority and a CPV code set; the caller sets
     * the rest (procedure, type, value, lots, ...).
     *
     * @param id the tender id
     * @return the builder
     */
    public static Tender.Builder tenderBuilder(String id) {
        return Tender.builder().id(TenderId.of(id)).title("Expediente " + id)
            .contractingAuthority(OrganisationId.of("L01280796")).addCpvCodes(CpvCode.parse("72000000-5"));
    }

    /**
     * A bid builder for a lot with id, bidder, tender and submission time set.
     *
     * @param id the bid id
     * @param tender the tender
     * @param lot the lot id
     * @param bidder the bidder id
     * @return the builder
     */
    public static Bid.Builder bidBuilder(String id, Tender tender, String lot, String bidder) {
        return Bid.builder().id(BidId.of(id)).tender(tender.id()).lot(LotId.of(lot))
            .bidder(OrganisationId.of(bidder));
    }

    // ------------------------------------------------------------------ generators

    /**
     * Tenders of any procedure that break no context rule on {@link #REFERENCE_DATE}.
     *
     * @return the generator
     */
    public static Gen<Tender> validTenders() {
        return Generate.enumValues(ProcedureType.class).flatMap(TenderGenerators::validTenders);
    }

    /**
     * Tenders of the given procedure that break no context rule on {@link #REFERENCE_DATE}: value
     * within the procedure's limits for their type, value-judgment shares within the caps, quality
     * at least 51 % for intellectual and Annex IV services, improvements valued by judgment at most
     * 2.5 % and a committee of three or more where value judgment outweighs formulas in an open or
     * restricted procedure (improvements scored by formula, and judged improvements in other
     * procedures, of any weight), a reason for a single
     * lot, and an estimated value not below the budget; funded by the PRTR or not.
     *
     * @param procedure the procedure
     * @return the generator
     */
    public static Gen<Tender> validTenders(ProcedureType procedure) {
        return in -> {
            ContractType type = pick(in, allowedTypes(procedure));
            ServiceCharacter character = type == ContractType.SERVICES
                ? pick(in, allowedCharacters(procedure)) : ServiceCharacter.ORDINARY;
            long maxCents = maxValueCents(procedure, type);
            long estimated = biasedTowardsMax(in, Math.min(100_000L, maxCents), maxCents);
            int lotCount = between(in, 1, 3);
            List<Long> budgets = split(in, estimated - between(in, 0L, estimated / 4), lotCount);
            List<Lot> lots = new ArrayList<>();
            boolean committeeNeeded = false;
            for (int i = 0; i < lotCount; i++) {
                long units = totalUnits(in);
                long vjCap = procedure == ProcedureType.SUPER_SIMPLIFIED_OPEN ? 0
                    : procedure == ProcedureType.SIMPLIFIED_OPEN
                        ? units * (character == ServiceCharacter.INTELLECTUAL ? 45 : 25) / 100
                        : units - 100;
                long vj = biasedTowardsMax(in, 0, Math.min(vjCap, units - 100));
                LotPlan plan = plan(in, procedure, character, units, vj);
                committeeNeeded |= plan.judgmentOutweighsFormula();
                lots.add(buildLot(in, "L" + (i + 1), budgets.get(i), plan));
            }
            boolean openOrRestricted = procedure == ProcedureType.OPEN || procedure == ProcedureType.RESTRICTED;
            int experts = committeeNeeded && openOrRestricted ? between(in, 3, 5) : between(in, 0, 4);
            return assemble(in, procedure, type, character, estimated, lots, experts, lotCount == 1 || coin(in),
                publicationIn(in, PERIOD_START, PERIOD_END));
        };
    }

    /**
     * Simplified-procedure tenders, otherwise valid, where a non-empty set of lots has a
     * value-judgment share above the cap of LCSP art. 159.1.b (25 %, or 45 % for intellectual
     * services), by as little as 0.01 points.
     *
     * @return the generator
     */
    public static Gen<JudgmentOverCap> simplifiedTendersOverJudgmentCap() {
        ProcedureType procedure = ProcedureType.SIMPLIFIED_OPEN;
        return in -> {
            ContractType type = pick(in, allowedTypes(procedure));
            ServiceCharacter character = type == ContractType.SERVICES
                ? pick(in, allowedCharacters(procedure)) : ServiceCharacter.ORDINARY;
            long estimated = biasedTowardsMax(in, 100_000L, maxValueCents(procedure, type));
            int lotCount = between(in, 1, 3);
            List<Long> budgets = split(in, estimated, lotCount);
            SortedSet<Integer> over = new TreeSet<>();
            over.add(between(in, 0, lotCount - 1));
            for (int i = 0; i < lotCount; i++) {
                if (coin(in)) {
                    over.add(i);
                }
            }
            List<Lot> lots = new ArrayList<>();
            for (int i = 0; i < lotCount; i++) {
                long units = totalUnits(in);
                long cap = units * (character == ServiceCharacter.INTELLECTUAL ? 45 : 25) / 100;
                long vj = over.contains(i) ? biasedTowardsMin(in, cap + 1, units - 100) : biasedTowardsMax(in, 0, cap);
                lots.add(buildLot(in, "L" + (i + 1), budgets.get(i), plan(in, procedure, character, units, vj)));
            }
            Tender tender = assemble(in, procedure, type, character, estimated, lots, between(in, 0, 4), true,
                publicationIn(in, PERIOD_START, PERIOD_END));
            return new JudgmentOverCap(tender, Collections.unmodifiableSortedSet(over));
        };
    }

    /**
     * Structurally valid tenders that may break any context rule: any procedure, type and
     * character, sometimes two characters at once (Annex IV and intellectual); funded by the PRTR or
     * not; estimated values on and around the legal limits; any weights; committees of 0 to
     * 4; blank or missing reasons for a single lot; budgets that may exceed the estimated value;
     * publication dates in 2023 to 2028 or none.
     *
     * @return the generator
     */
    public static Gen<Tender> anyTenders() {
        List<Long> interesting = List.of(1_499_999L, 1_500_000L, 3_999_999L, 4_000_000L, 5_999_999L, 6_000_000L,
            7_999_999L, 8_000_000L, 13_999_999L, 14_000_000L, 14_299_999L, 14_300_000L, 200_000_000L,
            200_000_001L);
        return in -> {
            ProcedureType procedure = pick(in, List.of(ProcedureType.values()));
            ContractType type = pick(in, List.of(ContractType.values()));
            ServiceCharacter character = pick(in, List.of(ServiceCharacter.values()));
            long estimated = coin(in) ? pick(in, interesting) : between(in, 100_000L, UNLIMITED_CENTS);
            int lotCount = between(in, 1, 3);
            long budgetTotal = Math.max(lotCount, estimated - between(in, -estimated / 10, estimated / 4));
            List<Long> budgets = split(in, budgetTotal, lotCount);
            List<Lot> lots = new ArrayList<>();
            for (int i = 0; i < lotCount; i++) {
                long units = totalUnits(in);
                long vj = between(in, 0L, units - 100);
                long fq = between(in, 0L, units - vj - 100);
                boolean judgedImprovement = coin(in);
                long improvement = between(in, 0L, judgedImprovement ? vj : fq);
                lots.add(buildLot(in, "L" + (i + 1), budgets.get(i),
                    new LotPlan(units, vj, fq, improvement, judgedImprovement)));
            }
            Tender.Builder b = tenderBuilder("T-" + between(in, 1, 9999)).procedure(procedure).contractType(type)
                .serviceCharacter(character).prtrFunded(coin(in))
                .authorityKind(pick(in, List.of(ContractingAuthorityKind.values())))
                .estimatedValue(cents(estimated)).addAllLots(lots);
            if (character != ServiceCharacter.ORDINARY && coin(in)) {
                // a service may be of more than one character at once (a legal service: Annex IV and intellectual)
                b.serviceCharacter(character == ServiceCharacter.ANNEX_IV ? ServiceCharacter.INTELLECTUAL
                    : ServiceCharacter.ANNEX_IV);
            }
            int experts = between(in, 0, 4);
            for (int e = 1; e <= experts; e++) {
                b.addExpertCommittee(PersonId.of("P" + e));
            }
            int justification = between(in, 0, 2);
            if (justification == 1) {
                b.noDivisionJustification("Prestación única e indivisible");
            } else if (justification == 2) {
                b.noDivisionJustification("   ");
            }
            publicationIn(in, LocalDate.of(2023, 1, 1), LocalDate.of(2028, 12, 31))
                .ifPresent(d -> b.keyDates(KeyDates.builder().publication(d).build()));
            return b.build();
        };
    }

    /**
     * Bids for a tender that break no bid rule: for each lot zero to three distinct bidders, offers
     * between half the budget and the budget, a value for every quality criterion scored by formula,
     * submitted by the deadline.
     *
     * @param tender the tender
     * @return the generator
     */
    public static Gen<List<Bid>> validBids(Tender tender) {
        return in -> {
            List<Bid> bids = new ArrayList<>();
            Instant latest = tender.keyDates().submissionDeadline()
                .orElse(REFERENCE_DATE.atStartOfDay().toInstant(ZoneOffset.UTC));
            for (Lot lot : tender.lots()) {
                int bidders = between(in, 0, 3);
                long budget = lot.budget().amount().movePointRight(2).longValueExact();
                for (int k = 1; k <= bidders; k++) {
                    Bid.Builder b = bidBuilder("BID-" + lot.id() + "-" + k, tender, lot.id().value(), "B" + k)
                        .economicOffer(cents(between(in, Math.max(1, budget / 2), budget)))
                        .submittedAt(latest.minusSeconds(between(in, 0L, 864_000L)));
                    for (AwardCriterion leaf : lot.leafCriteria()) {
                        if (leaf.method() == EvaluationMethod.FORMULA && leaf.type() == CriterionType.QUALITY) {
                            b.putFormulaValues(leaf.id(), BigDecimal.valueOf(between(in, 0, 10)));
                        }
                    }
                    bids.add(b.build());
                }
            }
            return bids;
        };
    }

    // ------------------------------------------------------------------ building blocks

    /** How a lot's points (in hundredths) are split: value judgment, formula quality, the rest price. */
    private record LotPlan(long units, long judged, long formulaQuality, long improvement,
                           boolean improvementJudged) {
        boolean judgmentOutweighsFormula() {
            return judged > units - judged;
        }
    }

    /**
     * Plans a lot with the given value-judgment points, meeting LCSP arts. 145.4 and 145.7 for the
     * procedure.
     */
    private static LotPlan plan(RandomnessSource in, ProcedureType procedure, ServiceCharacter character,
                                long units, long vj) {
        boolean qualityRule = procedure != ProcedureType.MINOR_CONTRACT
            && (character == ServiceCharacter.INTELLECTUAL || character == ServiceCharacter.ANNEX_IV);
        long qualityMin = qualityRule ? (units * 51 + 99) / 100 : 0;
        long fq = between(in, Math.max(0, qualityMin - vj), units - vj - 100);
        boolean outweighs = vj > units - vj;
        long improvement;
        boolean judged;
        boolean article146_2a = outweighs
            && (procedure == ProcedureType.OPEN || procedure == ProcedureType.RESTRICTED);
        if (article146_2a && (fq == 0 || coin(in))) {
            // LCSP art. 145.7 caps only the improvements valued by judgment where art. 146.2.a applies
            judged = true;
            improvement = biasedTowardsMax(in, 0, Math.min(vj, units * 25 / 1000));
        } else if (article146_2a) {
            // improvements scored by formula are not capped, whatever the weight of value judgment
            judged = false;
            improvement = biasedTowardsMax(in, 0, fq);
        } else {
            judged = vj > 0 && (fq == 0 || coin(in));
            improvement = between(in, 0L, judged ? vj : fq);
        }
        return new LotPlan(units, vj, fq, improvement, judged);
    }

    private static Lot buildLot(RandomnessSource in, String id, long budgetCents, LotPlan plan) {
        List<AwardCriterion> criteria = new ArrayList<>();
        int[] next = {1};
        long price = plan.units() - plan.judged() - plan.formulaQuality();
        long cost = price >= 200 && coin(in) ? between(in, 1L, price - 100) : 0;
        criteria.add(price("C" + next[0]++, units(price - cost)));
        if (cost > 0) {
            criteria.add(cost("C" + next[0]++, units(cost)));
        }
        long judgedMain = plan.judged() - (plan.improvementJudged() ? plan.improvement() : 0);
        if (judgedMain > 0) {
            criteria.add(group(in, "C" + next[0]++, judgedMain, EvaluationMethod.VALUE_JUDGMENT));
        }
        if (plan.improvementJudged() && plan.improvement() > 0) {
            criteria.add(judgedImprovement("C" + next[0]++, units(plan.improvement())));
        }
        long formulaMain = plan.formulaQuality() - (plan.improvementJudged() ? 0 : plan.improvement());
        if (formulaMain > 0) {
            criteria.add(group(in, "C" + next[0]++, formulaMain, EvaluationMethod.FORMULA));
        }
        if (!plan.improvementJudged() && plan.improvement() > 0) {
            criteria.add(formulaImprovement("C" + next[0]++, units(plan.improvement())));
        }
        return Lot.builder().id(LotId.of(id)).title("Lote " + id).budget(cents(budgetCents))
            .totalPoints(Points.of(units(plan.units()))).addAllCriteria(criteria).build();
    }

    /** A quality criterion of the given method, sometimes split into two sub-criteria. */
    private static AwardCriterion group(RandomnessSource in, String id, long units, EvaluationMethod method) {
        boolean judged = method == EvaluationMethod.VALUE_JUDGMENT;
        if (units < 2 || !coin(in)) {
            return judged ? judgment(id, units(units)) : formulaQuality(id, units(units));
        }
        long first = between(in, 1L, units - 1);
        AwardCriterion a = judged ? judgment(id + ".1", units(first)) : formulaQuality(id + ".1", units(first));
        AwardCriterion b = judged ? judgment(id + ".2", units(units - first))
            : formulaQuality(id + ".2", units(units - first));
        return AwardCriterion.builder().id(CriterionId.of(id)).name(judged ? "Calidad técnica" : "Prestaciones")
            .type(CriterionType.QUALITY).method(method).maxPoints(Points.of(units(units)))
            .addSubCriteria(a, b).build();
    }

    private static Tender assemble(RandomnessSource in, ProcedureType procedure, ContractType type,
                                   ServiceCharacter character, long estimated, List<Lot> lots, int experts,
                                   boolean justify, Optional<LocalDate> publication) {
        Tender.Builder b = tenderBuilder("T-" + between(in, 1, 9999)).procedure(procedure).contractType(type)
            .serviceCharacter(character).authorityKind(pick(in, List.of(ContractingAuthorityKind.values())))
            .prtrFunded(coin(in)).estimatedValue(cents(estimated)).addAllLots(lots);
        for (int e = 1; e <= experts; e++) {
            b.addExpertCommittee(PersonId.of("P" + e));
        }
        if (justify) {
            b.noDivisionJustification("La prestación no admite división sin perder su coherencia técnica");
        }
        KeyDates.Builder dates = KeyDates.builder();
        publication.ifPresent(d -> {
            dates.publication(d);
            if (coin(in)) {
                dates.submissionDeadline(d.plusDays(between(in, 10, 35)).atTime(14, 0).toInstant(ZoneOffset.UTC));
            }
        });
        return b.keyDates(dates.build()).build();
    }

    private static List<ContractType> allowedTypes(ProcedureType procedure) {
        switch (procedure) {
            case MINOR_CONTRACT:
            case SIMPLIFIED_OPEN:
            case SUPER_SIMPLIFIED_OPEN:
                return List.of(ContractType.WORKS, ContractType.SUPPLIES, ContractType.SERVICES, ContractType.MIXED);
            default:
                return List.of(ContractType.values());
        }
    }

    private static List<ServiceCharacter> allowedCharacters(ProcedureType procedure) {
        return procedure == ProcedureType.SUPER_SIMPLIFIED_OPEN
            ? List.of(ServiceCharacter.ORDINARY, ServiceCharacter.ANNEX_IV) : List.of(ServiceCharacter.values());
    }

    /** The largest estimated value, in cents, a valid tender of the procedure and type may have. */
    private static long maxValueCents(ProcedureType procedure, ContractType type) {
        boolean works = type.isWorks();
        switch (procedure) {
            case MINOR_CONTRACT:
                return (works ? Limits.MINOR_WORKS : Limits.MINOR_OTHER) - 1;
            case SIMPLIFIED_OPEN:
                return works ? Limits.SIMPLIFIED_WORKS : Limits.SIMPLIFIED_OTHER - 1;
            case SUPER_SIMPLIFIED_OPEN:
                return (works ? Limits.SUPER_WORKS : Limits.SUPER_OTHER) - 1;
            default:
                return UNLIMITED_CENTS;
        }
    }

    private static long totalUnits(RandomnessSource in) {
        return pick(in, List.of(10_000L, 10_000L, 6_000L, 1_000L));
    }

    private static Optional<LocalDate> publicationIn(RandomnessSource in, LocalDate from, LocalDate to) {
        if (coin(in)) {
            return Optional.empty();
        }
        return Optional.of(from.plusDays(between(in, 0L, to.toEpochDay() - from.toEpochDay())));
    }

    /** Splits a positive total into {@code parts} positive parts. */
    private static List<Long> split(RandomnessSource in, long total, int parts) {
        List<Long> cuts = new ArrayList<>();
        cuts.add(0L);
        cuts.add(total);
        while (cuts.size() < parts + 1) {
            long c = between(in, 1L, total - 1);
            if (!cuts.contains(c)) {
                cuts.add(c);
            }
        }
        Collections.sort(cuts);
        List<Long> out = new ArrayList<>();
        for (int i = 1; i < cuts.size(); i++) {
            out.add(cuts.get(i) - cuts.get(i - 1));
        }
        return out;
    }

    private static AwardCriterion formulaCriterion(String id, String name, CriterionType type, String points,
                                                   String formula, boolean improvement) {
        return AwardCriterion.builder().id(CriterionId.of(id)).name(name).type(type).method(EvaluationMethod.FORMULA)
            .maxPoints(Points.of(points)).formula(FormulaReference.of(formula)).improvement(improvement).build();
    }

    private static AwardCriterion judgmentCriterion(String id, String name, String points, boolean improvement) {
        return AwardCriterion.builder().id(CriterionId.of(id)).name(name).type(CriterionType.QUALITY)
            .method(EvaluationMethod.VALUE_JUDGMENT).maxPoints(Points.of(points)).improvement(improvement).build();
    }

    private static String units(long hundredths) {
        return BigDecimal.valueOf(hundredths, 2).toPlainString();
    }

    /**
     * An amount in euros from cents.
     *
     * @param cents the cents
     * @return the money
     */
    public static Money cents(long cents) {
        return Money.euros(BigDecimal.valueOf(cents, 2));
    }

    private static int between(RandomnessSource in, int min, int max) {
        return Generate.range(min, max).generate(in);
    }

    private static long between(RandomnessSource in, long min, long max) {
        return Generate.longRange(min, max).generate(in);
    }

    private static long biasedTowardsMax(RandomnessSource in, long min, long max) {
        return between(in, 0, 3) == 0 ? max : between(in, min, max);
    }

    private static long biasedTowardsMin(RandomnessSource in, long min, long max) {
        return between(in, 0, 3) == 0 ? min : between(in, min, max);
    }

    private static boolean coin(RandomnessSource in) {
        return Generate.booleans().generate(in);
    }

    private static <T> T pick(RandomnessSource in, List<T> values) {
        return values.get(between(in, 0, values.size() - 1));
    }
}
