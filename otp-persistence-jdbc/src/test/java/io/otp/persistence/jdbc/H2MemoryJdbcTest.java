package io.otp.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.otp.core.ValidationException;
import io.otp.core.id.NeedId;
import io.otp.core.need.Need;
import io.otp.persistence.PersistenceProvider;
import io.otp.persistence.PersistenceProviders;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JDBC store on H2 in memory; also opened by name through ServiceLoader. */
class H2MemoryJdbcTest extends JdbcPersistenceProviderContract {

    static final String URL = "jdbc:h2:mem:otp-jdbc-test;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";

    private static HikariDataSource pool;

    @BeforeAll
    static void start() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(URL);
        config.setMaximumPoolSize(10);
        pool = new HikariDataSource(config);
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
    void theFactoryOpensAStoreByNameFromAUrlAndMigratesIt() {
        try (PersistenceProvider p = PersistenceProviders.open("jdbc", Map.of("url", URL, "tablePrefix", "factory_",
                "migrate", "true"))) {
            assertThat(p.name()).isEqualTo("jdbc");
            assertThat(p.repository(Need.class).save(need("N-1"), 0, BY).version()).isEqualTo(1);
            assertThat(p.repository(Need.class).find(NeedId.of("N-1")).orElseThrow().value()).isEqualTo(need("N-1"));
        }
        try (PersistenceProvider p = PersistenceProviders.open("jdbc", Map.of("url", URL, "tablePrefix", "factory_"))) {
            assertThat(p.repository(Need.class).find(NeedId.of("N-1")).orElseThrow().version()).isEqualTo(1);
            assertThat(p.auditTrail().verify().entries()).isEqualTo(1);
        }
    }

    @Test
    void theFactoryRejectsBadSettings() {
        assertThatThrownBy(() -> PersistenceProviders.open("jdbc", Map.of())).isInstanceOf(ValidationException.class)
            .hasMessageContaining("url");
        assertThatThrownBy(() -> PersistenceProviders.open("jdbc", Map.of("url", URL, "colour", "red")))
            .isInstanceOf(ValidationException.class).hasMessageContaining("colour");
        assertThatThrownBy(() -> PersistenceProviders.open("jdbc", Map.of("url", URL, "migrate", "yes")))
            .isInstanceOf(ValidationException.class).hasMessageContaining("yes");
        assertThatThrownBy(() -> PersistenceProviders.open("jdbc", Map.of("url", URL, "tablePrefix", "x; DROP TABLE y")))
            .isInstanceOf(ValidationException.class).hasMessageContaining("DROP");
    }

    @Test
    void aStoreWithoutTablesAsksForMigration() {
        JdbcPersistenceProvider bare = JdbcPersistenceProvider.create(pool, JdbcSettings.defaults().withTablePrefix("bare_"));
        assertThat(bare.schemaVersion()).isZero();
        assertThatThrownBy(() -> bare.repository(Need.class).save(need("N-1"), 0, BY))
            .isInstanceOf(io.otp.persistence.PersistenceException.class).hasMessageContaining("bare_");
    }
}
