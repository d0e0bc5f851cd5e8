package io.otp.core.execution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import org.immutables.value.Value;

/**
 * One item of a deliverable's acceptance checklist (EU PM² deliverables acceptance checklist): what
 * must be verified, and whether it has been.
 *
 * <p>Structural rule: the description is not blank ({@code OTP-CHECKLIST-ITEM}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableChecklistItem.class)
@JsonDeserialize(as = ImmutableChecklistItem.class)
public abstract class ChecklistItem {

    ChecklistItem() {
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
     * Obtains an item.
     *
     * @param description what must be verified; not null, not blank
     * @param checked whether it has been verified
     * @return the item, not null
     * @throws ValidationException if the description is null or blank
     */
    public static ChecklistItem of(String description, boolean checked) {
        return builder().description(description).checked(checked).build();
    }

    /**
     * What must be verified, e.g. "the user manual is in Spanish and in the co-official language".
     *
     * @return the description, not blank; not null
     */
    public abstract String description();

    /**
     * Whether the item has been verified.
     *
     * @return true once verified
     */
    public abstract boolean checked();

    /**
     * This item, verified.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @return the item with {@link #checked()} true, not null
     */
    public ChecklistItem withChecked() {
        return of(description(), true);
    }

    @Value.Check
    void check() {
        if (description().isBlank()) {
            throw new ValidationException(Violation.of("description", "OTP-CHECKLIST-ITEM",
                "io.otp.core.execution.checklistItem.blank"));
        }
    }

    /** Builds {@link ChecklistItem}s; each attribute may be set once. */
    public static final class Builder extends ImmutableChecklistItem.Builder {
        Builder() {
        }
    }
}
