package io.otp.scoring.ranking;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.id.BidId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The record of one step that separated bids still tied: which bids, which rule, the values
 * compared and the mode in which the pliego's criteria and the statutory chain were applied
 * ({@link TieBreakMode}). A step that separates nobody (every bid has the same value, or none has one)
 * is not recorded; the next step is tried.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTieBreak.class)
@JsonDeserialize(as = ImmutableTieBreak.class)
public abstract class TieBreak {

    TieBreak() {
    }

    static ImmutableTieBreak.Builder builder() {
        return ImmutableTieBreak.builder();
    }

    /**
     * The step applied.
     *
     * @return the step, not null
     */
    public abstract TieBreakStep step();

    /**
     * The rule applied, e.g. {@code LCSP-147.2.a} or {@code LCSP-147.1} for a pliego criterion.
     *
     * @return the rule id, not null
     */
    public String ruleId() {
        return step().ruleId();
    }

    /**
     * How the pliego's criteria related to the statutory chain when this step was applied (LCSP art.
     * 147): the setting of the ranking. JSON written before the setting existed reads as
     * {@link TieBreakMode#PLIEGO_BEFORE_STATUTORY_CHAIN}, the only behaviour then.
     *
     * @return the mode, not null
     */
    @Value.Default
    public TieBreakMode mode() {
        return TieBreakMode.PLIEGO_BEFORE_STATUTORY_CHAIN;
    }

    /**
     * The pliego criterion applied, for {@link TieBreakStep#PLIEGO_CRITERION}.
     *
     * @return the criterion id; empty for the statutory steps
     */
    public abstract Optional<String> criterionId();

    /**
     * The values compared, one per tied bid, ordered by bid id.
     *
     * @return the values, not null, at least two
     */
    public abstract List<TieBreakValue> values();

    /**
     * The tied bids this step was applied to, ordered by bid id.
     *
     * @return the bids, not null
     */
    public List<BidId> bids() {
        return values().stream().map(TieBreakValue::bid).collect(Collectors.toUnmodifiableList());
    }
}
