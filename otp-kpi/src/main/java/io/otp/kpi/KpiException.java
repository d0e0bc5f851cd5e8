package io.otp.kpi;

import io.otp.core.OtpException;

/**
 * Thrown when a KPI or an execution-tracking figure cannot be computed from the data given.
 */
public class KpiException extends OtpException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, with the offending value and what is allowed; not null
     */
    public KpiException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong; not null
     * @param cause the underlying cause; may be null
     */
    public KpiException(String message, Throwable cause) {
        super(message, cause);
    }
}
