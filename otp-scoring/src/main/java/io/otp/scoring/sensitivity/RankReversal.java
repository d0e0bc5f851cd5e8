package io.otp.scoring.sensitivity;

import io.otp.core.id.BidId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Rank-reversal check (DOMAIN.md section 5): remove each bid in turn and see whether the relative
 * order of the others changes.
 *
 * <p>With fixed points nothing can reverse; reversals come from formulas relative to other offers
 * (for instance to the lowest price, DOMAIN.md section 4). So the check takes a scoring callback that
 * re-runs the formulas for any subset of bids and returns its points matrix. Rankings are by
 * decreasing total under the declared weights, ties by bid id ({@link PointsMatrix#ranking()}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RankReversal {

    private RankReversal() {
    }

    /**
     * Checks a fixed points matrix: the points of the others do not change when a bid is removed.
     *
     * @param matrix the points; not null
     * @return one outcome per bid, in bid order, unmodifiable, not null
     */
    public static List<RankReversalOutcome> check(PointsMatrix matrix) {
        Objects.requireNonNull(matrix, "matrix");
        List<BidId> full = matrix.ranking();
        List<RankReversalOutcome> result = new ArrayList<>();
        for (BidId removed : matrix.bids()) {
            List<BidId> others = new ArrayList<>(full);
            others.remove(removed);
            result.add(new RankReversalOutcome(removed, List.copyOf(others), List.copyOf(others)));
        }
        return List.copyOf(result);
    }

    /**
     * Checks a ranking whose points are recomputed for each set of bids.
     *
     * @param bids all the bids; not null, not empty
     * @param scoring computes the points matrix of exactly the bids it is given (formulas relative to
     *     the other offers re-run); not null, never returning null
     * @return one outcome per bid, in bid order, unmodifiable, not null
     * @throws IllegalArgumentException if the callback returns a matrix for other bids than asked
     */
    public static List<RankReversalOutcome> check(Set<BidId> bids, Function<Set<BidId>, PointsMatrix> scoring) {
        Objects.requireNonNull(bids, "bids");
        Objects.requireNonNull(scoring, "scoring");
        Set<BidId> all = new TreeSet<>(bids);
        List<BidId> full = score(all, scoring).ranking();
        List<RankReversalOutcome> result = new ArrayList<>();
        for (BidId removed : all) {
            List<BidId> before = new ArrayList<>(full);
            before.remove(removed);
            if (before.isEmpty()) {
                result.add(new RankReversalOutcome(removed, List.of(), List.of()));
                continue;
            }
            Set<BidId> rest = new TreeSet<>(all);
            rest.remove(removed);
            result.add(new RankReversalOutcome(removed, List.copyOf(before), score(rest, scoring).ranking()));
        }
        return List.copyOf(result);
    }

    private static PointsMatrix score(Set<BidId> bids, Function<Set<BidId>, PointsMatrix> scoring) {
        PointsMatrix m = Objects.requireNonNull(scoring.apply(Set.copyOf(bids)), "scoring returned null");
        if (!new TreeSet<>(m.bids()).equals(bids)) {
            throw new IllegalArgumentException("scoring returned bids " + m.bids() + " for " + bids);
        }
        return m;
    }
}
