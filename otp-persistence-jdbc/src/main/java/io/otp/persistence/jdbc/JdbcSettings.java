package io.otp.persistence.jdbc;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Settings of a {@link JdbcPersistenceProvider}: the prefix of its table names, so that several stores
 * (or the host's own tables) share one schema.
 *
 * <p>The prefix is the only text the store puts into SQL other than its own; so it must be a letter
 * followed by letters, digits or underscores, at most {@value #MAX_PREFIX_LENGTH} characters, which
 * keeps the longest table name within the identifier limit of PostgreSQL (63 bytes). Every value is a
 * bound parameter.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JdbcSettings {

    /** The default table prefix. */
    public static final String DEFAULT_PREFIX = "otp_";

    /** The longest table prefix. */
    public static final int MAX_PREFIX_LENGTH = 40;

    private static final Pattern PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private static final JdbcSettings DEFAULTS = new JdbcSettings(DEFAULT_PREFIX);

    private final String tablePrefix;

    private JdbcSettings(String tablePrefix) {
        this.tablePrefix = tablePrefix;
    }

    /**
     * The default settings: table prefix {@value #DEFAULT_PREFIX}.
     *
     * @return the settings, not null
     */
    public static JdbcSettings defaults() {
        return DEFAULTS;
    }

    /**
     * These settings with another table prefix.
     *
     * @param prefix the prefix, e.g. {@code otp_} or {@code office2_}; not null
     * @return new settings, not null
     * @throws ValidationException if the prefix is not a letter followed by letters, digits or
     *     underscores, or is longer than {@value #MAX_PREFIX_LENGTH} characters
     */
    public JdbcSettings withTablePrefix(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (!PREFIX.matcher(prefix).matches() || prefix.length() > MAX_PREFIX_LENGTH) {
            throw new ValidationException(Violation.of("tablePrefix", "OTP-JDBC-PREFIX",
                "io.otp.persistence.jdbc.prefix", "value", prefix, "max", MAX_PREFIX_LENGTH));
        }
        return new JdbcSettings(prefix.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The prefix of the store's table names, in lower case.
     *
     * @return the prefix, not null
     */
    public String tablePrefix() {
        return tablePrefix;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JdbcSettings && tablePrefix.equals(((JdbcSettings) o).tablePrefix);
    }

    @Override
    public int hashCode() {
        return tablePrefix.hashCode();
    }

    @Override
    public String toString() {
        return "JdbcSettings[tablePrefix=" + tablePrefix + "]";
    }
}
