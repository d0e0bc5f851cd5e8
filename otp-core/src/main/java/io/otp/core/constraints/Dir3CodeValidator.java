package io.otp.core.constraints;

/**
 * Validates {@link Dir3Code}: the text is accepted exactly when
 * {@link io.otp.core.party.Dir3Code#parse(CharSequence)} accepts it, and is reported with the message
 * of the violation that factory finds.
 *
 * <p>The Jakarta provider creates and initialises one instance per constraint declaration, then may
 * call {@link #isValid(CharSequence, jakarta.validation.ConstraintValidatorContext)} from many
 * threads; that method changes nothing.
 */
public final class Dir3CodeValidator extends CodeTextValidator<Dir3Code> {

    /**
     * Creates a validator; the Jakarta provider calls {@link #initialize(Dir3Code)} before use.
     */
    public Dir3CodeValidator() {
        super(text -> io.otp.core.party.Dir3Code.parse(text));
    }

    /**
     * Reads the constraint as declared.
     *
     * @param constraint the annotation; not null
     */
    @Override
    public void initialize(Dir3Code constraint) {
        declared(constraint, constraint.message());
    }
}
