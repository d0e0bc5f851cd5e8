package io.otp.codelists;

import io.otp.core.OtpException;

/**
 * Thrown when an official codelist cannot be found or read: the eForms SDK jar is missing from the
 * class path or module path, a list does not exist in it, or its content is not what the SDK expects.
 */
public class CodelistException extends OtpException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message which list could not be read and why; not null
     */
    public CodelistException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message which list could not be read and why; not null
     * @param cause the underlying error; may be null
     */
    public CodelistException(String message, Throwable cause) {
        super(message, cause);
    }
}
