package io.otp.scoring.priority;

import io.otp.core.id.NeedId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A prioritised list of needs: the weights used (with the AHP consistency ratio and the judgement to
 * revise when there is one) and the needs from the highest score to the lowest.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PrioritisedNeeds {

    private final PriorityWeights weights;
    private final List<PrioritisedNeed> ranking;
    private final Map<NeedId, PrioritisedNeed> byId;

    PrioritisedNeeds(PriorityWeights weights, List<PrioritisedNeed> ranking, Map<NeedId, PrioritisedNeed> byId) {
        this.weights = weights;
        this.ranking = ranking;
        this.byId = byId;
    }

    /**
     * The weights the needs were ranked with.
     *
     * @return the weights, not null
     */
    public PriorityWeights weights() {
        return weights;
    }

    /**
     * The needs, highest score first; equal scores in the order of their ids.
     *
     * @return an unmodifiable list, not empty, not null
     */
    public List<PrioritisedNeed> ranking() {
        return ranking;
    }

    /**
     * The place of one need.
     *
     * @param id the need's id; may be null
     * @return the place, empty when the need was not prioritised; not null
     */
    public Optional<PrioritisedNeed> of(NeedId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public String toString() {
        return "PrioritisedNeeds[" + weights + ", " + ranking + "]";
    }
}
