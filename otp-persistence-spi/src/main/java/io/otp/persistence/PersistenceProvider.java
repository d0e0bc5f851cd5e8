package io.otp.persistence;

import io.otp.core.aggregate.Aggregate;
import io.otp.core.id.TypedId;
import io.otp.persistence.audit.AuditTrail;
import java.util.function.Function;

/**
 * A store of the SDK's aggregates: repositories for any {@link Aggregate} class, one audit trail, and
 * units of work. Obtain one from {@link PersistenceProviders} (found with {@link java.util.ServiceLoader}
 * by name) or construct a store's provider directly.
 *
 * <p>Implementations are thread-safe. Aggregates are kept as the JSON {@link io.otp.core.json.OtpJson}
 * writes, so a store holds any aggregate type, including those of modules it does not know.
 */
public interface PersistenceProvider extends AutoCloseable {

    /**
     * The provider's name, e.g. {@code memory} or {@code jdbc}.
     *
     * @return the name, not null
     */
    String name();

    /**
     * The repository of a type of aggregate; each write commits on its own.
     *
     * @param type the aggregate class, e.g. {@code Need.class}; not null
     * @param <A> the type of aggregate
     * @param <I> the type of its id
     * @return the repository, not null
     */
    <A extends Aggregate<I>, I extends TypedId> Repository<A, I> repository(Class<A> type);

    /**
     * The audit trail of every write.
     *
     * @return the trail, not null
     */
    AuditTrail auditTrail();

    /**
     * Runs work whose writes commit together when it returns, or are all discarded when it throws
     * (the exception is then rethrown unchanged). Called inside another unit of work on the same thread,
     * it is nested: its writes are discarded alone if it throws, and commit with the outer unit otherwise
     * (see {@link UnitOfWork}).
     *
     * @param work the work; not null
     * @param <R> the type of its result
     * @return what the work returns
     * @throws VersionConflictException if a write of the work conflicts; nothing is written
     * @throws PersistenceException if the store fails; nothing is written
     */
    <R> R inUnitOfWork(Function<UnitOfWork, R> work);

    /**
     * Releases the store's resources; the provider cannot be used afterwards.
     */
    @Override
    void close();
}
