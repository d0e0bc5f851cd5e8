package io.otp.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.otp.core.id.NeedId;
import io.otp.core.need.Need;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JDBC store on an H2 database file under target/. */
class H2FileJdbcTest extends JdbcPersistenceProviderContract {

    private static final Path DIRECTORY = Path.of("target", "h2-jdbc-test").toAbsolutePath();

    private static HikariDataSource pool;

    static HikariDataSource open() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + DIRECTORY.resolve("otp") + ";LOCK_TIMEOUT=10000");
        config.setMaximumPoolSize(10);
        return new HikariDataSource(config);
    }

    @BeforeAll
    static void start() throws IOException {
        if (Files.exists(DIRECTORY)) {
            try (Stream<Path> files = Files.walk(DIRECTORY)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
        pool = open();
    }

    @AfterAll
    static void stop() {
        pool.close();
    }

    @Override
    DataSource dataSource() {
        return pool;
    }

    @Test
    void whatIsSavedIsReadBackAfterTheDatabaseIsClosedAndReopened() {
        store.repository(Need.class).save(need("N-1").startAnalysis(), 0, BY);
        String lastHash = store.auditTrail().verify().lastHash();
        JdbcSettings settings = store.settings();
        pool.close();
        pool = open();
        JdbcPersistenceProvider reopened = JdbcPersistenceProvider.create(pool, settings);
        assertThat(reopened.repository(Need.class).find(NeedId.of("N-1")).orElseThrow().value())
            .isEqualTo(need("N-1").startAnalysis());
        assertThat(reopened.auditTrail().verify().lastHash()).isEqualTo(lastHash);
        store = reopened;
    }

    /**
     * A store over a host's H2 file makes the database write each commit before acknowledging it: H2's default
     * WRITE_DELAY of 500 ms acknowledges commits that a crash of the process then loses.
     */
    @Test
    void theStoreSetsTheWriteDelayOfAnH2FileToZero() throws Exception {
        Path other = DIRECTORY.resolve("delay");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + other.resolve("otp"));
        try (HikariDataSource host = new HikariDataSource(config)) {
            assertThat(writeDelay(host)).isEqualTo("500");
            JdbcPersistenceProvider.create(host).close();
            assertThat(writeDelay(host)).isEqualTo("0");
        }
    }

    private static String writeDelay(DataSource ds) throws Exception {
        try (java.sql.Connection c = ds.getConnection(); java.sql.Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE "
                    + "SETTING_NAME = 'WRITE_DELAY'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * Two stores over two pools of one H2 file, four threads each racing to update one need: every save wins or
     * meets a version conflict, and the trail has one entry per win at consecutive positions. H2 2.4 and 2.5 with
     * WRITE_DELAY=0 let two transactions that commit at once lose an update (two writers then took the same
     * position of the trail); the stores of one database serialise their write transactions, whichever pool they
     * come from.
     */
    @Test
    void writersOfTwoStoresOnOneFileNeverShareAPositionOfTheTrail() throws Exception {
        JdbcSettings prefix = JdbcSettings.defaults().withTablePrefix("race_");
        JdbcPersistenceProvider first = JdbcPersistenceProvider.create(pool, prefix);
        first.migrate();
        first.repository(Need.class).save(need("N-1"), 0, BY);
        try (HikariDataSource other = open()) {
            JdbcPersistenceProvider second = JdbcPersistenceProvider.create(other, prefix);
            java.util.concurrent.atomic.AtomicInteger wins = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.atomic.AtomicInteger conflicts = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(8);
            java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                JdbcPersistenceProvider store = t % 2 == 0 ? first : second;
                String department = "D-T" + t;
                done.add(threads.submit(() -> {
                    io.otp.persistence.Repository<Need, NeedId> needs = store.repository(Need.class);
                    for (int i = 0; i < 1_000; i++) {
                        io.otp.persistence.Stored<Need> read = needs.find(NeedId.of("N-1")).orElseThrow();
                        // Each save changes the document and its query values, as real updates do.
                        Need next = Need.builder().id(NeedId.of("N-1")).requestingDepartment(
                            io.otp.core.id.DepartmentId.of(department)).title("Tramitación electrónica de licencias")
                            .description("Las licencias se tramitan en papel.")
                            .category(io.otp.core.need.NeedCategory.DIGITAL_SERVICES).urgency(io.otp.core.need.Urgency.HIGH)
                            .dateRaised(java.time.LocalDate.of(2026, 2, 3).plusDays(i)).build();
                        try {
                            needs.save(next, read.version(), BY);
                            wins.incrementAndGet();
                        } catch (io.otp.persistence.VersionConflictException e) {
                            conflicts.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get(300, java.util.concurrent.TimeUnit.SECONDS);
            }
            threads.shutdown();
            assertThat(wins.get() + conflicts.get()).isEqualTo(8_000);
            io.otp.persistence.audit.AuditVerification v = second.auditTrail().verify();
            assertThat(v.isIntact()).as(v.toString()).isTrue();
            assertThat(v.entries()).isEqualTo(1L + wins.get());
            assertThat(first.repository(Need.class).find(NeedId.of("N-1")).orElseThrow().version()).isEqualTo(1L + wins.get());
        }
        first.close();
    }
}
