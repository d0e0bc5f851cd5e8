package io.otp.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.otp.core.id.NeedId;
import io.otp.core.need.Need;
import io.otp.persistence.PersistenceException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code migrate()} interrupted after it created the first tables and before it recorded the schema
 * version, which is where a kill during the migration of a fresh file lands most often
 * ({@link CrashRecoveryTest} kills there at random; this test stops there every time, by failing the
 * statement that records the version). The store must be usable afterwards: the next {@code migrate()}
 * finishes the job, or the first one left nothing behind.
 */
class MigrationInterruptedTest {

    private static final AtomicInteger STORES = new AtomicInteger();

    @TempDir
    Path directory;

    @Test
    void onAnH2FileTheNextMigrationCompletesTheSchema() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(H2Durability.durable("jdbc:h2:file:" + directory.resolve("otp")));
        try (HikariDataSource pool = new HikariDataSource(config)) {
            migrateAfterAnInterruption(pool, JdbcSettings.defaults());
        }
    }

    @Test
    void onPostgresqlTheNextMigrationCompletesTheSchema() {
        migrateAfterAnInterruption(TestDatabases.postgres(),
            JdbcSettings.defaults().withTablePrefix("mi" + STORES.incrementAndGet() + "_"));
    }

    private static void migrateAfterAnInterruption(DataSource database, JdbcSettings settings) {
        String recordVersion = "INSERT INTO " + settings.tablePrefix() + "schema_version";
        JdbcPersistenceProvider interrupted = JdbcPersistenceProvider.create(failing(database, recordVersion), settings);
        assertThatThrownBy(interrupted::migrate).isInstanceOf(PersistenceException.class).hasMessageContaining("interrupted");
        JdbcPersistenceProvider store = JdbcPersistenceProvider.create(database, settings);
        assertThat(store.migrate()).as("the migration after the interrupted one")
            .isEqualTo(JdbcPersistenceProvider.latestSchemaVersion());
        store.repository(Need.class).save(JdbcPersistenceProviderContract.need("N-1"), 0, JdbcPersistenceProviderContract.BY);
        assertThat(store.repository(Need.class).find(NeedId.of("N-1"))).isPresent();
        assertThat(store.auditTrail().verify().isIntact()).isTrue();
    }

    /** A data source whose connections fail the statement that starts with {@code sql}, as a kill there would stop it. */
    private static DataSource failing(DataSource target, String sql) {
        InvocationHandler connections = (proxy, method, args) -> {
            if (method.getName().equals("getConnection")) {
                Connection c = (Connection) invoke(target, method, args);
                return Proxy.newProxyInstance(MigrationInterruptedTest.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (p, m, a) -> {
                        if (m.getName().equals("prepareStatement") && a != null && a[0] instanceof String s
                                && s.startsWith(sql)) {
                            throw new SQLException("interrupted before " + sql);
                        }
                        return invoke(c, m, a);
                    });
            }
            return invoke(target, method, args);
        };
        return (DataSource) Proxy.newProxyInstance(MigrationInterruptedTest.class.getClassLoader(),
            new Class<?>[] {DataSource.class}, connections);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
