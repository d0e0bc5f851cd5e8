package io.otp.core.tender;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Jakarta Bean Validation constraint: the annotated {@link Tender} respects the rules of Spanish
 * public procurement law that depend on context (minor-contract limits, LCSP art. 118.1; simplified
 * procedures, art. 159; weights of award criteria, arts. 145.4 and 145.7; the expert committee,
 * art. 146.2.a; division into lots, art. 99.3; estimated value, art. 101), checked with the SDK's
 * thresholds in force on the publication date or, for an unpublished tender, today in
 * Europe/Madrid.
 *
 * <p>{@code Tender} carries it, so a host's {@code validator.validate(tender)} or {@code @Valid}
 * reports one constraint violation per broken rule, with the SDK's path and message. The validator
 * ({@code io.otp.core.rules.LegalTenderValidator}) is not named here, to keep this package free of
 * a dependency on the rules: Hibernate Validator discovers it through {@link java.util.ServiceLoader}
 * (see that class for other providers).
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface LegalTender {

    /**
     * The message when no more specific one is reported; each broken rule reports its own.
     *
     * @return the message template, not null
     */
    String message() default "{io.otp.core.tender.LegalTender.message}";

    /**
     * The validation groups.
     *
     * @return the groups, empty for the default group; not null
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload types, empty by default; not null
     */
    Class<? extends Payload>[] payload() default {};
}
