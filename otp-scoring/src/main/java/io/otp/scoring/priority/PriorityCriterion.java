package io.otp.scoring.priority;

import io.otp.core.need.NeedAssessment;
import io.otp.scoring.mcda.Orientation;
import java.math.BigDecimal;

/**
 * An aspect of a {@link NeedAssessment} that needs can be ranked by, with the value it takes and
 * whether more of it is better.
 */
public enum PriorityCriterion {

    /** {@link NeedAssessment#feasibility()}, 1 to 5, more is better. */
    FEASIBILITY(Orientation.BENEFIT),

    /**
     * {@link NeedAssessment#estimatedCost()}, the amount in its currency; lower is better, inverted by
     * the {@link io.otp.scoring.mcda.Inversion} of the prioritisation, apart from normalisation.
     */
    COST(Orientation.COST),

    /** {@link NeedAssessment#strategicAlignment()}, 1 to 5, more is better. */
    STRATEGIC_ALIGNMENT(Orientation.BENEFIT),

    /** {@link NeedAssessment#urgency()}, 1 to 5, more is better. */
    URGENCY(Orientation.BENEFIT),

    /** {@link NeedAssessment#legalImpact()}, 1 to 5, more is better. */
    LEGAL_IMPACT(Orientation.BENEFIT),

    /**
     * {@link NeedAssessment#securityCategory()}: 1 for BASIC, 2 for MEDIUM, 3 for HIGH; more is
     * better, since a need touching systems of a higher ENS category (Royal Decree 311/2022) protects
     * more critical services.
     */
    SECURITY_IMPACT(Orientation.BENEFIT);

    private final Orientation orientation;

    PriorityCriterion(Orientation orientation) {
        this.orientation = orientation;
    }

    /**
     * Whether more or less of the value is better.
     *
     * @return the orientation, not null
     */
    public Orientation orientation() {
        return orientation;
    }

    /**
     * The value of this criterion in an assessment.
     *
     * @param assessment the assessment; not null
     * @return the value, not null
     * @throws NullPointerException if {@code assessment} is null
     */
    public BigDecimal valueOf(NeedAssessment assessment) {
        switch (this) {
            case FEASIBILITY:
                return BigDecimal.valueOf(assessment.feasibility().score());
            case COST:
                return assessment.estimatedCost().amount();
            case STRATEGIC_ALIGNMENT:
                return BigDecimal.valueOf(assessment.strategicAlignment().score());
            case URGENCY:
                return BigDecimal.valueOf(assessment.urgency().score());
            case LEGAL_IMPACT:
                return BigDecimal.valueOf(assessment.legalImpact().score());
            default:
                return BigDecimal.valueOf(assessment.securityCategory().ordinal() + 1L);
        }
    }
}
