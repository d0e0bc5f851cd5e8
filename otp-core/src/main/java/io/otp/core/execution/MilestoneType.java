package io.otp.core.execution;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.util.Objects;

/**
 * What a milestone marks, after the OCDS 1.1 {@code milestoneType} codelist. {@link #code()} is the
 * codelist value to publish; in the SDK's JSON the constant's name is written, as for every SDK enum.
 */
public enum MilestoneType {

    /** OCDS {@code preProcurement}: an event before the procurement, e.g. a market consultation. */
    PRE_PROCUREMENT("preProcurement"),

    /** OCDS {@code approval}: an approval, e.g. of a design or of a plan. */
    APPROVAL("approval"),

    /** OCDS {@code engagement}: a meeting or consultation with stakeholders. */
    ENGAGEMENT("engagement"),

    /** OCDS {@code assessment}: a review or assessment of the work. */
    ASSESSMENT("assessment"),

    /** OCDS {@code delivery}: goods, works or services delivered; usually linked to deliverables. */
    DELIVERY("delivery"),

    /** OCDS {@code reporting}: a report due. */
    REPORTING("reporting"),

    /** OCDS {@code financing}: a funding event. */
    FINANCING("financing"),

    /**
     * OCDS {@code payment}: a payment of the price, partial or full (LCSP art. 198). A payment
     * milestone carries its share of the price and is met only through a certification
     * ({@link Milestone#meetWith(AcceptanceRecord)}).
     */
    PAYMENT("payment");

    private final String code;

    MilestoneType(String code) {
        this.code = code;
    }

    /**
     * The OCDS codelist value, e.g. {@code preProcurement}.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Finds the type of an OCDS code.
     *
     * @param code the codelist value, e.g. {@code delivery}; not null
     * @return the type, not null
     * @throws ValidationException if the code is not in the OCDS {@code milestoneType} codelist
     */
    public static MilestoneType fromCode(String code) {
        Objects.requireNonNull(code, "code");
        for (MilestoneType t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        throw new ValidationException(Violation.of("type", "OCDS-MILESTONE-TYPE",
            "io.otp.core.execution.milestoneType.unknown", "value", code));
    }
}
