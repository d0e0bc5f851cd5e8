package io.otp.codelists;

/**
 * The eForms codelists the core's enums map to, by the business term (BT) of the eForms regulation
 * (Commission Implementing Regulation (EU) 2019/1780, as amended) whose values they list.
 */
public enum EformsCodelist {

    /** Procedure type, BT-105: {@code open}, {@code restricted}, {@code neg-w-call}, ... */
    PROCUREMENT_PROCEDURE_TYPE("procurement-procedure-type", "BT-105"),

    /** Main nature of the contract, BT-23: {@code works}, {@code supplies}, {@code services}. */
    CONTRACT_NATURE("contract-nature", "BT-23"),

    /** Award criterion type, BT-539: {@code price}, {@code cost}, {@code quality}. */
    AWARD_CRITERION_TYPE("award-criterion-type", "BT-539"),

    /** How an award criterion's weight is expressed, BT-5421: {@code per-exa}, {@code poi-exa}, ... */
    NUMBER_WEIGHT("number-weight", "BT-5421"),

    /** How an award criterion's fixed value is expressed, BT-5422: {@code fix-tot}, {@code fix-unit}. */
    NUMBER_FIXED("number-fixed", "BT-5422"),

    /** How an award criterion's threshold is expressed, BT-5423: {@code min-score}, {@code max-pass}. */
    NUMBER_THRESHOLD("number-threshold", "BT-5423");

    private final String id;
    private final String businessTerm;

    EformsCodelist(String id, String businessTerm) {
        this.id = id;
        this.businessTerm = businessTerm;
    }

    /**
     * The list's identifier in the eForms SDK, also its file name in {@code eforms-sdk/codelists/}.
     *
     * @return e.g. {@code procurement-procedure-type}, not null
     */
    public String id() {
        return id;
    }

    /**
     * The eForms business term whose values the list gives.
     *
     * @return e.g. {@code BT-105}, not null
     */
    public String businessTerm() {
        return businessTerm;
    }
}
