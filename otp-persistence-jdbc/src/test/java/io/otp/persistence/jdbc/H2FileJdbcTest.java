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
}
