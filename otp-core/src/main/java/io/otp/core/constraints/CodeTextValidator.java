package io.otp.core.constraints;

import io.otp.core.ValidationException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What the validators of code texts share: the text is accepted exactly when the SDK's factory
 * accepts it, and is reported with the message of the violation that factory finds, so the rules
 * stay in one place.
 *
 * <p>The Jakarta provider creates and initialises one instance per constraint declaration, then may
 * call {@link #isValid(CharSequence, ConstraintValidatorContext)} from many threads; that method
 * changes nothing.
 *
 * @param <A> the constraint annotation
 */
abstract class CodeTextValidator<A extends Annotation> implements ConstraintValidator<A, CharSequence> {

    private final Consumer<CharSequence> factory;
    private boolean hostMessage;

    CodeTextValidator(Consumer<CharSequence> factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /** Records whether the host declared its own message instead of the SDK's. */
    final void declared(A constraint, String message) {
        hostMessage = Rejection.isHostMessage(constraint, message);
    }

    /**
     * Validates a text with the SDK's factory.
     *
     * @param value the text; null is valid
     * @param context the context; not null
     * @return true if the text is null or accepted by the factory
     */
    @Override
    public final boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        try {
            factory.accept(value);
            return true;
        } catch (ValidationException e) {
            return Rejection.reject(context, hostMessage, e.violations());
        }
    }
}
