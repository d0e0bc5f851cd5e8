package io.otp.scoring.mcda;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.money.DecimalPolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Weight vectors: normalisation to a total of exactly 1 and rank-order centroid (ROC) weights
 * (DOMAIN.md section 5).
 *
 * <p>Every division uses {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT}. To make the normalised weights add up to exactly 1
 * despite rounding, the rounding remainder {@code 1 - sum} (at most a few units in the 16th digit) is
 * added to the largest weight (the first declared among equals).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Weights {

    private Weights() {
    }

    /**
     * Normalises weights so that they add up to exactly 1.
     *
     * @param <C> the type of the criterion ids
     * @param weights the declared weights in iteration order; not null, no null keys or values
     * @return the normalised weights in the same order, unmodifiable, adding up to exactly 1; not null
     * @throws ValidationException if the map is empty, a weight is negative or the total is not above 0
     *     (rules OTP-MCDA-WEIGHT-NEGATIVE, OTP-MCDA-WEIGHT-SUM)
     */
    public static <C> Map<C, BigDecimal> normalise(Map<C, BigDecimal> weights) {
        Objects.requireNonNull(weights, "weights");
        List<Violation> violations = check(weights, "weights");
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        BigDecimal total = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<C, BigDecimal> result = new LinkedHashMap<>();
        C largest = null;
        BigDecimal largestValue = null;
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<C, BigDecimal> e : weights.entrySet()) {
            BigDecimal w = e.getValue().divide(total, DecimalPolicy.MATH_CONTEXT);
            result.put(e.getKey(), w);
            sum = sum.add(w);
            if (largestValue == null || w.compareTo(largestValue) > 0) {
                largest = e.getKey();
                largestValue = w;
            }
        }
        result.put(largest, largestValue.add(BigDecimal.ONE.subtract(sum)));
        return Collections.unmodifiableMap(result);
    }

    /**
     * Computes rank-order centroid weights for criteria known only by their order of importance:
     * {@code w_k = (1/n) * sum over i = k..n of 1/i} (Barron and Barrett, 1996; DOMAIN.md section 5),
     * normalised to a total of exactly 1.
     *
     * @param <C> the type of the criterion ids
     * @param order the criteria from most to least important; not null, not empty, no duplicates
     * @return the weights in the given order, unmodifiable, adding up to exactly 1; not null
     * @throws ValidationException if the order is empty or names a criterion twice (rule OTP-MCDA-ROC)
     */
    public static <C> Map<C, BigDecimal> rankOrderCentroid(List<C> order) {
        Objects.requireNonNull(order, "order");
        Set<C> seen = new HashSet<>();
        List<Violation> violations = new ArrayList<>();
        if (order.isEmpty()) {
            violations.add(Violation.of("order", "OTP-MCDA-ROC", "io.otp.scoring.mcda.roc.empty"));
        }
        for (int i = 0; i < order.size(); i++) {
            C c = Objects.requireNonNull(order.get(i), "order[" + i + "]");
            if (!seen.add(c)) {
                violations.add(Violation.of("order[" + i + "]", "OTP-MCDA-ROC",
                    "io.otp.scoring.mcda.criterion.duplicate", "criterion", c));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        int n = order.size();
        BigDecimal bigN = BigDecimal.valueOf(n);
        Map<C, BigDecimal> raw = new LinkedHashMap<>();
        BigDecimal tail = BigDecimal.ZERO;
        BigDecimal[] values = new BigDecimal[n];
        for (int k = n; k >= 1; k--) {
            tail = tail.add(BigDecimal.ONE.divide(BigDecimal.valueOf(k), DecimalPolicy.MATH_CONTEXT));
            values[k - 1] = tail.divide(bigN, DecimalPolicy.MATH_CONTEXT);
        }
        for (int k = 0; k < n; k++) {
            raw.put(order.get(k), values[k]);
        }
        return normalise(raw);
    }

    static <C> List<Violation> check(Map<C, BigDecimal> weights, String path) {
        List<Violation> violations = new ArrayList<>();
        if (weights.isEmpty()) {
            violations.add(Violation.of(path, "OTP-MCDA-WEIGHT-SUM", "io.otp.scoring.mcda.weight.sum",
                "value", BigDecimal.ZERO));
            return violations;
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<C, BigDecimal> e : weights.entrySet()) {
            Objects.requireNonNull(e.getKey(), "criterion id");
            BigDecimal w = Objects.requireNonNull(e.getValue(), "weight of " + e.getKey());
            if (w.signum() < 0) {
                violations.add(Violation.of(path + "[" + e.getKey() + "]", "OTP-MCDA-WEIGHT-NEGATIVE",
                    "io.otp.scoring.mcda.weight.negative", "criterion", e.getKey(), "value", w.toPlainString()));
            }
            total = total.add(w);
        }
        if (violations.isEmpty() && total.signum() <= 0) {
            violations.add(Violation.of(path, "OTP-MCDA-WEIGHT-SUM", "io.otp.scoring.mcda.weight.sum",
                "value", total.toPlainString()));
        }
        return violations;
    }
}
