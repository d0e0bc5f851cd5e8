package io.otp.core.rules;

import io.otp.core.money.DecimalPolicy;
import io.otp.core.money.Percentage;
import io.otp.core.money.Points;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact comparison and display of the share of a lot's points that some criteria have.
 *
 * <p>Comparisons never divide: {@code points / total * 100 > limit} is decided as
 * {@code points * 100 > limit * total}, exactly. Display divides with {@link DecimalPolicy#ROUNDED_QUOTIENT_CONTEXT}
 * and shows two decimals, or more where two would round the share onto the limit it breaks (a share
 * of 25.004 % against a cap of 25 % is shown as 25.004 %, never as 25.00 %).
 */
final class Shares {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MIN_DECIMALS = 2;
    private static final int MAX_DECIMALS = 10;

    private Shares() {
    }

    /** Tells whether {@code part} is more than {@code limit} per cent of {@code whole}. */
    static boolean above(Points part, Points whole, Percentage limit) {
        return compare(part, whole, limit) > 0;
    }

    /** Tells whether {@code part} is less than {@code limit} per cent of {@code whole}. */
    static boolean below(Points part, Points whole, Percentage limit) {
        return compare(part, whole, limit) < 0;
    }

    private static int compare(Points part, Points whole, Percentage limit) {
        return part.value().multiply(HUNDRED).compareTo(limit.value().multiply(whole.value()));
    }

    /** The share {@code part / whole} as text such as {@code 30.00 %}, distinguishable from the limit. */
    static String format(Points part, Points whole, Percentage limit) {
        BigDecimal exact = part.value().multiply(HUNDRED).divide(whole.value(), DecimalPolicy.ROUNDED_QUOTIENT_CONTEXT);
        BigDecimal shown = exact.setScale(MIN_DECIMALS, RoundingMode.HALF_UP);
        for (int decimals = MIN_DECIMALS + 1;
             decimals <= MAX_DECIMALS && shown.compareTo(limit.value()) == 0 && exact.compareTo(limit.value()) != 0;
             decimals++) {
            shown = exact.setScale(decimals, RoundingMode.HALF_UP);
        }
        return shown.toPlainString() + " %";
    }

    /** A percentage as text such as {@code 25.00 %}. */
    static String format(Percentage percentage) {
        return percentage.value().toPlainString() + " %";
    }
}
