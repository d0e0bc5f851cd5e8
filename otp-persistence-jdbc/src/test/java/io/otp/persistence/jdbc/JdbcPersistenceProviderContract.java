package io.otp.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.otp.core.ValidationException;
import io.otp.core.id.DepartmentId;
import io.otp.core.id.NeedId;
import io.otp.core.id.PersonId;
import io.otp.core.json.OtpJson;
import io.otp.core.need.Need;
import io.otp.core.need.NeedCategory;
import io.otp.core.need.NeedStatus;
import io.otp.core.need.Urgency;
import io.otp.core.testing.NeedGenerators;
import io.otp.persistence.ChangeContext;
import io.otp.persistence.PersistenceException;
import io.otp.persistence.Query;
import io.otp.persistence.Repository;
import io.otp.persistence.Stored;
import io.otp.persistence.VersionConflictException;
import io.otp.persistence.audit.AuditEntry;
import io.otp.persistence.audit.AuditProblem;
import io.otp.persistence.audit.AuditVerification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviours of the in-memory store (InMemoryPersistenceProviderTest), on one database: each
 * subclass supplies a data source, and each test gets a store of its own (a fresh table prefix),
 * migrated.
 */
abstract class JdbcPersistenceProviderContract {

    static final ChangeContext BY = ChangeContext.of(PersonId.of("P1"), Instant.parse("2026-05-04T09:00:00Z"), "alta");

    private static final AtomicInteger STORES = new AtomicInteger();

    JdbcPersistenceProvider store;

    /**
     * The database of the subclass, shared by its tests.
     *
     * @return a pooling data source
     */
    abstract DataSource dataSource();

    @BeforeEach
    void openStore() {
        store = JdbcPersistenceProvider.create(dataSource(),
            JdbcSettings.defaults().withTablePrefix("t" + STORES.incrementAndGet() + "_"));
        assertThat(store.schemaVersion()).isZero();
        assertThat(store.migrate()).isEqualTo(JdbcPersistenceProvider.latestSchemaVersion());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    static Need need(String id) {
        return Need.builder().id(NeedId.of(id)).requestingDepartment(DepartmentId.of("D-URB"))
            .title("Tramitación electrónica de licencias").description("Las licencias se tramitan en papel.")
            .category(NeedCategory.DIGITAL_SERVICES).urgency(Urgency.HIGH).dateRaised(LocalDate.of(2026, 2, 3)).build();
    }

    @Test
    void migratingAgainChangesNothing() {
        assertThat(store.migrate()).isEqualTo(JdbcPersistenceProvider.latestSchemaVersion());
        assertThat(store.schemaVersion()).isEqualTo(JdbcPersistenceProvider.latestSchemaVersion());
        assertThat(store.name()).isEqualTo("jdbc");
    }

    @Test
    void savesAndReadsBackWithIncreasingVersions() {
        Repository<Need, NeedId> needs = store.repository(Need.class);
        AtomicInteger writes = new AtomicInteger();
        qt().withExamples(30).forAll(NeedGenerators.needs()).checkAssert(n -> {
            long before = needs.find(n.id()).map(Stored::version).orElse(0L);
            Stored<Need> saved = needs.save(n, before, BY);
            writes.incrementAndGet();
            assertThat(saved.version()).isEqualTo(before + 1);
            assertThat(needs.find(n.id())).contains(saved);
            assertThat(needs.save(n, saved.version(), BY).version()).isEqualTo(before + 2);
            writes.incrementAndGet();
        });
        AuditVerification v = store.auditTrail().verify();
        assertThat(v.isIntact()).isTrue();
        assertThat(v.entries()).isEqualTo(writes.get());
    }

    @Test
    void aStaleVersionIsRefusedNamingExpectedAndCurrentAndNothingIsWritten() {
        Repository<Need, NeedId> needs = store.repository(Need.class);
        needs.save(need("N-1"), 0, BY);
        needs.save(need("N-1").startAnalysis(), 1, BY);
        assertThatThrownBy(() -> needs.save(need("N-1"), 1, BY)).isInstanceOfSatisfying(VersionConflictException.class, e -> {
            assertThat(e.expectedVersion()).isEqualTo(1);
            assertThat(e.currentVersion()).isEqualTo(2);
            assertThat(e.aggregateType()).isEqualTo("need");
            assertThat(e.getMessage()).contains("N-1").contains("expected version 1").contains("stored version is 2");
        });
        assertThatThrownBy(() -> needs.save(need("N-1"), 0, BY)).isInstanceOfSatisfying(VersionConflictException.class,
            e -> assertThat(e.currentVersion()).isEqualTo(2));
        assertThat(needs.find(NeedId.of("N-1")).orElseThrow().value().status()).isEqualTo(NeedStatus.UNDER_ANALYSIS);
        assertThat(store.auditTrail().verify().entries()).isEqualTo(2);
        assertThatThrownBy(() -> needs.delete(NeedId.of("N-1"), 1, BY)).isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> needs.delete(NeedId.of("N-9"), 1, BY)).isInstanceOfSatisfying(VersionConflictException.class,
            e -> assertThat(e.currentVersion()).isZero());
        needs.delete(NeedId.of("N-1"), 2, BY);
        assertThat(needs.find(NeedId.of("N-1"))).isEmpty();
        assertThat(needs.count(Query.all().status(NeedStatus.UNDER_ANALYSIS))).isZero();
        AuditEntry last = store.auditTrail().last().orElseThrow();
        assertThat(last.change().action()).isEqualTo("delete");
        assertThat(last.change().versionBefore()).isEqualTo(2);
        assertThat(store.auditTrail().verify().isIntact()).isTrue();
    }

    @Test
    void aUnitOfWorkThatFailsMidwayLeavesNothingBehind() {
        Repository<Need, NeedId> needs = store.repository(Need.class);
        needs.save(need("N-1"), 0, BY);
        assertThatThrownBy(() -> store.inUnitOfWork(u -> {
            u.repository(Need.class).save(need("N-2"), 0, BY);
            u.repository(Need.class).save(need("N-1").startAnalysis(), 1, BY);
            assertThat(u.repository(Need.class).find(NeedId.of("N-2"))).isPresent();
            return u.repository(Need.class).save(need("N-3"), 5, BY);
        })).isInstanceOf(VersionConflictException.class);
        assertThat(needs.find(NeedId.of("N-2"))).isEmpty();
        assertThat(needs.find(NeedId.of("N-1")).orElseThrow().version()).isEqualTo(1);
        assertThat(store.auditTrail().verify().entries()).isEqualTo(1);
        IllegalStateException boom = new IllegalStateException("boom");
        assertThatThrownBy(() -> store.inUnitOfWork(u -> {
            u.repository(Need.class).save(need("N-4"), 0, BY);
            throw boom;
        })).isSameAs(boom);
        assertThat(needs.find(NeedId.of("N-4"))).isEmpty();
        Stored<Need> done = store.inUnitOfWork(u -> {
            u.repository(Need.class).save(need("N-2"), 0, BY);
            return u.repository(Need.class).save(need("N-1").startAnalysis(), 1, BY);
        });
        assertThat(done.version()).isEqualTo(2);
        assertThat(store.auditTrail().verify().isIntact()).isTrue();
        assertThat(store.auditTrail().verify().entries()).isEqualTo(3);
    }

    @Test
    void domainEventsRecordedSinceTheVersionReadGoToTheAuditTrail() {
        Repository<Journal, NeedId> journals = store.repository(Journal.class);
        journals.save(new Journal("J-1", List.of(new Journal.Event("OPENED"))), 0, BY);
        Journal three = new Journal("J-1", List.of(new Journal.Event("OPENED"), new Journal.Event("SEALED"),
            new Journal.Event("RANKED")));
        journals.save(three, 1, BY);
        assertThat(journals.find(NeedId.of("J-1")).orElseThrow().value()).isEqualTo(three);
        List<AuditEntry> trail = store.auditTrail().read(1, 100);
        assertThat(trail).extracting(e -> e.change().action())
            .containsExactly("create", "OPENED", "update", "SEALED", "RANKED");
        assertThat(trail.get(3).change().actor()).isEqualTo(PersonId.of("P9"));
        assertThat(trail.get(3).change().details()).containsEntry("step", "SEALED");
        assertThat(trail.get(3).change().aggregateType()).isEqualTo("journal");
        assertThat(trail.get(3).change().versionAfter()).isEqualTo(2);
        assertThat(store.auditTrail().read(4, 1)).containsExactly(trail.get(3));
        AuditVerification v = store.auditTrail().verify();
        assertThat(v.isIntact()).isTrue();
        assertThat(v.lastHash()).isEqualTo(trail.get(4).hash());
    }

    @Test
    void concurrentConflictingUpdatesEitherWinOrGetAVersionConflict() throws Exception {
        Repository<Need, NeedId> needs = store.repository(Need.class);
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
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(wins.get() + conflicts.get()).isEqualTo(8000);
        assertThat(needs.find(NeedId.of("N-1")).orElseThrow().version()).isEqualTo(1L + wins.get());
        AuditVerification v = store.auditTrail().verify();
        assertThat(v.isIntact()).isTrue();
        assertThat(v.entries()).isEqualTo(1L + wins.get());
    }

    @Test
    void queriesFindByStatusDepartmentAndDate() {
        Repository<Need, NeedId> needs = store.repository(Need.class);
        List<Need> all = new ArrayList<>();
        qt().withExamples(40).forAll(NeedGenerators.needs()).checkAssert(all::add);
        List<Need> saved = new ArrayList<>();
        store.inUnitOfWork(u -> {
            for (Need n : all) {
                if (u.repository(Need.class).find(n.id()).isEmpty()) {
                    u.repository(Need.class).save(n, 0, BY);
                    saved.add(n);
                }
            }
            return null;
        });
        Need probe = saved.get(0);
        Query q = Query.all().status(probe.status()).department(probe.requestingDepartment());
        List<String> expected = saved.stream().filter(n -> q.matches(n.queryValues())).map(n -> n.id().value()).sorted()
            .toList();
        assertThat(needs.find(q)).extracting(s -> s.value().id().value()).containsExactlyElementsOf(expected);
        assertThat(needs.count(q)).isEqualTo(expected.size()).isPositive();
        assertThat(needs.count(Query.all())).isEqualTo(saved.size());
        assertThat(needs.find(Query.all())).extracting(s -> s.value().id().value())
            .containsExactlyElementsOf(saved.stream().map(n -> n.id().value()).sorted().toList());
        Query sameDay = Query.all().dateBetween(probe.dateRaised(), probe.dateRaised());
        assertThat(needs.find(sameDay)).isNotEmpty()
            .allSatisfy(s -> assertThat(s.value().dateRaised()).isEqualTo(probe.dateRaised()));
        Query range = Query.all().dateBetween(LocalDate.parse("2020-01-01"), LocalDate.parse("2026-06-30"));
        assertThat(needs.count(range)).isEqualTo(saved.stream().filter(n -> range.matches(n.queryValues())).count());
        assertThat(needs.find(Query.all().limit(3))).hasSize(Math.min(3, saved.size()));
        assertThat(needs.count(Query.all().limit(3))).isEqualTo(saved.size());
        assertThat(needs.find(Query.all().status(NeedStatus.RAISED).dateBetween(LocalDate.MIN.plusDays(1),
            LocalDate.parse("1000-01-01")))).isEmpty();
        assertThat(store.repository(Journal.class).count(Query.all())).isZero();
    }

    /**
     * A document edited in the database into something hostile or broken (missing fields, an unknown code,
     * an impossible date, nesting past the limit, a string past the limit, a number with a billion-digit
     * exponent, another aggregate's document, text that is not JSON) is refused when read, naming the
     * aggregate, quickly, and changes nothing: the other aggregates, the counts and the audit trail stay as
     * they were, and the aggregate can be saved again over it with its stored version.
     */
    @Test
    void aDocumentEditedInTheDatabaseIsRefusedOnReadNamingTheAggregateAndChangesNothing() throws Exception {
        Repository<Need, NeedId> needs = store.repository(Need.class);
        needs.save(need("N-1"), 0, BY);
        Stored<Need> other = needs.save(need("N-2"), 0, BY);
        String valid = OtpJson.standard().write(need("N-1"));
        AuditVerification before = store.auditTrail().verify();
        List<String> hostile = List.of(
            "{\"id\":\"N-1\"}",
            valid.replace("\"HIGH\"", "\"EXTREME\""),
            valid.replace("2026-02-03", "2026-02-30"),
            valid.replace("\"Las licencias se tramitan en papel.\"", "[".repeat(100) + "]".repeat(100)),
            valid.replace("Las licencias se tramitan en papel.", "x".repeat(1_100_000)),
            valid.replace("\"Las licencias se tramitan en papel.\"", "1E+1000000000"),
            valid.replace("\"N-1\"", "\"N-2\""),
            valid.substring(0, valid.length() / 2),
            "not json\n[2026-05-04 INFO] forged log line");
        int applied = 0;
        for (String document : hostile) {
            if (!overwrite("N-1", document)) {
                continue;
            }
            applied++;
            String shown = document.length() > 80 ? document.substring(0, 80) + "…" : document;
            long start = System.nanoTime();
            assertThatThrownBy(() -> needs.find(NeedId.of("N-1"))).as(shown)
                .isInstanceOf(PersistenceException.class)
                .hasMessageContaining("stored need N-1").hasMessageNotContaining("\n");
            assertThatThrownBy(() -> needs.find(Query.all())).as(shown)
                .isInstanceOf(PersistenceException.class).hasMessageContaining("stored need N-1");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as(shown)
                .isLessThan(Duration.ofSeconds(2));
            assertThat(needs.find(NeedId.of("N-2"))).as(shown).contains(other);
            assertThat(needs.count(Query.all())).as(shown).isEqualTo(2);
            AuditVerification found = store.auditTrail().verify();
            assertThat(found.problem()).as(shown).contains(AuditProblem.DOCUMENT_EDITED);
            assertThat(found.aggregateType()).as(shown).contains("need");
            assertThat(found.aggregateId()).as(shown).contains("N-1");
            assertThat(found.firstBadPosition()).as(shown).contains(1L);
            assertThat(found.entries()).as(shown).isEqualTo(before.entries());
            assertThat(found.detail().orElseThrow()).as(shown).doesNotContain("\n");
        }
        // every database here takes the JSON ones; PostgreSQL's JSONB refuses the texts that are not JSON
        // and a number it cannot hold
        assertThat(applied).isGreaterThanOrEqualTo(hostile.size() - 3);
        Need repaired = need("N-1").startAnalysis();
        assertThat(needs.save(repaired, 1, BY).version()).isEqualTo(2);
        assertThat(needs.find(NeedId.of("N-1")).orElseThrow().value()).isEqualTo(repaired);
        assertThat(store.auditTrail().verify()).satisfies(v -> assertThat(v.isIntact()).as(v.toString()).isTrue());
    }

    /**
     * An audit row edited in the database into something that is not an entry (an instant that does not
     * parse, a blank action, details that are not JSON) is named by position when read or verified.
     */
    @Test
    void anAuditRowThatNoLongerReadsBackIsNamedByPosition() throws Exception {
        Repository<Need, NeedId> needs = store.repository(Need.class);
        needs.save(need("N-1"), 0, BY);
        needs.save(need("N-2"), 0, BY);
        for (String[] edit : List.of(new String[] {"changed_at", "yesterday"}, new String[] {"action", " "},
                new String[] {"aggregate_type", "Need\nforged"})) {
            try (Connection c = dataSource().getConnection();
                    PreparedStatement ps = c.prepareStatement("UPDATE " + store.settings().tablePrefix()
                        + "audit_entry SET " + edit[0] + " = ? WHERE entry_position = ?")) {
                ps.setString(1, edit[1]);
                ps.setLong(2, 2);
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
            AuditVerification found = store.auditTrail().verify();
            assertThat(found.problem()).as(edit[0]).contains(AuditProblem.EDITED);
            assertThat(found.firstBadPosition()).as(edit[0]).contains(2L);
            assertThat(found.detail().orElseThrow()).as(edit[0]).contains("position 2").doesNotContain("\n");
            assertThatThrownBy(() -> store.auditTrail().read(2, 1)).as(edit[0])
                .isInstanceOf(PersistenceException.class)
                .hasMessageContaining("audit entry at position 2").hasMessageNotContaining("\n");
            assertThat(store.auditTrail().read(1, 1)).hasSize(1);
            assertThat(needs.count(Query.all())).isEqualTo(2);
        }
    }

    /** Replaces a stored need's document behind the store's back; false if the database refuses the text. */
    private boolean overwrite(String id, String document) throws Exception {
        boolean postgres;
        try (Connection c = dataSource().getConnection()) {
            postgres = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        }
        try (Connection c = dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("UPDATE " + store.settings().tablePrefix()
                    + "aggregate SET document = " + (postgres ? "CAST(? AS JSONB)" : "?")
                    + " WHERE aggregate_type = ? AND aggregate_id = ?")) {
            ps.setString(1, document);
            ps.setString(2, "need");
            ps.setString(3, id);
            return ps.executeUpdate() == 1;
        } catch (SQLException refused) {
            return false;
        }
    }

    @Test
    void anAuditRowEditedInTheDatabaseIsNamedByTheVerifier() throws Exception {
        Repository<Need, NeedId> needs = store.repository(Need.class);
        needs.save(need("N-1"), 0, BY);
        needs.save(need("N-1").startAnalysis(), 1, BY);
        needs.save(need("N-2"), 0, BY);
        assertThat(store.auditTrail().verify().isIntact()).isTrue();
        try (Connection c = dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("UPDATE " + store.settings().tablePrefix()
                    + "audit_entry SET summary = ? WHERE entry_position = ?")) {
            ps.setString(1, "nothing happened");
            ps.setLong(2, 2);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        AuditVerification v = store.auditTrail().verify();
        assertThat(v.isIntact()).isFalse();
        assertThat(v.firstBadPosition()).contains(2L);
        assertThat(v.problem()).contains(AuditProblem.EDITED);
    }

    @Test
    void theAuditTrailAppendsChangesOfTheCaller() {
        assertThat(store.auditTrail().last()).isEmpty();
        AuditEntry first = store.auditTrail().append(io.otp.persistence.audit.AuditChange.builder()
            .aggregateType("tender").aggregateId("2026/EXP-0042").versionBefore(3).versionAfter(4)
            .actor(PersonId.of("P2")).at(Instant.parse("2026-05-06T08:00:00.123456789Z")).action("AWARD_NOTIFIED")
            .summary("notificada").putDetails("lot", "L1").build());
        assertThat(first.position()).isEqualTo(1);
        assertThat(store.auditTrail().last()).contains(first);
        assertThat(store.auditTrail().read(2, 10)).isEmpty();
        assertThatThrownBy(() -> store.auditTrail().read(0, 10)).isInstanceOf(ValidationException.class);
        assertThat(store.auditTrail().verify().lastHash()).isEqualTo(first.hash());
    }

    @Test
    void aCreateThatMeetsAnotherWritersRowOnThePrimaryKeyIsAVersionConflict() throws Exception {
        Repository<Need, NeedId> needs = store.repository(Need.class);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection other = dataSource().getConnection()) {
            other.setAutoCommit(false);
            boolean postgres = other.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                .contains("postgres");
            try (PreparedStatement ps = other.prepareStatement("INSERT INTO " + store.settings().tablePrefix()
                    + "aggregate (aggregate_type, aggregate_id, version, events, document) VALUES ('need', 'N-7', 1, 0, "
                    + (postgres ? "CAST(? AS JSONB)" : "?") + ")")) {
                ps.setString(1, OtpJson.standard().write(need("N-7")));
                ps.executeUpdate();
            }
            // The save does not see the uncommitted row, so it inserts and waits on the primary key.
            Future<Stored<Need>> save = pool.submit(() -> needs.save(need("N-7"), 0, BY));
            Thread.sleep(500);
            other.commit();
            assertThatThrownBy(() -> save.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(VersionConflictException.class)
                .cause().isInstanceOfSatisfying(VersionConflictException.class, e -> {
                    assertThat(e.expectedVersion()).isZero();
                    assertThat(e.currentVersion()).isEqualTo(1);
                });
        } finally {
            pool.shutdown();
        }
        assertThat(needs.find(NeedId.of("N-7")).orElseThrow().version()).isEqualTo(1);
        assertThat(store.auditTrail().read(1, 10)).isEmpty();
        assertThat(needs.save(need("N-8"), 0, BY).version()).isEqualTo(1);
        // The other writer's row went in without the store, so without an audited write: the verifier says so.
        AuditVerification v = store.auditTrail().verify();
        assertThat(v.problem()).contains(AuditProblem.DOCUMENT_UNRECORDED);
        assertThat(v.aggregateId()).contains("N-7");
        assertThat(v.entries()).isEqualTo(1);
    }

    /**
     * A save that fails after its document row is written (here the database refuses one of its audit rows,
     * by a constraint the test adds) leaves nothing behind: outside a unit of work, and inside one, where the
     * work catches the failure and goes on, and the writes before and after it commit with a chain that
     * verifies at consecutive positions.
     */
    @Test
    void aSaveThatFailsAfterItsRowIsWrittenLeavesNothingBehind() throws Exception {
        try (Connection c = dataSource().getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("ALTER TABLE " + store.settings().tablePrefix() + "audit_entry ADD CONSTRAINT "
                + store.settings().tablePrefix() + "no_boom CHECK (action <> 'BOOM')");
        }
        Repository<Journal, NeedId> journals = store.repository(Journal.class);
        Journal failing = new Journal("J-9", List.of(new Journal.Event("OPENED"), new Journal.Event("BOOM")));
        assertThatThrownBy(() -> journals.save(failing, 0, BY)).isInstanceOf(PersistenceException.class);
        assertThat(journals.find(NeedId.of("J-9"))).isEmpty();
        assertThat(store.auditTrail().last()).isEmpty();

        Repository<Need, NeedId> needs = store.repository(Need.class);
        needs.save(need("N-1"), 0, BY);
        Throwable caught = store.inUnitOfWork(u -> {
            u.repository(Need.class).save(need("N-2"), 0, BY);
            Throwable t = org.assertj.core.api.Assertions.catchThrowable(
                () -> u.repository(Journal.class).save(failing, 0, BY));
            assertThat(u.repository(Journal.class).find(NeedId.of("J-9"))).isEmpty();
            u.repository(Need.class).save(need("N-1").startAnalysis(), 1, BY);
            u.repository(Journal.class).save(new Journal("J-1", List.of(new Journal.Event("OPENED"))), 0, BY);
            return t;
        });
        assertThat(caught).isInstanceOf(PersistenceException.class);
        assertThat(journals.find(NeedId.of("J-9"))).isEmpty();
        assertThat(journals.count(Query.all())).isEqualTo(1);
        assertThat(needs.find(NeedId.of("N-1")).orElseThrow().version()).isEqualTo(2);
        List<AuditEntry> trail = store.auditTrail().read(1, 100);
        assertThat(trail).extracting(e -> e.change().aggregateId() + " " + e.change().action())
            .containsExactly("N-1 create", "N-2 create", "N-1 update", "J-1 create", "J-1 OPENED");
        assertThat(trail).extracting(AuditEntry::position).containsExactly(1L, 2L, 3L, 4L, 5L);
        AuditVerification v = store.auditTrail().verify();
        assertThat(v.isIntact()).as(v.toString()).isTrue();
        assertThat(v.documents()).isEqualTo(3);
    }

    /**
     * The database's error message, which repeats the statement and its values (here a summary with a line
     * break forged into it and 5,000 more characters), reaches the SDK's exception printable and cut short;
     * the driver's exception stays as the cause.
     */
    @Test
    void aDriversMessageIsMadePrintableAndCutShort() throws Exception {
        try (Connection c = dataSource().getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("ALTER TABLE " + store.settings().tablePrefix() + "audit_entry ADD CONSTRAINT "
                + store.settings().tablePrefix() + "short_summaries CHECK (LENGTH(summary) < 5000)");
        }
        ChangeContext forged = ChangeContext.of(PersonId.of("P1"), Instant.parse("2026-01-06T09:00:00Z"),
            "alta \u2028FORGED LOG LINE " + "x".repeat(5_000));
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(
            () -> store.repository(Need.class).save(need("N-1"), 0, forged));
        assertThat(t).isInstanceOf(PersistenceException.class).hasCauseInstanceOf(java.sql.SQLException.class);
        assertThat(t.getMessage()).doesNotContain("\n", "\r", "\u2028").hasSizeLessThan(2_300);
        assertThat(store.repository(Need.class).find(NeedId.of("N-1"))).isEmpty();
    }

    /**
     * A store created by the first schema, holding entries of the first audit format and a summary at the
     * old column's limit, is migrated to the current schema: its old entries still verify, new writes record
     * document digests and summaries of any length, and the verification covers the documents from then on.
     */
    @Test
    void aStoreOfTheFirstSchemaIsUpgradedAndItsOldEntriesStillVerify() throws Exception {
        JdbcPersistenceProvider old = JdbcPersistenceProvider.create(dataSource(),
            JdbcSettings.defaults().withTablePrefix("v1s" + STORES.incrementAndGet() + "_"));
        String q = old.settings().tablePrefix();
        Dialect dialect;
        try (Connection c = dataSource().getConnection()) {
            dialect = Dialect.of(c.getMetaData().getDatabaseProductName());
        }
        try (Connection c = dataSource().getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute(Schema.versionTable(q));
            for (String sql : Schema.migrations(q, dialect).get(0).statements()) {
                s.execute(sql);
            }
            s.execute("INSERT INTO " + q + "schema_version (version, description, applied_at) VALUES (1, 'first', 'x')");
        }
        // Two writes as the first schema's store recorded them: the document and a format-1 entry.
        io.otp.persistence.audit.AuditChange created = io.otp.persistence.audit.AuditChange.builder()
            .aggregateType("need").aggregateId("N-1").versionBefore(0).versionAfter(1).actor(PersonId.of("P1"))
            .at(Instant.parse("2026-01-05T09:00:00Z")).action("create").summary("s".repeat(4000)).build();
        String hash = io.otp.persistence.audit.AuditChain.hash(io.otp.persistence.audit.AuditChain.FORMAT_CHAIN, 1,
            created, io.otp.persistence.audit.AuditChain.GENESIS);
        try (Connection c = dataSource().getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + q + "aggregate (aggregate_type, aggregate_id, "
                    + "version, events, document) VALUES ('need', 'N-1', 1, 0, " + dialect.documentParameter() + ")")) {
                ps.setString(1, OtpJson.standard().write(need("N-1")));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + q + "audit_entry (entry_position, "
                    + "aggregate_type, aggregate_id, version_before, version_after, actor, changed_at, action, summary, "
                    + "details, previous_hash, hash) VALUES (1, 'need', 'N-1', 0, 1, 'P1', '2026-01-05T09:00:00Z', "
                    + "'create', ?, " + dialect.documentParameter() + ", ?, ?)")) {
                ps.setString(1, "s".repeat(4000));
                ps.setString(2, "{}");
                ps.setString(3, io.otp.persistence.audit.AuditChain.GENESIS);
                ps.setString(4, hash);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + q + "audit_head SET head_position = 1")) {
                ps.executeUpdate();
            }
        }
        assertThat(old.schemaVersion()).isEqualTo(1);
        // before the migration the store says what to do instead of failing on a missing column
        assertThatThrownBy(() -> old.auditTrail().verify()).isInstanceOf(PersistenceException.class)
            .hasMessageContaining("schema version 1").hasMessageContaining("needs version 2")
            .hasMessageContaining("migrate()");
        assertThatThrownBy(() -> old.repository(Need.class).find(NeedId.of("N-1")))
            .isInstanceOf(PersistenceException.class).hasMessageContaining("migrate()");
        assertThat(old.migrate()).isEqualTo(JdbcPersistenceProvider.latestSchemaVersion());
        AuditEntry first = old.auditTrail().read(1, 1).get(0);
        assertThat(first.format()).isEqualTo(io.otp.persistence.audit.AuditChain.FORMAT_CHAIN);
        assertThat(first.hash()).isEqualTo(hash);
        // the need's document was written before entries recorded document digests: only its version is checked,
        // and the verification says so
        AuditVerification upgraded = old.auditTrail().verify();
        assertThat(upgraded.isIntact()).as(upgraded.toString()).isTrue();
        assertThat(upgraded.documents()).isEqualTo(1);
        assertThat(upgraded.documentsVersionOnly()).isEqualTo(1);
        assertThat(upgraded.toString()).contains("1 of them checked on their version only");

        Need analysed = need("N-1").startAnalysis();
        old.repository(Need.class).save(analysed, 1, ChangeContext.of(PersonId.of("P1"), Instant.parse("2026-01-06T09:00:00Z"),
            "t".repeat(20_000)));
        AuditEntry second = old.auditTrail().last().orElseThrow();
        assertThat(second.format()).isEqualTo(io.otp.persistence.audit.AuditChain.FORMAT_DOCUMENTS);
        assertThat(second.change().summary()).hasSize(20_000);
        assertThat(second.change().documentHash())
            .contains(io.otp.persistence.audit.AuditChain.documentHash(OtpJson.standard().write(analysed)));
        AuditVerification v = old.auditTrail().verify();
        assertThat(v.isIntact()).as(v.toString()).isTrue();
        assertThat(v.entries()).isEqualTo(2);
        assertThat(v.documents()).isEqualTo(1);
        assertThat(v.documentsVersionOnly()).isZero();
        old.close();
    }
}
