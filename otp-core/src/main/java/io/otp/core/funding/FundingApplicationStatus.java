package io.otp.core.funding;

import io.otp.core.lifecycle.Status;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle of a {@link FundingApplication}, from its preparation to the justification of the
 * grant (Ley 38/2003 General de Subvenciones: application art. 23, decision art. 25, justification
 * art. 30, reimbursement art. 37).
 *
 * <pre>
 * DRAFT -&gt; SUBMITTED | WITHDRAWN
 * SUBMITTED -&gt; UNDER_REVIEW | WITHDRAWN
 * UNDER_REVIEW -&gt; GRANTED | REJECTED | WITHDRAWN
 * GRANTED -&gt; JUSTIFIED | REIMBURSEMENT
 * REJECTED, WITHDRAWN, JUSTIFIED, REIMBURSEMENT: final
 * </pre>
 */
public enum FundingApplicationStatus implements Status<FundingApplicationStatus> {

    /** Being prepared by the applicant; not yet filed. */
    DRAFT,

    /** Filed within the call's application period (LGS art. 23). */
    SUBMITTED,

    /** Being assessed by the granting body (LGS art. 24). */
    UNDER_REVIEW,

    /** Granted, with the amount granted recorded (LGS art. 25). */
    GRANTED,

    /** Not granted. Final. */
    REJECTED,

    /** Withdrawn by the applicant before the decision. Final. */
    WITHDRAWN,

    /** The final justification of the grant was accepted (LGS art. 30). Final. */
    JUSTIFIED,

    /** Part of the grant was returned, with the amount recorded (LGS art. 37). Final. */
    REIMBURSEMENT;

    private static final Map<FundingApplicationStatus, Set<FundingApplicationStatus>> SUCCESSORS =
        new EnumMap<>(FundingApplicationStatus.class);

    static {
        SUCCESSORS.put(DRAFT, of(SUBMITTED, WITHDRAWN));
        SUCCESSORS.put(SUBMITTED, of(UNDER_REVIEW, WITHDRAWN));
        SUCCESSORS.put(UNDER_REVIEW, of(GRANTED, REJECTED, WITHDRAWN));
        SUCCESSORS.put(GRANTED, of(JUSTIFIED, REIMBURSEMENT));
        SUCCESSORS.put(REJECTED, Collections.emptySet());
        SUCCESSORS.put(WITHDRAWN, Collections.emptySet());
        SUCCESSORS.put(JUSTIFIED, Collections.emptySet());
        SUCCESSORS.put(REIMBURSEMENT, Collections.emptySet());
    }

    /**
     * The statuses an application in this status may move to, as drawn in the class description.
     *
     * @return an unmodifiable set, empty for the final statuses; not null
     */
    @Override
    public Set<FundingApplicationStatus> successors() {
        return SUCCESSORS.get(this);
    }

    /**
     * Tells whether an application in this status holds a grant (granted, justified or partly
     * reimbursed), and so records the amount granted.
     *
     * @return true for {@code GRANTED}, {@code JUSTIFIED} and {@code REIMBURSEMENT}
     */
    public boolean isGranted() {
        return this == GRANTED || this == JUSTIFIED || this == REIMBURSEMENT;
    }

    private static Set<FundingApplicationStatus> of(FundingApplicationStatus first, FundingApplicationStatus... rest) {
        return Collections.unmodifiableSet(EnumSet.of(first, rest));
    }
}
