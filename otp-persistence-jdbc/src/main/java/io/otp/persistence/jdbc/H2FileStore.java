package io.otp.persistence.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.persistence.PersistenceException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Objects;

/**
 * The JDBC store in a directory of its own, on an H2 database file ({@code DIR/otp.mv.db}): the store of the
 * command line's {@code demo} and {@code ocds export --store}, and of a host that wants a store on disk
 * without a database server. The H2 driver ({@code com.h2database:h2}) must be on the class or module path.
 *
 * <pre>{@code
 * try (JdbcPersistenceProvider store = H2FileStore.open(Path.of("otp-data"))) {
 *     store.repository(Tender.class).save(tender, 0, context);
 * }
 * }</pre>
 *
 * <p>What it guarantees:
 * <ul>
 * <li><b>The directory is only a directory.</b> The JDBC URL is always {@code jdbc:h2:file:} followed by the
 * directory's real path (absolute, links resolved) and {@code /otp}, and then the SDK's own settings; a path
 * holding {@code ;}, which H2 would read as the start of settings (and so run SQL or Java code named in
 * them), is refused before anything is created. No prefix such as {@code mem:} or {@code zip:} can be slipped
 * in, since the path is absolute.</li>
 * <li><b>One user at a time.</b> While a store is open its directory's lock file ({@value #LOCK_FILE}) is
 * locked; opening it again, from another process or this one, fails with a {@link StoreInUseException} and
 * changes nothing (in particular {@link #recreate(Path)} deletes nothing). The lock is released when the
 * provider is closed, or by the operating system when the process ends, however it ends.</li>
 * <li><b>Commits survive a crash of the process.</b> The URL sets {@code WRITE_DELAY=0}: H2 hands every commit
 * to the operating system before the commit returns. H2 does not force it to the disk, so a power cut may
 * lose the last commits; use PostgreSQL where that matters.</li>
 * <li><b>The schema is current.</b> Every opening applies the migrations the database lacks.</li>
 * </ul>
 *
 * <p>This class is thread-safe.
 */
public final class H2FileStore {

    /** The name of the database in the directory: its file is {@code otp.mv.db}. */
    public static final String DATABASE = "otp";

    /** The file in the directory whose lock says the store is open. */
    public static final String LOCK_FILE = "otp.store.lock";

    /** The settings the SDK gives H2 after the file name. */
    static final String SETTINGS = ";WRITE_DELAY=0;LOCK_TIMEOUT=10000";

    private H2FileStore() {
    }

    /**
     * Opens the store in a directory, creating the directory and an empty database if there are none.
     *
     * @param directory the directory; not null
     * @return the store, migrated; close it to release the directory; not null
     * @throws ValidationException if the path holds {@code ;} or names something that is not a directory
     *     (rule {@code OTP-JDBC-DIRECTORY}); nothing is created
     * @throws StoreInUseException if the store is open elsewhere
     * @throws PersistenceException if the directory or the database cannot be opened
     */
    public static JdbcPersistenceProvider open(Path directory) {
        return open(directory, Mode.OPEN);
    }

    /**
     * Opens the store of a directory that holds one.
     *
     * @param directory the directory; not null
     * @return the store, migrated; not null
     * @throws ValidationException if the path holds {@code ;}, is not a directory, or the directory holds no
     *     store (rule {@code OTP-JDBC-DIRECTORY})
     * @throws StoreInUseException if the store is open elsewhere
     * @throws PersistenceException if the database cannot be opened
     */
    public static JdbcPersistenceProvider openExisting(Path directory) {
        return open(directory, Mode.EXISTING);
    }

    /**
     * Opens the store in a directory after emptying it: the database files are deleted once the directory is
     * locked, so a store open elsewhere is never deleted.
     *
     * @param directory the directory; created if absent; not null
     * @return an empty store, migrated; not null
     * @throws ValidationException if the path holds {@code ;} or is not a directory
     * @throws StoreInUseException if the store is open elsewhere; nothing is deleted
     * @throws PersistenceException if the files cannot be deleted or the database opened
     */
    public static JdbcPersistenceProvider recreate(Path directory) {
        return open(directory, Mode.RECREATE);
    }

    /**
     * Checks, without creating or changing anything, that a path can be opened as a store directory now: it
     * holds no {@code ;}, is a directory or does not exist yet, and no one holds its store open. A command
     * line checks its options with it before long work that ends by opening the store.
     *
     * @param directory the directory; not null
     * @return the directory as an absolute, normalised path; not null
     * @throws ValidationException if the path holds {@code ;} or is not a directory (rule {@code OTP-JDBC-DIRECTORY})
     * @throws StoreInUseException if the store is open elsewhere at this moment
     */
    public static Path check(Path directory) {
        Path absolute = checked(directory);
        if (Files.isDirectory(absolute) && Files.exists(absolute.resolve(LOCK_FILE), LinkOption.NOFOLLOW_LINKS)) {
            Lock.take(realDirectory(absolute)).release();
        }
        return absolute;
    }

    /**
     * The JDBC URL of the store in a directory that exists: {@code jdbc:h2:file:<real path>/otp} and the SDK's
     * settings.
     *
     * @param directory the directory; not null
     * @return the URL, not null
     * @throws ValidationException if the path, or its real path, holds {@code ;}, or is not an existing directory
     */
    public static String url(Path directory) {
        return jdbcUrl(realDirectory(checked(directory)), false);
    }

    private enum Mode {
        OPEN, EXISTING, RECREATE
    }

    private static JdbcPersistenceProvider open(Path given, Mode mode) {
        Path directory = checked(given);
        if (mode == Mode.EXISTING) {
            if (!Files.isRegularFile(directory.resolve(DATABASE + ".mv.db"), LinkOption.NOFOLLOW_LINKS)) {
                throw directoryProblem(given, "io.otp.persistence.jdbc.directory.noStore");
            }
        } else {
            try {
                Files.createDirectories(directory);
            } catch (IOException e) {
                throw new PersistenceException("the store directory " + io.otp.core.OtpMessages.printable(given.toString())
                    + " cannot be created: " + e.getMessage(), e);
            }
        }
        Path real = realDirectory(directory);
        Path file = real.resolve(DATABASE + ".mv.db");
        if (!Files.isWritable(real) || Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isWritable(file)) {
            // opening takes the lock file and may migrate the tables: a read-only store cannot be opened
            throw directoryProblem(given, "io.otp.persistence.jdbc.directory.readOnly");
        }
        Lock lock = Lock.take(real);
        try {
            if (mode == Mode.RECREATE) {
                refuseIfOpenElsewhere(real, file);
                for (String ending : List.of(".mv.db", ".trace.db")) {
                    Files.deleteIfExists(real.resolve(DATABASE + ending));
                }
            }
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(jdbcUrl(real, mode == Mode.EXISTING));
            config.setMaximumPoolSize(JdbcProviderFactory.POOL_SIZE);
            config.setPoolName("otp-h2-file");
            HikariDataSource pool = new HikariDataSource(config);
            JdbcPersistenceProvider provider = JdbcPersistenceProvider.createOwning(pool, JdbcSettings.defaults(), () -> {
                try {
                    pool.close();
                } finally {
                    lock.release();
                }
            });
            return provider.migratedOrClosed();
        } catch (IOException | RuntimeException e) {
            lock.release();
            if (heldByAnotherProcess(e)) {
                // a process that does not take the lock file (an earlier version of the SDK) holds the database
                throw new StoreInUseException(real, file);
            }
            if (e instanceof PersistenceException || e instanceof ValidationException) {
                throw (RuntimeException) e;
            }
            throw new PersistenceException("the store in " + io.otp.core.OtpMessages.printable(real.toString())
                + " cannot be opened: " + e.getMessage(), e);
        }
    }

    /**
     * Before deleting a database, makes sure nobody has it open without the directory's lock: a host that
     * built its own data source on {@link #url(Path)}, in another process (H2 then refuses the file, error
     * 90020) or in this one (H2 then shares the database: it lists more sessions than this one). A file H2
     * cannot open for another reason (damaged) is deleted, as asked.
     */
    private static void refuseIfOpenElsewhere(Path real, Path file) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(jdbcUrl(real, true));
                java.sql.PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS");
                java.sql.ResultSet rs = s.executeQuery()) {
            rs.next();
            if (rs.getLong(1) > 1) {
                throw new StoreInUseException(real, file);
            }
        } catch (java.sql.SQLException e) {
            if (heldByAnotherProcess(e)) {
                throw new StoreInUseException(real, file);
            }
        }
    }

    /**
     * The one place the JDBC URL of a store is written: {@code jdbc:h2:file:}, the real path of the directory and
     * {@code /otp}, the SDK's {@link #SETTINGS}, and {@code ;IFEXISTS=TRUE} to open only a database that exists.
     *
     * @param real the directory's real path, as {@link #realDirectory(Path)} returns it
     * @param onlyIfExists whether H2 must refuse to create the database
     * @throws ValidationException if the path holds {@code ;}, which H2 would read as the start of settings
     */
    private static String jdbcUrl(Path real, boolean onlyIfExists) {
        if (real.toString().indexOf(';') >= 0) {
            throw directoryProblem(real, "io.otp.persistence.jdbc.directory.semicolon");
        }
        return "jdbc:h2:file:" + real.resolve(DATABASE) + SETTINGS + (onlyIfExists ? ";IFEXISTS=TRUE" : "");
    }

    /** Whether H2 refused the database because another process has it open (H2 error 90020). */
    private static boolean heldByAnotherProcess(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException && ((java.sql.SQLException) t).getErrorCode() == 90020) {
                return true;
            }
        }
        return false;
    }

    /** The path, refused if it holds what H2 would read as settings. */
    private static Path checked(Path directory) {
        Objects.requireNonNull(directory, "directory");
        if (directory.toString().indexOf(';') >= 0) {
            throw directoryProblem(directory, "io.otp.persistence.jdbc.directory.semicolon");
        }
        Path absolute;
        try {
            absolute = directory.toAbsolutePath().normalize();
        } catch (InvalidPathException | java.io.IOError e) {
            throw directoryProblem(directory, "io.otp.persistence.jdbc.directory.notDirectory");
        }
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw directoryProblem(directory, "io.otp.persistence.jdbc.directory.notDirectory");
        }
        return absolute;
    }

    /** The real path of an existing directory, refused if a link led to a path that holds {@code ;}. */
    private static Path realDirectory(Path directory) {
        Path real;
        try {
            real = directory.toRealPath();
        } catch (IOException e) {
            throw directoryProblem(directory, "io.otp.persistence.jdbc.directory.notDirectory");
        }
        if (real.toString().indexOf(';') >= 0) {
            throw directoryProblem(real, "io.otp.persistence.jdbc.directory.semicolon");
        }
        if (!Files.isDirectory(real)) {
            throw directoryProblem(directory, "io.otp.persistence.jdbc.directory.notDirectory");
        }
        return real;
    }

    private static ValidationException directoryProblem(Path directory, String key) {
        return new ValidationException(Violation.of("directory", "OTP-JDBC-DIRECTORY", key, "value", directory.toString()));
    }

    /** The lock of a store directory, held from opening to closing. */
    private static final class Lock {

        private final FileChannel channel;

        private final FileLock lock;

        private Lock(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        static Lock take(Path directory) {
            Path file = directory.resolve(LOCK_FILE);
            FileChannel channel;
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                throw new PersistenceException("the lock file " + io.otp.core.OtpMessages.printable(file.toString())
                    + " of the store cannot be opened: " + e.getMessage(), e);
            }
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            } catch (IOException e) {
                close(channel);
                throw new PersistenceException("the lock file " + io.otp.core.OtpMessages.printable(file.toString())
                    + " of the store cannot be locked: " + e.getMessage(), e);
            }
            if (lock == null) {
                close(channel);
                throw new StoreInUseException(directory, file);
            }
            return new Lock(channel, lock);
        }

        void release() {
            try {
                lock.release();
            } catch (IOException e) {
                // Closing the channel below releases the lock as well.
            } finally {
                close(channel);
            }
        }

        private static void close(FileChannel channel) {
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing was written to the lock file; the operating system releases it with the process.
            }
        }
    }
}
