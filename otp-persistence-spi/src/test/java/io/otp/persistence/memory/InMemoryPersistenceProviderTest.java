package io.otp.persistence.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.ValidationException;
import io.otp.core.aggregate.Aggregate;
import io.otp.core.aggregate.DomainEvent;
import io.otp.core.id.NeedId;
import io.otp.core.id.PersonId;
import io.otp.core.need.Need;
import io.otp.core.need.NeedStatus;
import io.otp.core.testing.NeedGenerators;
import io.otp.persistence.ChangeContext;
import io.otp.persistence.PersistenceProvider;
import io.otp.persistence.PersistenceProviders;
import io.otp.persistence.Query;
import io.otp.persistence.Repository;
import io.otp.persistence.Stored;
import io.otp.persistence.VersionConflictException;
import io.otp.persistence.audit.AuditEntry;
import io.otp.persistence.audit.AuditVerification;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InMemoryPersistenceProviderTest {

    static final ChangeContext BY = ChangeContext.of(PersonId.of("P1"), Instant.parse("2026-05-04T09:00:00Z"), "alta");

    /** A minimal aggregate recording domain events, to check that a store appends them to its trail. */
    @com.fasterxml.jackson.annotation.JsonAutoDetect(getterVisibility = com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE)
    static final class Journal implements Aggregate<NeedId> {
        final NeedId id;
        final List<Event> events;

        Journal(String id, List<Event> events) {
            this.id = NeedId.of(id);
            this.events = List.copyOf(events);
        }

        @com.fasterxml.jackson.annotation.JsonProperty("id")
        @Override
        public NeedId id() {
            return id;
        }

        @com.fasterxml.jackson.annotation.JsonProperty("events")
        @Override
        public List<Event> domainEvents() {
            return events;
        }
    }

    static final class Event implements DomainEvent {
        final String action;

        Event(String action) {
            this.action = action;
        }

        @Override
        public PersonId actor() {
            return PersonId.of("P9");
        }

        @Override
        public Instant at() {
            return Instant.parse("2026-05-05T10:00:00Z");
        }

        @com.fasterxml.jackson.annotation.JsonProperty("action")
        @Override
        public String action() {
            return action;
        }

        @Override
        public String summary() {
            return action + " done";
        }

        @Override
        public SortedMap<String, String> details() {
            return new TreeMap<>(Map.of("step", action));
        }
    }

    @Test
    void theDefaultStoreIsFoundByName() {
        try (PersistenceProvider p = PersistenceProviders.inMemory()) {
            assertThat(p.name()).isEqualTo("memory");
        }
        assertThatThrownBy(() -> PersistenceProviders.open("nosuch", Map.of())).isInstanceOf(ValidationException.class)
            .hasMessageContaining("nosuch").hasMessageContaining("memory");
    }

    @Test
    void savesAndReadsBackWithIncreasingVersions() {
        qt().withExamples(50).forAll(NeedGenerators.needs()).checkAssert(n -> {
            PersistenceProvider p = InMemoryPersistenceProvider.create();
            Repository<Need, NeedId> needs = p.repository(Need.class);
            Stored<Need> first = needs.save(n, 0, BY);
            assertThat(first.version()).isEqualTo(1);
            assertThat(needs.find(n.id())).contains(first);
            assertThat(needs.save(n, 1, BY).version()).isEqualTo(2);
            assertThat(p.auditTrail().verify().entries()).isEqualTo(2);
        });
    }

    static Need need(String id) {
        return need(id, "Las licencias se tramitan en papel.");
    }

    static Need need(String id, String description) {
        return Need.builder().id(NeedId.of(id)).requestingDepartment(io.otp.core.id.DepartmentId.of("D-URB"))
            .title("Tramitación electrónica de licencias").description(description)
            .category(io.otp.core.need.NeedCategory.DIGITAL_SERVICES).urgency(io.otp.core.need.Urgency.HIGH)
            .dateRaised(LocalDate.of(2026, 2, 3)).build();
    }

    @Test
    void aStaleVersionIsRefusedNamingExpectedAndCurrentAndNothingIsWritten() {
        PersistenceProvider p = InMemoryPersistenceProvider.create();
        Repository<Need, NeedId> needs = p.repository(Need.class);
        needs.save(need("N-1"), 0, BY);
        needs.save(need("N-1").startAnalysis(), 1, BY);
        assertThatThrownBy(() -> needs.save(need("N-1"), 1, BY)).isInstanceOfSatisfying(VersionConflictException.class, e -> {
            assertThat(e.expectedVersion()).isEqualTo(1);
            assertThat(e.currentVersion()).isEqualTo(2);
            assertThat(e.aggregateType()).isEqualTo("need");
            assertThat(e.getMessage()).contains("N-1").contains("expected version 1").contains("stored version is 2");
        });
        assertThatThrownBy(() -> needs.save(need("N-1"), 0, BY)).isInstanceOf(VersionConflictException.class);
        assertThat(needs.find(NeedId.of("N-1")).orElseThrow().value().status()).isEqualTo(NeedStatus.UNDER_ANALYSIS);
        assertThat(p.auditTrail().verify().entries()).isEqualTo(2);
        assertThatThrownBy(() -> needs.delete(NeedId.of("N-1"), 1, BY)).isInstanceOf(VersionConflictException.class);
        needs.delete(NeedId.of("N-1"), 2, BY);
        assertThat(needs.find(NeedId.of("N-1"))).isEmpty();
        assertThat(p.auditTrail().last().orElseThrow().change().action()).isEqualTo("delete");
    }

    @Test
    void aUnitOfWorkThatFailsMidwayLeavesNothingBehind() {
        PersistenceProvider p = InMemoryPersistenceProvider.create();
        Repository<Need, NeedId> needs = p.repository(Need.class);
        needs.save(need("N-1"), 0, BY);
        assertThatThrownBy(() -> p.inUnitOfWork(u -> {
            u.repository(Need.class).save(need("N-2"), 0, BY);
            u.repository(Need.class).save(need("N-1").startAnalysis(), 1, BY);
            return u.repository(Need.class).save(need("N-3"), 5, BY);
        })).isInstanceOf(VersionConflictException.class);
        assertThat(needs.find(NeedId.of("N-2"))).isEmpty();
        assertThat(needs.find(NeedId.of("N-1")).orElseThrow().version()).isEqualTo(1);
        assertThat(p.auditTrail().verify().entries()).isEqualTo(1);
        Stored<Need> done = p.inUnitOfWork(u -> {
            u.repository(Need.class).save(need("N-2"), 0, BY);
            return u.repository(Need.class).save(need("N-1").startAnalysis(), 1, BY);
        });
        assertThat(done.version()).isEqualTo(2);
        assertThat(p.auditTrail().verify()).satisfies(v -> assertThat(v.isIntact()).as(v.toString()).isTrue());
        assertThat(p.auditTrail().verify().entries()).isEqualTo(3);
    }

    @Test
    void domainEventsRecordedSinceTheVersionReadGoToTheAuditTrail() {
        PersistenceProvider p = InMemoryPersistenceProvider.create();
        Repository<Journal, NeedId> journals = p.repository(Journal.class);
        journals.save(new Journal("J-1", List.of(new Event("OPENED"))), 0, BY);
        journals.save(new Journal("J-1", List.of(new Event("OPENED"), new Event("SEALED"), new Event("RANKED"))), 1, BY);
        List<AuditEntry> trail = p.auditTrail().read(1, 100);
        assertThat(trail).extracting(e -> e.change().action())
            .containsExactly("create", "OPENED", "update", "SEALED", "RANKED");
        assertThat(trail.get(3).change().actor()).isEqualTo(PersonId.of("P9"));
        assertThat(trail.get(3).change().details()).containsEntry("step", "SEALED");
        assertThat(trail.get(3).change().aggregateType()).isEqualTo("journal");
        assertThat(trail.get(3).change().versionAfter()).isEqualTo(2);
        AuditVerification v = p.auditTrail().verify();
        assertThat(v.isIntact()).isTrue();
        assertThat(v.lastHash()).isEqualTo(trail.get(4).hash());
    }

    @Test
    void concurrentConflictingUpdatesEitherWinOrGetAVersionConflict() throws Exception {
        PersistenceProvider p = InMemoryPersistenceProvider.create();
        Repository<Need, NeedId> needs = p.repository(Need.class);
        needs.save(need("N-1"), 0, BY);
        AtomicInteger wins = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 1000; i++) {
                    Stored<Need> read = needs.find(NeedId.of("N-1")).orElseThrow();
                    try {
                        needs.save(read.value(), read.version(), BY);
                        wins.incrementAndGet();
                    } catch (VersionConflictException e) {
                        conflicts.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(wins.get() + conflicts.get()).isEqualTo(8000);
        assertThat(needs.find(NeedId.of("N-1")).orElseThrow().version()).isEqualTo(1L + wins.get());
        assertThat(p.auditTrail().verify().entries()).isEqualTo(1L + wins.get());
    }

    @Test
    void queriesFindByStatusDepartmentAndDate() {
        PersistenceProvider p = InMemoryPersistenceProvider.create();
        Repository<Need, NeedId> needs = p.repository(Need.class);
        List<Need> all = new ArrayList<>();
        qt().withExamples(40).forAll(NeedGenerators.needs()).checkAssert(all::add);
        int saved = 0;
        for (Need n : all) {
            if (needs.find(n.id()).isEmpty()) {
                needs.save(n, 0, BY);
                saved++;
            }
        }
        Need probe = all.get(0);
        Query q = Query.all().status(probe.status()).department(probe.requestingDepartment());
        long expected = all.stream().filter(n -> n.status() == probe.status()
            && n.requestingDepartment().equals(probe.requestingDepartment())).map(Need::id).distinct().count();
        assertThat(needs.find(q)).isNotEmpty().allSatisfy(s -> {
            assertThat(s.value().status()).isEqualTo(probe.status());
            assertThat(s.value().requestingDepartment()).isEqualTo(probe.requestingDepartment());
        });
        assertThat(needs.count(q)).isLessThanOrEqualTo(expected).isPositive();
        assertThat(needs.count(Query.all())).isEqualTo(saved);
        assertThat(needs.find(Query.all().dateBetween(probe.dateRaised(), probe.dateRaised())))
            .allSatisfy(s -> assertThat(s.value().dateRaised()).isEqualTo(probe.dateRaised()));
        assertThat(needs.find(Query.all().limit(3))).hasSize(Math.min(3, saved));
        assertThat(needs.find(Query.all().status(NeedStatus.RAISED).dateBetween(LocalDate.MIN.plusDays(1),
            LocalDate.parse("1000-01-01")))).isEmpty();
    }
}
