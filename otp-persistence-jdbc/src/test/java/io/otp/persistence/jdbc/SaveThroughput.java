package io.otp.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.otp.core.id.NeedId;
import io.otp.core.need.Need;
import io.otp.persistence.Repository;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A rough figure of saves per second on each database, for the benchmark issue; not part of the
 * build (the name does not end in Test). Run it with
 * {@code mvn -B -o verify -pl otp-core,otp-scoring,otp-persistence-spi,otp-persistence-tck,otp-persistence-jdbc -Dtest=SaveThroughput
 * -Dsurefire.failIfNoSpecifiedTests=false}: it prints one line per database.
 */
class SaveThroughput {

    private static final int SAVES = 2000;

    @Test
    void h2Memory() {
        try (HikariDataSource ds = pool("jdbc:h2:mem:throughput;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")) {
            measure("H2 in memory", ds);
        }
    }

    @Test
    void h2File() {
        Path file = Path.of("target", "h2-throughput", "otp-" + System.nanoTime()).toAbsolutePath();
        try (HikariDataSource ds = pool("jdbc:h2:file:" + file + ";LOCK_TIMEOUT=10000")) {
            measure("H2 file", ds);
        }
    }

    @Test
    void postgres() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.start();
                HikariDataSource ds = pool(pg.getJdbcUrl("postgres", "postgres"))) {
            measure("PostgreSQL (embedded)", ds);
        }
    }

    private static HikariDataSource pool(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(10);
        return new HikariDataSource(config);
    }

    private static void measure(String name, DataSource ds) {
        JdbcPersistenceProvider store = JdbcPersistenceProvider.create(ds);
        store.migrate();
        Repository<Need, NeedId> needs = store.repository(Need.class);
        for (int i = 0; i < SAVES; i++) {
            needs.save(JdbcPersistenceProviderContract.need("W-" + i), 0, JdbcPersistenceProviderContract.BY);
        }
        long start = System.nanoTime();
        for (int i = 0; i < SAVES; i++) {
            needs.save(JdbcPersistenceProviderContract.need("S-" + i), 0, JdbcPersistenceProviderContract.BY);
        }
        double single = SAVES / ((System.nanoTime() - start) / 1e9);
        AtomicInteger n = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        start = System.nanoTime();
        try {
            Future<?>[] futures = new Future<?>[8];
            for (int t = 0; t < 8; t++) {
                futures[t] = threads.submit(() -> {
                    for (int i = 0; i < SAVES / 8; i++) {
                        needs.save(JdbcPersistenceProviderContract.need("M-" + n.incrementAndGet()), 0,
                            JdbcPersistenceProviderContract.BY);
                    }
                });
            }
            for (Future<?> f : futures) {
                f.get(5, TimeUnit.MINUTES);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            threads.shutdown();
        }
        double eight = SAVES / ((System.nanoTime() - start) / 1e9);
        assertThat(store.auditTrail().verify().isIntact()).isTrue();
        System.out.printf("%s: %.0f saves/s on one thread, %.0f saves/s on 8 threads (new Need, 1 audit entry each)%n",
            name, single, eight);
    }
}
