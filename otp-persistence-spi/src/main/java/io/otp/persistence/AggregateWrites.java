package io.otp.persistence;

import io.otp.persistence.audit.AuditChange;
import java.util.List;
import java.util.Objects;

/**
 * What every store does the same way when it writes an aggregate: the optimistic version check of
 * {@link Repository#save} and {@link Repository#delete}, and the audit changes the write records. A store
 * reads what it holds of the aggregate (its version and how many domain events that version had recorded),
 * asks this class whether the write may go on and what to append to its audit trail, then writes the
 * document and the changes in one atomic step. Written once here, so that every store refuses the same
 * writes with the same {@link VersionConflictException} and records the same entries.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class AggregateWrites {

    private AggregateWrites() {
    }

    /**
     * Checks a save against the version stored and returns the audit changes it records: the {@code create}
     * (nothing stored) or {@code update} with the document's digest, then one per domain event recorded after
     * those of the stored version ({@link AggregateDocument#changes}). The save writes version
     * {@code storedVersion + 1}.
     *
     * @param document the document to write; not null
     * @param expectedVersion the version the caller read, 0 if it expects the aggregate not to exist
     * @param storedVersion the version stored, 0 if none
     * @param storedEvents how many domain events the stored version had recorded; 0 if none is stored
     * @param context who writes, when and why; not null
     * @return the changes in the order to append, not null
     * @throws VersionConflictException if the stored version is not the expected one; nothing may be written
     */
    public static List<AuditChange> save(AggregateDocument document, long expectedVersion, long storedVersion,
            int storedEvents, ChangeContext context) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(context, "context");
        if (storedVersion != expectedVersion) {
            throw conflict(document.typeName(), document.id(), expectedVersion, storedVersion);
        }
        return document.changes(storedVersion, storedEvents, context);
    }

    /**
     * Checks a delete against the version stored and returns the audit change it records.
     *
     * @param typeName the aggregate's type name ({@link io.otp.core.aggregate.Aggregate#typeName(Class)}); not null
     * @param id the aggregate's id as text; not null
     * @param expectedVersion the version the caller read
     * @param storedVersion the version stored, 0 if none
     * @param context who deletes, when and why; not null
     * @return the {@code delete} change, not null
     * @throws VersionConflictException if nothing is stored or the stored version is not the expected one;
     *     nothing may be deleted
     */
    public static AuditChange delete(String typeName, String id, long expectedVersion, long storedVersion,
            ChangeContext context) {
        Objects.requireNonNull(typeName, "typeName");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(context, "context");
        if (storedVersion == 0 || storedVersion != expectedVersion) {
            throw conflict(typeName, id, expectedVersion, storedVersion);
        }
        return AggregateDocument.deletion(typeName, id, storedVersion, context);
    }

    /**
     * The failure of a write that lost to another writer after {@link #save} or {@link #delete} let it go on:
     * for a store whose database makes the final comparison (an {@code UPDATE ... WHERE version = ?} that
     * changes no row, an insert that meets the id already there).
     *
     * @param typeName the aggregate's type name; not null
     * @param id the aggregate's id as text; not null
     * @param expectedVersion the version the write expected
     * @param storedVersion the version stored now, 0 if none
     * @return the exception to throw, not null
     */
    public static VersionConflictException conflict(String typeName, String id, long expectedVersion,
            long storedVersion) {
        return new VersionConflictException(typeName, id, expectedVersion, storedVersion);
    }
}
