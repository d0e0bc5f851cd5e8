package io.otp.persistence;

import io.otp.core.aggregate.Aggregate;
import io.otp.core.id.TypedId;
import io.otp.persistence.audit.AuditTrail;

/**
 * Several writes that commit together or not at all, e.g. an award: the tender's new status, the
 * contract and their audit entries. Obtained inside
 * {@link PersistenceProvider#inUnitOfWork(java.util.function.Function)}; valid only there.
 *
 * <p>Inside a unit of work each write is atomic on its own: a write that throws leaves nothing of itself
 * (document, query values, audit entries, position in the chain), so the work may catch the exception and
 * go on. A unit of work started inside another is nested, like a savepoint: if it throws, only its own writes
 * and audit entries are undone and the exception reaches the outer work, which may catch it and go on; if it
 * returns, its writes commit with the outer unit, or not at all if the outer unit throws.
 *
 * <p>A unit of work belongs to the thread that runs it. A write from another thread while it runs (a parallel
 * stream, an executor) is not part of it: it commits on its own, and on the SDK's H2 file and in-memory
 * stores it waits until the unit ends, since writes to one store are serialised. A unit of work kept after
 * its work returned no longer groups anything: each write through it then commits on its own. Do the
 * unit's writes on its thread, inside its work.
 */
public interface UnitOfWork {

    /**
     * The repository of a type of aggregate, writing inside this unit of work.
     *
     * @param type the aggregate class, e.g. {@code Tender.class}; not null
     * @param <A> the type of aggregate
     * @param <I> the type of its id
     * @return the repository, not null
     */
    <A extends Aggregate<I>, I extends TypedId> Repository<A, I> repository(Class<A> type);

    /**
     * The audit trail, appending inside this unit of work.
     *
     * @return the trail, not null
     */
    AuditTrail auditTrail();

    /**
     * The unit of work of a store whose repositories and audit trail take part, by themselves, in the unit of
     * work running on the thread (as the SDK's stores do): it hands out the provider's own.
     *
     * @param provider the store; not null
     * @return a unit of work writing through the provider's repositories and audit trail, not null
     */
    static UnitOfWork of(PersistenceProvider provider) {
        java.util.Objects.requireNonNull(provider, "provider");
        return new UnitOfWork() {
            @Override
            public <A extends Aggregate<I>, I extends TypedId> Repository<A, I> repository(Class<A> type) {
                return provider.repository(type);
            }

            @Override
            public AuditTrail auditTrail() {
                return provider.auditTrail();
            }
        };
    }
}
