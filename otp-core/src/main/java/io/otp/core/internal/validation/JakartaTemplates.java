package io.otp.core.internal.validation;

import io.otp.core.Violation;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import java.util.Locale;
import java.util.Optional;

/**
 * What every SDK constraint validator does to report an SDK {@link Violation} through Jakarta Bean
 * Validation: with Hibernate Validator, a message template naming the bundle key with the
 * violation's arguments as message parameters (so the message comes in the validator's locale) and
 * the violation as dynamic payload; with another provider, the English message escaped so that it
 * is shown as it is.
 *
 * <p>Hibernate Validator's types are used only through {@link HibernateSupport}, which is loaded
 * only when Hibernate Validator is present and readable.
 */
public final class JakartaTemplates {

    private static final String HIBERNATE_CONTEXT =
        "org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext";

    private static final boolean HIBERNATE = hibernateReadable();

    private JakartaTemplates() {
    }

    /**
     * Prepares the context for one violation and returns the message template to build it with.
     *
     * @param context the validator's context; not null
     * @param violation the SDK violation; not null
     * @return the template, not null
     */
    public static String templateFor(ConstraintValidatorContext context, Violation violation) {
        boolean parameters = HIBERNATE && HibernateSupport.prepare(context, violation);
        return parameters ? "{" + violation.messageKey() + "}" : escape(violation.message(Locale.ENGLISH));
    }

    /**
     * Gives the context the violation's parameters and payload, for a host's own message template.
     *
     * @param context the validator's context; not null
     * @param violation the SDK violation; not null
     */
    public static void exposeParameters(ConstraintValidatorContext context, Violation violation) {
        if (HIBERNATE) {
            HibernateSupport.prepare(context, violation);
        }
    }

    /**
     * The SDK violation carried by a constraint violation.
     *
     * @param constraintViolation the constraint violation; not null
     * @return the SDK violation; empty when not carried or not Hibernate Validator
     */
    public static Optional<Violation> violationOf(ConstraintViolation<?> constraintViolation) {
        return HIBERNATE ? HibernateSupport.payload(constraintViolation) : Optional.empty();
    }

    /**
     * Escapes the characters Jakarta message templates interpret, so a rendered message is shown
     * as it is (Jakarta Bean Validation 3.1, section 6.3.1.1).
     *
     * @param message the text; not null
     * @return the template, not null
     */
    public static String escape(String message) {
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
            Class<?> type = Class.forName(HIBERNATE_CONTEXT, false, JakartaTemplates.class.getClassLoader());
            return JakartaTemplates.class.getModule().canRead(type.getModule());
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
