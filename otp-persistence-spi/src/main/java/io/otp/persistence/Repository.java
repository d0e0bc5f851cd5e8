package io.otp.persistence;

import io.otp.core.ValidationException;
import io.otp.core.aggregate.Aggregate;
import io.otp.core.id.TypedId;
import java.util.List;
import java.util.Optional;

/**
 * The stored aggregates of one type, with optimistic concurrency: each save names the version it
 * read ({@code 0} for a new aggregate) and fails with a {@link VersionConflictException} if the
 * stored version is another; a successful save returns the next version. Every write appends to the
 * store's audit trail, in the same transaction: one entry for the write ({@code create},
 * {@code update} or {@code delete}, with the aggregate, the versions before and after, who, when and
 * the writer's one-line summary) and one per domain event the aggregate recorded since the version read
 * ({@link Aggregate#domainEvents()}), which carries what changed in its details.
 *
 * <p>Implementations are thread-safe; a write is atomic, and inside a {@link UnitOfWork} it commits or
 * rolls back with the others.
 *
 * @param <A> the type of aggregate
 * @param <I> the type of its id
 */
public interface Repository<A extends Aggregate<I>, I extends TypedId> {

    /**
     * The type of aggregate stored.
     *
     * @return the class, not null
     */
    Class<A> type();

    /**
     * Reads an aggregate.
     *
     * @param id the id; not null
     * @return the stored aggregate with its version; empty if none has this id
     * @throws PersistenceException if the store fails, or holds a document for this id that no longer reads
     *     back as the type (changed outside the SDK); the exception names the aggregate and nothing is changed
     */
    Optional<Stored<A>> find(I id);

    /**
     * Saves an aggregate: creates it when {@code expectedVersion} is 0, replaces it otherwise.
     *
     * @param aggregate the aggregate; not null
     * @param expectedVersion the version read, or 0 for a new aggregate
     * @param context who writes, when and why; not null
     * @return the aggregate with its new version, not null
     * @throws VersionConflictException if the stored version is not {@code expectedVersion}; nothing is written
     * @throws ValidationException if the aggregate's JSON exceeds the store's limits
     * @throws PersistenceException if the store fails; nothing is written
     */
    Stored<A> save(A aggregate, long expectedVersion, ChangeContext context);

    /**
     * Deletes an aggregate; the audit trail keeps the record of it.
     *
     * @param id the id; not null
     * @param expectedVersion the version read, 1 or more
     * @param context who deletes, when and why; not null
     * @throws VersionConflictException if the stored version is not {@code expectedVersion} (0 if none is stored)
     * @throws PersistenceException if the store fails; nothing is deleted
     */
    void delete(I id, long expectedVersion, ChangeContext context);

    /**
     * Finds the aggregates that satisfy a query.
     *
     * @param query the query; not null
     * @return the aggregates sorted by id text, at most {@link Query#limit()}; not null
     * @throws PersistenceException if the store fails, or one of the documents found no longer reads back as
     *     the type (changed outside the SDK); the exception names the aggregate and nothing is changed
     */
    List<Stored<A>> find(Query query);

    /**
     * Counts the aggregates that satisfy a query, without its limit.
     *
     * @param query the query; not null
     * @return the count, not negative
     */
    long count(Query query);
}
