package io.otp.core.rules;

import static io.otp.core.testing.TenderGenerators.bidBuilder;
import static io.otp.core.testing.TenderGenerators.cost;
import static io.otp.core.testing.TenderGenerators.formulaQuality;
import static io.otp.core.testing.TenderGenerators.judgment;
import static io.otp.core.testing.TenderGenerators.lot;
import static io.otp.core.testing.TenderGenerators.price;
import static io.otp.core.testing.TenderGenerators.tenderBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.CriterionId;
import io.otp.core.id.TenderId;
import io.otp.core.money.Money;
import io.otp.core.money.Points;
import io.otp.core.tender.AwardCriterion;
import io.otp.core.tender.Bid;
import io.otp.core.tender.ContractType;
import io.otp.core.tender.CriterionType;
import io.otp.core.tender.EvaluationMethod;
import io.otp.core.tender.KeyDates;
import io.otp.core.tender.ProcedureType;
import io.otp.core.tender.Tender;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules on bids checked against their tender (LCSP art. 139.3, RGLCAP art. 84). */
class BidRulesTest {

    private static final LocalDate DAY_2026 = LocalDate.of(2026, 6, 15);
    private static final Instant DEADLINE = Instant.parse("2026-03-20T14:00:00Z");
    private static final OtpValidator VALIDATOR = OtpValidator.standard();

    /** Lot L1 (budget 100,000): price 60, warranty years by formula 20 (C2), cost 10 (C3), memory 10 (C4). */
    private static final Tender TENDER = tenderBuilder("T1").procedure(ProcedureType.OPEN)
        .contractType(ContractType.SUPPLIES).estimatedValue(Money.euros("150000.00"))
        .addLots(lot("L1", Money.euros("100000.00"), price("C1", "60"), formulaQuality("C2", "20"),
                cost("C3", "10"), judgment("C4", "10")),
            lot("L2", Money.euros("50000.00"), price("C1", "100")))
        .keyDates(KeyDates.builder().publication(LocalDate.of(2026, 3, 1)).submissionDeadline(DEADLINE).build())
        .build();

    private static Bid.Builder bid(String id, String lot, String bidder, String offer) {
        Bid.Builder b = bidBuilder(id, TENDER, lot, bidder).economicOffer(Money.euros(offer))
            .submittedAt(DEADLINE.minusSeconds(3600));
        if ("L1".equals(lot)) {
            b.putFormulaValues(CriterionId.of("C2"), BigDecimal.valueOf(4));
        }
        return b;
    }

    private static List<Violation> bidViolations(Bid... bids) {
        return ProcurementRules.bidViolations(TENDER, List.of(bids));
    }

    @Test
    void offerEqualToTheBudgetIsAccepted() {
        assertThat(bidViolations(bid("B1", "L1", "O1", "100000.00").build())).isEmpty();
    }

    @Test
    void offerOneCentAboveTheBudgetIsRejected() {
        List<Violation> v = bidViolations(bid("B1", "L1", "O1", "100000.01").build());
        assertThat(v).extracting(Violation::ruleId, Violation::path)
            .containsExactly(tuple("RGLCAP-84", "bids[0].economicOffer"));
        assertThat(v.get(0).message()).isEqualTo("bid B1: economic offer 100000.01 EUR is above 100000.00 EUR,"
            + " the budget of lot L1; offers above the base budget are rejected (RGLCAP art. 84)");
    }

    @Test
    void offerInAnotherCurrencyIsReported() {
        Bid usd = bidBuilder("B1", TENDER, "L2", "O1").economicOffer(Money.of(new BigDecimal("10.00"),
            Currency.getInstance("USD"))).submittedAt(DEADLINE).build();
        assertThat(bidViolations(usd)).extracting(Violation::ruleId, Violation::path)
            .containsExactly(tuple("OTP-MONEY-CURRENCY", "bids[0].economicOffer"));
    }

    @Test
    void bidForAnotherTenderIsReportedAndNotCheckedFurther() {
        Bid other = Bid.builder().id(io.otp.core.id.BidId.of("B1")).tender(TenderId.of("T2"))
            .lot(io.otp.core.id.LotId.of("L9")).bidder(io.otp.core.id.OrganisationId.of("O1"))
            .economicOffer(Money.euros("999999.00")).submittedAt(DEADLINE.plusSeconds(60)).build();
        List<Violation> v = bidViolations(other);
        assertThat(v).extracting(Violation::ruleId, Violation::path).containsExactly(tuple("OTP-BID-TENDER",
            "bids[0].tender"));
        assertThat(v.get(0).message()).isEqualTo("bid B1 is for tender T2, not for tender T1");
    }

    @Test
    void bidForAnUnknownLotIsReported() {
        assertThat(bidViolations(bid("B1", "L7", "O1", "10.00").build()))
            .extracting(Violation::ruleId, Violation::path).containsExactly(tuple("OTP-BID-LOT", "bids[0].lot"));
    }

    @Test
    void formulaValuesOnlyForLeafFormulaCriteriaOfTheLot() {
        Bid b = bid("B1", "L1", "O1", "90000.00").putFormulaValues(CriterionId.of("C9"), BigDecimal.ONE)
            .putFormulaValues(CriterionId.of("C4"), BigDecimal.ONE).build();
        List<Violation> v = bidViolations(b);
        assertThat(v).extracting(Violation::ruleId, Violation::path).containsExactly(
            tuple("OTP-BID-CRITERION", "bids[0].formulaValues[C4]"),
            tuple("OTP-BID-CRITERION", "bids[0].formulaValues[C9]"));
        assertThat(v.get(0).message()).contains("evaluated by value judgment, not by formula");
        assertThat(v.get(1).message()).isEqualTo("bid B1: lot L1 has no criterion C9, so its value cannot be scored");
    }

    @Test
    void valueForAParentCriterionIsReported() {
        AwardCriterion parent = AwardCriterion.builder().id(CriterionId.of("C2")).name("Prestaciones")
            .type(CriterionType.QUALITY).method(EvaluationMethod.FORMULA).maxPoints(Points.of(40))
            .addSubCriteria(formulaQuality("C2.1", "20"), formulaQuality("C2.2", "20")).build();
        Tender tender = tenderBuilder("T1").procedure(ProcedureType.OPEN).contractType(ContractType.SUPPLIES)
            .estimatedValue(Money.euros("1000.00")).noDivisionJustification("Prestación única")
            .addLots(lot("L1", Money.euros("1000.00"), price("C1", "60"), parent)).build();
        Bid b = bidBuilder("B1", tender, "L1", "O1").economicOffer(Money.euros("900.00")).submittedAt(DEADLINE)
            .putFormulaValues(CriterionId.of("C2"), BigDecimal.ONE)
            .putFormulaValues(CriterionId.of("C2.1"), BigDecimal.ONE).build();
        assertThat(ProcurementRules.bidViolations(tender, List.of(b)))
            .extracting(Violation::ruleId, Violation::path, Violation::messageKey).containsExactly(
                tuple("OTP-BID-CRITERION", "bids[0].formulaValues[C2]", "io.otp.core.rules.bid.parentCriterion"),
                tuple("OTP-BID-VALUE", "bids[0].formulaValues", "io.otp.core.rules.bid.missingValue"));
    }

    @Test
    void missingValueForAQualityFormulaCriterionIsReportedButNotForPriceOrCost() {
        Bid noValues = bidBuilder("B1", TENDER, "L1", "O1").economicOffer(Money.euros("90000.00"))
            .submittedAt(DEADLINE).build();
        List<Violation> v = bidViolations(noValues);
        assertThat(v).extracting(Violation::ruleId, Violation::path)
            .containsExactly(tuple("OTP-BID-VALUE", "bids[0].formulaValues"));
        assertThat(v.get(0).message()).isEqualTo("bid B1: no value for criterion C2 of lot L1, which is scored"
            + " by formula");
    }

    @Test
    void sameBidderTwiceForOneLotBreaksArticle139_3() {
        List<Violation> v = bidViolations(bid("B1", "L1", "O1", "90000.00").build(),
            bid("B2", "L2", "O1", "40000.00").build(), bid("B3", "L1", "O1", "80000.00").build());
        assertThat(v).extracting(Violation::ruleId, Violation::path)
            .containsExactly(tuple("LCSP-139.3", "bids[2].bidder"));
        assertThat(v.get(0).message()).isEqualTo("bid B3: bidder O1 already bid for lot L1 in bid B1; each bidder"
            + " may submit only one proposal (LCSP art. 139.3)");
    }

    @Test
    void bidAtTheDeadlineIsOnTimeAndOneSecondLaterIsLate() {
        Bid onTime = bid("B1", "L2", "O1", "40000.00").build();
        Bid atDeadline = bidBuilder("B2", TENDER, "L2", "O2").economicOffer(Money.euros("40000.00"))
            .submittedAt(DEADLINE).build();
        Bid late = bidBuilder("B3", TENDER, "L2", "O3").economicOffer(Money.euros("40000.00"))
            .submittedAt(DEADLINE.plusSeconds(1)).build();
        assertThat(bidViolations(onTime, atDeadline, late)).extracting(Violation::ruleId, Violation::path)
            .containsExactly(tuple("OTP-BID-LATE", "bids[2].submittedAt"));
    }

    @Test
    void withoutDeadlineNoBidIsLate() {
        Tender noDeadline = tenderBuilder("T1").procedure(ProcedureType.OPEN).contractType(ContractType.SUPPLIES)
            .estimatedValue(Money.euros("1000.00")).noDivisionJustification("Prestación única")
            .addLots(lot("L1", Money.euros("1000.00"), price("C1", "100"))).build();
        Bid b = bidBuilder("B1", noDeadline, "L1", "O1").economicOffer(Money.euros("900.00"))
            .submittedAt(Instant.parse("2030-01-01T00:00:00Z")).build();
        assertThat(ProcurementRules.bidViolations(noDeadline, List.of(b))).isEmpty();
    }

    @Test
    void tenderAndBidViolationsComeTogetherInOneCall() {
        Tender oneLot = tenderBuilder("T1").procedure(ProcedureType.OPEN).contractType(ContractType.SUPPLIES)
            .estimatedValue(Money.euros("1000.00")).addLots(lot("L1", Money.euros("1000.00"), price("C1", "100")))
            .build();
        Bid above = bidBuilder("B1", oneLot, "L1", "O1").economicOffer(Money.euros("1000.01"))
            .submittedAt(DEADLINE).build();
        Bid again = bidBuilder("B2", oneLot, "L1", "O1").economicOffer(Money.euros("900.00"))
            .submittedAt(DEADLINE).build();
        List<Violation> v = VALIDATOR.validate(oneLot, List.of(above, again), DAY_2026);
        assertThat(v).extracting(Violation::ruleId).containsExactly("LCSP-99.3", "RGLCAP-84", "LCSP-139.3");
        assertThatThrownBy(() -> VALIDATOR.check(oneLot, List.of(above, again), DAY_2026))
            .isInstanceOf(ValidationException.class).hasMessageStartingWith("3 rules broken:");
    }

    @Test
    void nullBidIsNamed() {
        assertThatThrownBy(() -> ProcurementRules.bidViolations(TENDER, java.util.Arrays.asList(
            bid("B1", "L2", "O1", "1.00").build(), null))).isInstanceOf(ValidationException.class)
            .hasMessageContaining("bids[1]");
    }
}
