package io.otp.scoring.sensitivity;

import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.id.BidId;
import io.otp.core.id.CriterionId;
import io.otp.core.money.DecimalPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Points of each bid on each criterion, with the criteria's declared weights as maximum points.
 * Bids are kept in id order (the order they were given changes nothing); criteria in declared order.
 *
 * <p>Totals under other weights rescale each bid's points on a criterion by {@code new weight /
 * declared weight} (a criterion declared with weight 0 gives 0 points under any weight). Divisions
 * use {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT}. Ties in a ranking are broken by bid id, so the order is strict and
 * deterministic.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PointsMatrix {

    /** Decimal places at which {@link #rankingAt} compares totals. */
    public static final int COMPARISON_SCALE = 12;

    private final List<BidId> bids;
    private final List<CriterionId> criteria;
    private final Map<CriterionId, BigDecimal> weights;
    private final Map<BidId, Map<CriterionId, BigDecimal>> points;

    private PointsMatrix(List<BidId> bids, List<CriterionId> criteria, Map<CriterionId, BigDecimal> weights,
            Map<BidId, Map<CriterionId, BigDecimal>> points) {
        this.bids = bids;
        this.criteria = criteria;
        this.weights = weights;
        this.points = points;
    }

    /**
     * Starts a builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the bids in id order.
     *
     * @return the bids, unmodifiable, not null
     */
    public List<BidId> bids() {
        return bids;
    }

    /**
     * Returns the criteria in declared order.
     *
     * @return the criteria, unmodifiable, not null
     */
    public List<CriterionId> criteria() {
        return criteria;
    }

    /**
     * Returns the declared weights (maximum points) in criteria order.
     *
     * @return the weights, unmodifiable, not null
     */
    public Map<CriterionId, BigDecimal> weights() {
        return weights;
    }

    /**
     * Returns the sum of the declared weights.
     *
     * @return the total, above 0, not null
     */
    public BigDecimal total() {
        return weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Returns a bid's points on a criterion.
     *
     * @param bid the bid; not null
     * @param criterion the criterion; not null
     * @return the points, not null
     * @throws IllegalArgumentException if the bid or criterion is not in the matrix
     */
    public BigDecimal points(BidId bid, CriterionId criterion) {
        Map<CriterionId, BigDecimal> row = points.get(bid);
        if (row == null || !row.containsKey(criterion)) {
            throw new IllegalArgumentException("not in the matrix: " + bid + ", " + criterion);
        }
        return row.get(criterion);
    }

    /**
     * Returns each bid's total under other weights, rescaling the points as the class says.
     *
     * @param newWeights a weight for every criterion; not null
     * @return the totals in bid order, unmodifiable, not null
     * @throws IllegalArgumentException if a criterion has no weight
     */
    public Map<BidId, BigDecimal> totalsAt(Map<CriterionId, BigDecimal> newWeights) {
        Map<BidId, BigDecimal> totals = new LinkedHashMap<>();
        for (BidId b : bids) {
            BigDecimal t = BigDecimal.ZERO;
            for (CriterionId c : criteria) {
                BigDecimal w = newWeights.get(c);
                if (w == null) {
                    throw new IllegalArgumentException("no weight for criterion " + c);
                }
                BigDecimal declared = weights.get(c);
                if (declared.signum() != 0) {
                    t = t.add(points.get(b).get(c).multiply(w).divide(declared, DecimalPolicy.MATH_CONTEXT));
                }
            }
            totals.put(b, t);
        }
        return Collections.unmodifiableMap(totals);
    }

    /**
     * Returns the bids ranked by decreasing total under the given weights, ties by bid id. Totals are
     * compared at {@link #COMPARISON_SCALE} decimal places, so rounding in the 16th significant digit
     * of rescaled points cannot break a tie that is exact in arithmetic.
     *
     * @param newWeights a weight for every criterion; not null
     * @return the ranking, unmodifiable, not null
     * @throws IllegalArgumentException if a criterion has no weight
     */
    public List<BidId> rankingAt(Map<CriterionId, BigDecimal> newWeights) {
        Map<BidId, BigDecimal> totals = new LinkedHashMap<>();
        totalsAt(newWeights).forEach((b, t) -> totals.put(b, t.setScale(COMPARISON_SCALE, RoundingMode.HALF_EVEN)));
        List<BidId> order = new ArrayList<>(bids);
        order.sort((a, b) -> {
            int c = totals.get(b).compareTo(totals.get(a));
            return c != 0 ? c : a.compareTo(b);
        });
        return List.copyOf(order);
    }

    /**
     * Returns the bids ranked by decreasing total under the declared weights, ties by bid id.
     *
     * @return the ranking, unmodifiable, not null
     */
    public List<BidId> ranking() {
        return rankingAt(weights);
    }

    /**
     * Returns the weights after changing one criterion's weight by {@code delta} and redistributing
     * {@code -delta} over the others in proportion to their declared weights, so the total stays the
     * same. When every other criterion weighs 0 nothing can be redistributed and only the criterion's
     * own weight changes.
     *
     * @param criterion the criterion whose weight changes; not null
     * @param delta the change in points; not null
     * @return the new weights in criteria order, unmodifiable, not null
     * @throws IllegalArgumentException if the criterion is not in the matrix
     */
    public Map<CriterionId, BigDecimal> weightsAfterChange(CriterionId criterion, BigDecimal delta) {
        BigDecimal wk = weights.get(criterion);
        if (wk == null) {
            throw new IllegalArgumentException("not in the matrix: " + criterion);
        }
        BigDecimal rest = total().subtract(wk);
        Map<CriterionId, BigDecimal> result = new LinkedHashMap<>();
        for (CriterionId c : criteria) {
            BigDecimal w = weights.get(c);
            if (c.equals(criterion)) {
                result.put(c, w.add(delta));
            } else if (rest.signum() == 0) {
                result.put(c, w);
            } else {
                result.put(c, w.multiply(rest.subtract(delta)).divide(rest, DecimalPolicy.MATH_CONTEXT));
            }
        }
        return Collections.unmodifiableMap(result);
    }

    /** Points, {@code [bid][criterion]}, in double for the Monte Carlo. */
    double[][] pointsArray() {
        double[][] r = new double[bids.size()][criteria.size()];
        for (int i = 0; i < bids.size(); i++) {
            for (int j = 0; j < criteria.size(); j++) {
                r[i][j] = points.get(bids.get(i)).get(criteria.get(j)).doubleValue();
            }
        }
        return r;
    }

    @Override
    public String toString() {
        return "PointsMatrix[weights=" + weights + ", points=" + points + "]";
    }

    /** Builds a {@link PointsMatrix}. Not thread-safe. */
    public static final class Builder {

        private final Map<CriterionId, BigDecimal> weights = new LinkedHashMap<>();
        private final List<CriterionId> duplicates = new ArrayList<>();
        private final Map<BidId, Map<CriterionId, BigDecimal>> points = new TreeMap<>();

        Builder() {
        }

        /**
         * Declares a criterion with its weight (maximum points).
         *
         * @param criterion the criterion; not null
         * @param maxPoints the declared weight; not null
         * @return this builder, not null
         */
        public Builder criterion(CriterionId criterion, BigDecimal maxPoints) {
            Objects.requireNonNull(criterion, "criterion");
            Objects.requireNonNull(maxPoints, "maxPoints");
            if (weights.putIfAbsent(criterion, maxPoints) != null) {
                duplicates.add(criterion);
            }
            return this;
        }

        /**
         * Sets a bid's points on a criterion; naming a bid adds it.
         *
         * @param bid the bid; not null
         * @param criterion the criterion; not null
         * @param value the points; not null
         * @return this builder, not null
         */
        public Builder points(BidId bid, CriterionId criterion, BigDecimal value) {
            Objects.requireNonNull(bid, "bid");
            Objects.requireNonNull(criterion, "criterion");
            Objects.requireNonNull(value, "value");
            points.computeIfAbsent(bid, b -> new LinkedHashMap<>()).put(criterion, value);
            return this;
        }

        /**
         * Builds the matrix after checking it.
         *
         * @return the matrix, not null
         * @throws ValidationException listing every problem: no bid or criterion, a criterion declared
         *     twice, negative maximum points, a total not above 0, missing points, points for an
         *     undeclared criterion, points outside 0 to the maximum (rule OTP-SENSITIVITY-MATRIX)
         */
        public PointsMatrix build() {
            String rule = "OTP-SENSITIVITY-MATRIX";
            List<Violation> violations = new ArrayList<>();
            if (points.isEmpty() || weights.isEmpty()) {
                violations.add(Violation.of("", rule, "io.otp.scoring.sensitivity.empty",
                    "bids", points.size(), "criteria", weights.size()));
            }
            duplicates.forEach(c -> violations.add(Violation.of("criteria[" + c + "]", rule,
                "io.otp.scoring.sensitivity.criterion.duplicate", "criterion", c)));
            BigDecimal total = BigDecimal.ZERO;
            for (Map.Entry<CriterionId, BigDecimal> e : weights.entrySet()) {
                if (e.getValue().signum() < 0) {
                    violations.add(Violation.of("criteria[" + e.getKey() + "]", rule,
                        "io.otp.scoring.sensitivity.maxPoints.negative", "criterion", e.getKey(),
                        "value", e.getValue().toPlainString()));
                }
                total = total.add(e.getValue());
            }
            if (!weights.isEmpty() && total.signum() <= 0) {
                violations.add(Violation.of("criteria", rule, "io.otp.scoring.sensitivity.total.notPositive",
                    "value", total.toPlainString()));
            }
            Map<BidId, Map<CriterionId, BigDecimal>> rows = new LinkedHashMap<>();
            for (Map.Entry<BidId, Map<CriterionId, BigDecimal>> e : points.entrySet()) {
                BidId b = e.getKey();
                Map<CriterionId, BigDecimal> row = new LinkedHashMap<>();
                for (Map.Entry<CriterionId, BigDecimal> cell : e.getValue().entrySet()) {
                    BigDecimal max = weights.get(cell.getKey());
                    String path = "points[" + b + "][" + cell.getKey() + "]";
                    if (max == null) {
                        violations.add(Violation.of(path, rule, "io.otp.scoring.sensitivity.criterion.unknown",
                            "bid", b, "criterion", cell.getKey()));
                    } else if (cell.getValue().signum() < 0 || cell.getValue().compareTo(max) > 0) {
                        violations.add(Violation.of(path, rule, "io.otp.scoring.sensitivity.points.outOfRange",
                            "bid", b, "criterion", cell.getKey(), "value", cell.getValue().toPlainString(),
                            "max", max.toPlainString()));
                    }
                }
                for (CriterionId c : weights.keySet()) {
                    if (!e.getValue().containsKey(c)) {
                        violations.add(Violation.of("points[" + b + "][" + c + "]", rule,
                            "io.otp.scoring.sensitivity.points.missing", "bid", b, "criterion", c));
                    } else {
                        row.put(c, e.getValue().get(c));
                    }
                }
                rows.put(b, Collections.unmodifiableMap(row));
            }
            if (!violations.isEmpty()) {
                throw new ValidationException(violations);
            }
            return new PointsMatrix(List.copyOf(points.keySet()), List.copyOf(weights.keySet()),
                Collections.unmodifiableMap(new LinkedHashMap<>(weights)), Collections.unmodifiableMap(rows));
        }
    }
}
