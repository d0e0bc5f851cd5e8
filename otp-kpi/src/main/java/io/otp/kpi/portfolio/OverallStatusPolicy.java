package io.otp.kpi.portfolio;

import io.otp.core.ValidationException;
import io.otp.core.money.DecimalPolicy;
import io.otp.kpi.indicator.StatusLevel;
import io.otp.kpi.indicator.StatusScale;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * How the overall status of a project, programme or portfolio follows from its statuses per
 * {@link Dimension}. Two policies are built in:
 * <ul>
 *   <li>{@link #worst()} (the default, DOMAIN.md section 6): the worst status of any dimension;</li>
 *   <li>{@link #weighted(Map)}: the weighted mean of the levels' ranks on the scale (0 for the best),
 *       rounded half up to a level.</li>
 * </ul>
 * Both are monotone: making one dimension worse never makes the overall status better. A host may
 * implement its own (e.g. a majority rule); it should keep that property.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface OverallStatusPolicy {

    /**
     * The name the snapshot records, e.g. {@code WORST}.
     *
     * @return the name, not null
     */
    String name();

    /**
     * Computes the overall status.
     *
     * @param statuses the statuses per dimension; not null; not empty; at most one per dimension; levels
     *     on the scale
     * @param scale the scale; not null
     * @return the overall level, on the scale, not null
     * @throws IllegalArgumentException if there is no status or a level is not on the scale
     */
    StatusLevel overall(List<DimensionStatus> statuses, StatusScale scale);

    /**
     * The default policy: the worst dimension.
     *
     * @return the policy, not null
     */
    static OverallStatusPolicy worst() {
        return WorstDimensionPolicy.INSTANCE;
    }

    /**
     * A weighted policy: overall rank = round half up (&Sigma; w<sub>d</sub> &times; rank<sub>d</sub> /
     * &Sigma; w<sub>d</sub>) over the dimensions assessed, in {@code DecimalPolicy.MATH_CONTEXT}; a dimension
     * without a weight weighs 1. E.g. on RAG with weights schedule 2, cost 1, risk 1 and statuses green,
     * red, amber: (2 &times; 0 + 1 &times; 2 + 1 &times; 1) / 4 = 0.75, rounded to 1: amber.
     *
     * @param weights the weight of each dimension; not null; each positive
     * @return the policy, not null
     * @throws ValidationException if a weight is not positive (path {@code weights.<DIMENSION>}, rule
     *     {@code OTP-PORTFOLIO-WEIGHT})
     */
    static OverallStatusPolicy weighted(Map<Dimension, BigDecimal> weights) {
        return new WeightedDimensionPolicy(weights);
    }
}
