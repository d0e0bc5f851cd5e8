package io.otp.codelists.internal;

import java.util.Objects;

/**
 * One row of a codelist as read from the eForms SDK or the index: the code, its parent code (empty
 * when it has none) and its Spanish and English labels.
 *
 * @param code the code, not blank
 * @param parent the parent code; empty when none
 * @param spanish the Spanish label, not blank
 * @param english the English label, not blank
 */
public record CodeRow(String code, String parent, String spanish, String english) {

    /**
     * Checks the row.
     *
     * @param code the code
     * @param parent the parent code
     * @param spanish the Spanish label
     * @param english the English label
     */
    public CodeRow {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(spanish, "spanish");
        Objects.requireNonNull(english, "english");
    }
}
