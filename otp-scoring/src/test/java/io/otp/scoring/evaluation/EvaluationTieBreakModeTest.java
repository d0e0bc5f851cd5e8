package io.otp.scoring.evaluation;

import static io.otp.scoring.evaluation.EvaluationWorkedExampleTest.BY;
import static io.otp.scoring.evaluation.EvaluationWorkedExampleTest.L1;
import static io.otp.scoring.evaluation.EvaluationWorkedExampleTest.TENDER;
import static org.assertj.core.api.Assertions.assertThat;

import io.otp.core.id.BidId;
import io.otp.core.id.OrganisationId;
import io.otp.core.json.OtpJson;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.tender.Bid;
import io.otp.core.tender.Direction;
import io.otp.core.tender.FormulaReference;
import io.otp.core.tender.TieBreakData;
import io.otp.scoring.ranking.RankingResult;
import io.otp.scoring.ranking.TieBreak;
import io.otp.scoring.ranking.TieBreakCriterion;
import io.otp.scoring.ranking.TieBreakMode;
import io.otp.scoring.ranking.TieBreakStep;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The tie-break mode through the evaluation (LCSP art. 147): a price-only lot where B1 and B2 both offer
 * 90,000.00 (100 points each) and B3 95,000.00 (100 × 90000 / 95000 = 94.74). The pliego's criterion CO2
 * (lower wins) gives B1 and B2 10 t each, so it leaves them tied; B2 employs 5 % disabled workers, B1 3 %.
 * Draw keys with seed 1, computed with Python ({@code hashlib.sha256(struct.pack('>q', 1) + b'B1')}):
 * B1 17a19c9c..., B2 95d9e6dc..., so B1 draws first.
 */
class EvaluationTieBreakModeTest {

    private static final BidId B1 = BidId.of("B1");
    private static final BidId B2 = BidId.of("B2");
    private static final BidId B3 = BidId.of("B3");

    private static Bid bid(String id, String bidder, String offer, String disabled) {
        return Bid.builder().id(BidId.of(id)).tender(TENDER).lot(L1).bidder(OrganisationId.of(bidder))
            .economicOffer(Money.euros(offer)).submittedAt(Instant.parse("2026-04-20T10:00:00Z"))
            .tieBreakData(TieBreakData.builder().disabledWorkersPercentage(Percentage.of(disabled)).build()).build();
    }

    private static Evaluation tiesBroken(TieBreakMode mode) {
        TieBreakCriterion co2 = TieBreakCriterion.builder().id("CO2").name("Emisiones de CO2 (t)")
            .direction(Direction.LOWER_IS_BETTER).putValues(B1, BigDecimal.TEN).putValues(B2, BigDecimal.TEN)
            .putValues(B3, BigDecimal.ONE).build();
        EvaluationSettings settings = EvaluationSettings.builder().addTieBreakCriteria(co2).tieBreakMode(mode).seed(1L)
            .build();
        return Evaluation.start(EvaluationFixtures.tender(null,
                EvaluationFixtures.price(100, FormulaReference.of("inverse-proportional"))), L1, settings, BY)
            .registerBid(bid("B1", "A58818501", "90000.00", "3"), BY)
            .registerBid(bid("B2", "B12345674", "90000.00", "5"), BY)
            .registerBid(bid("B3", "B87654323", "95000.00", "0"), BY)
            .sealValueJudgment(BY).applyTechnicalThreshold(BY).openFormulaEnvelope(BY).scoreFormulaCriteria(BY)
            .detectAbnormalOffers(BY).rank(BY).breakTies(BY);
    }

    @Test
    void byDefaultTheStatutoryChainDecidesWhatThePliegoLeavesTied() {
        assertThat(EvaluationSettings.defaults().tieBreakMode()).isEqualTo(TieBreakMode.PLIEGO_BEFORE_STATUTORY_CHAIN);
        Evaluation e = tiesBroken(TieBreakMode.PLIEGO_BEFORE_STATUTORY_CHAIN);
        RankingResult r = e.ranking().orElseThrow();

        // CO2 10 = 10 separates nobody and is not recorded; art. 147.2.a: B2 5 % before B1 3 %
        assertThat(r.order()).containsExactly(B2, B1, B3);
        assertThat(r.tieBreaks()).extracting(TieBreak::step).containsExactly(TieBreakStep.DISABLED_WORKERS_PERCENTAGE);
        assertThat(r.tieBreaks()).extracting(TieBreak::mode).containsExactly(TieBreakMode.PLIEGO_BEFORE_STATUTORY_CHAIN);
        EvaluationEvent last = e.history().get(e.history().size() - 1);
        assertThat(last.details()).containsEntry("tieBreakMode", "PLIEGO_BEFORE_STATUTORY_CHAIN")
            .containsEntry("tieBreaks", "B2 > B1 by LCSP-147.2.a");
    }

    @Test
    void whenThePliegoReplacesTheChainTheTieGoesToTheDraw() {
        Evaluation e = tiesBroken(TieBreakMode.PLIEGO_REPLACES_STATUTORY_CHAIN);
        RankingResult r = e.ranking().orElseThrow();

        // B1's key 17a19c9c... is below B2's 95d9e6dc...: B1 first, although B2 has more disabled workers
        assertThat(r.order()).containsExactly(B1, B2, B3);
        assertThat(r.tieBreakMode()).isEqualTo(TieBreakMode.PLIEGO_REPLACES_STATUTORY_CHAIN);
        assertThat(r.tieBreaks()).singleElement().satisfies(t -> {
            assertThat(t.step()).isEqualTo(TieBreakStep.DRAW);
            assertThat(t.ruleId()).isEqualTo("LCSP-147.2.d");
            assertThat(t.mode()).isEqualTo(TieBreakMode.PLIEGO_REPLACES_STATUTORY_CHAIN);
            assertThat(t.values().get(0).value()).hasValueSatisfying(k -> assertThat(k).startsWith("17a19c9c"));
            assertThat(t.values().get(1).value()).hasValueSatisfying(k -> assertThat(k).startsWith("95d9e6dc"));
        });
        EvaluationEvent last = e.history().get(e.history().size() - 1);
        assertThat(last.details()).containsEntry("tieBreakMode", "PLIEGO_REPLACES_STATUTORY_CHAIN")
            .containsEntry("tieBreaks", "B1 > B2 by LCSP-147.2.d");
        assertThat(e.result().ranking().orElseThrow().tieBreakMode())
            .isEqualTo(TieBreakMode.PLIEGO_REPLACES_STATUTORY_CHAIN);
    }

    @Test
    void settingsWrittenBeforeTheModeExistedReadAsTheDefaultAndTheModeRoundTrips() {
        OtpJson json = OtpJson.standard();
        EvaluationSettings replace = EvaluationSettings.builder()
            .tieBreakMode(TieBreakMode.PLIEGO_REPLACES_STATUTORY_CHAIN).build();
        String text = json.write(replace);
        assertThat(text).contains("\"tieBreakMode\":\"PLIEGO_REPLACES_STATUTORY_CHAIN\"");
        assertThat(json.read(text, EvaluationSettings.class)).isEqualTo(replace);
        String old = text.replace(",\"tieBreakMode\":\"PLIEGO_REPLACES_STATUTORY_CHAIN\"", "")
            .replace("\"tieBreakMode\":\"PLIEGO_REPLACES_STATUTORY_CHAIN\",", "");
        assertThat(old).doesNotContain("tieBreakMode");
        assertThat(json.read(old, EvaluationSettings.class).tieBreakMode())
            .isEqualTo(TieBreakMode.PLIEGO_BEFORE_STATUTORY_CHAIN);
    }
}
