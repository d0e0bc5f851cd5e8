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
 * Jakarta Bean Validation constraint: the annotated text is the code of an administrative unit or
 * office in the common directory DIR3 (Real Decreto 4/2010, art. 9) that
 * {@link io.otp.core.party.Dir3Code#parse(CharSequence)} accepts: a letter for the level of
 * administration and eight letters or digits, e.g. {@code L01280796} (the municipality of Madrid);
 * surrounding spaces and lower case are accepted.
 *
 * <p>Supported type: {@link CharSequence}. Only the format is verified, as by {@code Dir3Code}; whether
 * the unit exists and is in force is not.
 *
 * <p>{@code null} is valid, as for every Jakarta constraint: combine with {@code @NotNull} where the
 * value is required. Usable on fields, getters and other methods (return value), parameters and type
 * arguments ({@code List<@Dir3Code String>}), and repeatable for different groups. The
 * validator is {@link Dir3CodeValidator}, found without configuration; see the package description for
 * the messages.
 */
@Documented
@Constraint(validatedBy = Dir3CodeValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(Dir3Code.List.class)
public @interface Dir3Code {

    /**
     * The message template; by default the SDK's message for what is wrong with the value. A host's
     * own template may use the SDK's message parameters (see the package description).
     *
     * @return the message template, not null
     */
    String message() default "{io.otp.core.constraints.Dir3Code.message}";

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
     * Several {@code @Dir3Code} constraints on the same element, e.g. with different groups.
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
        Dir3Code[] value();
    }
}
