package io.otp.scoring.evaluation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.aggregate.DomainEvent;
import io.otp.core.id.PersonId;
import java.time.Instant;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * One step of an evaluation as the audit trail records it: its position in the history, what was
 * done and under which provision, who did it and when, the phase before and after, and what
 * changed (e.g. {@code bid = B3}, {@code excluded = B4 (LCSP-146.3)}, {@code sealedDigest = …}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvaluationEvent.class)
@JsonDeserialize(as = ImmutableEvaluationEvent.class)
public abstract class EvaluationEvent implements DomainEvent {

    EvaluationEvent() {
    }

    static ImmutableEvaluationEvent.Builder builder() {
        return ImmutableEvaluationEvent.builder();
    }

    /**
     * The position of the event in the history, from 1.
     *
     * @return the sequence number, positive
     */
    public abstract int sequence();

    /**
     * What the step did.
     *
     * @return the kind, not null
     */
    public abstract EvaluationEventKind kind();

    /**
     * The provision the step applies, e.g. {@code LCSP-146.3}.
     *
     * @return the rule id, not null
     */
    public String ruleId() {
        return kind().ruleId();
    }

    /**
     * What the step did, as the name of its {@link #kind()}, e.g. {@code VALUE_JUDGMENT_SEALED}.
     *
     * @return the action, not null
     */
    @Override
    public String action() {
        return kind().name();
    }

    /**
     * Who took the step.
     *
     * @return the person, not null
     */
    @Override
    public abstract PersonId actor();

    /**
     * When the step was taken.
     *
     * @return the instant, not null
     */
    @Override
    public abstract Instant at();

    /**
     * The phase before the step.
     *
     * @return the phase, not null
     */
    public abstract EvaluationPhase from();

    /**
     * The phase after the step.
     *
     * @return the phase, not null
     */
    public abstract EvaluationPhase to();

    /**
     * One line saying what changed, in English, e.g. {@code bid B3 excluded: technical score 42.00 below the threshold 50.00}.
     *
     * @return the summary, not null
     */
    @Override
    public abstract String summary();

    /**
     * What changed, by name, as text.
     *
     * @return an unmodifiable map sorted by name; not null
     */
    @Value.NaturalOrder
    @Override
    public abstract SortedMap<String, String> details();

    @Value.Check
    void check() {
        if (sequence() < 1) {
            throw new ValidationException(Violation.of("sequence", "OTP-SEQUENCE", "io.otp.scoring.evaluation.event.sequence",
                "value", sequence()));
        }
    }

    @Override
    public String toString() {
        return "#" + sequence() + " " + kind() + " by " + actor() + " at " + at() + ": " + summary();
    }
}
