package io.otp.core.constraints;

import io.otp.core.ValidationException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link NutsCode}: the text is accepted exactly when
 * {@link io.otp.core.classification.NutsCode#parse(CharSequence)} accepts it, and is reported with the message of the
 * violation that factory finds.
 *
 * <p>The Jakarta provider creates and initialises one instance per constraint declaration, then may
 * call {@link #isValid(CharSequence, ConstraintValidatorContext)} from many threads; that method
 * changes nothing.
 */
public final class NutsCodeValidator implements ConstraintValidator<NutsCode, CharSequence> {

    private boolean hostMessage;

    /**
     * Creates a validator; the Jakarta provider calls {@link #initialize(NutsCode)} before use.
     */
    public NutsCodeValidator() {
        // instantiated reflectively by the Jakarta provider
    }

    /**
     * Reads the constraint as declared.
     *
     * @param constraint the annotation; not null
     */
    @Override
    public void initialize(NutsCode constraint) {
        hostMessage = Rejection.isHostMessage(constraint, constraint.message());
    }

    /**
     * Validates a text with the SDK's factory.
     *
     * @param value the text; null is valid
     * @param context the context; not null
     * @return true if the text is null or a NUTS code
     */
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        try {
            io.otp.core.classification.NutsCode.parse(value);
            return true;
        } catch (ValidationException e) {
            return Rejection.reject(context, hostMessage, e.violations());
        }
    }
}
