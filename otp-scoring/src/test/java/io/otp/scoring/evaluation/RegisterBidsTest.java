package io.otp.scoring.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.PersonId;
import io.otp.core.json.OtpJson;
import io.otp.core.tender.Bid;
import io.otp.scoring.testing.EvaluationGenerators;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Registering many bids in one step is registering them one by one, in one step. */
class RegisterBidsTest {

    private static final Attribution BY = Attribution.of(PersonId.of("P-SECRETARIA"),
        Instant.parse("2026-05-04T09:00:00Z"));

    private static Evaluation start(EvaluationGenerators.Scenario s) {
        return Evaluation.start(s.tender(), EvaluationGenerators.LOT, s.settings(), BY);
    }

    @Test
    void givesTheStateAndHistoryOfRegisteringEachBidInTurn() {
        qt().withExamples(60).forAll(EvaluationGenerators.scenarios()).checkAssert(s -> {
            Evaluation oneByOne = start(s);
            for (Bid b : s.bids()) {
                oneByOne = oneByOne.registerBid(b, BY);
            }
            Evaluation atOnce = start(s).registerBids(s.bids(), BY);
            assertThat(atOnce).isEqualTo(oneByOne);
            assertThat(OtpJson.standard().write(atOnce)).isEqualTo(OtpJson.standard().write(oneByOne));
        });
    }

    @Test
    void reportsEveryProblemOfEveryBidUnderItsIndexAndRegistersNone() {
        Bid b1 = EvaluationFixtures.bid("B1", "A11111111", "80000.00");
        Bid b2 = EvaluationFixtures.bid("B2", "B22222222", "85000.00");
        Bid sameBidder = EvaluationFixtures.bid("B3", "A11111111", "90000.00");
        Evaluation e = Evaluation.start(EvaluationWorkedExampleTest.tender(), EvaluationWorkedExampleTest.L1,
            EvaluationSettings.defaults(), BY).registerBid(b1, BY);
        assertThatThrownBy(() -> e.registerBids(List.of(b2, b1, sameBidder, b2), BY))
            .isInstanceOfSatisfying(ValidationException.class, x -> assertThat(x.violations())
                .extracting(Violation::path, Violation::ruleId)
                .containsExactly(
                    org.assertj.core.groups.Tuple.tuple("bids[1].bid.id", "OTP-UNIQUE-ID"),
                    org.assertj.core.groups.Tuple.tuple("bids[1].bid.bidder", "LCSP-139.3"),
                    org.assertj.core.groups.Tuple.tuple("bids[2].bid.bidder", "LCSP-139.3"),
                    org.assertj.core.groups.Tuple.tuple("bids[3].bid.id", "OTP-UNIQUE-ID"),
                    org.assertj.core.groups.Tuple.tuple("bids[3].bid.bidder", "LCSP-139.3")));
        assertThat(e.bids()).hasSize(1);
    }

    @Test
    void refusesMoreBidsThanTheLimitBeforeCheckingThem() {
        Bid b1 = EvaluationFixtures.bid("B1", "A11111111", "80000.00");
        List<Bid> many = new ArrayList<>(Evaluation.MAX_BIDS + 1);
        for (int i = 0; i <= Evaluation.MAX_BIDS; i++) {
            many.add(b1);
        }
        Evaluation e = Evaluation.start(EvaluationWorkedExampleTest.tender(), EvaluationWorkedExampleTest.L1,
            EvaluationSettings.defaults(), BY);
        assertThatThrownBy(() -> e.registerBids(many, BY))
            .isInstanceOfSatisfying(ValidationException.class, x -> assertThat(x.violations()).singleElement()
                .satisfies(v -> {
                    assertThat(v.ruleId()).isEqualTo("OTP-LIMIT-BIDS");
                    assertThat(v.arguments()).containsEntry("value", "100001").containsEntry("max", "100000");
                    assertThat(v.message()).isEqualTo("lot L1: 100001 bids, at most 100000 per evaluation");
                }));
    }
}
