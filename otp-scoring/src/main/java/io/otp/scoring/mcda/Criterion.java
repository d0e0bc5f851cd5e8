package io.otp.scoring.mcda;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A criterion of a decision matrix: its id, declared weight and orientation. The weight is checked
 * (non-negative, total above 0) when the {@link DecisionMatrix} is built.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <C> the type of the criterion ids
 */
public final class Criterion<C> {

    private final C id;
    private final BigDecimal weight;
    private final Orientation orientation;

    private Criterion(C id, BigDecimal weight, Orientation orientation) {
        this.id = Objects.requireNonNull(id, "id");
        this.weight = Objects.requireNonNull(weight, "weight");
        this.orientation = Objects.requireNonNull(orientation, "orientation");
    }

    /**
     * Obtains a criterion.
     *
     * @param <C> the type of the criterion ids
     * @param id the id; not null
     * @param weight the declared weight, in any unit (points, percent, fraction); not null
     * @param orientation benefit or cost; not null
     * @return the criterion, not null
     * @throws NullPointerException if an argument is null
     */
    public static <C> Criterion<C> of(C id, BigDecimal weight, Orientation orientation) {
        return new Criterion<>(id, weight, orientation);
    }

    /**
     * Obtains a benefit criterion (more is better).
     *
     * @param <C> the type of the criterion ids
     * @param id the id; not null
     * @param weight the declared weight; not null
     * @return the criterion, not null
     * @throws NullPointerException if an argument is null
     */
    public static <C> Criterion<C> benefit(C id, BigDecimal weight) {
        return new Criterion<>(id, weight, Orientation.BENEFIT);
    }

    /**
     * Obtains a cost criterion (less is better).
     *
     * @param <C> the type of the criterion ids
     * @param id the id; not null
     * @param weight the declared weight; not null
     * @return the criterion, not null
     * @throws NullPointerException if an argument is null
     */
    public static <C> Criterion<C> cost(C id, BigDecimal weight) {
        return new Criterion<>(id, weight, Orientation.COST);
    }

    /**
     * Returns the id.
     *
     * @return the id, not null
     */
    public C id() {
        return id;
    }

    /**
     * Returns the declared weight.
     *
     * @return the weight, not null
     */
    public BigDecimal weight() {
        return weight;
    }

    /**
     * Returns the orientation.
     *
     * @return benefit or cost, not null
     */
    public Orientation orientation() {
        return orientation;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Criterion)) {
            return false;
        }
        Criterion<?> other = (Criterion<?>) o;
        return id.equals(other.id) && weight.compareTo(other.weight) == 0 && orientation == other.orientation;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, weight.stripTrailingZeros(), orientation);
    }

    @Override
    public String toString() {
        return id + "(" + weight.toPlainString() + ", " + orientation + ")";
    }
}
