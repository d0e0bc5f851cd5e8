package io.otp.core;

/**
 * Root of every exception the OTP SDK throws. All SDK exceptions are unchecked.
 */
public class OtpException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, with the offending value and what is allowed; not null
     */
    public OtpException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong; not null
     * @param cause the underlying cause; may be null
     */
    public OtpException(String message, Throwable cause) {
        super(message, cause);
    }
}
