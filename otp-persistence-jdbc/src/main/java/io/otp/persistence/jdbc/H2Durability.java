package io.otp.persistence.jdbc;

import io.otp.core.OtpMessages;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * What the {@code jdbc} factory requires of an H2 database kept in files, and what the store sets on one
 * behind a host's data source, so that a write acknowledged to the caller survives a crash of the process.
 *
 * <p>H2 (2.x, MVStore) keeps committed changes in memory for {@code WRITE_DELAY} milliseconds (500 by
 * default) before it writes them to the database file: a process killed in that time loses writes whose
 * commit had returned. With {@code WRITE_DELAY=0}, the commit of every transaction that changed data
 * writes the changes to the file in the committing thread before it returns ({@code MVStore.commit()}
 * from {@code TransactionStore.endTransaction}; the background writer is not started). The write reaches
 * the operating system, not the disk: H2 does not call {@code fsync} on commit, so a power cut or a crash
 * of the operating system may still lose the last commits.
 *
 * <p>The URL is read as H2 reads it ({@code org.h2.engine.ConnectionInfo}): the database name ends at
 * the first {@code ;}; the settings follow, separated by {@code ;} (a {@code \} escapes the next
 * character), with names in any case. A name starting with {@code mem:} (also behind {@code tcp://host/}
 * or {@code ssl://host/}), or {@code .}, is a database in memory; every other name is kept in files.
 */
final class H2Durability {

    /** The H2 setting that delays writing commits to the file. */
    static final String WRITE_DELAY = "WRITE_DELAY";

    private static final String H2 = "jdbc:h2:";

    /** The lock of the store's write transactions on each H2 database kept in files, by the database's path. */
    private static final ConcurrentMap<String, ReentrantLock> WRITERS = new ConcurrentHashMap<>();

    private H2Durability() {
    }

    /**
     * Whether a URL names an H2 database kept in files (embedded or through an H2 server).
     *
     * @param url a JDBC URL; not null
     * @return true for {@code jdbc:h2:file:…}, {@code jdbc:h2:./x}, {@code jdbc:h2:~/x},
     *     {@code jdbc:h2:tcp://host/~/x} and the like; false for {@code mem:} databases and other drivers
     */
    static boolean isFileDatabase(String url) {
        if (!url.startsWith(H2)) {
            return false;
        }
        String name = url.substring(H2.length());
        int settings = name.indexOf(';');
        if (settings >= 0) {
            name = name.substring(0, settings);
        }
        if (name.startsWith("tcp:") || name.startsWith("ssl:")) {
            name = name.substring(4);
            if (name.startsWith("//")) {
                int slash = name.indexOf('/', 2);
                name = slash < 0 ? "" : name.substring(slash + 1);
            }
        }
        return !name.equals(".") && !name.startsWith("mem:");
    }

    /**
     * The URL the factory connects with: for an H2 database kept in files, the URL with
     * {@code WRITE_DELAY=0} added, or as given when it already sets 0; any other URL as given.
     *
     * @param url a JDBC URL; not null
     * @return the URL to connect with, not null
     * @throws ValidationException with rule {@value JdbcProviderFactory#DURABILITY_RULE} at path {@code url}
     *     if the URL of an H2 database kept in files sets {@code WRITE_DELAY} to anything but 0
     */
    static String durable(String url) {
        if (!isFileDatabase(url)) {
            return url;
        }
        List<String> delays = settings(url, WRITE_DELAY);
        if (delays.isEmpty()) {
            return url + ";" + WRITE_DELAY + "=0";
        }
        for (String delay : delays) {
            if (!isZero(delay)) {
                throw refusal("io.otp.persistence.jdbc.settings.writeDelay", delay, url);
            }
        }
        return url;
    }

    /**
     * Checks the write delay an open H2 database runs with, which an {@code INIT} script or an earlier
     * connection of the same process may have set despite the URL.
     *
     * @param dataSource connections to an H2 database kept in files; not null
     * @param url the URL as the host gave it, for the message; not null
     * @throws ValidationException with rule {@value JdbcProviderFactory#DURABILITY_RULE} at path {@code url}
     *     if the database's {@code WRITE_DELAY} is not 0
     * @throws SQLException if the setting cannot be read
     */
    static void checkRunning(DataSource dataSource, String url) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String value = running(c);
            if (!isZero(value)) {
                throw refusal("io.otp.persistence.jdbc.settings.writeDelay.running", value, url);
            }
        }
    }

    /**
     * Makes an open H2 database kept in files safe for the store: sets its {@code WRITE_DELAY} to 0 if it is
     * another (a setting of the database, which persists), so that each commit is written before it returns, and
     * gives the lock that serialises the store's write transactions on that database in this JVM. H2 2.4 and 2.5
     * with {@code WRITE_DELAY=0} were seen to let two transactions that commit at once lose an update (a
     * {@code SELECT ... FOR UPDATE} that had waited answered the row as it was before the other commit, and a
     * committed update of it was lost); with one write transaction at a time they do not. An H2 database kept in
     * files is open in one process only (H2 locks its file), so a lock of this JVM is enough. A database in
     * memory is left as it is and needs no lock.
     *
     * @param c a connection to an H2 database; not null
     * @return the lock of the store's write transactions on the database; null for a database in memory
     * @throws PersistenceException if the delay cannot be set (it needs H2's admin rights) or stays another
     * @throws SQLException if the database cannot be read
     */
    static ReentrantLock prepare(Connection c) throws SQLException {
        String path;
        try (PreparedStatement ps = c.prepareStatement("SELECT DATABASE_PATH()"); ResultSet rs = ps.executeQuery()) {
            path = rs.next() ? rs.getString(1) : null;
        }
        if (path == null) {
            return null;
        }
        ReentrantLock lock = WRITERS.computeIfAbsent(path, p -> new ReentrantLock());
        if (isZero(running(c))) {
            return lock;
        }
        String before = running(c);
        try (PreparedStatement ps = c.prepareStatement("SET WRITE_DELAY 0")) {
            ps.execute();
        } catch (SQLException e) {
            throw new PersistenceException("the H2 database " + OtpMessages.printable(path) + " acknowledges commits "
                + "before writing them (WRITE_DELAY " + before + " ms) and the store could not set WRITE_DELAY 0, "
                + "which needs admin rights: " + e.getMessage(), e);
        }
        if (!isZero(running(c))) {
            throw new PersistenceException("the H2 database " + OtpMessages.printable(path) + " keeps WRITE_DELAY "
                + running(c) + " ms after SET WRITE_DELAY 0, so acknowledged commits could be lost to a crash");
        }
        return lock;
    }

    /** The write delay an open H2 database runs with, as H2 reports it. */
    private static String running(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = ?")) {
            ps.setString(1, WRITE_DELAY);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1).trim() : "(not reported)";
            }
        }
    }

    /** The values a URL gives a setting of H2, whatever the case of its name, as H2 reads them. */
    static List<String> settings(String url, String name) {
        List<String> values = new ArrayList<>();
        int start = url.indexOf(';');
        if (start >= 0) {
            for (String setting : split(url.substring(start + 1))) {
                int equals = setting.indexOf('=');
                if (equals > 0 && setting.substring(0, equals).toUpperCase(Locale.ENGLISH).equals(name)) {
                    values.add(setting.substring(equals + 1));
                }
            }
        }
        return values;
    }

    /** Splits settings on {@code ;}, a backslash escaping the next character (H2's {@code StringUtils.arraySplit}). */
    private static List<String> split(String settings) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < settings.length(); i++) {
            char c = settings.charAt(i);
            if (c == ';') {
                out.add(current.toString());
                current.setLength(0);
            } else if (c == '\\' && i < settings.length() - 1) {
                current.append(settings.charAt(++i));
            } else {
                current.append(c);
            }
        }
        out.add(current.toString());
        return out;
    }

    /** Whether H2 reads the text as a delay of 0 ({@code Integer.parseInt}, as H2 does). */
    private static boolean isZero(String value) {
        try {
            return Integer.parseInt(value) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static ValidationException refusal(String key, String value, String url) {
        return new ValidationException(Violation.of("url", JdbcProviderFactory.DURABILITY_RULE, key,
            "value", value, "database", JdbcProviderFactory.redacted(url)));
    }
}
