package io.otp.kpi.portfolio;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.id.ProjectId;
import org.immutables.value.Value;

/**
 * An attention item with the project it belongs to, as listed in the top risks and overdue actions of a
 * {@link DashboardSnapshot}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAttentionRow.class)
@JsonDeserialize(as = ImmutableAttentionRow.class)
public abstract class AttentionRow {

    AttentionRow() {
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
     * The item.
     *
     * @return the item, not null
     */
    public abstract AttentionItem item();

    /** Builds {@link AttentionRow}; each attribute may be set once. */
    public static final class Builder extends ImmutableAttentionRow.Builder {
        Builder() {
        }
    }
}
