package io.otp.core.constraints;

/**
 * Validates {@link NutsCode}: the text is accepted exactly when
 * {@link io.otp.core.classification.NutsCode#parse(CharSequence)} accepts it, and is reported with the message
 * of the violation that factory finds.
 *
 * <p>The Jakarta provider creates and initialises one instance per constraint declaration, then may
 * call {@link #isValid(CharSequence, jakarta.validation.ConstraintValidatorContext)} from many
 * threads; that method changes nothing.
 */
public final class NutsCodeValidator extends CodeTextValidator<NutsCode> {

    /**
     * Creates a validator; the Jakarta provider calls {@link #initialize(NutsCode)} before use.
     */
    public NutsCodeValidator() {
        super(text -> io.otp.core.classification.NutsCode.parse(text));
    }

    /**
     * Reads the constraint as declared.
     *
     * @param constraint the annotation; not null
     */
    @Override
    public void initialize(NutsCode constraint) {
        declared(constraint, constraint.message());
    }
}
