package io.otp.core.constraints;

/**
 * Validates {@link CpvCode}: the text is accepted exactly when
 * {@link io.otp.core.classification.CpvCode#parse(CharSequence)} accepts it, and is reported with the message
 * of the violation that factory finds.
 *
 * <p>The Jakarta provider creates and initialises one instance per constraint declaration, then may
 * call {@link #isValid(CharSequence, jakarta.validation.ConstraintValidatorContext)} from many
 * threads; that method changes nothing.
 */
public final class CpvCodeValidator extends CodeTextValidator<CpvCode> {

    /**
     * Creates a validator; the Jakarta provider calls {@link #initialize(CpvCode)} before use.
     */
    public CpvCodeValidator() {
        super(text -> io.otp.core.classification.CpvCode.parse(text));
    }

    /**
     * Reads the constraint as declared.
     *
     * @param constraint the annotation; not null
     */
    @Override
    public void initialize(CpvCode constraint) {
        declared(constraint, constraint.message());
    }
}
