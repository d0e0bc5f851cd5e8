package io.otp.benchmarks;

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
import io.otp.core.tender.Direction;
import io.otp.core.tender.EvaluationMethod;
import io.otp.core.tender.FormulaReference;
import io.otp.core.tender.Lot;
import io.otp.core.tender.ProcedureType;
import io.otp.core.tender.Tender;
import io.otp.scoring.abnormal.PliegoThreshold;
import io.otp.scoring.committee.ConflictOfInterestDeclaration;
import io.otp.scoring.committee.EvaluatorScore;
import io.otp.scoring.evaluation.EvaluationSettings;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * The generated workloads of the benchmarks: a tender of one lot with formula criteria (the price and
 * other offered values, all inverse proportional and lower-is-better) and, optionally, value-judgment
 * criteria scored by a committee; its bids and the committee's scores, drawn from a generator with a
 * fixed seed so that every run measures the same data.
 */
public final class Workloads {

    /** The seed of every generated workload. */
    public static final long SEED = 20261125L;
    /** The tender's file number. */
    public static final TenderId TENDER = TenderId.of("2026/BENCH-0001");
    /** The only lot. */
    public static final LotId LOT = LotId.of("L1");

    private static final long BUDGET_EUROS = 1_000_000L;

    private Workloads() {
    }

    /**
     * A tender of one lot with the given number of formula criteria of equal weight, all inverse
     * proportional and lower-is-better: C1 is the price, the others a value such as the delivery days.
     *
     * @param criteria the number of criteria, 1 or more, dividing 100
     * @return the tender, not null
     */
    public static Tender tender(int criteria) {
        return tender(criteria, 0);
    }

    /**
     * A tender of one lot with formula criteria C1 (the price) to C{@code formula}, inverse proportional
     * and lower-is-better, followed by value-judgment criteria, all of equal weight.
     *
     * @param formula the number of formula criteria, 1 or more
     * @param judged the number of value-judgment criteria, 0 or more; {@code formula + judged} divides 100
     * @return the tender, not null
     */
    public static Tender tender(int formula, int judged) {
        long points = 100 / (formula + judged);
        List<AwardCriterion> list = new ArrayList<>();
        for (int c = 1; c <= formula; c++) {
            list.add(AwardCriterion.builder().id(criterion(c)).name(c == 1 ? "Precio" : "Criterio " + c)
                .type(c == 1 ? CriterionType.PRICE : CriterionType.QUALITY).method(EvaluationMethod.FORMULA)
                .maxPoints(Points.of(points)).formula(FormulaReference.of("inverse-proportional"))
                .direction(Direction.LOWER_IS_BETTER).build());
        }
        for (int c = formula + 1; c <= formula + judged; c++) {
            list.add(AwardCriterion.builder().id(criterion(c)).name("Propuesta técnica, apartado " + c)
                .type(CriterionType.QUALITY).method(EvaluationMethod.VALUE_JUDGMENT).maxPoints(Points.of(points))
                .build());
        }
        Lot lot = Lot.builder().id(LOT).title("Lote de referencia").budget(Money.euros(BUDGET_EUROS))
            .addCpvCodes(CpvCode.of("72000000-5")).addAllCriteria(list).build();
        return Tender.builder().id(TENDER).title("Licitación de referencia para las mediciones")
            .contractingAuthority(OrganisationId.of("L01470011")).contractType(ContractType.SERVICES)
            .procedure(ProcedureType.OPEN).estimatedValue(Money.euros(BUDGET_EUROS))
            .addCpvCodes(CpvCode.of("72000000-5")).addLots(lot).build();
    }

    /**
     * Bids for the lot of {@link #tender(int, int)}: offers between 85 % and 100 % of the budget (close
     * together, so that no offer is abnormally low) and other formula values between 10.00 and 20.00.
     *
     * @param count the number of bids, 1 or more
     * @param formula the number of formula criteria of the tender
     * @return the bids in id order, not null
     */
    public static List<Bid> bids(int count, int formula) {
        SplittableRandom random = new SplittableRandom(SEED);
        List<Bid> bids = new ArrayList<>(count);
        Instant submitted = Instant.parse("2026-04-01T09:00:00Z");
        for (int i = 1; i <= count; i++) {
            long cents = BUDGET_EUROS * 100 * 85 / 100 + random.nextLong(BUDGET_EUROS * 100 * 15 / 100);
            Bid.Builder b = Bid.builder().id(bidId(i)).tender(TENDER).lot(LOT)
                .bidder(OrganisationId.of(String.format("B%08d", i)))
                .economicOffer(Money.euros(BigDecimal.valueOf(cents, 2).toPlainString()))
                .submittedAt(submitted.plusSeconds(i));
            for (int c = 2; c <= formula; c++) {
                b.putFormulaValues(criterion(c), BigDecimal.valueOf(1000 + random.nextInt(1000), 2));
            }
            bids.add(b.build());
        }
        return List.copyOf(bids);
    }

    /**
     * The committee: {@code size} evaluators E1, E2, ...
     *
     * @param size the number of evaluators, 1 or more
     * @return the members, not null
     */
    public static List<PersonId> committee(int size) {
        List<PersonId> out = new ArrayList<>(size);
        for (int i = 1; i <= size; i++) {
            out.add(PersonId.of("E" + i));
        }
        return List.copyOf(out);
    }

    /**
     * The settings of the evaluation: the committee with a signed DACI each (Orden HFP/1030/2021 art. 6),
     * the pliego's rule "price more than 20 % below the mean of the other offers" (LCSP art. 149.2.b),
     * the mean of the scores and points rounded to 2 decimals half up per criterion (the defaults).
     *
     * @param committee the committee; not null
     * @return the settings, not null
     */
    public static EvaluationSettings settings(List<PersonId> committee) {
        EvaluationSettings.Builder s = EvaluationSettings.builder().addAllCommittee(committee)
            .pliegoThreshold(PliegoThreshold.builder().belowMean(Percentage.of(20)).build()).seed(SEED);
        for (PersonId p : committee) {
            s.addDeclarations(ConflictOfInterestDeclaration.builder().person(p).tender(TENDER)
                .signed(LocalDate.parse("2026-04-08")).build());
        }
        return s.build();
    }

    /**
     * Every evaluator's score of every bid on every value-judgment criterion of the tender: whole
     * points from 0 to the criterion's maximum, each with a justification.
     *
     * @param tender the tender of {@link #tender(int, int)}; not null
     * @param bids the bids; not null
     * @param committee the evaluators; not null
     * @return the scores, bid by bid, then criterion by criterion, then evaluator by evaluator; not null
     */
    public static List<EvaluatorScore> scores(Tender tender, List<Bid> bids, List<PersonId> committee) {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        List<AwardCriterion> judged = tender.lots().get(0).leafCriteria().stream()
            .filter(c -> c.method() == EvaluationMethod.VALUE_JUDGMENT).collect(Collectors.toList());
        List<EvaluatorScore> out = new ArrayList<>(bids.size() * judged.size() * committee.size());
        for (Bid bid : bids) {
            for (AwardCriterion c : judged) {
                int max = c.maxPoints().value().intValue();
                for (PersonId evaluator : committee) {
                    int points = random.nextInt(max + 1);
                    out.add(EvaluatorScore.builder().evaluator(evaluator).bid(bid.id()).criterion(c.id())
                        .points(Points.of(points))
                        .justification("Apartado " + c.id() + " de la oferta " + bid.id() + ": " + points + " de "
                            + max + " puntos según los aspectos del pliego")
                        .build());
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * The id of criterion number {@code c}.
     *
     * @param c the number, from 1
     * @return the id, not null
     */
    public static CriterionId criterion(int c) {
        return CriterionId.of("C" + c);
    }

    private static BidId bidId(int i) {
        return BidId.of(String.format("B%05d", i));
    }
}
