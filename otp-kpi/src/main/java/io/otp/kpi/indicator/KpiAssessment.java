package io.otp.kpi.indicator;

import static io.otp.core.money.DecimalPolicy.plain;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.otp.core.OtpMessages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The status of a KPI at a date, with what it rests on: the latest measurement on or before the date,
 * the target in force at the measurement's date, the value compared with the thresholds, the band
 * it fell in and the band it missed, and the trend over the last periods. Obtained from
 * {@link KpiDefinition#assess(KpiSeries, LocalDate, int)}; written to JSON as data for a dashboard.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableKpiAssessment.class)
@JsonDeserialize(as = ImmutableKpiAssessment.class)
public abstract class KpiAssessment {

    KpiAssessment() {
    }

    /**
     * A builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The KPI assessed.
     *
     * @return the KPI's id, not null
     */
    public abstract KpiId kpi();

    /**
     * The date of the assessment (the status date).
     *
     * @return the date, not null
     */
    public abstract LocalDate date();

    /**
     * The date of the measurement assessed: the latest on or before {@link #date()}.
     *
     * @return the date, not null
     */
    public abstract LocalDate measurementDate();

    /**
     * The label of the measurement's period, e.g. {@code 2026-03} or {@code 2026-Q1}.
     *
     * @return the label, not null
     */
    public abstract String period();

    /**
     * The measured value, in the KPI's unit.
     *
     * @return the value, not null
     */
    public abstract BigDecimal value();

    /**
     * The target in force at the measurement's date.
     *
     * @return the target; empty if the KPI has none then
     */
    public abstract Optional<BigDecimal> target();

    /**
     * What the thresholds were compared with.
     *
     * @return the basis, not null
     */
    public abstract ThresholdBasis basis();

    /**
     * The value compared with the thresholds: the value, or its ratio to the target
     * ({@link io.otp.core.money.DecimalPolicy#MATH_CONTEXT}).
     *
     * @return the compared value, not null
     */
    public abstract BigDecimal comparedValue();

    /**
     * The status.
     *
     * @return a level of the KPI's scale, not null
     */
    public abstract StatusLevel status();

    /**
     * The rank of the status on the KPI's scale: 0 for the best.
     *
     * @return the rank, not negative
     */
    public abstract int rank();

    /**
     * The band of the status level, which contains the compared value.
     *
     * @return the band; empty when the status is the worst level (outside every band)
     */
    public abstract Optional<StatusBand> band();

    /**
     * The level just better than the status, whose band the compared value missed.
     *
     * @return the level; empty when the status is the best level
     */
    public abstract Optional<StatusLevel> betterLevel();

    /**
     * The band of {@link #betterLevel()}.
     *
     * @return the band; empty when the status is the best level
     */
    public abstract Optional<StatusBand> betterBand();

    /**
     * The trend over the last periods.
     *
     * @return the trend; empty when fewer than two measurements fall in the window
     */
    public abstract Optional<TrendAnalysis> trend();

    /**
     * The compared value rounded for display.
     *
     * <p>This instance is immutable and unaffected by this method call.
     *
     * @param scale the number of decimals, 0 or more
     * @return the compared value rounded half up to {@code scale} decimals, not null
     */
    public BigDecimal comparedValueRounded(int scale) {
        return comparedValue().setScale(scale, RoundingMode.HALF_UP);
    }

    /**
     * Explains the status in English, e.g. {@code spi = 0.93 in 2026-03: Amber, as 0.93 is within the
     * Amber band ≥ 0.90 but not within the Green band ≥ 0.95 (target 1.00)}.
     *
     * @return the explanation, not null
     */
    public String explanation() {
        return explanation(Locale.ENGLISH);
    }

    /**
     * Explains the status: the value, the period, the band it fell in, the band it missed and the
     * target, in English or Spanish.
     *
     * @param locale the language; not null; languages other than Spanish get English
     * @return the explanation, not null
     */
    public String explanation(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        Map<String, String> args = new LinkedHashMap<>();
        args.put("kpi", kpi().value());
        args.put("value", value().toPlainString());
        args.put("period", period());
        args.put("status", status().label());
        if (basis() == ThresholdBasis.RATIO_TO_TARGET && target().isPresent()) {
            Map<String, String> ratio = new LinkedHashMap<>();
            ratio.put("value", value().toPlainString());
            ratio.put("target", target().get().toPlainString());
            ratio.put("ratio", comparedValue().toPlainString());
            args.put("compared", OtpMessages.render("io.otp.kpi.indicator.explanation.ratio", ratio, locale));
        } else {
            args.put("compared", comparedValue().toPlainString());
        }
        band().ifPresent(b -> args.put("band", b.toString()));
        betterLevel().ifPresent(l -> args.put("better", l.label()));
        betterBand().ifPresent(b -> args.put("betterBand", b.toString()));
        String key = betterLevel().isEmpty() ? "best" : band().isEmpty() ? "worst" : "band";
        String text = OtpMessages.render("io.otp.kpi.indicator.explanation." + key, args, locale);
        if (basis() == ThresholdBasis.ABSOLUTE && target().isPresent()) {
            text += OtpMessages.render("io.otp.kpi.indicator.explanation.target",
                Map.of("target", target().get().toPlainString()), locale);
        }
        return text;
    }

    /**
     * Keeps the decimals in the form their JSON reads back: a negative scale is raised to 0
     * ({@code 1E+3} is stored as {@code 1000}), so that a value read from a document equals the value
     * read from its own JSON.
     *
     * @return this value, or an equal-valued copy with plain decimals
     */
    @Value.Check
    KpiAssessment plainDecimals() {
        return ((ImmutableKpiAssessment) ImmutableKpiAssessment.copyOf(this))
            .withValue(plain(value()))
            .withTarget(plain(target()))
            .withComparedValue(plain(comparedValue()));
    }

    /** Builds {@link KpiAssessment}; each attribute may be set once. */
    public static final class Builder extends ImmutableKpiAssessment.Builder {
        Builder() {
        }
    }
}
