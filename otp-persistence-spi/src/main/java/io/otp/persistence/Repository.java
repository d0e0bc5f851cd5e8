package io.otp.persistence;

import io.otp.core.ValidationException;
import io.otp.core.aggregate.Aggregate;
import io.otp.core.id.TypedId;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The stored aggregates of one type, with optimistic concurrency: each save names the version it
 * read ({@code 0} for a new aggregate) and fails with a {@link VersionConflictException} if the
 * stored version is another; a successful save returns the next version. Every write appends to the
 * store's audit trail, in the same transaction: one entry for the write ({@code create},
 * {@code update} or {@code delete}, with the aggregate, the versions before and after, who, when and
 * the writer's one-line summary) and one per domain event the aggregate recorded since the version read
 * ({@link Aggregate#domainEvents()}), which carries what changed in its details.
 *
 * <p>The {@code create} and {@code update} entries carry the digest of the document written
 * ({@link io.otp.persistence.audit.AuditChange#documentHash()}), so that the trail's verification finds a
 * stored document edited, deleted or inserted outside the SDK. Every store applies the same limits to what
 * it saves ({@link AggregateDocument}): what one store accepts, every store accepts and reads back.
 *
 * <p>Implementations are thread-safe. A write is atomic: one that fails (a conflict, a limit, a failure of
 * the store) leaves nothing behind, neither its document nor its audit entries, also inside a
 * {@link UnitOfWork}, where the writes before it stay and the unit may go on; a unit of work commits or
 * rolls back its writes together.
 *
 * @param <A> the type of aggregate
 * @param <I> the type of its id
 */
public interface Repository<A extends Aggregate<I>, I extends TypedId> {

    /** The number of aggregates {@link #stream(Query)} reads at a time. */
    int STREAM_PAGE = 1000;

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
     * Finds the aggregates that satisfy a query, as one list: those after {@link Query#after()} in order
     * of id text, at most {@link Query#limit()}. A list is never part of a result taken for the whole: a
     * query without a limit set that matches more than {@value Query#DEFAULT_LIMIT} aggregates is refused
     * ({@link Query#results(List, String)}); use {@link #stream(Query)} for any number.
     *
     * @param query the query; not null
     * @return the aggregates sorted by id text, at most {@link Query#limit()}; not null
     * @throws PersistenceException if the store fails, if the query has no limit set and matches more than
     *     {@value Query#DEFAULT_LIMIT} aggregates, or if one of the documents found no longer reads back as the
     *     type (changed outside the SDK); the exception names the aggregate and nothing is changed
     */
    List<Stored<A>> find(Query query);

    /**
     * Reads every aggregate that satisfies a query, in order of id text, page by page as the stream is
     * consumed ({@value #STREAM_PAGE} at a time, each page a {@link #find(Query)} after the last id read), so
     * that any number can be read in bounded memory; with a limit set by {@link Query#limit(int)}, at most
     * that many. Each page is read on its own (inside a {@link UnitOfWork}, all in its transaction): an
     * aggregate saved meanwhile after the last id read appears, one saved before it does not, and none
     * appears twice.
     *
     * @param query the query; not null
     * @return the aggregates, lazily; not null
     * @throws PersistenceException as {@link #find(Query)} does, when a page is read
     */
    default Stream<Stored<A>> stream(Query query) {
        Objects.requireNonNull(query, "query");
        Iterator<Stored<A>> pages = new Iterator<>() {
            private long remaining = query.limited() ? query.limit() : Long.MAX_VALUE;
            private Optional<String> after = query.after();
            private Iterator<Stored<A>> page = List.<Stored<A>>of().iterator();
            private boolean last;

            @Override
            public boolean hasNext() {
                while (!page.hasNext() && !last && remaining > 0) {
                    int size = (int) Math.min(STREAM_PAGE, remaining);
                    Query q = query.limit(size);
                    List<Stored<A>> read = find(after.map(q::after).orElse(q));
                    last = read.size() < size;
                    remaining -= read.size();
                    if (!read.isEmpty()) {
                        after = Optional.of(read.get(read.size() - 1).value().id().toString());
                    }
                    page = read.iterator();
                }
                return page.hasNext();
            }

            @Override
            public Stored<A> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED | Spliterator.NONNULL),
            false);
    }

    /**
     * Counts the aggregates that satisfy a query, without its limit (those after {@link Query#after()} only).
     *
     * @param query the query; not null
     * @return the count, not negative
     */
    long count(Query query);
}
