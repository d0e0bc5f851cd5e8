package io.otp.kpi.indicator;

import static io.otp.core.money.DecimalPolicy.plain;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.OtpMessages;
import io.otp.core.ValidationException;
import io.otp.core.Violation;
import io.otp.core.aggregate.Aggregate;
import io.otp.core.money.DecimalPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a KPI is and how it is judged: id, name, unit, direction, target schedule, thresholds on a
 * status scale, frequency, aggregation and the tolerance of its trend (DOMAIN.md sections 6 and 9).
 *
 * <pre>{@code
 * KpiDefinition spi = KpiDefinition.builder()
 *     .id(KpiId.of("spi")).name("Schedule performance index").unit("ratio")
 *     .direction(KpiDirection.HIGHER_IS_BETTER)
 *     .thresholds(Thresholds.atLeast(StatusScale.rag(), new BigDecimal("0.95"), new BigDecimal("0.90")))
 *     .frequency(KpiFrequency.MONTHLY).aggregation(Aggregation.LAST)
 *     .build();
 * KpiAssessment a = spi.assess(series, LocalDate.of(2026, 3, 31), 6).orElseThrow();
 * }</pre>
 *
 * <p>Invariants, all reported at once: name and unit not blank; target entries in strictly
 * increasing date order ({@code targets[i].from}); with {@link ThresholdBasis#RATIO_TO_TARGET},
 * positive targets ({@code targets[i].target}); the bands suit the direction
 * ({@code thresholds.bands[i]}): a lower end only for {@link KpiDirection#HIGHER_IS_BETTER}, an upper
 * end only for {@link KpiDirection#LOWER_IS_BETTER}, both ends for {@link KpiDirection#WITHIN_BAND};
 * the trend tolerance is not negative. With these, a better value never gets a worse status.
 *
 * <p>All arithmetic is exact except divisions, which use {@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT}.
 *
 * <p>A definition is an {@link Aggregate} identified by its {@link KpiId}, so a store can keep the
 * office's catalogue; it is found by its id only (no query values: a definition belongs to no project
 * and no date).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableKpiDefinition.class)
@JsonDeserialize(as = ImmutableKpiDefinition.class)
public abstract class KpiDefinition implements Aggregate<KpiId> {

    KpiDefinition() {
    }

    /**
     * A builder; unless set, thresholds apply to the value itself and the trend tolerance is zero.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The KPI's id, which is also the aggregate's id.
     *
     * @return the id, not null
     */
    @Override
    public abstract KpiId id();

    /**
     * The KPI's name, e.g. "Schedule performance index".
     *
     * @return the name, not blank, not null
     */
    public abstract String name();

    /**
     * What the KPI measures and how it is computed.
     *
     * @return the description; empty if none
     */
    public abstract Optional<String> description();

    /**
     * The unit of the values, e.g. {@code ratio}, {@code %}, {@code count}.
     *
     * @return the unit, not blank, not null
     */
    public abstract String unit();

    /**
     * Which values are better.
     *
     * @return the direction, not null
     */
    public abstract KpiDirection direction();

    /**
     * The target schedule: each entry's target is in force from its date until the next entry's.
     *
     * @return the entries in strictly increasing date order; not null, maybe empty
     */
    public abstract List<TargetEntry> targets();

    /**
     * What the thresholds are compared with.
     *
     * @return the basis, by default {@link ThresholdBasis#ABSOLUTE}; not null
     */
    @Value.Default
    public ThresholdBasis thresholdBasis() {
        return ThresholdBasis.ABSOLUTE;
    }

    /**
     * The thresholds that map the compared value to a status.
     *
     * @return the thresholds, not null
     */
    public abstract Thresholds thresholds();

    /**
     * How often the KPI is measured.
     *
     * @return the frequency, not null
     */
    public abstract KpiFrequency frequency();

    /**
     * How several measurements combine into one.
     *
     * @return the aggregation, not null
     */
    public abstract Aggregation aggregation();

    /**
     * The change per period, in the unit of the compared value, within which the trend is
     * {@link Trend#STABLE}.
     *
     * @return the tolerance, by default zero; not negative, not null
     */
    @Value.Default
    public BigDecimal trendTolerance() {
        return BigDecimal.ZERO;
    }

    /**
     * The target in force at a date: that of the latest entry dated on or before it.
     *
     * @param date the date; not null
     * @return the target; empty if there is no entry on or before the date
     */
    public Optional<BigDecimal> targetAt(LocalDate date) {
        Objects.requireNonNull(date, "date");
        BigDecimal found = null;
        for (TargetEntry e : targets()) {
            if (e.from().isAfter(date)) {
                break;
            }
            found = e.target();
        }
        return Optional.ofNullable(found);
    }

    /**
     * Returns this definition with a target in force from a date, replacing an entry of the same date.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param from the first day the target is in force; not null
     * @param target the target; not null
     * @return the new definition, not null
     * @throws ValidationException if the target is not positive where thresholds are relative to it
     */
    public KpiDefinition withTarget(LocalDate from, BigDecimal target) {
        TargetEntry entry = TargetEntry.of(from, target);
        List<TargetEntry> entries = new ArrayList<>();
        for (TargetEntry e : targets()) {
            if (!e.from().equals(from)) {
                entries.add(e);
            }
        }
        entries.add(entry);
        entries.sort(Comparator.comparing(TargetEntry::from));
        return ((ImmutableKpiDefinition) ImmutableKpiDefinition.copyOf(this)).withTargets(entries);
    }

    /**
     * The value compared with the thresholds for a value measured at a date: the value itself, or its
     * ratio to the target in force at the date ({@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT}).
     *
     * @param value the measured value; not null
     * @param date the measurement's date; not null
     * @return the compared value, not null
     * @throws ValidationException if thresholds are relative to the target and no target is in force
     *     at the date ({@code targets})
     */
    public BigDecimal comparedValue(BigDecimal value, LocalDate date) {
        Objects.requireNonNull(value, "value");
        if (thresholdBasis() == ThresholdBasis.ABSOLUTE) {
            return value;
        }
        BigDecimal target = targetAt(date).orElseThrow(() -> new ValidationException(noTarget(date)));
        return value.divide(target, DecimalPolicy.MATH_CONTEXT);
    }

    /**
     * The status of a value measured at a date.
     *
     * @param value the measured value; not null
     * @param date the measurement's date; not null
     * @return a level of the thresholds' scale, not null
     * @throws ValidationException if thresholds are relative to the target and no target is in force
     *     at the date ({@code targets})
     */
    public StatusLevel statusOf(BigDecimal value, LocalDate date) {
        return thresholds().statusOf(comparedValue(value, date));
    }

    /**
     * Assesses the KPI at a date: the status of the latest measurement on or before the date, its
     * explanation, and the trend over the last {@code trendPeriods} periods up to the date (see
     * {@link TrendAnalysis} for the rule).
     *
     * @param series the KPI's measurements; not null
     * @param date the status date; not null
     * @param trendPeriods the number of periods of the trend's window, at least 2
     * @return the assessment; empty if no measurement is dated on or before the date
     * @throws ValidationException if the series is of another KPI ({@code series.kpi}) or frequency
     *     ({@code series.frequency}), the window is shorter than 2 periods ({@code trendPeriods}), or
     *     thresholds are relative to the target and a measurement used has no target in force
     *     ({@code targets}); every problem is reported
     */
    public Optional<KpiAssessment> assess(KpiSeries series, LocalDate date, int trendPeriods) {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(date, "date");
        List<Violation> v = new ArrayList<>();
        if (!series.kpi().equals(id())) {
            v.add(Violation.of("series.kpi", "OTP-KPI-ASSESS", "io.otp.kpi.indicator.assess.kpi",
                "value", series.kpi(), "expected", id()));
        }
        if (series.frequency() != frequency()) {
            v.add(Violation.of("series.frequency", "OTP-KPI-ASSESS", "io.otp.kpi.indicator.assess.frequency",
                "value", series.frequency(), "expected", frequency(), "kpi", id()));
        }
        if (trendPeriods < 2) {
            v.add(Violation.of("trendPeriods", "OTP-KPI-ASSESS", "io.otp.kpi.indicator.assess.window",
                "value", trendPeriods));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        Optional<Measurement> latest = series.latestOnOrBefore(date);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        List<Measurement> window = series.window(date, trendPeriods);
        for (Measurement m : window) {
            if (thresholdBasis() == ThresholdBasis.RATIO_TO_TARGET && targetAt(m.date()).isEmpty()) {
                v.add(noTarget(m.date()));
            }
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        Measurement m = latest.get();
        BigDecimal compared = comparedValue(m.value(), m.date());
        int rank = thresholds().rankOf(compared);
        KpiAssessment.Builder a = KpiAssessment.builder()
            .kpi(id()).date(date).measurementDate(m.date()).period(frequency().label(m.date()))
            .value(m.value()).target(targetAt(m.date())).basis(thresholdBasis()).comparedValue(compared)
            .status(thresholds().scale().levels().get(rank)).rank(rank)
            .band(thresholds().bandOf(rank));
        if (rank > 0) {
            a.betterLevel(thresholds().scale().levels().get(rank - 1)).betterBand(thresholds().bandOf(rank - 1));
        }
        if (window.size() >= 2) {
            a.trend(trend(window, trendPeriods));
        }
        return Optional.of(a.build());
    }

    private TrendAnalysis trend(List<Measurement> window, int periods) {
        LocalDate first = window.get(0).date();
        int n = window.size();
        BigDecimal sx = BigDecimal.ZERO;
        BigDecimal sy = BigDecimal.ZERO;
        BigDecimal sxx = BigDecimal.ZERO;
        BigDecimal sxy = BigDecimal.ZERO;
        BigDecimal lastX = BigDecimal.ZERO;
        for (Measurement m : window) {
            BigDecimal x = BigDecimal.valueOf(frequency().periodsBetween(first, m.date()));
            BigDecimal y = comparedValue(m.value(), m.date());
            sx = sx.add(x);
            sy = sy.add(y);
            sxx = sxx.add(x.multiply(x));
            sxy = sxy.add(x.multiply(y));
            lastX = x;
        }
        BigDecimal count = BigDecimal.valueOf(n);
        // Distinct periods make the denominator positive: n·Σx² − (Σx)² = n·Σ(x − x̄)².
        BigDecimal slope = count.multiply(sxy).subtract(sx.multiply(sy))
            .divide(count.multiply(sxx).subtract(sx.multiply(sx)), DecimalPolicy.MATH_CONTEXT);
        BigDecimal improvement;
        switch (direction()) {
            case HIGHER_IS_BETTER:
                improvement = slope;
                break;
            case LOWER_IS_BETTER:
                improvement = slope.negate();
                break;
            default:
                StatusBand best = thresholds().bands().get(0);
                BigDecimal centre = best.lower().orElseThrow().add(best.upper().orElseThrow())
                    .multiply(new BigDecimal("0.5"));
                BigDecimal intercept = sy.subtract(slope.multiply(sx)).divide(count, DecimalPolicy.MATH_CONTEXT);
                BigDecimal startDistance = intercept.subtract(centre).abs();
                BigDecimal endDistance = intercept.add(slope.multiply(lastX)).subtract(centre).abs();
                improvement = startDistance.subtract(endDistance).divide(lastX, DecimalPolicy.MATH_CONTEXT);
                break;
        }
        Trend trend = improvement.compareTo(trendTolerance()) > 0 ? Trend.IMPROVING
            : improvement.compareTo(trendTolerance().negate()) < 0 ? Trend.WORSENING : Trend.STABLE;
        return TrendAnalysis.builder().trend(trend).periods(periods).points(n).slope(slope)
            .improvement(improvement).tolerance(trendTolerance()).build();
    }

    private Violation noTarget(LocalDate date) {
        return Violation.of("targets", "OTP-KPI-TARGET", "io.otp.kpi.indicator.assess.noTarget",
            "kpi", id(), "date", date);
    }

    @Value.Check
    void check() {
        List<Violation> v = new ArrayList<>();
        if (name().isBlank()) {
            v.add(Violation.of("name", "OTP-KPI-BLANK", "io.otp.kpi.indicator.blank", "field", "name"));
        }
        if (unit().isBlank()) {
            v.add(Violation.of("unit", "OTP-KPI-BLANK", "io.otp.kpi.indicator.blank", "field", "unit"));
        }
        for (int i = 0; i < targets().size(); i++) {
            TargetEntry e = targets().get(i);
            if (i > 0 && !e.from().isAfter(targets().get(i - 1).from())) {
                v.add(Violation.of("targets[" + i + "].from", "OTP-KPI-TARGETS-ORDER",
                    "io.otp.kpi.indicator.targets.order", "date", e.from(), "previous", targets().get(i - 1).from()));
            }
            if (thresholdBasis() == ThresholdBasis.RATIO_TO_TARGET && e.target().signum() <= 0) {
                v.add(Violation.of("targets[" + i + "].target", "OTP-KPI-TARGETS-POSITIVE",
                    "io.otp.kpi.indicator.targets.positive", "value", OtpMessages.number(e.target())));
            }
        }
        List<StatusBand> bands = thresholds().bands();
        for (int i = 0; i < bands.size(); i++) {
            StatusBand b = bands.get(i);
            boolean suits;
            switch (direction()) {
                case HIGHER_IS_BETTER:
                    suits = b.lower().isPresent() && b.upper().isEmpty();
                    break;
                case LOWER_IS_BETTER:
                    suits = b.lower().isEmpty() && b.upper().isPresent();
                    break;
                default:
                    suits = b.lower().isPresent() && b.upper().isPresent();
                    break;
            }
            if (!suits) {
                v.add(Violation.of("thresholds.bands[" + i + "]", "OTP-KPI-THRESHOLDS-DIRECTION",
                    "io.otp.kpi.indicator.thresholds.direction." + direction().name().toLowerCase(java.util.Locale.ROOT),
                    "band", b, "direction", direction()));
            }
        }
        if (trendTolerance().signum() < 0) {
            v.add(Violation.of("trendTolerance", "OTP-KPI-TOLERANCE", "io.otp.kpi.indicator.tolerance.negative",
                "value", OtpMessages.number(trendTolerance())));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    /**
     * Keeps the decimals in the form their JSON reads back: a negative scale is raised to 0
     * ({@code 1E+3} is stored as {@code 1000}), so that a value read from a document equals the value
     * read from its own JSON.
     *
     * @return this value, or an equal-valued copy with plain decimals
     */
    @Value.Check
    KpiDefinition plainDecimals() {
        return ((ImmutableKpiDefinition) ImmutableKpiDefinition.copyOf(this))
            .withTrendTolerance(plain(trendTolerance()));
    }

    /** Builds {@link KpiDefinition}; each attribute may be set once. */
    public static final class Builder extends ImmutableKpiDefinition.Builder {
        Builder() {
        }
    }
}
