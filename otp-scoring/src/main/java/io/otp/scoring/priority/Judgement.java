package io.otp.scoring.priority;

import java.util.Objects;

/**
 * One pairwise judgement of an AHP matrix, with the value the derived weights imply for it: the
 * judgement an inconsistent matrix should have revised first.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Judgement {

    private final PriorityCriterion row;
    private final PriorityCriterion column;
    private final double given;
    private final double implied;

    Judgement(PriorityCriterion row, PriorityCriterion column, double given, double implied) {
        this.row = Objects.requireNonNull(row, "row");
        this.column = Objects.requireNonNull(column, "column");
        this.given = given;
        this.implied = implied;
    }

    /**
     * The criterion of the judgement's row.
     *
     * @return the criterion, not null
     */
    public PriorityCriterion row() {
        return row;
    }

    /**
     * The criterion of the judgement's column.
     *
     * @return the criterion, not null
     */
    public PriorityCriterion column() {
        return column;
    }

    /**
     * How much more important {@link #row()} was judged than {@link #column()}.
     *
     * @return the matrix entry, above 0
     */
    public double given() {
        return given;
    }

    /**
     * The ratio of the derived weights {@code w(row) / w(column)}: the value a judgement consistent
     * with the other judgements would have.
     *
     * @return the implied ratio, above 0
     */
    public double implied() {
        return implied;
    }

    /**
     * How far the judgement is from the implied ratio, as a factor: {@code max(e, 1/e)} with
     * {@code e = given / implied}; 1 for a consistent judgement.
     *
     * @return the deviation, at least 1
     */
    public double deviation() {
        double e = given / implied;
        return Math.max(e, 1 / e);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Judgement)) {
            return false;
        }
        Judgement other = (Judgement) o;
        return row == other.row && column == other.column && Double.compare(given, other.given) == 0
            && Double.compare(implied, other.implied) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(row, column, given, implied);
    }

    @Override
    public String toString() {
        return row + " vs " + column + ": given " + given + ", consistent value " + implied;
    }
}
