package io.otp.ocds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.otp.core.id.BidId;
import io.otp.core.id.MilestoneId;
import io.otp.core.money.Money;
import io.otp.core.money.Percentage;
import io.otp.core.tender.Bid;
import io.otp.core.tender.Tender;
import io.otp.core.tender.TenderStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundTripTest {

    private final OcdsMapper mapper = new OcdsMapper(OcdsFixtures.settings());
    private final ContractingProcess process = OcdsFixtures.process();

    private List<ImportedRelease> roundTrip(List<OcdsRelease> releases) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new OcdsPackageWriter(OcdsFixtures.settings()).writeReleasePackage(out, releases.iterator());
        return new OcdsPackageReader().readAll(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void compiledReleaseBringsBackTenderLotsCriteriaBidsAwardAndMilestones() {
        ImportedRelease r = roundTrip(List.of(mapper.compiledRelease(process))).get(0);
        Tender original = process.tender();
        Tender back = r.tender().orElseThrow();
        assertThat(back.id()).isEqualTo(original.id());
        assertThat(back.title()).isEqualTo(original.title());
        assertThat(back.contractingAuthority()).isEqualTo(original.contractingAuthority());
        assertThat(back.procedure()).isEqualTo(original.procedure());
        assertThat(back.contractType()).isEqualTo(original.contractType());
        assertThat(back.estimatedValue()).isEqualTo(original.estimatedValue());
        assertThat(back.cpvCodes()).isEqualTo(original.cpvCodes());
        assertThat(back.lots()).isEqualTo(original.lots());
        assertThat(back.keyDates()).isEqualTo(original.keyDates());
        // AWARD_PROPOSED is published as active, which reads back as the first active status.
        assertThat(back.status()).isEqualTo(TenderStatus.PUBLISHED);

        assertThat(r.bids()).isEqualTo(process.bids());
        assertThat(r.evaluations()).hasSize(3);
        PublishedEvaluation b2 = r.evaluations().get(1);
        assertThat(b2.bid()).isEqualTo(BidId.of("B2"));
        assertThat(b2.rank()).contains(1);
        assertThat(b2.totalScore().value()).isEqualByComparingTo("85.00");
        assertThat(b2.scores()).extracting(PublishedScore::criterion)
            .containsExactly(OcdsFixtures.PRICE, OcdsFixtures.TECH);

        PublishedAward award = r.awards().get(0);
        assertThat(award.bid()).contains(BidId.of("B2"));
        assertThat(award.lot()).contains(OcdsFixtures.LOT);
        assertThat(award.value()).contains(Money.euros("90000.00"));
        assertThat(award.status()).isEqualTo("active");

        PublishedContract contract = r.contracts().get(0);
        assertThat(contract.id()).isEqualTo(OcdsFixtures.contract().id());
        assertThat(contract.value()).contains(Money.euros("90000.00"));
        assertThat(contract.period()).contains(OcdsFixtures.contract().period());
        assertThat(contract.milestones()).extracting(PublishedMilestone::id)
            .containsExactly(MilestoneId.of("M-01"), MilestoneId.of("M-02"), MilestoneId.of("M-03"));
        for (int i = 0; i < 3; i++) {
            var m = OcdsFixtures.contract().milestones().get(i);
            PublishedMilestone p = contract.milestones().get(i);
            assertThat(p.type()).isEqualTo(m.type());
            assertThat(p.status()).isEqualTo(m.status());
            assertThat(p.dueDate()).isEqualTo(m.baselineDate());
            assertThat(p.dateMet()).isEqualTo(m.actualDate());
            assertThat(p.paymentPercentage()).isEqualTo(m.paymentPercentage());
        }
        assertThat(contract.transactions()).singleElement().satisfies(t -> {
            assertThat(t.value()).isEqualTo(Money.euros("36000.00"));
            assertThat(t.date()).isEqualTo(LocalDate.of(2026, 11, 28));
            assertThat(t.milestone()).contains(MilestoneId.of("M-02"));
        });
        assertThat(r.measurements()).hasSize(2);
        assertThat(r.measurements().get(0).value()).isEqualByComparingTo("0.97");
    }

    @Test
    void stageReleasesEachBringBackTheirPart() {
        List<ImportedRelease> back = roundTrip(mapper.releases(process));
        assertThat(back).extracting(r -> r.tags().get(0))
            .containsExactly("planning", "tender", "award", "contract", "implementation");
        assertThat(back.get(0).tender()).isEmpty();
        assertThat(back.get(1).tender().orElseThrow().lots()).isEqualTo(process.tender().lots());
        assertThat(back.get(2).bids()).isEqualTo(process.bids());
        assertThat(back.get(3).contracts()).singleElement()
            .satisfies(c -> assertThat(c.milestones()).isEmpty());
        assertThat(back.get(4).contracts().get(0).milestones()).hasSize(3);
    }

    @Test
    void bidAmountsAndDatesSurviveTheRoundTripExactly() {
        qt().forAll(longs().between(1, 99_999_999_999L), integers().between(0, 86_399))
            .checkAssert((cents, seconds) -> {
                Bid bid = Bid.builder().id(BidId.of("B1")).tender(OcdsFixtures.TENDER).lot(OcdsFixtures.LOT)
                    .bidder(OcdsFixtures.BUYER).economicOffer(Money.euros(BigDecimal.valueOf(cents, 2)))
                    .submittedAt(java.time.Instant.parse("2026-03-20T00:00:00Z").plusSeconds(seconds)).build();
                ContractingProcess p = ContractingProcess.builder().tender(OcdsFixtures.tender()).addBids(bid)
                    .addEvaluations(OcdsFixtures.evaluation()).build();
                List<OcdsRelease> award = new ArrayList<>(List.of(mapper.release(p, OcdsStage.AWARD)));
                assertThat(roundTrip(award).get(0).bids()).containsExactly(bid);
            });
    }

    @Test
    void paymentSharesSurvive() {
        ImportedRelease r = roundTrip(List.of(mapper.compiledRelease(process))).get(0);
        assertThat(r.contracts().get(0).milestones().get(2).paymentPercentage()).contains(Percentage.of(60));
    }
}
