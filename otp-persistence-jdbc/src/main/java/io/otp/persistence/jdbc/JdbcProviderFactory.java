package io.otp.persistence.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.persistence.PersistenceException;
import io.otp.persistence.PersistenceProvider;
import io.otp.persistence.PersistenceProviderFactory;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The factory of the JDBC store, named {@code jdbc}, for
 * {@link io.otp.persistence.PersistenceProviders#open(String, Map)}. Settings:
 * <ul>
 * <li>{@code url} (required): the JDBC URL, e.g. {@code jdbc:postgresql://db/otp} or
 * {@code jdbc:h2:file:./target/otp;LOCK_TIMEOUT=10000}; its driver must be on the class or module path;</li>
 * <li>{@code user}, {@code password} (optional): the credentials;</li>
 * <li>{@code tablePrefix} (optional, default {@value JdbcSettings#DEFAULT_PREFIX}): see {@link JdbcSettings};</li>
 * <li>{@code migrate} (optional, {@code true} or {@code false}, default {@code false}): whether to apply
 * the schema migrations on opening ({@link JdbcPersistenceProvider#migrate()}).</li>
 * </ul>
 * The provider pools the URL's connections (HikariCP, at most {@value #POOL_SIZE}) and closes the pool
 * when it is closed. Hosts with a data source of their own use
 * {@link JdbcPersistenceProvider#create(javax.sql.DataSource, JdbcSettings)} instead.
 *
 * <p>Durability on H2: for an H2 database kept in files ({@code jdbc:h2:file:…}, {@code jdbc:h2:./x},
 * {@code jdbc:h2:~/x}, or one behind an H2 server; not {@code mem:}) the factory adds {@code WRITE_DELAY=0}
 * to the URL, so that H2 writes each commit to the file before the commit returns and a write the store
 * acknowledged survives a crash of the process (H2's default, 500 ms, loses the writes of the last half
 * second). It refuses a URL that sets {@code WRITE_DELAY} to anything else, and a database that runs with
 * another delay once connected (set by an {@code INIT} script, say), with rule {@value #DURABILITY_RULE}.
 * Setting the delay needs H2's admin rights, so the user must be an admin of the database. H2 does not
 * {@code fsync} on commit: a power cut may still lose the last commits, which PostgreSQL with its
 * defaults ({@code fsync} and {@code synchronous_commit} on) does not.
 */
public final class JdbcProviderFactory implements PersistenceProviderFactory {

    /** The most connections of the pool the factory opens. */
    public static final int POOL_SIZE = 10;

    /** The rule of a URL or database that would lose acknowledged writes in a crash of the process. */
    public static final String DURABILITY_RULE = "OTP-JDBC-DURABILITY";

    private static final Set<String> KNOWN = Set.of("url", "user", "password", "tablePrefix", "migrate");

    /** Creates the factory; for {@link java.util.ServiceLoader}. */
    public JdbcProviderFactory() {
    }

    @Override
    public String name() {
        return "jdbc";
    }

    @Override
    public PersistenceProvider open(Map<String, String> settings) {
        TreeSet<String> unknown = new TreeSet<>(settings.keySet());
        unknown.removeAll(KNOWN);
        if (!unknown.isEmpty()) {
            throw new ValidationException(Violation.of("settings", "OTP-JDBC-SETTINGS", "io.otp.persistence.jdbc.settings.unknown",
                "value", String.join(", ", unknown), "known", String.join(", ", new TreeSet<>(KNOWN))));
        }
        String url = settings.get("url");
        if (url == null || !url.startsWith("jdbc:")) {
            throw new ValidationException(Violation.of("url", "OTP-JDBC-SETTINGS", "io.otp.persistence.jdbc.settings.url",
                "value", String.valueOf(url)));
        }
        String migrate = settings.getOrDefault("migrate", "false");
        if (!migrate.equals("true") && !migrate.equals("false")) {
            throw new ValidationException(Violation.of("migrate", "OTP-JDBC-SETTINGS",
                "io.otp.persistence.jdbc.settings.migrate", "value", migrate));
        }
        JdbcSettings jdbc = settings.containsKey("tablePrefix")
            ? JdbcSettings.defaults().withTablePrefix(settings.get("tablePrefix")) : JdbcSettings.defaults();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(H2Durability.durable(url));
        if (settings.containsKey("user")) {
            config.setUsername(settings.get("user"));
        }
        if (settings.containsKey("password")) {
            config.setPassword(settings.get("password"));
        }
        config.setMaximumPoolSize(POOL_SIZE);
        config.setPoolName("otp-jdbc-" + jdbc.tablePrefix());
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new PersistenceException("the JDBC store could not connect to " + redacted(url) + ": " + e.getMessage(), e);
        }
        if (H2Durability.isFileDatabase(url)) {
            checkDurable(pool, url);
        }
        JdbcPersistenceProvider provider = JdbcPersistenceProvider.createOwning(pool, jdbc, pool);
        return migrate.equals("true") ? provider.migratedOrClosed() : provider;
    }

    private static void checkDurable(HikariDataSource pool, String url) {
        try {
            H2Durability.checkRunning(pool, url);
        } catch (SQLException e) {
            pool.close();
            throw new PersistenceException("the JDBC store could not read the WRITE_DELAY of " + redacted(url) + ": "
                + e.getMessage(), e);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** The URL without its parameters, which may carry a password (e.g. {@code ?password=}, {@code ;PASSWORD=}). */
    static String redacted(String url) {
        int cut = url.length();
        for (char c : new char[] {'?', ';'}) {
            int at = url.indexOf(c);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return cut == url.length() ? url : url.substring(0, cut) + "…";
    }
}
