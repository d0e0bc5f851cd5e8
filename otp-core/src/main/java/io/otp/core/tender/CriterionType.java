package io.otp.core.tender;

/**
 * The nature of an award criterion (LCSP art. 145; eForms BT-539 {@code award-criterion-type};
 * OCDS awardCriteria extension).
 */
public enum CriterionType {
    /** The price offered (eForms {@code price}). */
    PRICE("price"),
    /** A cost, such as life-cycle cost (LCSP art. 148; eForms {@code cost}). */
    COST("cost"),
    /** A quality criterion: technical merit, environmental or social features (eForms {@code quality}). */
    QUALITY("quality");

    private final String code;

    CriterionType(String code) {
        this.code = code;
    }

    /**
     * The eForms and OCDS code: {@code price}, {@code cost} or {@code quality}.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }
}
