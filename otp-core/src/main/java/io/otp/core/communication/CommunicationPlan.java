package io.otp.core.communication;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.aggregate.Aggregate;
import io.otp.core.id.CommunicationPlanId;
import io.otp.core.id.ProjectId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The communication plan of a project: the planned actions (channel, audience, frequency) and the
 * record of the publications made. The coordination rules are context-dependent (award date, EU
 * funding, period checked) and are checked by {@link CommunicationRules}, not when the plan is built.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCommunicationPlan.class)
@JsonDeserialize(as = ImmutableCommunicationPlan.class)
public abstract class CommunicationPlan implements Aggregate<CommunicationPlanId> {

    CommunicationPlan() {
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
     * The plan's identifier.
     *
     * @return the id, not null
     */
    @Override
    public abstract CommunicationPlanId id();

    /**
     * The project the plan communicates.
     *
     * @return the project, not null
     */
    public abstract ProjectId project();

    /**
     * The planned actions.
     *
     * @return an unmodifiable list, possibly empty; not null
     */
    public abstract List<PlannedAction> actions();

    /**
     * The publications made, in the order recorded.
     *
     * @return an unmodifiable list, possibly empty; not null
     */
    public abstract List<Publication> publications();

    /**
     * The day of the latest publication.
     *
     * @return the date, empty when nothing was published; not null
     */
    public Optional<LocalDate> lastPublication() {
        return publications().stream().map(Publication::date).max(Comparator.naturalOrder());
    }

    /**
     * A copy of this plan with one more publication recorded. This instance is immutable and
     * unaffected by this method call.
     *
     * @param publication the publication; not null
     * @return the new plan, not null
     * @throws NullPointerException if the publication is null
     */
    public CommunicationPlan withPublication(Publication publication) {
        Objects.requireNonNull(publication, "publication");
        List<Publication> all = new ArrayList<>(publications());
        all.add(publication);
        return ((ImmutableCommunicationPlan) ImmutableCommunicationPlan.copyOf(this)).withPublications(all);
    }

    /**
     * The values the plan can be queried by: {@link #PROJECT} and, when something was published,
     * {@link #DATE} (the latest publication).
     *
     * @return an unmodifiable map, not null
     */
    @Override
    public SortedMap<String, String> queryValues() {
        SortedMap<String, String> q = new TreeMap<>();
        q.put(PROJECT, project().value());
        lastPublication().ifPresent(d -> q.put(DATE, d.toString()));
        return Collections.unmodifiableSortedMap(q);
    }

    /** Builds communication plans. */
    public static final class Builder extends ImmutableCommunicationPlan.Builder {
        Builder() {
        }
    }
}
