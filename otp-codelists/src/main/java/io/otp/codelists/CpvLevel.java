package io.otp.codelists;

import io.otp.core.classification.CpvCode;
import java.util.Objects;

/**
 * The level of a code in the CPV hierarchy, told by its significant digits (Regulation (EC)
 * No 213/2008, Annex I): the first two digits identify the division, the first three the group, the
 * first four the class and the first five the category; each of the last three digits gives a
 * greater degree of precision within the category. Trailing zeros are not significant:
 * {@code 72000000} is a division, {@code 72200000} a group, {@code 72260000} a class,
 * {@code 72267000} a category and {@code 72267100} a subcategory.
 */
public enum CpvLevel {

    /** Two significant digits, e.g. {@code 72000000} (IT services). */
    DIVISION,

    /** Three significant digits, e.g. {@code 72200000}. */
    GROUP,

    /** Four significant digits, e.g. {@code 72260000}. */
    CLASS,

    /** Five significant digits, e.g. {@code 72267000}. */
    CATEGORY,

    /** Six to eight significant digits: a finer level within a category, e.g. {@code 72267100}. */
    SUBCATEGORY;

    /**
     * The level of a code.
     *
     * @param code the code; not null
     * @return the level given by its significant digits, not null
     */
    public static CpvLevel of(CpvCode code) {
        Objects.requireNonNull(code, "code");
        switch (code.significantPrefix().length()) {
            case 2:
                return DIVISION;
            case 3:
                return GROUP;
            case 4:
                return CLASS;
            case 5:
                return CATEGORY;
            default:
                return SUBCATEGORY;
        }
    }
}
