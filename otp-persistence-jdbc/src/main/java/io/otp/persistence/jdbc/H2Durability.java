package io.otp.persistence.jdbc;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * What the {@code jdbc} factory requires of an H2 database kept in files, so that a write acknowledged
 * to the caller survives a crash of the process.
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
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = ?")) {
            ps.setString(1, WRITE_DELAY);
            try (ResultSet rs = ps.executeQuery()) {
                String value = rs.next() ? rs.getString(1) : "(not reported)";
                if (!isZero(value)) {
                    throw refusal("io.otp.persistence.jdbc.settings.writeDelay.running", value, url);
                }
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
