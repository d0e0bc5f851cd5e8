package io.otp.scoring.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.id.BidId;
import io.otp.core.id.OrganisationId;
import io.otp.core.json.OtpJson;
import io.otp.core.money.Money;
import io.otp.scoring.testing.RankingGenerators;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rankings and proposals go through the SDK's JSON unchanged and always give the same bytes. */
class RankingJsonTest {

    private static final OtpJson JSON = OtpJson.standard();

    @Test
    void rankingRoundTripsAndIsByteIdentical() {
        qt().forAll(RankingGenerators.scenarios()).checkAssert(s -> {
            RankingResult r = Ranking.rank(s.candidates(), s.excluded(), s.criteria(), s.seed());
            byte[] bytes = JSON.writeBytes(r);
            assertThat(JSON.read(bytes, RankingResult.class)).isEqualTo(r);
            List<RankingCandidate> reversed = new ArrayList<>(s.candidates());
            Collections.reverse(reversed);
            assertThat(JSON.writeBytes(Ranking.rank(reversed, s.excluded(), s.criteria(), s.seed())))
                .isEqualTo(bytes);
        });
    }

    @Test
    void inputsRoundTrip() {
        qt().forAll(RankingGenerators.scenarios()).checkAssert(s -> {
            for (RankingCandidate c : s.candidates()) {
                assertThat(JSON.read(JSON.write(c), RankingCandidate.class)).isEqualTo(c);
            }
            for (TieBreakCriterion c : s.criteria()) {
                assertThat(JSON.read(JSON.write(c), TieBreakCriterion.class)).isEqualTo(c);
            }
            for (ExcludedBid e : s.excluded()) {
                assertThat(JSON.read(JSON.write(e), ExcludedBid.class)).isEqualTo(e);
            }
        });
    }

    @Test
    void proposalWithHistoryRoundTripsAndIsByteIdentical() {
        RankingResult r = Ranking.rank(List.of(
            RankingCandidate.of(BidId.of("A"), OrganisationId.of("OA"), io.otp.core.money.Points.of(90)),
            RankingCandidate.of(BidId.of("B"), OrganisationId.of("OB"), io.otp.core.money.Points.of(80))),
            List.of(ExcludedBid.builder().bid(BidId.of("X")).bidder(OrganisationId.of("OX"))
                .reason(ExclusionReason.ABOVE_BUDGET).note("offer 120,000.00 over budget 100,000.00").build()), 3L);
        AwardProposal p = AwardProposal.of(r, Money.euros("100000.00")).withdrawFirst();

        String json = JSON.write(p);

        assertThat(JSON.read(json, AwardProposal.class)).isEqualTo(p);
        assertThat(JSON.write(JSON.read(json, AwardProposal.class))).isEqualTo(json);
        assertThat(json).contains("\"penalty\"").contains("3000.00");
    }
}
