package io.otp.kpi.indicator;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.money.DecimalPolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How the values of several measurements combine into one (e.g. the months of a quarter).
 *
 * <p>{@link #SUM}, {@link #LAST}, {@link #MIN} and {@link #MAX} are exact. {@link #MEAN} and
 * {@link #WEIGHTED_MEAN} make one division with {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT} ({@code DECIMAL64})
 * after exact sums. Indices such as SPI and CPI are cumulative figures: combine them with
 * {@link #LAST}, never by averaging (DOMAIN.md section 6: "never average indices").
 */
public enum Aggregation {

    /** The sum of the values. */
    SUM,

    /** The arithmetic mean: the sum divided by the number of values. */
    MEAN,

    /** The value of the latest measurement (by date; the later in the list among equal dates). */
    LAST,

    /** The smallest value. */
    MIN,

    /** The largest value. */
    MAX,

    /**
     * The weighted mean: the sum of weight × value divided by the sum of the weights. Every
     * measurement must carry a weight; weights are positive, so the mean is always defined.
     */
    WEIGHTED_MEAN;

    /**
     * Combines the values of measurements.
     *
     * @param measurements the measurements, in any order; not null, not empty, no null element
     * @return the combined value; exact, or rounded to {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT} for the means;
     *     not null
     * @throws ValidationException if there is no measurement ({@code measurements}), or for
     *     {@link #WEIGHTED_MEAN} a measurement has no weight ({@code measurements[i].weight}); every
     *     missing weight is reported
     */
    public BigDecimal apply(List<Measurement> measurements) {
        Objects.requireNonNull(measurements, "measurements");
        if (measurements.isEmpty()) {
            throw new ValidationException(Violation.of("measurements", "OTP-KPI-AGGREGATION",
                "io.otp.kpi.indicator.aggregation.empty", "aggregation", name()));
        }
        switch (this) {
            case SUM:
                return sum(measurements);
            case MEAN:
                return sum(measurements).divide(BigDecimal.valueOf(measurements.size()), DecimalPolicy.MATH_CONTEXT);
            case LAST:
                Measurement last = measurements.get(0);
                for (Measurement m : measurements) {
                    if (!m.date().isBefore(last.date())) {
                        last = m;
                    }
                }
                return last.value();
            case MIN:
                return measurements.stream().map(Measurement::value).min(Comparator.naturalOrder()).orElseThrow();
            case MAX:
                return measurements.stream().map(Measurement::value).max(Comparator.naturalOrder()).orElseThrow();
            default:
                return weightedMean(measurements);
        }
    }

    private static BigDecimal sum(List<Measurement> measurements) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Measurement m : measurements) {
            sum = sum.add(m.value());
        }
        return sum;
    }

    private BigDecimal weightedMean(List<Measurement> measurements) {
        List<Violation> v = new ArrayList<>();
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (int i = 0; i < measurements.size(); i++) {
            Measurement m = measurements.get(i);
            if (m.weight().isEmpty()) {
                v.add(Violation.of("measurements[" + i + "].weight", "OTP-KPI-AGGREGATION",
                    "io.otp.kpi.indicator.aggregation.weight", "date", m.date(), "aggregation", name()));
            } else {
                weighted = weighted.add(m.weight().get().multiply(m.value()));
                weights = weights.add(m.weight().get());
            }
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        return weighted.divide(weights, DecimalPolicy.MATH_CONTEXT);
    }
}
