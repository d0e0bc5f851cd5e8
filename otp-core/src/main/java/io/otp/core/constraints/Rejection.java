package io.otp.core.constraints;

import io.otp.core.Violation;
import io.otp.core.internal.validation.JakartaTemplates;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.List;

/**
 * Turns the SDK's violations of one value into Jakarta constraint violations, the same way for every
 * constraint of this package (see the package description).
 *
 * <p>This class is thread-safe.
 */
final class Rejection {

    private Rejection() {
    }

    /**
     * Tells whether the host replaced a constraint's default message, {@code {<annotation name>.message}}
     * (e.g. {@code {io.otp.core.constraints.CpvCode.message}}), by its own.
     *
     * @param constraint the annotation as declared; not null
     * @param message its {@code message()}; not null
     * @return true if the message is not the default one
     */
    static boolean isHostMessage(Annotation constraint, String message) {
        return !message.equals("{" + constraint.annotationType().getName() + ".message}");
    }

    /**
     * Reports a value as invalid.
     *
     * <p>With the annotation's own message, each SDK violation becomes one constraint violation at the
     * annotated element, with the SDK's message: its key as template and its arguments as message
     * parameters under Hibernate Validator, else its English text. A host that wrote its own message
     * gets exactly one constraint violation with that message; under Hibernate Validator the first SDK
     * violation's arguments are still its message parameters.
     *
     * @param context the context of the validation; not null
     * @param hostMessage true if the host replaced the annotation's default message
     * @param violations what is wrong with the value; not null, not empty
     * @return false, so a validator can return it
     */
    static boolean reject(ConstraintValidatorContext context, boolean hostMessage, List<Violation> violations) {
        if (hostMessage) {
            JakartaTemplates.exposeParameters(context, violations.get(0));
            return false;
        }
        context.disableDefaultConstraintViolation();
        for (Violation v : violations) {
            context.buildConstraintViolationWithTemplate(JakartaTemplates.templateFor(context, v))
                .addConstraintViolation();
        }
        return false;
    }
}
