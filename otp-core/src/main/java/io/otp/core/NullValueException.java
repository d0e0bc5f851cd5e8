package io.otp.core;

/**
 * Thrown when {@code null} is passed where the SDK requires a value (absent values are
 * {@code Optional.empty()} or empty collections, never null).
 */
public class NullValueException extends ValidationException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception naming the attribute or parameter that received null.
     *
     * @param name the attribute or parameter name
     */
    public NullValueException(String name) {
        super(Violation.of(name == null ? "" : name, "OTP-REQUIRED", "io.otp.core.notNull",
            "field", name));
    }
}
