package io.otp.persistence;

import java.util.Objects;

/**
 * Thrown when a write names a version of an aggregate that is no longer the stored one (optimistic
 * concurrency): someone else saved it meanwhile. Nothing is written; read the aggregate again, apply
 * the change and retry.
 */
public class VersionConflictException extends PersistenceException {

    private static final long serialVersionUID = 1L;

    private final String aggregateType;

    private final String aggregateId;

    private final long expectedVersion;

    private final long currentVersion;

    /**
     * Creates the exception.
     *
     * @param aggregateType the aggregate's type name, e.g. {@code tender}; not null
     * @param aggregateId the aggregate's id; not null
     * @param expectedVersion the version the write expected (0: the aggregate should not exist)
     * @param currentVersion the version stored (0: it does not exist)
     */
    public VersionConflictException(String aggregateType, String aggregateId, long expectedVersion, long currentVersion) {
        super(Objects.requireNonNull(aggregateType, "aggregateType") + " " + Objects.requireNonNull(aggregateId,
            "aggregateId") + ": the write expected version " + expectedVersion + " but the stored version is "
            + currentVersion + (currentVersion == 0 ? " (it does not exist)" : "")
            + "; read it again, apply the change and retry");
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    /**
     * The aggregate's type name.
     *
     * @return the name, not null
     */
    public String aggregateType() {
        return aggregateType;
    }

    /**
     * The aggregate's id.
     *
     * @return the id, not null
     */
    public String aggregateId() {
        return aggregateId;
    }

    /**
     * The version the write expected; 0 when it expected the aggregate not to exist.
     *
     * @return the version
     */
    public long expectedVersion() {
        return expectedVersion;
    }

    /**
     * The version stored when the write was refused; 0 when the aggregate does not exist.
     *
     * @return the version
     */
    public long currentVersion() {
        return currentVersion;
    }
}
