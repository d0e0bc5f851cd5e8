package io.otp.core.constraints;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.party.TaxId;
import io.otp.core.party.TaxIdKind;
import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Validates {@link SpanishTaxId}: the text is accepted when {@link TaxId#parse(CharSequence)} accepts
 * it and its {@link TaxId#kind()} is one of the constraint's {@link SpanishTaxId#kinds()}. A text the
 * factory rejects is reported with the message of the violation it finds (rules {@code ES-NIF-FORMAT},
 * {@code ES-NIF-CHECK}, {@code ES-NIE-CHECK}, {@code ES-CIF-CHECK}, {@code ES-CIF-CONTROL-FORM}); a
 * valid tax id of a kind not accepted, with rule {@code OTP-TAX-ID-KIND}.
 *
 * <p>The Jakarta provider creates and initialises one instance per constraint declaration, then may
 * call {@link #isValid(CharSequence, ConstraintValidatorContext)} from many threads; that method
 * changes nothing.
 */
public final class SpanishTaxIdValidator implements ConstraintValidator<SpanishTaxId, CharSequence> {

    /** The rule id of a valid tax id whose kind the constraint does not accept. */
    public static final String KIND_RULE = "OTP-TAX-ID-KIND";

    private static final String KIND_KEY = "io.otp.core.constraints.SpanishTaxId.kind";

    private boolean hostMessage;
    private Set<TaxIdKind> kinds = EnumSet.allOf(TaxIdKind.class);
    private String allowed = describe(kinds);

    /**
     * Creates a validator accepting every kind; the Jakarta provider calls
     * {@link #initialize(SpanishTaxId)} before use.
     */
    public SpanishTaxIdValidator() {
        // instantiated reflectively by the Jakarta provider
    }

    /**
     * Reads the constraint as declared.
     *
     * @param constraint the annotation; not null
     * @throws ConstraintDeclarationException if {@code kinds} is empty
     */
    @Override
    public void initialize(SpanishTaxId constraint) {
        if (constraint.kinds().length == 0) {
            throw new ConstraintDeclarationException("@SpanishTaxId(kinds = {}) accepts no tax id; name at least"
                + " one of NIF, NIE and CIF, or leave kinds out to accept all three");
        }
        hostMessage = Rejection.isHostMessage(constraint, constraint.message());
        kinds = EnumSet.copyOf(Arrays.asList(constraint.kinds()));
        allowed = describe(kinds);
    }

    /**
     * Validates a text with the SDK's factory, then its kind.
     *
     * @param value the text; null is valid
     * @param context the context; not null
     * @return true if the text is null or a valid tax id of an accepted kind
     */
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        TaxId taxId;
        try {
            taxId = TaxId.parse(value);
        } catch (ValidationException e) {
            return Rejection.reject(context, hostMessage, e.violations());
        }
        if (kinds.contains(taxId.kind())) {
            return true;
        }
        return Rejection.reject(context, hostMessage, List.of(Violation.of("taxId", KIND_RULE, KIND_KEY,
            "value", value, "kind", taxId.kind(), "allowed", allowed)));
    }

    private static String describe(Set<TaxIdKind> kinds) {
        return kinds.stream().map(TaxIdKind::name).collect(Collectors.joining(", "));
    }
}
