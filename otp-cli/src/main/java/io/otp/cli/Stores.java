package io.otp.cli;

import io.otp.cli.input.InvalidInputException;
import io.otp.core.ValidationException;
import io.otp.persistence.jdbc.StoreInUseException;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * How the commands use a store directory given on the command line ({@code demo --data}, {@code ocds export
 * --store}): through {@link io.otp.persistence.jdbc.H2FileStore}, which builds the database URL from the
 * directory's real path (a name holding {@code ;} is refused), and locks the directory while the command
 * uses it. A refused directory or a store in use is the user's input, so exit code 1 with a message naming
 * the directory.
 */
final class Stores {

    private Stores() {
    }

    /**
     * Runs work on the store of a directory, turning a refused directory or a store in use into invalid input.
     *
     * @param directory the directory as given; not null
     * @param work what to do; not null
     * @param <T> what it gives
     * @return what the work gives
     */
    static <T> T inDirectory(Path directory, Supplier<T> work) {
        try {
            return work.get();
        } catch (StoreInUseException e) {
            throw new InvalidInputException(directory.toString(), e.getMessage());
        } catch (ValidationException e) {
            if (e.violations().stream().anyMatch(v -> v.ruleId().equals("OTP-JDBC-DIRECTORY"))) {
                throw new InvalidInputException(directory.toString(), e.violations().get(0).message());
            }
            throw e;
        }
    }
}
