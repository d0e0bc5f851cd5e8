package io.otp.scoring.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.BidId;
import io.otp.core.id.OrganisationId;
import io.otp.core.money.Points;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The edges of a ranking (LCSP arts. 139.3, 147 and 150.1): positions from 1, duplicates named by path. */
class BoundaryMutantsTest {

    private static final long SEED = 7L;

    private static RankingCandidate candidate(String bid, String bidder, String total) {
        return RankingCandidate.of(BidId.of(bid), OrganisationId.of(bidder), Points.of(total));
    }

    @Test
    void positionsStartAtOne() {
        RankedBid first = ImmutableRankedBid.builder().position(1).bid(BidId.of("A")).bidder(OrganisationId.of("X"))
            .total(Points.of(10)).build();
        assertThat(first.position()).isEqualTo(1);
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> ImmutableRankedBid.builder()
            .position(0).bid(BidId.of("A")).bidder(OrganisationId.of("X")).total(Points.of(10)).build());
        assertThat(e).isNotNull();
        assertThat(e.violations()).extracting(Violation::path).containsExactly("position");
    }

    @Test
    void theFirstOfTheRankingIsTheHighestTotal() {
        // 80 > 70.5 > 70: A first; equal totals do not arise.
        RankingResult r = Ranking.rank(List.of(candidate("C", "ORG-C", "70"), candidate("A", "ORG-A", "80"),
            candidate("B", "ORG-B", "70.5")), List.of(), SEED);
        assertThat(r.first()).hasValueSatisfying(b -> {
            assertThat(b.bid()).isEqualTo(BidId.of("A"));
            assertThat(b.position()).isEqualTo(1);
        });
        assertThat(Ranking.rank(List.of(), List.of(), SEED).first()).isEmpty();
    }

    @Test
    void theSameBidFromTwoBiddersIsRefusedAsADuplicateBid() {
        // Two candidates with the bid A from different bidders: the duplicate is the bid, not the bidder.
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> Ranking.rank(
            List.of(candidate("A", "ORG-1", "80"), candidate("A", "ORG-2", "70")), List.of(), SEED));
        assertThat(e).isNotNull();
        assertThat(e.violations()).extracting(Violation::path, Violation::ruleId)
            .containsExactly(tuple("candidates[1].bid", "OTP-DUPLICATE-BID"));
    }

    @Test
    void anExcludedBidAlsoRankedIsNamedByItsPlaceInTheExcludedList() {
        // The second excluded bid (index 1) repeats the candidate A.
        List<ExcludedBid> excluded = List.of(
            ExcludedBid.of(BidId.of("X"), OrganisationId.of("ORG-X"), ExclusionReason.ABOVE_BUDGET),
            ExcludedBid.of(BidId.of("A"), OrganisationId.of("ORG-A"), ExclusionReason.OTHER));
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> Ranking.rank(
            List.of(candidate("A", "ORG-A", "80")), excluded, SEED));
        assertThat(e).isNotNull();
        assertThat(e.violations()).extracting(Violation::path, Violation::ruleId)
            .containsExactly(tuple("excluded[1].bid", "OTP-DUPLICATE-BID"));
    }
}
