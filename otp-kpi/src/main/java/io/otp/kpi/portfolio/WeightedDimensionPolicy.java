package io.otp.kpi.portfolio;

import io.otp.core.OtpMessages;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.money.DecimalPolicy;
import io.otp.kpi.evm.EarnedValue;
import io.otp.kpi.indicator.StatusLevel;
import io.otp.kpi.indicator.StatusScale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The weighted mean of the ranks, rounded half up. */
final class WeightedDimensionPolicy implements OverallStatusPolicy {

    private final Map<Dimension, BigDecimal> weights;

    WeightedDimensionPolicy(Map<Dimension, BigDecimal> weights) {
        Objects.requireNonNull(weights, "weights");
        Map<Dimension, BigDecimal> copy = new EnumMap<>(Dimension.class);
        List<Violation> v = new ArrayList<>();
        weights.forEach((d, w) -> {
            Objects.requireNonNull(d, "dimension");
            Objects.requireNonNull(w, "weights." + d.name());
            if (w.signum() <= 0) {
                v.add(Violation.of("weights." + d.name(), "OTP-PORTFOLIO-WEIGHT", "io.otp.kpi.portfolio.weight",
                    "dimension", d, "value", OtpMessages.number(w)));
            }
            copy.put(d, w);
        });
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        this.weights = copy;
    }

    @Override
    public String name() {
        StringBuilder b = new StringBuilder("WEIGHTED");
        String sep = "{";
        for (Map.Entry<Dimension, BigDecimal> e : weights.entrySet()) {
            b.append(sep).append(e.getKey().name()).append('=').append(OtpMessages.number(e.getValue()));
            sep = ",";
        }
        return weights.isEmpty() ? b.toString() : b.append('}').toString();
    }

    @Override
    public StatusLevel overall(List<DimensionStatus> statuses, StatusScale scale) {
        Objects.requireNonNull(scale, "scale");
        if (statuses.isEmpty()) {
            throw new IllegalArgumentException("no statuses to combine");
        }
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (DimensionStatus s : statuses) {
            BigDecimal w = weights.getOrDefault(s.dimension(), BigDecimal.ONE);
            weighted = weighted.add(w.multiply(BigDecimal.valueOf(scale.rank(s.status()))));
            total = total.add(w);
        }
        int rank = weighted.divide(total, DecimalPolicy.MATH_CONTEXT).setScale(0, RoundingMode.HALF_UP).intValueExact();
        return scale.levels().get(rank);
    }

    @Override
    public String toString() {
        return name();
    }
}
