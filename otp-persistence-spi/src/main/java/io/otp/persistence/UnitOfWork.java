package io.otp.persistence;

import io.otp.core.aggregate.Aggregate;
import io.otp.core.id.TypedId;
import io.otp.persistence.audit.AuditTrail;

/**
 * Several writes that commit together or not at all, e.g. an award: the tender's new status, the
 * contract and their audit entries. Obtained inside
 * {@link PersistenceProvider#inUnitOfWork(java.util.function.Function)}; valid only there.
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
}
