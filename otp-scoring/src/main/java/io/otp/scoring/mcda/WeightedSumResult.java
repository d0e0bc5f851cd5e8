package io.otp.scoring.mcda;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of a {@link WeightedSum}: each alternative's score, best first.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <A> the type of the alternative ids
 * @param <C> the type of the criterion ids
 */
public final class WeightedSumResult<A, C> {

    private final Normalisation normalisation;
    private final Inversion inversion;
    private final List<AlternativeScore<A, C>> ranking;
    private final Map<A, AlternativeScore<A, C>> byAlternative;

    WeightedSumResult(Normalisation normalisation, Inversion inversion, List<AlternativeScore<A, C>> ranking,
            Map<A, AlternativeScore<A, C>> byAlternative) {
        this.normalisation = normalisation;
        this.inversion = inversion;
        this.ranking = ranking;
        this.byAlternative = byAlternative;
    }

    /**
     * Returns the normalisation used.
     *
     * @return the normalisation, not null
     */
    public Normalisation normalisation() {
        return normalisation;
    }

    /**
     * Returns the inversion used for cost criteria.
     *
     * @return the inversion, not null
     */
    public Inversion inversion() {
        return inversion;
    }

    /**
     * Returns the scores by decreasing total; equal totals in the alternatives' natural order.
     *
     * @return the ranking, unmodifiable, not null
     */
    public List<AlternativeScore<A, C>> ranking() {
        return ranking;
    }

    /**
     * Returns an alternative's score.
     *
     * @param alternative the alternative; not null
     * @return the score, or empty if the alternative was not evaluated; not null
     */
    public Optional<AlternativeScore<A, C>> score(A alternative) {
        return Optional.ofNullable(byAlternative.get(alternative));
    }

    @Override
    public String toString() {
        return "WeightedSumResult" + ranking;
    }
}
