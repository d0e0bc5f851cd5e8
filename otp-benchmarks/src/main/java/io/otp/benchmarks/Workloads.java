package io.otp.benchmarks;

import io.otp.core.classification.CpvCode;
import io.otp.core.id.BidId;
import io.otp.core.id.CriterionId;
import io.otp.core.id.LotId;
import io.otp.core.id.OrganisationId;
import io.otp.core.id.TenderId;
import io.otp.core.money.Money;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The generated workloads of the benchmarks: a tender of one lot whose criteria are all scored by the
 * inverse-proportional formula (the price and, in this first step, only other formula criteria; the
 * value-judgment criteria of issue 11's workload are not generated yet), and its bids, drawn from a
 * generator with a fixed seed so that every run measures the same data.
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
        long points = 100 / criteria;
        List<AwardCriterion> list = new ArrayList<>();
        for (int c = 1; c <= criteria; c++) {
            list.add(AwardCriterion.builder().id(criterion(c)).name(c == 1 ? "Precio" : "Criterio " + c)
                .type(c == 1 ? CriterionType.PRICE : CriterionType.QUALITY).method(EvaluationMethod.FORMULA)
                .maxPoints(Points.of(points)).formula(FormulaReference.of("inverse-proportional"))
                .direction(Direction.LOWER_IS_BETTER).build());
        }
        Lot lot = Lot.builder().id(LOT).title("Lote de referencia").budget(Money.euros(BUDGET_EUROS))
            .addCpvCodes(CpvCode.of("72000000-5")).addAllCriteria(list).build();
        return Tender.builder().id(TENDER).title("Licitación de referencia para las mediciones")
            .contractingAuthority(OrganisationId.of("L01470011")).contractType(ContractType.SERVICES)
            .procedure(ProcedureType.OPEN).estimatedValue(Money.euros(BUDGET_EUROS))
            .addCpvCodes(CpvCode.of("72000000-5")).addLots(lot).build();
    }

    /**
     * Bids for the lot of {@link #tender(int)}: offers between 85 % and 100 % of the budget (close
     * together, so that no offer is abnormally low) and other values between 10.00 and 20.00.
     *
     * @param count the number of bids, 1 or more
     * @param criteria the number of criteria of the tender
     * @return the bids in id order, not null
     */
    public static List<Bid> bids(int count, int criteria) {
        SplittableRandom random = new SplittableRandom(SEED);
        List<Bid> bids = new ArrayList<>(count);
        Instant submitted = Instant.parse("2026-04-01T09:00:00Z");
        for (int i = 1; i <= count; i++) {
            long cents = BUDGET_EUROS * 100 * 85 / 100 + random.nextLong(BUDGET_EUROS * 100 * 15 / 100);
            Bid.Builder b = Bid.builder().id(bidId(i)).tender(TENDER).lot(LOT)
                .bidder(OrganisationId.of(String.format("B%08d", i)))
                .economicOffer(Money.euros(BigDecimal.valueOf(cents, 2).toPlainString()))
                .submittedAt(submitted.plusSeconds(i));
            for (int c = 2; c <= criteria; c++) {
                b.putFormulaValues(criterion(c), BigDecimal.valueOf(1000 + random.nextInt(1000), 2));
            }
            bids.add(b.build());
        }
        return List.copyOf(bids);
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
