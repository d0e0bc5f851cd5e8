package io.otp.kpi.portfolio;

import static io.otp.core.money.DecimalPolicy.plain;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.id.ProjectId;
import io.otp.core.money.Money;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A bar of the budget-execution chart: a project's BAC, PV, EV and AC at the status date and the budget
 * executed, 100 &times; AC / BAC.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBudgetBar.class)
@JsonDeserialize(as = ImmutableBudgetBar.class)
public abstract class BudgetBar {

    BudgetBar() {
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
     * The project's id.
     *
     * @return the id, not null
     */
    public abstract ProjectId projectId();

    /**
     * The project's name.
     *
     * @return the name, not null
     */
    public abstract String name();

    /**
     * The budget at completion.
     *
     * @return BAC, not null
     */
    public abstract Money bac();

    /**
     * The planned value at the status date.
     *
     * @return PV, not null
     */
    public abstract Money pv();

    /**
     * The earned value at the status date.
     *
     * @return EV, not null
     */
    public abstract Money ev();

    /**
     * The actual cost at the status date.
     *
     * @return AC, not null
     */
    public abstract Money ac();

    /**
     * The budget executed, 100 &times; AC / BAC.
     *
     * @return the percentage, not null
     */
    public abstract BigDecimal budgetExecuted();

    /**
     * Keeps the decimals in the form their JSON reads back: a negative scale is raised to 0
     * ({@code 1E+3} is stored as {@code 1000}), so that a value read from a document equals the value
     * read from its own JSON.
     *
     * @return this value, or an equal-valued copy with plain decimals
     */
    @Value.Check
    BudgetBar plainDecimals() {
        return ((ImmutableBudgetBar) ImmutableBudgetBar.copyOf(this))
            .withBudgetExecuted(plain(budgetExecuted()));
    }

    /** Builds {@link BudgetBar}; each attribute may be set once. */
    public static final class Builder extends ImmutableBudgetBar.Builder {
        Builder() {
        }
    }
}
