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
}
