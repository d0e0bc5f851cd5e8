package io.otp.kpi.portfolio;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.kpi.indicator.StatusLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A minimal entry of a project's risk log or action log (EU PM²) that a dashboard lists: kind, the
 * log's reference, a title, a severity on the portfolio's status scale and, for actions, a due date.
 *
 * <p>The title and reference must not be blank ({@code OTP-PORTFOLIO-BLANK}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAttentionItem.class)
@JsonDeserialize(as = ImmutableAttentionItem.class)
public abstract class AttentionItem {

    AttentionItem() {
    }

    /**
     * Returns a new builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains a risk.
     *
     * @param reference the risk log's reference; not null; not blank
     * @param title what the risk is; not null; not blank
     * @param severity its severity on the portfolio's scale; not null
     * @return the item, not null
     * @throws ValidationException if the reference or title is blank
     */
    public static AttentionItem risk(String reference, String title, StatusLevel severity) {
        return builder().kind(AttentionKind.RISK).reference(reference).title(title).severity(severity).build();
    }

    /**
     * Obtains an action item.
     *
     * @param reference the action log's reference; not null; not blank
     * @param title what is to be done; not null; not blank
     * @param severity its severity on the portfolio's scale; not null
     * @param due the due date; not null
     * @return the item, not null
     * @throws ValidationException if the reference or title is blank
     */
    public static AttentionItem action(String reference, String title, StatusLevel severity, LocalDate due) {
        return builder().kind(AttentionKind.ACTION).reference(reference).title(title).severity(severity)
            .due(due).build();
    }

    /**
     * The kind of item.
     *
     * @return the kind, not null
     */
    public abstract AttentionKind kind();

    /**
     * The reference in the project's log, unique within the project.
     *
     * @return the reference, not null
     */
    public abstract String reference();

    /**
     * The title.
     *
     * @return the title, not null
     */
    public abstract String title();

    /**
     * The severity on the portfolio's status scale.
     *
     * @return the level, not null
     */
    public abstract StatusLevel severity();

    /**
     * The due date of an action.
     *
     * @return the date, or empty
     */
    public abstract Optional<LocalDate> due();

    /**
     * Tells whether this is an action whose due date is before the date.
     *
     * @param date the status date; not null
     * @return true for an overdue action
     */
    public boolean isOverdueAt(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return kind() == AttentionKind.ACTION && due().isPresent() && due().get().isBefore(date);
    }

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        if (reference().isBlank()) {
            v.add(Violation.of("reference", "OTP-PORTFOLIO-BLANK", "io.otp.kpi.portfolio.blank", "field", "reference"));
        }
        if (title().isBlank()) {
            v.add(Violation.of("title", "OTP-PORTFOLIO-BLANK", "io.otp.kpi.portfolio.blank", "field", "title"));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    /** Builds {@link AttentionItem}; each attribute may be set once. */
    public static final class Builder extends ImmutableAttentionItem.Builder {
        Builder() {
        }
    }
}
