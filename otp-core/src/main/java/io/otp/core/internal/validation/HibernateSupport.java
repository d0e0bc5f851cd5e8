package io.otp.core.internal.validation;

import io.otp.core.Violation;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidationException;
import java.util.Optional;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * The part of the Jakarta wiring that uses Hibernate Validator's API. Only loaded after
 * {@link LegalTenderValidator} has found Hibernate Validator readable from this module, so the core
 * runs without it (module-info: {@code requires static org.hibernate.validator}).
 */
public final class HibernateSupport {

    /** The name of the message parameter carrying the rule id, usable in host templates. */
    public static final String RULE_ID = "ruleId";

    private HibernateSupport() {
    }

    /**
     * Gives the context the violation's arguments as message parameters, its rule id as parameter
     * {@code ruleId} and the violation itself as dynamic payload, for the next constraint violation
     * built. Hibernate Validator copies both when the constraint violation is added.
     *
     * @return false if the context is not Hibernate Validator's
     */
    public static boolean prepare(ConstraintValidatorContext context, Violation violation) {
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

    /** The SDK violation carried as dynamic payload, if any. */
    public static Optional<Violation> payload(ConstraintViolation<?> constraintViolation) {
        try {
            HibernateConstraintViolation<?> hv = constraintViolation.unwrap(HibernateConstraintViolation.class);
            return Optional.ofNullable(hv.getDynamicPayload(Violation.class));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }
}
