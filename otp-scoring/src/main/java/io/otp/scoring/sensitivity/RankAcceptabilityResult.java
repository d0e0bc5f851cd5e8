package io.otp.scoring.sensitivity;

import io.otp.core.id.BidId;
import java.util.List;
import java.util.Map;

/**
 * Each bid's count and share of each rank over the Monte Carlo samples, with the seed and generator
 * that reproduce them. Shares are {@code double} (analysis).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RankAcceptabilityResult {

    /** The generator used: {@code java.util.SplittableRandom} seeded with {@link #seed()}. */
    public static final String GENERATOR = "java.util.SplittableRandom";

    private final long seed;
    private final int samples;
    private final double perturbationPercent;
    private final List<BidId> bids;
    private final Map<BidId, int[]> counts;

    RankAcceptabilityResult(long seed, int samples, double perturbationPercent, List<BidId> bids,
            Map<BidId, int[]> counts) {
        this.seed = seed;
        this.samples = samples;
        this.perturbationPercent = perturbationPercent;
        this.bids = bids;
        this.counts = counts;
    }

    /**
     * Returns the seed.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * Returns the number of samples.
     *
     * @return the samples, 1 or more
     */
    public int samples() {
        return samples;
    }

    /**
     * Returns the perturbation X of the weights, in percent (each weight sampled within plus or minus
     * X % of the declared one).
     *
     * @return the perturbation, 0 to 100
     */
    public double perturbationPercent() {
        return perturbationPercent;
    }

    /**
     * Returns the bids in id order.
     *
     * @return the bids, unmodifiable, not null
     */
    public List<BidId> bids() {
        return bids;
    }

    /**
     * Returns how many samples put a bid at each rank.
     *
     * @param bid the bid; not null
     * @return the counts, index 0 for rank 1; a fresh array adding up to {@link #samples()}; not null
     * @throws IllegalArgumentException if the bid was not analysed
     */
    public int[] counts(BidId bid) {
        int[] c = counts.get(bid);
        if (c == null) {
            throw new IllegalArgumentException("not analysed: " + bid);
        }
        return c.clone();
    }

    /**
     * Returns the share of samples that put a bid at a rank (its rank acceptability).
     *
     * @param bid the bid; not null
     * @param rank the rank, 1 to the number of bids
     * @return the share in [0, 1]
     * @throws IllegalArgumentException if the bid was not analysed or the rank is out of range
     */
    public double share(BidId bid, int rank) {
        int[] c = counts(bid);
        if (rank < 1 || rank > c.length) {
            throw new IllegalArgumentException("rank " + rank + " outside 1 to " + c.length);
        }
        return (double) c[rank - 1] / samples;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("RankAcceptability[seed=" + seed + ", samples=" + samples
            + ", +/-" + perturbationPercent + " %");
        for (BidId b : bids) {
            s.append(", ").append(b).append('=').append(java.util.Arrays.toString(counts.get(b)));
        }
        return s.append(']').toString();
    }
}
