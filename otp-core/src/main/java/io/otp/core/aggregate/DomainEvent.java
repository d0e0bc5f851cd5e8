package io.otp.core.aggregate;

import io.otp.core.id.PersonId;
import java.time.Instant;
import java.util.SortedMap;

/**
 * One recorded change of an {@link Aggregate}: who made it, when, what was done and what changed;
 * e.g. a step of the evaluation of a lot. A store keeps each event as an entry of its audit trail.
 */
public interface DomainEvent {

    /**
     * Who made the change.
     *
     * @return the person, not null
     */
    PersonId actor();

    /**
     * When the change was made.
     *
     * @return the instant, not null
     */
    Instant at();

    /**
     * What was done, as a constant name, e.g. {@code VALUE_JUDGMENT_SEALED}.
     *
     * @return the action, not blank
     */
    String action();

    /**
     * One line saying what changed, for people.
     *
     * @return the summary, not null
     */
    String summary();

    /**
     * What changed, by name, as text.
     *
     * @return an unmodifiable map sorted by name; not null
     */
    SortedMap<String, String> details();
}
