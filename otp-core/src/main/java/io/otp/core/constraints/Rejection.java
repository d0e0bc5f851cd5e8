package io.otp.core.constraints;

import io.otp.core.Violation;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Locale;

/**
 * Turns the SDK's violations of one value into Jakarta constraint violations, the same way for every
 * constraint of this package (see the package description).
 *
 * <p>This class is thread-safe.
 */
final class Rejection {

    private static final String HIBERNATE_CONTEXT =
        "org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext";

    private static final boolean HIBERNATE = hibernateReadable();

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
            if (HIBERNATE) {
                HibernateParameters.prepare(context, violations.get(0));
            }
            return false;
        }
        context.disableDefaultConstraintViolation();
        for (Violation v : violations) {
            boolean parameters = HIBERNATE && HibernateParameters.prepare(context, v);
            String template = parameters ? "{" + v.messageKey() + "}" : escape(v.message(Locale.ENGLISH));
            context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
        }
        return false;
    }

    /**
     * Escapes the characters Jakarta message templates interpret, so a rendered message is shown as it
     * is (Jakarta Bean Validation 3.1, section 6.3.1.1).
     *
     * @param message the text; not null
     * @return the template, not null
     */
    static String escape(String message) {
        StringBuilder out = new StringBuilder(message.length() + 8);
        for (char c : message.toCharArray()) {
            if (c == '{' || c == '}' || c == '$' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean hibernateReadable() {
        try {
            Class<?> type = Class.forName(HIBERNATE_CONTEXT, false, Rejection.class.getClassLoader());
            return Rejection.class.getModule().canRead(type.getModule());
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
