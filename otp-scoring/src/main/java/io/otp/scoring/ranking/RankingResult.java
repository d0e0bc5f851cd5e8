package io.otp.scoring.ranking;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.id.BidId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The ranking of a lot: the admitted bids in a strict order of decreasing total points (LCSP art.
 * 150.1), the record of every step that broke a tie (LCSP art. 147), the seed of the draw, and the
 * excluded bids listed apart with their reasons. Produced by {@link Ranking#rank}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRankingResult.class)
@JsonDeserialize(as = ImmutableRankingResult.class)
public abstract class RankingResult {

    RankingResult() {
    }

    static ImmutableRankingResult.Builder builder() {
        return ImmutableRankingResult.builder();
    }

    /**
     * The seed of the draw (LCSP art. 147.2.d); recorded whether or not a draw was needed.
     *
     * @return the seed
     */
    public abstract long seed();

    /**
     * How the pliego's tie-break criteria related to the statutory chain of LCSP art. 147.2 in this
     * ranking; each {@link TieBreak} records it too. JSON written before the setting existed reads as
     * {@link TieBreakMode#PLIEGO_BEFORE_STATUTORY_CHAIN}, the only behaviour then.
     *
     * @return the mode, not null
     */
    @Value.Default
    public TieBreakMode tieBreakMode() {
        return TieBreakMode.PLIEGO_BEFORE_STATUTORY_CHAIN;
    }

    /**
     * The admitted bids, best first; positions are 1, 2, 3, ... without repeats.
     *
     * @return the ranked bids, not null
     */
    public abstract List<RankedBid> ranked();

    /**
     * Every step that separated tied bids, in the order applied (by group of equal totals, best group
     * first).
     *
     * @return the tie-break records, not null; empty when no totals were equal
     */
    public abstract List<TieBreak> tieBreaks();

    /**
     * The bids left out of the ranking, ordered by bid id.
     *
     * @return the excluded bids, not null
     */
    public abstract List<ExcludedBid> excluded();

    /**
     * The ranked bids' ids, best first.
     *
     * @return the order, not null
     */
    public List<BidId> order() {
        return ranked().stream().map(RankedBid::bid).collect(Collectors.toUnmodifiableList());
    }

    /**
     * The best-ranked bid.
     *
     * @return the first bid; empty when no bid was admitted
     */
    public Optional<RankedBid> first() {
        return ranked().stream().findFirst();
    }
}
