package io.otp.scoring.ranking;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.BidId;
import io.otp.core.tender.Direction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * A tie-break criterion set by the pliego (LCSP art. 147.1), with the value each bid has on it.
 * A bid without a value cannot win on the criterion: it comes after every bid that has one (the
 * bidder must prove the datum when the tie occurs, LCSP art. 147.2 last paragraph).
 *
 * <p>The id and the name must not be blank.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTieBreakCriterion.class)
@JsonDeserialize(as = ImmutableTieBreakCriterion.class)
public abstract class TieBreakCriterion {

    TieBreakCriterion() {
    }

    /**
     * A builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The criterion's id in the pliego, e.g. {@code TB1}.
     *
     * @return the id, not null
     */
    public abstract String id();

    /**
     * The criterion's name, e.g. "percentage of staff on permanent contracts".
     *
     * @return the name, not null
     */
    public abstract String name();

    /**
     * Whether a higher or a lower value wins.
     *
     * @return the direction, not null
     */
    public abstract Direction direction();

    /**
     * The value of each bid, ordered by bid id.
     *
     * @return the values, not null; a bid absent from the map has no value
     */
    @Value.NaturalOrder
    public abstract SortedMap<BidId, BigDecimal> values();

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        if (id().isBlank()) {
            v.add(Violation.of("id", "LCSP-147.1", "io.otp.scoring.ranking.blankCriterion", "field", "id"));
        }
        if (name().isBlank()) {
            v.add(Violation.of("name", "LCSP-147.1", "io.otp.scoring.ranking.blankCriterion", "field", "name"));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    /** Builds {@link TieBreakCriterion}; each attribute may be set once. */
    public static final class Builder extends ImmutableTieBreakCriterion.Builder {
        Builder() {
        }
    }
}
