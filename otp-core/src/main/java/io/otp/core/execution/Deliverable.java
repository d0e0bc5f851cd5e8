package io.otp.core.execution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.DeliverableId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A deliverable of a contract (a product, a report, a service period) with its acceptance checklist,
 * the list of what the administration verifies before receiving it (EU PM² deliverables acceptance
 * plan and checklist; LCSP art. 210.2, formal act of reception; art. 311, conformity of services).
 *
 * <p>Structural rule: the title is not blank ({@code OTP-DELIVERABLE-TITLE}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeliverable.class)
@JsonDeserialize(as = ImmutableDeliverable.class)
public abstract class Deliverable {

    Deliverable() {
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
     * The deliverable's identifier, unique within its contract.
     *
     * @return the id, not null
     */
    public abstract DeliverableId id();

    /**
     * The deliverable's title.
     *
     * @return the title, not blank; not null
     */
    public abstract String title();

    /**
     * The acceptance checklist, in the order the items are verified.
     *
     * @return an unmodifiable list, possibly empty; not null
     */
    public abstract List<ChecklistItem> checklist();

    /**
     * Tells whether every item of the checklist is verified (true for an empty checklist), the
     * condition for an acceptance without reservations ({@link AcceptanceOutcome#ACCEPTED}).
     *
     * @return true if no item is left unchecked
     */
    public boolean fullyChecked() {
        return checklist().stream().allMatch(ChecklistItem::checked);
    }

    /**
     * The items not verified yet, in checklist order.
     *
     * @return an unmodifiable list, possibly empty; not null
     */
    public List<ChecklistItem> uncheckedItems() {
        return checklist().stream().filter(i -> !i.checked()).collect(Collectors.toUnmodifiableList());
    }

    /**
     * This deliverable with one checklist item verified.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param index the item's position in {@link #checklist()}, from 0
     * @return the deliverable with the item checked, not null
     * @throws ValidationException if there is no item at {@code index} ({@code OTP-CHECKLIST-ITEM})
     */
    public Deliverable withItemChecked(int index) {
        if (index < 0 || index >= checklist().size()) {
            throw new ValidationException(Violation.of("checklist[" + index + "]", "OTP-CHECKLIST-ITEM",
                "io.otp.core.execution.checklistItem.unknown", "deliverable", id(), "index", index,
                "size", checklist().size()));
        }
        List<ChecklistItem> items = new ArrayList<>(checklist());
        items.set(index, items.get(index).withChecked());
        return builder().id(id()).title(title()).addAllChecklist(items).build();
    }

    @Value.Check
    void check() {
        if (title().isBlank()) {
            throw new ValidationException(Violation.of("title", "OTP-DELIVERABLE-TITLE",
                "io.otp.core.execution.deliverable.title", "deliverable", id()));
        }
    }

    /** Builds {@link Deliverable}s; each attribute may be set once. */
    public static final class Builder extends ImmutableDeliverable.Builder {
        Builder() {
        }
    }
}
