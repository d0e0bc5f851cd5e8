package io.otp.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.otp.core.ValidationException;

/**
 * Identifies the risks and issues register of a project (EU PM² risk and issue logs).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RiskRegisterId extends TypedId {

    private RiskRegisterId(String value) {
        super("riskRegisterId", value);
    }

    /**
     * Obtains an identifier.
     *
     * @param value the text: 1 to 100 letters, digits or {@code . _ : / # -}; not null
     * @return the identifier, not null
     * @throws ValidationException if the text is not a valid identifier
     */
    @JsonCreator
    public static RiskRegisterId of(String value) {
        return new RiskRegisterId(value);
    }
}
