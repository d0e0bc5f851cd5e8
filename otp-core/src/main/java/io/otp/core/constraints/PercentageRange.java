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
 * Jakarta Bean Validation constraint: the annotated {@link io.otp.core.money.Percentage} lies between
 * {@link #min()} and {@link #max()}, both inclusive, compared exactly as decimals; by default 0 % to
 * 100 %. For example a VAT rate, {@code @PercentageRange(min = "0", max = "100")} (the Spanish rates are
 * 4 %, 10 % and 21 %, Ley 37/1992 del IVA, arts. 90 and 91), or a share of the points,
 * {@code @PercentageRange(max = "45")}. A value outside is reported with the value and the range.
 *
 * <p>Supported type: {@code Percentage}.
 *
 * <p>{@code null} is valid, as for every Jakarta constraint: combine with {@code @NotNull} where the
 * value is required. Usable on fields, getters and other methods (return value), parameters and type
 * arguments ({@code List<@PercentageRange Percentage>}), and repeatable for different groups. The
 * validator is {@link PercentageRangeValidator}, found without configuration; see the package description for
 * the messages.
 */
@Documented
@Constraint(validatedBy = PercentageRangeValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(PercentageRange.List.class)
public @interface PercentageRange {

    /**
     * The message template; by default the SDK's message for what is wrong with the value. A host's
     * own template may use the SDK's message parameters (see the package description).
     *
     * @return the message template, not null
     */
    String message() default "{io.otp.core.constraints.PercentageRange.message}";

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
     * The smallest percentage allowed, inclusive, as decimal text in percent units that
     * {@link io.otp.core.money.Percentage#of(String)} reads, e.g. {@code "0"} or {@code "4.5"}. Text it
     * rejects, or a minimum above the maximum, is a {@link jakarta.validation.ConstraintDeclarationException}.
     *
     * @return the minimum; not null
     */
    String min() default "0";

    /**
     * The largest percentage allowed, inclusive, as decimal text in percent units, e.g. {@code "100"}.
     *
     * @return the maximum; not null
     */
    String max() default "100";

    /**
     * Several {@code @PercentageRange} constraints on the same element, e.g. with different groups.
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
        PercentageRange[] value();
    }
}
