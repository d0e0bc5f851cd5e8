package io.otp.core.execution;

import io.otp.core.NullValueException;

/** Argument checks shared by the package's methods. */
final class Arguments {

    private Arguments() {
    }

    /** Throws the SDK's {@link NullValueException} naming the argument when it is null. */
    static <T> T require(T value, String name) {
        if (value == null) {
            throw new NullValueException(name);
        }
        return value;
    }
}
