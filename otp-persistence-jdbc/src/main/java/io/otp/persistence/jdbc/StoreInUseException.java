package io.otp.persistence.jdbc;

import io.otp.persistence.PersistenceException;
import java.nio.file.Path;

/**
 * Thrown when a store on disk is already open, by another process or elsewhere in this one: two users of
 * one store directory would overwrite or delete each other's database.
 */
public final class StoreInUseException extends PersistenceException {

    private static final long serialVersionUID = 1L;

    /** The directory; kept as text so the exception stays serializable. */
    private final String directory;

    /**
     * Creates the exception.
     *
     * @param directory the store's directory; not null
     * @param lockFile the file whose lock is held; not null
     */
    StoreInUseException(Path directory, Path lockFile) {
        super("the store in " + io.otp.core.OtpMessages.printable(directory.toString()) + " is in use (its lock file "
            + io.otp.core.OtpMessages.printable(lockFile.toString()) + " is held by another process or another"
            + " part of this one); close it there first");
        this.directory = directory.toString();
    }

    /**
     * The directory of the store in use.
     *
     * @return the directory, not null
     */
    public Path directory() {
        return Path.of(directory);
    }
}
