package io.otp.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.otp.core.party.TaxIdKind;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Jakarta Bean Validation constraint: the annotated text is a Spanish tax identification number (NIF,
 * Real Decreto 1065/2007) that {@link io.otp.core.party.TaxId#parse(CharSequence)} accepts, with its
 * check character verified: the DNI/NIF of a Spanish natural person ({@code 12345678Z}), the NIE of a
 * foreigner ({@code X1234567L}) or the NIF of an organisation, still called CIF ({@code B12345674};
 * organisation letters and control forms of Orden EHA/451/2008). Spaces, hyphens and lower case are
 * accepted, as by {@code TaxId}. A wrong check character is reported with the expected one:
 * "DNI/NIF 12345678A has check letter A; for its number the letter is Z (number mod 23)".
 *
 * <p>Supported type: {@link CharSequence}. {@link #kinds()} restricts the kinds accepted
 * ({@link TaxIdKind}).
 *
 * <p>{@code null} is valid, as for every Jakarta constraint: combine with {@code @NotNull} where the
 * value is required. Usable on fields, getters and other methods (return value), parameters and type
 * arguments ({@code List<@SpanishTaxId String>}), and repeatable for different groups. The
 * validator is {@link SpanishTaxIdValidator}, found without configuration; see the package description for
 * the messages.
 */
@Documented
@Constraint(validatedBy = SpanishTaxIdValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(SpanishTaxId.List.class)
public @interface SpanishTaxId {

    /**
     * The message template; by default the SDK's message for what is wrong with the value. A host's
     * own template may use the SDK's message parameters (see the package description).
     *
     * @return the message template, not null
     */
    String message() default "{io.otp.core.constraints.SpanishTaxId.message}";

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
     * The kinds of tax id accepted: by default all three; {@code kinds = TaxIdKind.CIF} for an
     * organisation, {@code kinds = {TaxIdKind.NIF, TaxIdKind.NIE}} for a natural person. A valid tax id
     * of another kind is reported with its kind and the kinds allowed.
     *
     * @return the kinds accepted; not null, not empty (an empty list is a
     *     {@link jakarta.validation.ConstraintDeclarationException})
     */
    TaxIdKind[] kinds() default {TaxIdKind.NIF, TaxIdKind.NIE, TaxIdKind.CIF};

    /**
     * Several {@code @SpanishTaxId} constraints on the same element, e.g. with different groups.
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
        SpanishTaxId[] value();
    }
}
