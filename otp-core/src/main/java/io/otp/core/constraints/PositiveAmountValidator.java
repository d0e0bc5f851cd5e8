package io.otp.core.constraints;

import io.otp.core.Violation;
import io.otp.core.money.Money;
import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Validates {@link PositiveAmount}: the amount is accepted when {@link Money#isPositive()} and, where
 * the constraint names a currency, {@link Money#currency()} is that currency. An amount that breaks both
 * rules is reported twice, once per rule: rule {@code OTP-AMOUNT-POSITIVE} for zero or less, rule
 * {@code OTP-AMOUNT-CURRENCY} for another currency.
 *
 * <p>The Jakarta provider creates and initialises one instance per constraint declaration, then may
 * call {@link #isValid(Money, ConstraintValidatorContext)} from many threads; that method changes
 * nothing.
 */
public final class PositiveAmountValidator implements ConstraintValidator<PositiveAmount, Money> {

    /** The rule id of an amount that is zero or negative. */
    public static final String POSITIVE_RULE = "OTP-AMOUNT-POSITIVE";

    /** The rule id of an amount in another currency than the one the constraint names. */
    public static final String CURRENCY_RULE = "OTP-AMOUNT-CURRENCY";

    private boolean hostMessage;
    private Optional<Currency> currency = Optional.empty();

    /**
     * Creates a validator accepting any currency; the Jakarta provider calls
     * {@link #initialize(PositiveAmount)} before use.
     */
    public PositiveAmountValidator() {
        // instantiated reflectively by the Jakarta provider
    }

    /**
     * Reads the constraint as declared.
     *
     * @param constraint the annotation; not null
     * @throws ConstraintDeclarationException if {@code currency} is neither empty nor an ISO 4217 code
     */
    @Override
    public void initialize(PositiveAmount constraint) {
        hostMessage = Rejection.isHostMessage(constraint, constraint.message());
        String code = constraint.currency().trim();
        if (code.isEmpty()) {
            currency = Optional.empty();
            return;
        }
        try {
            currency = Optional.of(Currency.getInstance(code));
        } catch (IllegalArgumentException e) {
            throw new ConstraintDeclarationException("@PositiveAmount(currency = \"" + constraint.currency()
                + "\"): not an ISO 4217 currency code; give one such as \"EUR\", or leave it out for any currency", e);
        }
    }

    /**
     * Validates an amount.
     *
     * @param amount the amount; null is valid
     * @param context the context; not null
     * @return true if the amount is null, or greater than zero and in the required currency
     */
    @Override
    public boolean isValid(Money amount, ConstraintValidatorContext context) {
        if (amount == null) {
            return true;
        }
        List<Violation> violations = new ArrayList<>(2);
        if (!amount.isPositive()) {
            violations.add(Violation.of("amount", POSITIVE_RULE, "io.otp.core.constraints.PositiveAmount.positive",
                "value", amount));
        }
        currency.filter(c -> !c.equals(amount.currency())).ifPresent(c -> violations.add(Violation.of("amount",
            CURRENCY_RULE, "io.otp.core.constraints.PositiveAmount.currency",
            "value", amount, "currency", amount.currency().getCurrencyCode(), "expected", c.getCurrencyCode())));
        if (violations.isEmpty()) {
            return true;
        }
        return Rejection.reject(context, hostMessage, violations);
    }
}
