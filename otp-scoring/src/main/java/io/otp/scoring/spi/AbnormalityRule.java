package io.otp.scoring.spi;

import io.otp.core.ValidationException;
import io.otp.scoring.abnormal.AbnormalityAssessment;
import io.otp.scoring.abnormal.AbnormalityInput;

/**
 * A rule that presumes offers abnormally low (LCSP art. 149): RGLCAP art. 85 when price is the only
 * criterion, or the parameters of the pliego when there are several (149.2.b).
 *
 * <p>Providers are found with {@link java.util.ServiceLoader} (declare them in {@code module-info.java}
 * with {@code provides io.otp.scoring.spi.AbnormalityRule with ...} and in
 * {@code META-INF/services/io.otp.scoring.spi.AbnormalityRule}) or registered explicitly with
 * {@code io.otp.scoring.abnormal.rules.AbnormalityRules#with}. Implementations must be thread-safe,
 * must give the same result for any order of the offers, must apply RGLCAP art. 86 (only the lowest offer
 * of a business group enters the computation) and must decide every comparison with a limit exactly
 * (cross-multiplying rather than dividing first: an offer exactly at a limit derived from a mean is not
 * "more than" below it), dividing only to show amounts, with {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT}.
 */
public interface AbnormalityRule {

    /**
     * The stable id of the rule, e.g. {@code rglcap-85}: lower-case letters, digits and hyphens.
     *
     * @return the id; not null
     */
    String id();

    /**
     * A human-readable name.
     *
     * @return the name; not null
     */
    default String name() {
        return getClass().getSimpleName();
    }

    /**
     * Judges the offers.
     *
     * @param input the offers and settings; not null
     * @return one assessment per offer, sorted by bid id; not null
     * @throws ValidationException if the input lacks what the rule needs (the path names it)
     */
    AbnormalityAssessment evaluate(AbnormalityInput input);
}
