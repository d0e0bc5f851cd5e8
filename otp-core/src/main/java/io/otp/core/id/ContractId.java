package io.otp.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.otp.core.ValidationException;

/**
 * Identifies a contract in execution, awarded from a lot of a tender (LCSP art. 153).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ContractId extends TypedId {

    private ContractId(String value) {
        super("contractId", value);
    }

    /**
     * Obtains an identifier.
     *
     * @param value the text: 1 to 100 letters, digits or {@code . _ : / # -}; not null
     * @return the identifier, not null
     * @throws ValidationException if the text is not a valid identifier
     */
    @JsonCreator
    public static ContractId of(String value) {
        return new ContractId(value);
    }
}
