package io.otp.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Jakarta Bean Validation constraint: the annotated {@link io.otp.core.money.Money} is greater than
 * zero ({@link io.otp.core.money.Money#isPositive()}) and, where {@link #currency()} is given, in that
 * ISO 4217 currency, as a base budget (LCSP art. 100) or an estimated value (LCSP art. 101) is. A
 * zero or negative amount and an amount in another currency are each reported with the amount.
 *
 * <p>Supported type: {@code Money}.
 *
 * <p>{@code null} is valid, as for every Jakarta constraint: combine with {@code @NotNull} where the
 * value is required. Usable on fields, getters and other methods (return value), parameters and type
 * arguments ({@code List<@PositiveAmount Money>}), and repeatable for different groups. The
 * validator is {@link PositiveAmountValidator}, found without configuration; see the package description for
 * the messages.
 */
@Documented
@Constraint(validatedBy = PositiveAmountValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(PositiveAmount.List.class)
public @interface PositiveAmount {

    /**
     * The message template; by default the SDK's message for what is wrong with the value. A host's
     * own template may use the SDK's message parameters (see the package description).
     *
     * @return the message template, not null
     */
    String message() default "{io.otp.core.constraints.PositiveAmount.message}";

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

    /**
     * The ISO 4217 code of the only currency accepted, e.g. {@code "EUR"}; empty (the default) accepts
     * any currency. An unknown code is a {@link jakarta.validation.ConstraintDeclarationException}.
     *
     * @return the currency code, or empty for any; not null
     */
    String currency() default "";

    /**
     * Several {@code @PositiveAmount} constraints on the same element, e.g. with different groups.
     */
    @Documented
    @Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {

        /**
         * The constraints.
         *
         * @return the constraints, not null
         */
        PositiveAmount[] value();
    }
}
