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
 * Jakarta Bean Validation constraint: the annotated text is a Common Procurement Vocabulary code
 * (Regulation (EC) No 2195/2002, as amended by Regulation (EC) No 213/2008) that
 * {@link io.otp.core.classification.CpvCode#parse(CharSequence)} accepts: eight digits, optionally
 * followed by a hyphen and the check digit of the weighted rule, e.g. {@code 72000000-5} or
 * {@code 72000000}; surrounding spaces are ignored. A wrong check digit is reported with the code the
 * rule gives: "CPV code 72000000-4 has a check digit that the weighted check ... gives 72000000-5".
 *
 * <p>Supported type: {@link CharSequence}. Only the format and check digit are verified, as by
 * {@code CpvCode}; whether the code exists in the official list is not.
 *
 * <p>{@code null} is valid, as for every Jakarta constraint: combine with {@code @NotNull} where the
 * value is required. Usable on fields, getters and other methods (return value), parameters and type
 * arguments ({@code List<@CpvCode String>}), and repeatable for different groups. The
 * validator is {@link CpvCodeValidator}, found without configuration; see the package description for
 * the messages.
 */
@Documented
@Constraint(validatedBy = CpvCodeValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(CpvCode.List.class)
public @interface CpvCode {

    /**
     * The message template; by default the SDK's message for what is wrong with the value. A host's
     * own template may use the SDK's message parameters (see the package description).
     *
     * @return the message template, not null
     */
    String message() default "{io.otp.core.constraints.CpvCode.message}";

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
     * Several {@code @CpvCode} constraints on the same element, e.g. with different groups.
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
        CpvCode[] value();
    }
}
