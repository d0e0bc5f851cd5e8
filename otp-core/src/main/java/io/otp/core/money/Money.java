package io.otp.core.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one ISO 4217 currency, exact to the currency's minor unit (two decimals
 * for the euro).
 *
 * <p>Every {@code Money} has exactly the scale of its currency ({@link Currency#getDefaultFractionDigits()}):
 * {@code 100} euros is stored and written as {@code 100.00}. Sums and differences are exact;
 * operations that can produce more decimals (a percentage of an amount, VAT) round once, half up
 * to the cent ("redondeo al céntimo"), and say so. {@code double} is never used.
 *
 * <p>Amounts may be negative (a variance, a penalty); rules that need a positive amount (an offer,
 * a budget) check it where they apply.
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonPropertyOrder({"amount", "currency"})
public final class Money implements Comparable<Money> {

    /** The euro, the default currency of the SDK. */
    public static final Currency EUR = Currency.getInstance("EUR");

    /** The rounding applied where an operation produces decimals beyond the minor unit. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal amount;
    private final Currency currency;

    private Money(BigDecimal amount, Currency currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /**
     * Obtains an amount, which must not have more decimals than the currency allows.
     *
     * @param amount the amount; not null
     * @param currency the currency; not null
     * @return the money, not null
     * @throws ValidationException if the amount has more decimals than the currency's minor unit
     */
    public static Money of(BigDecimal amount, Currency currency) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int scale = scaleOf(currency);
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > scale) {
            throw new ValidationException(Violation.of("amount", "OTP-MONEY-SCALE",
                "io.otp.core.money.scale", "value", Decimals.shown(amount),
                "currency", currency.getCurrencyCode(), "digits", scale));
        }
        return new Money(amount.setScale(scale, RoundingMode.UNNECESSARY), currency);
    }

    /**
     * Obtains an amount, rounding it to the currency's minor unit with the given rounding.
     *
     * @param amount the amount; not null
     * @param currency the currency; not null
     * @param rounding how to round extra decimals; not null
     * @return the money, not null
     */
    public static Money of(BigDecimal amount, Currency currency, RoundingMode rounding) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(rounding, "rounding");
        return new Money(amount.setScale(scaleOf(currency), rounding), currency);
    }

    /**
     * Obtains an amount in euros.
     *
     * @param amount the amount; not null; at most two decimals
     * @return the money, not null
     * @throws ValidationException if the amount has more than two decimals
     */
    public static Money euros(BigDecimal amount) {
        return of(amount, EUR);
    }

    /**
     * Obtains an amount in euros from its decimal text, e.g. {@code "125000.50"}.
     *
     * @param amount the amount as plain decimal text; not null
     * @return the money, not null
     * @throws ValidationException if the text is not a decimal number or has more than two decimals
     */
    public static Money euros(String amount) {
        Objects.requireNonNull(amount, "amount");
        return euros(decimal("amount", amount));
    }

    /**
     * Obtains an amount in euros from a whole number of euros.
     *
     * @param amount the whole amount
     * @return the money, not null
     */
    public static Money euros(long amount) {
        return euros(BigDecimal.valueOf(amount));
    }

    /**
     * Obtains zero in a currency.
     *
     * @param currency the currency; not null
     * @return zero, not null
     */
    public static Money zero(Currency currency) {
        return of(BigDecimal.ZERO, currency);
    }

    /**
     * Parses the text {@link #toString()} produces, e.g. {@code "125000.50 EUR"}.
     *
     * @param text the text; not null
     * @return the money, not null
     * @throws ValidationException if the text is not an amount followed by an ISO 4217 code
     */
    public static Money parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().trim();
        int space = s.lastIndexOf(' ');
        if (space < 0) {
            throw new ValidationException(Violation.of("money", "OTP-MONEY-FORMAT",
                "io.otp.core.money.format", "value", s));
        }
        return of(decimal("amount", s.substring(0, space).trim()), currency(s.substring(space + 1)));
    }

    @JsonCreator
    static Money fromJson(@JsonProperty("amount") BigDecimal amount,
                          @JsonProperty("currency") String currency) {
        if (amount == null) {
            throw new io.otp.core.MissingValueException("amount");
        }
        return of(amount, currency == null ? EUR : currency(currency));
    }

    /**
     * The amount, with exactly the currency's number of decimals.
     *
     * @return the amount, not null
     */
    @JsonProperty("amount")
    public BigDecimal amount() {
        return amount;
    }

    /**
     * The currency.
     *
     * @return the currency, not null
     */
    @JsonIgnore
    public Currency currency() {
        return currency;
    }

    @JsonProperty("currency")
    String currencyCode() {
        return currency.getCurrencyCode();
    }

    /**
     * Returns the sum of this amount and another, exactly.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param other the amount to add; not null; same currency
     * @return the sum, not null
     * @throws ValidationException if the currencies differ
     */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /**
     * Returns this amount less another, exactly.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param other the amount to subtract; not null; same currency
     * @return the difference, not null
     * @throws ValidationException if the currencies differ
     */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /**
     * Returns this amount multiplied by a whole number, exactly.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param multiplicand the factor
     * @return the product, not null
     */
    public Money multipliedBy(long multiplicand) {
        return new Money(amount.multiply(BigDecimal.valueOf(multiplicand)), currency);
    }

    /**
     * Returns this amount multiplied by a decimal factor, rounded once to the minor unit.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param factor the factor; not null
     * @param rounding how to round to the minor unit; not null
     * @return the product, not null
     */
    public Money multipliedBy(BigDecimal factor, RoundingMode rounding) {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(rounding, "rounding");
        return of(amount.multiply(factor), currency, rounding);
    }

    /**
     * Returns the given percentage of this amount, rounded half up to the minor unit: 3 % of
     * 100,000.00 is 3,000.00 (e.g. the penalty of LCSP art. 150.2).
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param percentage the percentage; not null
     * @return the part, not null
     */
    public Money percentage(Percentage percentage) {
        Objects.requireNonNull(percentage, "percentage");
        return of(amount.multiply(percentage.value()).divide(HUNDRED), currency, ROUNDING);
    }

    /**
     * Returns the VAT due on this VAT-excluded amount at the given rate, rounded half up to the cent.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param rate the VAT rate, e.g. 21 %; not null; not negative
     * @return the VAT amount, not null
     * @throws ValidationException if the rate is negative
     */
    public Money vat(Percentage rate) {
        requireRate(rate);
        return percentage(rate);
    }

    /**
     * Treats this amount as VAT-excluded and returns it with VAT included: net + VAT, where VAT is
     * rounded half up to the cent. 100,000.00 at 21 % gives 121,000.00.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param rate the VAT rate; not null; not negative
     * @return the VAT-included amount, not null
     * @throws ValidationException if the rate is negative
     */
    public Money withVat(Percentage rate) {
        return plus(vat(rate));
    }

    /**
     * Treats this amount as VAT-included and returns the VAT-excluded amount: gross / (1 + rate),
     * rounded half up to the cent. 121,000.00 at 21 % gives 100,000.00. Because of that rounding,
     * {@code x.withoutVat(r).withVat(r)} can differ from {@code x} by a cent.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param rate the VAT rate; not null; not negative
     * @return the VAT-excluded amount, not null
     * @throws ValidationException if the rate is negative
     */
    public Money withoutVat(Percentage rate) {
        requireRate(rate);
        BigDecimal divisor = HUNDRED.add(rate.value());
        return new Money(amount.multiply(HUNDRED).divide(divisor, scaleOf(currency), ROUNDING), currency);
    }

    /**
     * Tells whether the amount is above zero.
     *
     * @return true if positive
     */
    @JsonIgnore
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /**
     * Tells whether the amount is below zero.
     *
     * @return true if negative
     */
    @JsonIgnore
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /**
     * Tells whether the amount is zero.
     *
     * @return true if zero
     */
    @JsonIgnore
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /**
     * Tells whether this amount is greater than another.
     *
     * @param other the other amount; not null; same currency
     * @return true if this is greater
     * @throws ValidationException if the currencies differ
     */
    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /**
     * Tells whether this amount is less than another.
     *
     * @param other the other amount; not null; same currency
     * @return true if this is less
     * @throws ValidationException if the currencies differ
     */
    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    /**
     * Compares amounts of the same currency.
     *
     * @param other the other amount; not null; same currency
     * @return negative, zero or positive as this is less than, equal to or greater than the other
     * @throws ValidationException if the currencies differ
     */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Money)) {
            return false;
        }
        Money other = (Money) o;
        return amount.equals(other.amount) && currency.equals(other.currency);
    }

    @Override
    public int hashCode() {
        return amount.hashCode() * 31 + currency.hashCode();
    }

    /**
     * Returns the amount in plain decimal notation and the ISO code, e.g. {@code 125000.50 EUR};
     * {@link #parse(CharSequence)} reads it back.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new ValidationException(Violation.of("currency", "OTP-MONEY-CURRENCY",
                "io.otp.core.money.currency", "left", currency.getCurrencyCode(),
                "right", other.currency.getCurrencyCode()));
        }
    }

    private static void requireRate(Percentage rate) {
        Objects.requireNonNull(rate, "rate");
        if (rate.value().signum() < 0) {
            throw new ValidationException(Violation.of("rate", "OTP-VAT-RATE",
                "io.otp.core.money.vatRate", "value", rate));
        }
    }

    private static int scaleOf(Currency currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    static Currency currency(String code) {
        try {
            return Currency.getInstance(code.trim());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(Violation.of("currency", "ISO-4217",
                "io.otp.core.money.unknownCurrency", "value", code));
        }
    }

    static BigDecimal decimal(String field, String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new ValidationException(Violation.of(field, "OTP-DECIMAL",
                "io.otp.core.decimal", "field", field, "value", text));
        }
    }
}
