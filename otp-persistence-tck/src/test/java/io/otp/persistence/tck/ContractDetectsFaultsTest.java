package io.otp.persistence.tck;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.aggregate.Aggregate;
import io.otp.core.id.TypedId;
import io.otp.core.json.OtpJson;
import io.otp.persistence.ChangeContext;
import io.otp.persistence.PersistenceProvider;
import io.otp.persistence.PersistenceProviders;
import io.otp.persistence.Query;
import io.otp.persistence.Repository;
import io.otp.persistence.Stored;
import io.otp.persistence.UnitOfWork;
import io.otp.persistence.VersionConflictException;
import io.otp.persistence.audit.AuditChange;
import io.otp.persistence.audit.AuditCheckpoint;
import io.otp.persistence.audit.AuditEntry;
import io.otp.persistence.audit.AuditTrail;
import io.otp.persistence.audit.AuditVerification;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The contract fails against stores with a known fault: each test below runs one contract test against
 * the in-memory store wrapped with one fault and expects an assertion failure, so the kit's tests are
 * shown to detect what they claim to.
 */
class ContractDetectsFaultsTest {

    interface ContractTest {
        void run(PersistenceProviderContract contract) throws Exception;
    }

    private static void detects(Supplier<PersistenceProvider> faulty, ContractTest test) {
        detects(new ContractProbe(faulty), test);
    }

    private static void detects(ContractProbe contract, ContractTest test) {
        contract.openProvider();
        try {
            assertThatThrownBy(() -> test.run(contract)).isInstanceOf(AssertionError.class);
        } finally {
            contract.closeProvider();
        }
    }

    @Test
    void detectsAUnitOfWorkThatCommitsEachWriteOnItsOwn() {
        Supplier<PersistenceProvider> faulty = () -> new Faulty(PersistenceProviders.inMemory()) {
            @Override
            public <R> R inUnitOfWork(Function<UnitOfWork, R> work) {
                return work.apply(UnitOfWork.of(delegate));
            }
        };
        detects(faulty, PersistenceProviderContract::aUnitOfWorkThatThrowsLeavesNothingBehind);
        detects(faulty, PersistenceProviderContract::aConflictInsideAUnitOfWorkWritesNothing);
    }

    @Test
    void detectsResultsNotSortedByIdText() {
        detects(() -> new Faulty(PersistenceProviders.inMemory()) {
            @Override
            <A extends Aggregate<I>, I extends TypedId> List<Stored<A>> find(Repository<A, I> r, Query q) {
                List<Stored<A>> all = new ArrayList<>(r.find(q));
                Collections.reverse(all);
                return all;
            }
        }, PersistenceProviderContract::limitsAndOrdersByIdText);
    }

    @Test
    void detectsACountThatAppliesTheLimit() {
        detects(() -> new Faulty(PersistenceProviders.inMemory()) {
            @Override
            <A extends Aggregate<I>, I extends TypedId> long count(Repository<A, I> r, Query q) {
                return r.find(q).size();
            }
        }, PersistenceProviderContract::limitsAndOrdersByIdText);
    }

    @Test
    void detectsAStoreThatChecksTheVersionOutsideTheWrite() {
        detects(() -> new Faulty(PersistenceProviders.inMemory()) {
            @Override
            <A extends Aggregate<I>, I extends TypedId> Stored<A> save(Repository<A, I> r, A a, long expected,
                    ChangeContext c) {
                long current = r.find(a.id()).map(Stored::version).orElse(0L);
                if (current != expected) {
                    throw new VersionConflictException(Aggregate.typeName(r.type()), a.id().value(), expected, current);
                }
                Thread.yield();
                return r.save(a, r.find(a.id()).map(Stored::version).orElse(0L), c);
            }
        }, PersistenceProviderContract::concurrentConflictingUpdatesEitherWinOrConflict);
    }

    @Test
    void detectsAStoreThatAnswersANullId() {
        detects(() -> new Faulty(PersistenceProviders.inMemory()) {
            @Override
            <A extends Aggregate<I>, I extends TypedId> Optional<Stored<A>> find(Repository<A, I> r, I id) {
                return id == null ? Optional.empty() : r.find(id);
            }
        }, PersistenceProviderContract::nullArgumentsAreRefusedByName);
    }

    @Test
    void detectsAStoreThatOverwritesWithAStaleVersion() {
        detects(() -> new Faulty(PersistenceProviders.inMemory()) {
            @Override
            <A extends Aggregate<I>, I extends TypedId> Stored<A> save(Repository<A, I> r, A a, long expected,
                    ChangeContext c) {
                return r.save(a, r.find(a.id()).map(Stored::version).orElse(0L), c);
            }
        }, PersistenceProviderContract::aStaleVersionIsRefusedAndNothingIsWritten);
    }

    @Test
    void detectsAStoreWithALimitOfItsOwn() {
        // A column of 200,000 characters, say: it refuses what every other store keeps.
        detects(() -> new Faulty(PersistenceProviders.inMemory()) {
            @Override
            <A extends Aggregate<I>, I extends TypedId> Stored<A> save(Repository<A, I> r, A a, long expected,
                    ChangeContext c) {
                int length = OtpJson.standard().write(a).length();
                if (length > 200_000) {
                    throw new ValidationException(Violation.of("aggregate", "TCK-SIZE", "io.otp.persistence.tck.size",
                        "value", length));
                }
                return r.save(a, expected, c);
            }
        }, PersistenceProviderContract::everyStoreKeepsWhatReadsBackAndRefusesWhatWouldNot);
    }

    @Test
    void detectsAListCutSilentlyAtTheDefaultLimit() {
        detects(() -> new Faulty(PersistenceProviders.inMemory()) {
            @Override
            <A extends Aggregate<I>, I extends TypedId> List<Stored<A>> find(Repository<A, I> r, Query q) {
                return r.find(q.limited() ? q : q.limit(Query.DEFAULT_LIMIT));
            }
        }, PersistenceProviderContract::aListIsNeverPartOfALargerResultAndAStreamReadsThemAll);
    }

    @Test
    void detectsNestedUnitsOfWorkThatKeepTheWritesOfAFailure() {
        ThreadLocal<Boolean> inside = ThreadLocal.withInitial(() -> false);
        detects(() -> new Faulty(PersistenceProviders.inMemory()) {
            @Override
            public <R> R inUnitOfWork(Function<UnitOfWork, R> work) {
                if (inside.get()) {
                    // nested: runs inline, so a failure is undone only if the outer unit fails too
                    return work.apply(unit());
                }
                inside.set(true);
                try {
                    return delegate.inUnitOfWork(u -> work.apply(unit()));
                } finally {
                    inside.set(false);
                }
            }
        }, PersistenceProviderContract::aNestedUnitOfWorkThatThrowsIsUndoneAlone);
    }

    @Test
    void detectsAVerificationThatIgnoresTheCheckpoint() {
        detects(() -> new Faulty(PersistenceProviders.inMemory()) {
            @Override
            public AuditTrail auditTrail() {
                AuditTrail t = delegate.auditTrail();
                return new AuditTrail() {
                    @Override
                    public AuditEntry append(AuditChange change) {
                        return t.append(change);
                    }

                    @Override
                    public List<AuditEntry> read(long fromPosition, int limit) {
                        return t.read(fromPosition, limit);
                    }

                    @Override
                    public Optional<AuditEntry> last() {
                        return t.last();
                    }

                    @Override
                    public AuditVerification verify(AuditCheckpoint checkpoint) {
                        return t.verify();
                    }
                };
            }
        }, PersistenceProviderContract::aCheckpointIsVerifiedAndATrailThatNoLongerHoldsItIsNamed);
    }

    /** The in-memory store with hooks to break one behaviour of its repositories or units of work. */
    private static class Faulty implements PersistenceProvider {

        final PersistenceProvider delegate;

        Faulty(PersistenceProvider delegate) {
            this.delegate = delegate;
        }

        <A extends Aggregate<I>, I extends TypedId> Optional<Stored<A>> find(Repository<A, I> r, I id) {
            return r.find(id);
        }

        <A extends Aggregate<I>, I extends TypedId> List<Stored<A>> find(Repository<A, I> r, Query q) {
            return r.find(q);
        }

        <A extends Aggregate<I>, I extends TypedId> long count(Repository<A, I> r, Query q) {
            return r.count(q);
        }

        <A extends Aggregate<I>, I extends TypedId> Stored<A> save(Repository<A, I> r, A a, long expected,
                ChangeContext c) {
            return r.save(a, expected, c);
        }

        /** A unit of work writing through the faulty repositories and the delegate's trail. */
        UnitOfWork unit() {
            return UnitOfWork.of(this);
        }

        @Override
        public String name() {
            return "faulty";
        }

        @Override
        public <A extends Aggregate<I>, I extends TypedId> Repository<A, I> repository(Class<A> type) {
            Repository<A, I> r = delegate.repository(type);
            return new Repository<>() {
                @Override
                public Class<A> type() {
                    return r.type();
                }

                @Override
                public Optional<Stored<A>> find(I id) {
                    return Faulty.this.find(r, id);
                }

                @Override
                public Stored<A> save(A aggregate, long expectedVersion, ChangeContext context) {
                    return Faulty.this.save(r, aggregate, expectedVersion, context);
                }

                @Override
                public void delete(I id, long expectedVersion, ChangeContext context) {
                    r.delete(id, expectedVersion, context);
                }

                @Override
                public List<Stored<A>> find(Query query) {
                    return Faulty.this.find(r, query);
                }

                @Override
                public long count(Query query) {
                    return Faulty.this.count(r, query);
                }
            };
        }

        @Override
        public AuditTrail auditTrail() {
            return delegate.auditTrail();
        }

        @Override
        public <R> R inUnitOfWork(Function<UnitOfWork, R> work) {
            return delegate.inUnitOfWork(work);
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
