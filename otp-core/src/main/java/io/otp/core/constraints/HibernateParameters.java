package io.otp.core.constraints;

import io.otp.core.Violation;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * The part of this package that uses Hibernate Validator's API. Only loaded after {@link Rejection}
 * has found Hibernate Validator readable from this module, so the core runs without it (module-info:
 * {@code requires static org.hibernate.validator}).
 */
final class HibernateParameters {

    /** The name of the message parameter carrying the rule id, usable in host templates. */
    static final String RULE_ID = "ruleId";

    private HibernateParameters() {
    }

    /**
     * Gives the context the violation's arguments as message parameters, its rule id as parameter
     * {@code ruleId} and the violation itself as dynamic payload, for the next constraint violation
     * added. Message parameters, unlike expression variables, are inserted as they are: a value the
     * user typed is never evaluated.
     *
     * @return false if the context is not Hibernate Validator's
     */
    static boolean prepare(ConstraintValidatorContext context, Violation violation) {
        HibernateConstraintValidatorContext hv;
        try {
            hv = context.unwrap(HibernateConstraintValidatorContext.class);
        } catch (ValidationException e) {
            return false;
        }
        violation.arguments().forEach(hv::addMessageParameter);
        hv.addMessageParameter(RULE_ID, violation.ruleId());
        hv.withDynamicPayload(violation);
        return true;
    }
}
