package io.otp.scoring.sensitivity;

import io.otp.core.id.BidId;
import io.otp.core.id.CriterionId;
import io.otp.core.money.DecimalPolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * For each criterion, the smallest change of its weight that changes the winner (DOMAIN.md section 5),
 * the other weights absorbing the change in proportion to their declared weights (see
 * {@link PointsMatrix#weightsAfterChange}).
 *
 * <p>Found exactly, not by search: with proportional redistribution every bid's total is a linear
 * function of the change {@code d}: {@code S_i(d) = S_i + d * (r_ik - O_i / (T - w_k))}, where
 * {@code r_ik} is the bid's share of the criterion's maximum, {@code O_i} its points on the other
 * criteria and {@code T} the total weight. The threshold is the nearest {@code d} where another bid's
 * line meets the winner's, within {@code [-w_k, T - w_k]} (weights stay in [0, total]). Divisions use
 * {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT}, so the threshold is exact to 16 significant digits.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WeightSensitivity {

    private WeightSensitivity() {
    }

    /**
     * Analyses every criterion.
     *
     * @param matrix the points; not null
     * @return one result per criterion, in criteria order, unmodifiable, not null
     */
    public static List<CriterionSensitivity> analyse(PointsMatrix matrix) {
        Objects.requireNonNull(matrix, "matrix");
        List<CriterionSensitivity> result = new ArrayList<>();
        for (CriterionId c : matrix.criteria()) {
            result.add(analyse(matrix, c));
        }
        return List.copyOf(result);
    }

    /**
     * Analyses one criterion.
     *
     * @param matrix the points; not null
     * @param criterion the criterion; not null
     * @return the smallest increase and decrease that change the winner, not null
     * @throws IllegalArgumentException if the criterion is not in the matrix
     */
    public static CriterionSensitivity analyse(PointsMatrix matrix, CriterionId criterion) {
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(criterion, "criterion");
        BigDecimal wk = matrix.weights().get(criterion);
        if (wk == null) {
            throw new IllegalArgumentException("not in the matrix: " + criterion);
        }
        Map<BidId, BigDecimal> totals = matrix.totalsAt(matrix.weights());
        BidId winner = matrix.ranking().get(0);
        BigDecimal rest = matrix.total().subtract(wk);
        if (rest.signum() == 0 || matrix.bids().size() < 2) {
            return new CriterionSensitivity(criterion, wk, winner, Optional.empty(), Optional.empty());
        }
        BigDecimal slopeW = slope(matrix, winner, criterion, wk, rest, totals);
        BigDecimal bestUp = null;
        BidId upBid = null;
        BigDecimal bestDown = null;
        BidId downBid = null;
        for (BidId b : matrix.bids()) {
            if (b.equals(winner)) {
                continue;
            }
            BigDecimal ds = slope(matrix, b, criterion, wk, rest, totals).subtract(slopeW);
            if (ds.signum() == 0) {
                continue;
            }
            BigDecimal d = totals.get(winner).subtract(totals.get(b)).divide(ds, DecimalPolicy.MATH_CONTEXT);
            boolean winsAtTie = b.compareTo(winner) < 0;
            if (ds.signum() > 0) {
                int edge = d.compareTo(rest);
                if ((edge < 0 || edge == 0 && winsAtTie) && (bestUp == null || d.compareTo(bestUp) < 0
                        || d.compareTo(bestUp) == 0 && b.compareTo(upBid) < 0)) {
                    bestUp = d;
                    upBid = b;
                }
            } else {
                int edge = d.compareTo(wk.negate());
                if ((edge > 0 || edge == 0 && winsAtTie) && (bestDown == null || d.compareTo(bestDown) > 0
                        || d.compareTo(bestDown) == 0 && b.compareTo(downBid) < 0)) {
                    bestDown = d;
                    downBid = b;
                }
            }
        }
        return new CriterionSensitivity(criterion, wk, winner, change(bestUp, upBid, wk), change(bestDown, downBid, wk));
    }

    private static BigDecimal slope(PointsMatrix m, BidId b, CriterionId k, BigDecimal wk, BigDecimal rest,
            Map<BidId, BigDecimal> totals) {
        BigDecimal p = m.points(b, k);
        BigDecimal share = wk.signum() == 0 ? BigDecimal.ZERO : p.divide(wk, DecimalPolicy.MATH_CONTEXT);
        BigDecimal others = totals.get(b).subtract(p);
        return share.subtract(others.divide(rest, DecimalPolicy.MATH_CONTEXT));
    }

    private static Optional<WeightChange> change(BigDecimal d, BidId bid, BigDecimal wk) {
        if (d == null) {
            return Optional.empty();
        }
        Optional<BigDecimal> percent = wk.signum() == 0 ? Optional.empty()
            : Optional.of(d.multiply(BigDecimal.valueOf(100)).divide(wk, DecimalPolicy.MATH_CONTEXT));
        return Optional.of(new WeightChange(d, percent, bid));
    }
}
