package io.otp.codelists.internal;

import io.otp.core.OtpException;

/**
 * A codelist could not be found or read. The API of otp-codelists turns it into its public
 * {@code CodelistException}, keeping the message and the cause; it never reaches callers.
 */
public final class SourceException extends OtpException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what could not be read, and why; not null
     */
    public SourceException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param message what could not be read, and why; not null
     * @param cause the underlying error; may be null
     */
    public SourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
