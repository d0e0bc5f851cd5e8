package io.otp.report;

import io.otp.core.OtpException;

/**
 * Thrown when a report cannot be written: a message key missing from the report bundles, or a file
 * that cannot be written.
 */
public class ReportException extends OtpException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, with the offending value; not null
     */
    public ReportException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong, with the offending value; not null
     * @param cause the underlying failure; may be null
     */
    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
