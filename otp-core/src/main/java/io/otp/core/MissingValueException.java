package io.otp.core;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Thrown when a value object is built without one or more required attributes.
 */
public class MissingValueException extends ValidationException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception naming the missing attributes.
     *
     * @param missingAttributes names of the required attributes that were not set
     */
    public MissingValueException(String... missingAttributes) {
        super(Arrays.stream(missingAttributes.length == 0 ? new String[] {"?"} : missingAttributes)
            .map(name -> Violation.of(name, "OTP-REQUIRED", "io.otp.core.required", "field", name))
            .collect(Collectors.toList()));
    }
}
